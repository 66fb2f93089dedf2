// The commune set a plan's figures are counted on (src/plans/sets.ts), through parsePlan and checkPlan.
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan, renderPlanReport, THUA_THIEN_HUE_2018_SCHEME } from '../../src/index.js';
import { communeSetOfYear } from '../../src/plans/sets.js';
import { thrown } from '../_support/thrown.js';
import { example2026, SCHEME_10 } from '../_support/plan-2026.js';

const codes = (p: unknown) => thrown(() => parsePlan(p)).issues.map((i) => [i.path.join('.'), i.code]);

describe('a plan for 2026 (10 criteria, QĐ 51/2025/QĐ-TTg)', () => {
  it('the set of a year: in force on 31 December, or the period\'s first version', () => {
    expect(communeSetOfYear(2026)?.id).toBe('commune/qd51-2026');
    expect(communeSetOfYear(2024)?.id).toBe('commune/qd318-qd211-2024');
    expect(communeSetOfYear(2021)?.id).toBe('commune/qd318-2022');
    expect(communeSetOfYear(2020)).toBeUndefined();
  });

  it('parses and checks clean with a 10-criteria scheme supplied; without one, says the buckets are unchecked', () => {
    const plan = parsePlan(example2026());
    expect(checkPlan(plan, { scheme: SCHEME_10 })).toEqual([]);
    const findings = checkPlan(plan);
    expect(findings.map((f) => [f.code, f.severity, f.path.join('.')])).toEqual([['bucket-scheme-missing', 'warning', 'target.buckets']]);
    expect(findings[0]!.message.vi).toContain('chưa có cách phân nhóm quốc gia cho bộ 10 tiêu chí giai đoạn 2026 - 2030');
  });

  it('counts, averages and bounds follow the 10 criteria', () => {
    // The target average against the per-criterion counts: 366 of 60 × 10, all ten stated.
    const off = example2026();
    off.target.averageCriteria = '6.5';
    const f = checkPlan(parsePlan(off), { scheme: SCHEME_10 }).find((x) => x.code === 'average-vs-criteria');
    expect(f).toMatchObject({ expected: '6.10–6.10', actual: '6.5' });
    // An unstated criterion is bounded by the communes meeting the standard (9) and the 60 communes.
    const unstated = example2026();
    unstated.target.criteria.pop();
    unstated.target.averageCriteria = '6.5';
    expect(checkPlan(parsePlan(unstated), { scheme: SCHEME_10 }).find((x) => x.code === 'average-vs-criteria')).toBeUndefined();
    unstated.target.averageCriteria = '7.0';
    expect(checkPlan(parsePlan(unstated), { scheme: SCHEME_10 }).find((x) => x.code === 'average-vs-criteria')?.message.en).toContain('criterion 10 is not stated, each met by 9 (the recognised communes) to 60 communes');
    // Buckets against the communes, on the supplied scheme.
    const buckets = example2026();
    buckets.target.buckets = { '10': 9, '7-9': 21, '0-6': 31 };
    expect(checkPlan(parsePlan(buckets), { scheme: SCHEME_10 }).map((x) => x.code)).toContain('buckets-exceed-communes');
  });

  it('a criterion code the set does not have, or an average above its 10 criteria, is an error naming the path', () => {
    const p = example2026();
    p.target.criteria.push({ criterion: '12', communes: 3 });
    p.baseline.averageCriteria = '10.5';
    expect(codes(p)).toEqual([['baseline.averageCriteria', 'average-above-criteria'], ['target.criteria.10.criterion', 'unknown-criterion']]);
    expect(thrown(() => parsePlan(p)).issues[1]!.text.en).toBe('criterion "12" is not in National criteria for new-rural communes, 2026-2030 (commune/qd51-2026, 10 criteria)');
  });

  it('a 2025 baseline must say which set it is counted on; a 19-criteria baseline is not compared with the target', () => {
    const p = example2026();
    delete p.baseline.criteriaSet;
    expect(codes(p)).toEqual([['baseline.criteriaSet', 'criteria-set-ambiguous']]);
    expect(thrown(() => parsePlan(p)).issues[0]!.params).toMatchObject({ allowed: ['commune/qd318-qd211-2024', 'commune/qd51-2026'] });
    // Stated as the 2025 results on the 19 criteria: its own codes and national scheme, no cross-year check.
    p.baseline = { year: 2025, criteriaSet: 'commune/qd318-qd211-2024', meetingStandard: { total: 40 }, averageCriteria: '18.0', buckets: { '15-18': 20 }, criteria: [{ criterion: '17', communes: 41 }] };
    const findings = checkPlan(parsePlan(p), { scheme: SCHEME_10 });
    expect(findings.map((f) => f.code)).toEqual(['criteria-set-changed']);
    expect(findings[0]!.message.en).toContain('maintained and newly recognised communes are not reconciled');
    // Without figures, a baseline needs no set.
    expect(() => parsePlan({ ...example2026(), baseline: { year: 2025 } })).not.toThrow();
    expect(codes({ ...example2026(), baseline: { ...example2026().baseline, criteriaSet: 'commune/qd99' } })).toEqual([['baseline.criteriaSet', 'unknown-criteria-set']]);
  });

  it('the QĐ 263 goal "no commune under 15 criteria" is not applied', () => {
    expect(checkPlan(parsePlan(example2026()), { scheme: SCHEME_10 }).filter((f) => f.code === 'below-floor-target')).toEqual([]);
  });

  it('a scheme that fits no block is an error, not ignored', () => {
    const e = thrown(() => checkPlan(parsePlan(example2026()), { scheme: THUA_THIEN_HUE_2018_SCHEME }));
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['options.scheme', 'scheme-does-not-fit']]);
  });

  it('the funding follows the 2026-2035 taxonomy, with the programme\'s components', () => {
    const merged = example2026();
    merged.funding.lines.push({ source: 'integrated', amount: '1', parts: [{ source: 'integrated.ethnic-minority', amount: '1' }] });
    merged.funding.lines[2].parts.push({ source: 'local.district', amount: '0' });
    expect(codes(merged)).toEqual([
      ['funding.lines.2.parts.2.source', 'not-in-taxonomy'],
      ['funding.lines.7.parts.0.source', 'not-in-taxonomy'],
    ]);
    const mixed = example2026();
    mixed.funding.lines[0].parts[0].component = 'ethnic-minority-mountainous';
    expect(thrown(() => parsePlan(mixed)).issues.map((i) => i.path.join('.'))).toEqual(['funding.lines.0.parts.0.component']);
    // The total against the sources, across components.
    const short = example2026();
    short.funding.total.amount = '125000';
    expect(checkPlan(parsePlan(short), { scheme: SCHEME_10 }).map((f) => [f.code, f.difference])).toEqual([['funding-total-mismatch', '-500']]);
    // Components belong to 2026-2035: a 2025 plan cannot name one.
    const old = { province: 'X', year: 2025, funding: { unit: 'million-vnd', lines: [{ source: 'central', amount: '1', component: 'new-rural-poverty' }] } };
    expect(codes(old)).toEqual([['funding.lines.0.component', 'no-components']]);
  });

  it('the report lays out the 10 criteria and says when no bucket scheme applies', () => {
    const plan = parsePlan(example2026());
    const vi = renderPlanReport(plan);
    expect(vi).toContain(' 2. Hạ tầng kinh tế - xã hội');
    expect(vi).toContain('10. Tiếp cận pháp luật và an ninh, quốc phòng');
    expect(vi).not.toContain('11.');
    expect(vi).toContain('chưa có cách phân nhóm quốc gia cho bộ 10 tiêu chí');
    const en = renderPlanReport(plan, { lang: 'en', checkOptions: { scheme: SCHEME_10 } });
    expect(en).toContain('7-9 criteria');
    expect(en).not.toContain('no national bucket scheme');
  });
});
