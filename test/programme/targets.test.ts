import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import {
  evaluateCommune,
  getProgrammeTarget,
  INSTRUMENTS,
  isNtmError,
  PROGRAMME_TARGETS,
  PROVINCE_COMPLETION,
  programmeSummaryTarget,
  progressTowardTarget,
  summarizeCommunes,
  targetCommuneCount,
} from '../../src/index.js';

describe('programme targets as data', () => {
  it('the 2030 targets of NQ 257/2025/QH15 as passed, each secondary with its words and sources', () => {
    const byId = (id: string) => getProgrammeTarget(id);
    expect(byId('ntm-communes-2030')).toMatchObject({ year: 2030, value: { kind: 'share', percent: '65', base: 'all-communes' }, qualifier: 'about', provenance: 'secondary' });
    expect(byId('modern-communes-2030').value).toEqual({ kind: 'share', percent: '10', base: 'unclear', readings: ['all-communes', 'ntm-communes'] });
    expect(byId('provinces-completing-2030').value).toEqual({ kind: 'count', count: 5, unit: 'provinces' });
    expect(byId('rural-income-2030').value).toEqual({ kind: 'multiple', min: '2.5', max: '3', baseYear: 2020 });
    expect(byId('poverty-reduction-2026-2030').value).toEqual({ kind: 'reduction-per-year', min: '1', max: '1.5' });
    expect(byId('ethnic-minority-poverty-2030')).toMatchObject({ value: { kind: 'ceiling', percent: '10' }, qualifier: 'below' });
    expect(byId('ntm-communes-2026')).toMatchObject({ year: 2026, value: { percent: '15' }, qualifier: 'about' });
    expect(byId('ntm-communes-2026').statement.vi).toContain('theo Bộ tiêu chí giai đoạn 2026 - 2030 đạt khoảng 15%');
    for (const t of PROGRAMME_TARGETS) {
      expect(t.provenance).toBe('secondary');
      expect(t.sources.length).toBeGreaterThan(0);
      expect(Object.keys(INSTRUMENTS)).toContain(t.citation.instrument);
      expect(t.statement.vi).toBe(t.statement.vi.normalize('NFC'));
    }
    expect(new Set(PROGRAMME_TARGETS.map((t) => t.id)).size).toBe(PROGRAMME_TARGETS.length);
    expect(Object.isFrozen(PROGRAMME_TARGETS[0])).toBe(true);
  });

  it('records the ½ vs ⅔ conflict on ethnic-minority income (and its year), and the draft targets (K4)', () => {
    const income = getProgrammeTarget('ethnic-minority-income-2030');
    expect(income.value).toMatchObject({ kind: 'fraction', numerator: 1, denominator: 2 });
    const half = income.conflicts.find((c) => c.id === 'half-or-two-thirds');
    expect(half?.candidates.map((c) => c.value)).toEqual(['1/2', '2/3']);
    expect(half?.candidates[1]?.sources.join(' ')).toContain('proposal');
    expect(income.conflicts.find((c) => c.id === 'year-2030-or-2035')?.candidates.map((c) => c.value)).toEqual(['2030', '2035']);
    expect(getProgrammeTarget('ntm-communes-2030').conflicts[0]?.candidates[1]?.value).toBe('90% (50% advanced)');
  });

  it('says that Phụ lục III (province completion) is not encoded', () => {
    expect(PROVINCE_COMPLETION['2026-2030']).toMatchObject({ encoded: false, citation: { instrument: 'QD-51-2025', annex: 'Phụ lục III' } });
    expect(getProgrammeTarget('provinces-completing-2030').note?.en).toContain('not encoded');
  });

  it('an unknown id is an unknown-reference error', () => {
    let e: unknown;
    try { getProgrammeTarget('ntm-communes-2040'); } catch (x) { e = x; }
    expect(isNtmError(e, 'unknown-reference')).toBe(true);
  });
});

