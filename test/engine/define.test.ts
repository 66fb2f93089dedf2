import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, getCriteriaSet, NtmError } from '../../src/index.js';
import type { CriteriaSet } from '../../src/index.js';

const CITE = { instrument: 'QĐ 99/QĐ-UBND' };

function base(): CriteriaSet {
  return {
    id: 'village/test', kind: 'village', province: 'Lai Châu',
    title: { vi: 'Bộ tiêu chí bản (thử)', en: 'Village criteria (test)' },
    legalBasis: [CITE], period: { fromYear: 2022, toYear: 2025 }, validFrom: '2022-01-01', validUntil: '2025-12-31', columns: 'none',
    criteria: [{
      code: '1', name: { vi: 'Nhà ở', en: 'Housing' }, nameStatus: 'confirmed', citation: CITE,
      indicators: [
        { code: '1.1', name: { vi: 'Tỷ lệ hộ có nhà ở kiên cố', en: 'Permanent houses' }, nameStatus: 'confirmed', kind: 'min-percent', unit: 'percent', citation: CITE,
          thresholds: [{ columns: 'all', validFrom: '2022-01-01', rule: { kind: 'min-percent', min: 80 }, citation: CITE, provenance: 'confirmed' }] },
        { code: '1.2', name: { vi: 'Trường', en: 'Schools' }, nameStatus: 'confirmed', kind: 'compound', unit: 'compound', citation: CITE,
          fields: [{ key: 'schools', type: 'count', label: { vi: 'số trường', en: 'schools' } }, { key: 'ok', type: 'count', notGreaterThan: 'schools', label: { vi: 'đạt', en: 'at standard' } }],
          thresholds: [{ columns: 'all', validFrom: '2022-01-01', rule: { kind: 'compound', rule: { compare: [{ percentOf: ['ok', 'schools'] }, '>=', { const: 50 }] } }, citation: CITE, provenance: 'confirmed' }] },
      ],
    }],
  };
}

function issuesOf(def: unknown) {
  try {
    defineCriteriaSet(def as CriteriaSet);
  } catch (e) {
    expect(e).toBeInstanceOf(NtmError);
    expect((e as NtmError).code).toBe('invalid-definition');
    return (e as NtmError).issues.map((i) => [i.path.join('.'), i.message]);
  }
  throw new Error('expected the definition to be rejected');
}

const edit = (f: (d: any) => void): unknown => { const d = structuredClone(base()); f(d); return d; };

describe('defineCriteriaSet', () => {
  it('returns a deeply frozen copy with NFC names, leaving the input alone, and evaluates with the engine', () => {
    const input = edit((d) => { d.criteria[0].name.vi = 'Nhà ở'.normalize('NFD'); d.title.vi = d.title.vi.normalize('NFD'); });
    const set = defineCriteriaSet(input as CriteriaSet);
    expect(set.criteria[0]!.name.vi).toBe('Nhà ở');
    expect(set.title.vi).toBe(set.title.vi.normalize('NFC'));
    expect((input as CriteriaSet).criteria[0]!.name.vi).toBe('Nhà ở'.normalize('NFD'));
    expect(Object.isFrozen(set.criteria[0]!.indicators[1]!.thresholds[0]!.rule)).toBe(true);
    const r = evaluate(set, { year: 2024, indicators: { '1.1': 85, '1.2': { schools: 3, ok: 1 } } });
    expect(r.criteria[0]!.indicators.map((i) => i.outcome)).toEqual(['met', 'not-met']);
  });

  it('rejects unknown keys, with their path', () => {
    expect(issuesOf(edit((d) => { d.colour = 'red'; }))).toEqual([['colour', expect.stringContaining('colour')]]);
    expect(issuesOf(edit((d) => { d.criteria[0].indicators[0].threshold = 80; }))[0]?.[0]).toBe('criteria.0.indicators.0.threshold');
  });

  it('rejects wrong types and values with paths', () => {
    const issues = issuesOf(edit((d) => { d.kind = 'hamlet'; d.validFrom = '2022-13-01x'; d.criteria[0].indicators[0].thresholds[0].rule.min = 120; }));
    expect(issues.map((i) => i[0])).toEqual(expect.arrayContaining(['kind', 'validFrom', 'criteria.0.indicators.0.thresholds.0.rule.min']));
  });

  it('rejects duplicate criterion and indicator codes', () => {
    const issues = issuesOf(edit((d) => { d.criteria[0].indicators[1].code = '1.1'; d.criteria.push(structuredClone(d.criteria[0])); }));
    expect(issues).toEqual(expect.arrayContaining([
      ['criteria.0.indicators.1.code', 'duplicate indicator code "1.1" (first at criteria[0].indicators[0])'],
      ['criteria.1.code', 'duplicate criterion code "1"'],
    ]));
  });

  it('rejects a threshold whose rule kind differs from its indicator kind', () => {
    expect(issuesOf(edit((d) => { d.criteria[0].indicators[0].thresholds[0].rule = { kind: 'max-percent', max: 5 }; })))
      .toEqual([['criteria.0.indicators.0.thresholds.0.rule.kind', 'rule kind "max-percent" does not match the indicator\'s kind "min-percent"']]);
  });

  it('rejects compound rules over undeclared fields, and fields on simple kinds', () => {
    expect(issuesOf(edit((d) => { d.criteria[0].indicators[1].thresholds[0].rule.rule.compare[0] = { percentOf: ['good', 'schools'] }; })))
      .toEqual([['criteria.0.indicators.1.thresholds.0.rule.rule', 'refers to undeclared field "good" (the indicator has schools, ok)']]);
    expect(issuesOf(edit((d) => { d.criteria[0].indicators[1].fields[1].notGreaterThan = 'pupils'; }))[0]?.[0]).toBe('criteria.0.indicators.1.fields.1.notGreaterThan');
    expect(issuesOf(edit((d) => { d.criteria[0].indicators[0].fields = d.criteria[0].indicators[1].fields; }))[0]?.[0]).toBe('criteria.0.indicators.0.fields');
  });

  it('rejects dates and periods out of order', () => {
    const issues = issuesOf(edit((d) => {
      d.validUntil = '2021-12-31';
      d.period = { fromYear: 2025, toYear: 2022 };
      d.criteria[0].indicators[0].thresholds[0].validUntil = '2021-01-01';
    }));
    expect(issues.map((i) => i[0])).toEqual(['period.toYear', 'validUntil', 'criteria.0.indicators.0.thresholds.0.validUntil']);
  });

  it('rejects a set with neither criteria nor conditions, unknown groups and duplicate condition codes', () => {
    expect(issuesOf(edit((d) => { d.criteria = []; }))).toEqual([['criteria', 'a set needs at least one criterion or condition']]);
    expect(issuesOf(edit((d) => { d.criteria[0].group = 'IX'; }))).toEqual([['criteria.0.group', 'unknown group "IX"']]);
    const cond = base().criteria[0]!.indicators[0]!;
    expect(issuesOf(edit((d) => { d.conditions = [cond, cond]; }))).toEqual([['conditions.1.code', 'duplicate condition code "1.1"']]);
  });

  it('accepts every national set as it is (the package data meets its own schema)', () => {
    for (const kind of ['commune', 'advanced-commune', 'model-commune', 'district', 'town', 'advanced-district', 'special-district'] as const) {
      for (const asOf of ['2023-01-01', '2024-06-30']) {
        if (kind === 'special-district' && asOf < '2024-03-01') continue;
        const set = getCriteriaSet(kind, { asOf });
        expect(defineCriteriaSet(set)).toEqual(set);
      }
    }
  });

  it('rejects a non-object', () => {
    expect(issuesOf(null)).toHaveLength(1);
  });
});