describe('targetCommuneCount', () => {
  it('the smallest whole number of communes reaching the share, computed exactly', () => {
    // 65% of the 3,321 communes after 01/07/2025 (baomoi; secondary) is 2,158.65.
    expect(targetCommuneCount('ntm-communes-2030', 3321)).toEqual({ target: 'ntm-communes-2030', percent: '65', base: 'all-communes', of: 3321, exact: '2158.65', count: 2159, approximate: true, qualifier: 'about' });
    expect(targetCommuneCount('ntm-communes-2026', 100).count).toBe(15);
    expect(targetCommuneCount('ntm-communes-2026', 101)).toMatchObject({ exact: '15.15', count: 16 });
    expect(targetCommuneCount('ntm-communes-2025', 94)).toMatchObject({ exact: '75.2', count: 76, approximate: false, qualifier: 'at-least' });
    expect(targetCommuneCount('ntm-communes-2030', 0).count).toBe(0);
  });

  it('refuses to choose the base of the modern share', () => {
    const e = thrown(() => targetCommuneCount('modern-communes-2030', 200));
    expect(e.issues[0]).toMatchObject({ path: ['options', 'base'], code: 'ambiguous-base' });
    expect(e.issues[0]?.text.vi).toContain('10% tổng số xã, hay 10% số xã đạt chuẩn nông thôn mới');
    expect(targetCommuneCount('modern-communes-2030', 200, { base: 'all-communes' }).count).toBe(20);
    expect(targetCommuneCount('modern-communes-2030', 130, { base: 'ntm-communes' })).toMatchObject({ base: 'ntm-communes', exact: '13', count: 13 });
    expect(thrown(() => targetCommuneCount('ntm-communes-2030', 10, { base: 'ntm-communes' })).issues[0]?.code).toBe('base-mismatch');
  });

  it('refuses what is not a share of communes, and bad counts', () => {
    expect(thrown(() => targetCommuneCount('rural-income-2030', 10)).issues[0]?.code).toBe('not-a-share');
    expect(thrown(() => targetCommuneCount('ntm-communes-2030', 10.5)).issues[0]?.path).toEqual(['of']);
    expect(thrown(() => targetCommuneCount('ntm-communes-2030', 10, { base: 'some' as never })).issues[0]?.path).toEqual(['options', 'base']);
  });
});

describe('programmeSummaryTarget with progressTowardTarget', () => {
  const ten = (met: number) => evaluateCommune({ group: 2, year: 2026, criteria: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), i < met ? 'met' : 'not-met'])) });

  it('measures a province\'s 2026 communes against the national 15%', () => {
    const target = programmeSummaryTarget('ntm-communes-2026', { communes: 20 });
    expect(target).toEqual({ meetingStandard: 3 });
    const now = summarizeCommunes([ten(10), ten(10), ...Array.from({ length: 18 }, () => ten(6))]);
    expect(progressTowardTarget(now, target).meetingStandard).toEqual({ current: 2, target: 3, remaining: 1 });
  });

  it('the 2021-2025 floor becomes the summary minimum; other targets are not summary figures', () => {
    expect(programmeSummaryTarget('communes-under-15-2025', { communes: 94 })).toEqual({ minimum: 15 });
    let e: unknown;
    try { programmeSummaryTarget('provinces-completing-2030', { communes: 94 }); } catch (x) { e = x; }
    expect(isNtmError(e, 'not-available')).toBe(true);
  });

  it('reports the number of communes at its own path, ["options", "communes"]: missing for a share, bad for any target', () => {
    const missing = thrown(() => programmeSummaryTarget('ntm-communes-2026', {} as never));
    expect(missing.code).toBe('invalid-input');
    expect(missing.issues.map((i) => [i.path, i.code])).toEqual([[['options', 'communes'], 'required']]);
    expect(thrown(() => programmeSummaryTarget('ntm-communes-2026', undefined as never)).issues[0]?.path).toEqual(['options', 'communes']);
    expect(thrown(() => programmeSummaryTarget('ntm-communes-2026', { communes: -1 })).issues.map((i) => [i.path, i.code])).toEqual([[['options', 'communes'], 'expected-count']]);
    expect(thrown(() => programmeSummaryTarget('communes-under-15-2025', { communes: 2.5 })).issues[0]?.path).toEqual(['options', 'communes']);
    // A floor of criteria needs no count of communes.
    expect(programmeSummaryTarget('communes-under-15-2025', {} as never)).toEqual({ minimum: 15 });
  });
});
