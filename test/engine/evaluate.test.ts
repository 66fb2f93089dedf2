import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { defineThresholdOverlay, evaluate, evaluateCommune, getCriteriaSet, isNtmError, NtmError } from '../../src/index.js';
import type { CommuneInput, ThresholdOverlay } from '../../src/index.js';

const base = { region: 'TDMNPB', year: 2024 } as const;


describe('evaluate: tri-state outcomes', () => {
  it('missing input is unknown, never not-met', () => {
    const r = evaluateCommune({ ...base, indicators: {} });
    expect(r.status).toBe('undetermined');
    expect(r.criteriaNotMet).toBe(0);
    expect(r.criteriaMet).toBe(0);
    expect(r.criteriaUnknown).toBe(19);
    const i11 = r.criteria[0]!.indicators[0]!;
    expect(i11.outcome).toBe('unknown');
    expect(i11.reason?.code).toBe('missing-input');
  });

  it('null is an explicit unknown', () => {
    const r = evaluateCommune({ ...base, indicators: { '1.1': null } });
    expect(r.criteria[0]!.indicators[0]!.reason?.code).toBe('explicitly-unknown');
  });

  it('a value without an encoded threshold is unknown with the reason and the case', () => {
    const r = evaluateCommune({ ...base, indicators: { '2.1': 100 } });
    const ind = r.criteria[1]!.indicators[0]!;
    expect(ind.outcome).toBe('unknown');
    expect(ind.threshold).toBeNull();
    expect(ind.reason?.code).toBe('threshold-not-encoded');
    expect(ind.reason?.message.en).toContain('region TDMNPB');
  });

  it('a criterion is met when all indicators are met, not-met when any is not-met', () => {
    expect(evaluateCommune({ ...base, indicators: { '1.1': true, '1.2': true } }).criteria[0]!.outcome).toBe('met');
    expect(evaluateCommune({ ...base, indicators: { '1.1': true, '1.2': false } }).criteria[0]!.outcome).toBe('not-met');
    expect(evaluateCommune({ ...base, indicators: { '1.1': true } }).criteria[0]!.outcome).toBe('unknown');
    // not-met wins over unknown
    expect(evaluateCommune({ ...base, indicators: { '1.2': false } }).criteria[0]!.outcome).toBe('not-met');
  });

  it('one not-met criterion makes the commune not-met', () => {
    const r = evaluateCommune({ ...base, indicators: { '1.2': false } });
    expect(r.status).toBe('not-met');
    expect(r.criteriaNotMet).toBe(1);
  });

  it('"if any" indicators accept not-applicable, which counts as satisfied', () => {
    const r = evaluateCommune({ ...base, indicators: { '13.1': true, '13.2': true, '13.3': true, '13.4': 'not-applicable' } });
    const c13 = r.criteria[12]!;
    expect(c13.indicators[3]!.outcome).toBe('not-applicable');
    expect(c13.outcome).toBe('met');
    const e = thrown(() => evaluateCommune({ ...base, indicators: { '1.1': 'not-applicable' } }));
    expect(e.issues[0]!.path).toEqual(['indicators', '1.1']);
  });
});

describe('evaluate: each kind at its boundary', () => {
  const overlay = defineThresholdOverlay({
    id: 'test-overlay',
    title: 'Test thresholds',
    setKind: 'commune',
    citation: { instrument: 'test' },
    provenance: 'secondary',
    thresholds: {
      '2.1': { rule: { kind: 'min-percent', min: 70 } },
      '11': { rule: { kind: 'max-percent', max: 13 } },
      '10': [
        { years: [2024], columns: ['TDMNPB'], rule: { kind: 'min-value', min: 40 } },
        { years: [2025], columns: ['TDMNPB'], rule: { kind: 'min-value', min: 45 } },
      ],
    },
  });
  const ev = (indicators: CommuneInput['indicators'], year = 2024) => evaluateCommune({ region: 'TDMNPB', year, indicators }, { overlays: [overlay] });
  const outcome = (code: string, value: number, year = 2024) => {
    const r = ev({ [code]: value }, year);
    for (const c of r.criteria) for (const i of c.indicators) if (i.code === code) return i;
    throw new Error(code);
  };

  it('min-percent: exactly at the threshold is met; just below is not-met with the shortfall', () => {
    expect(outcome('2.1', 70).outcome).toBe('met');
    const below = outcome('2.1', 69.5);
    expect(below.outcome).toBe('not-met');
    expect(below.shortfall).toBe(0.5);
  });
  it('max-percent: exactly at the threshold is met; just above is not-met', () => {
    expect(outcome('11', 13).outcome).toBe('met');
    expect(outcome('11', 13.01).outcome).toBe('not-met');
  });
  it('min-value by year: the year selects the value', () => {
    expect(outcome('10', 42, 2024).outcome).toBe('met');
    expect(outcome('10', 42, 2025).outcome).toBe('not-met');
    expect(outcome('10', 45, 2025).threshold?.year).toBe(2025);
  });
  it('none-allowed: 0 is met, any house is not-met', () => {
    expect(outcome('9.1', 0).outcome).toBe('met');
    expect(outcome('9.1', 1).outcome).toBe('not-met');
  });
  it('boolean: true met, false not-met', () => {
    expect(ev({ '4.1': true }).criteria[3]!.indicators[0]!.outcome).toBe('met');
    expect(ev({ '4.1': false }).criteria[3]!.indicators[0]!.outcome).toBe('not-met');
  });
  it('results cite the overlay that supplied a threshold', () => {
    const r = ev({ '2.1': 80 });
    expect(r.criteria[1]!.indicators[0]!.threshold?.source).toBe('test-overlay');
    expect(r.overlays.map((o) => o.id)).toEqual(['test-overlay']);
    expect(r.provenance.fromOverlay).toBeGreaterThan(0);
  });
});

describe('evaluate: overlays', () => {
  it('an overlay overrides the national value and the last overlay wins', () => {
    const a = defineThresholdOverlay({ id: 'a', title: 'A', setKind: 'commune', citation: { instrument: 'A' }, provenance: 'secondary', thresholds: { '2.1': { rule: { kind: 'min-percent', min: 50 } } } });
    const b = defineThresholdOverlay({ id: 'b', title: 'B', setKind: 'commune', citation: { instrument: 'B' }, provenance: 'confirmed', thresholds: { '2.1': { rule: { kind: 'min-percent', min: 90 } } } });
    const r = evaluateCommune({ ...base, indicators: { '2.1': 60 } }, { overlays: [a, b] });
    const i = r.criteria[1]!.indicators[0]!;
    expect(i.outcome).toBe('not-met');
    expect(i.threshold?.source).toBe('b');
    expect(i.threshold?.provenance).toBe('confirmed');
  });
  it('an overlay can tighten a compound national threshold', () => {
    const tight = defineThresholdOverlay({
      id: 'tight', title: 'Province', setKind: 'commune', citation: { instrument: 'P' }, provenance: 'secondary',
      thresholds: { '5': { rule: { kind: 'compound', rule: { compare: [{ field: 'atLevel1' }, '==', { field: 'schools' }] } } } },
    });
    const value = { schools: 4, atMinimumStandard: 4, atLevel1: 3 };
    expect(evaluateCommune({ ...base, indicators: { '5': value } }).criteria[4]!.outcome).toBe('met');
    expect(evaluateCommune({ ...base, indicators: { '5': value } }, { overlays: [tight] }).criteria[4]!.outcome).toBe('not-met');
  });
  it('rejects overlays naming unknown indicators or the wrong kind', () => {
    const bad = { id: 'x', title: 'X', setKind: 'commune', citation: { instrument: 'X' }, provenance: 'secondary', thresholds: { '99.9': { rule: { kind: 'min-percent', min: 1 } }, '1.1': { rule: { kind: 'min-percent', min: 1 } } } } as ThresholdOverlay;
    const e = thrown(() => evaluateCommune({ ...base, indicators: {} }, { overlays: [bad] }));
    expect(e.issues.map((i) => i.path.join('/'))).toEqual(['options/overlays/0/thresholds/99.9', 'options/overlays/0/thresholds/1.1/rule/kind']);
  });
  it('defineThresholdOverlay rejects unknown keys with a path', () => {
    const e = thrown(() => defineThresholdOverlay({ id: 'x', title: 'X', setKind: 'commune', citation: { instrument: 'X' }, provenance: 'secondary', thresholds: {}, extra: 1 } as never));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]!.path).toEqual(['extra']);
  });
});

describe('evaluate: bad input is an NtmError naming the path', () => {
  const cases: [string, unknown, (string | number)[]][] = [
    ['unknown region', { region: 'XYZ', year: 2024, indicators: {} }, ['region']],
    ['missing region', { year: 2024, indicators: {} }, ['region']],
    ['unknown indicator code', { ...base, indicators: { '99': true } }, ['indicators', '99']],
    ['wrong value type', { ...base, indicators: { '1.1': 'yes' } }, ['indicators', '1.1']],
    ['percentage above 100', { ...base, indicators: { '2.1': 101 } }, ['indicators', '2.1']],
    ['negative percentage', { ...base, indicators: { '2.1': -1 } }, ['indicators', '2.1']],
    ['NaN', { ...base, indicators: { '2.1': Number.NaN } }, ['indicators', '2.1']],
    ['Infinity', { ...base, indicators: { '10': Number.POSITIVE_INFINITY } }, ['indicators', '10']],
    ['fractional count', { ...base, indicators: { '9.1': 1.5 } }, ['indicators', '9.1']],
    ['compound field over its bound', { ...base, indicators: { '5': { schools: 2, atMinimumStandard: 3, atLevel1: 0 } } }, ['indicators', '5', 'atMinimumStandard']],
    ['compound unknown field', { ...base, indicators: { '5': { schools: 2, atMinimumStandard: 2, atLevel1: 0, x: 1 } } }, ['indicators', '5', 'x']],
    ['unknown top-level field', { ...base, indicators: {}, extra: true }, ['extra']],
    ['indicators not an object', { ...base, indicators: [] }, ['indicators']],
    ['fractional year', { ...base, year: 2024.5, indicators: {} }, ['year']],
    ['__proto__ key', { ...base, indicators: JSON.parse('{"__proto__": {"x": 1}}') }, ['indicators', '__proto__']],
  ];
  it.each(cases)('%s', (_name, input, path) => {
    const e = thrown(() => evaluateCommune(input as CommuneInput));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path)).toContainEqual(path);
    expect(isNtmError(e, 'invalid-input')).toBe(true);
  });

  it('a year of 2026-2030 is evaluated with the QĐ 51/2025 set, whose columns are commune groups, not regions', () => {
    const e = thrown(() => evaluateCommune({ ...base, year: 2026, indicators: {} }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]).toMatchObject({ path: ['region'], code: 'not-for-this-set' });
    expect(e.issues[0]!.text.vi).toContain('nhóm xã');
  });
  it('a year before 2021 says which set governs it', () => {
    const old = thrown(() => evaluateCommune({ ...base, year: 2019, indicators: {} }));
    expect(old.code).toBe('no-set-in-force');
    expect(old.message).toContain('QĐ 1980/QĐ-TTg');
    expect(old.issues[0]!.path).toEqual(['year']);
  });
  it('an invalid asOf is rejected', () => {
    expect(thrown(() => evaluateCommune({ ...base, indicators: {} }, { asOf: '2024-02-30' })).issues[0]!.path).toEqual(['options', 'asOf']);
  });
  it('non-object input is rejected', () => {
    expect(thrown(() => evaluate(getCriteriaSet('commune', { asOf: '2024-06-30' }), null as never)).code).toBe('invalid-input');
  });
});

describe('evaluate: special communes and immutability', () => {
  const schools = { schools: 4, atMinimumStandard: 4, atLevel1: 3 };
  it('DBSH requires 100% level 1; an especially difficult DBSH commune uses the TDMNPB column', () => {
    const plain = evaluateCommune({ region: 'DBSH', year: 2024, indicators: { '5': schools } });
    expect(plain.effectiveRegion).toBe('DBSH');
    expect(plain.criteria[4]!.outcome).toBe('not-met');
    const special = evaluateCommune({ region: 'DBSH', year: 2024, especiallyDifficult: true, indicators: { '5': schools } });
    expect(special.effectiveRegion).toBe('TDMNPB');
    expect(special.effectiveRegionReason?.en).toContain('especially difficult');
    expect(special.criteria[4]!.outcome).toBe('met');
    expect(special.criteria[4]!.indicators[0]!.threshold?.column).toBe('TDMNPB');
    const atk = evaluateCommune({ region: 'DNB', year: 2024, safeZone: true, indicators: { '5': schools } });
    expect(atk.effectiveRegion).toBe('TDMNPB');
  });
  it('the 70% / 50% split depends on the number of schools', () => {
    const ev = (v: object) => evaluateCommune({ region: 'BTB', year: 2024, indicators: { '5': v as never } }).criteria[4]!.outcome;
    expect(ev({ schools: 4, atMinimumStandard: 4, atLevel1: 2 })).toBe('not-met'); // 50% < 70%
    expect(ev({ schools: 10, atMinimumStandard: 10, atLevel1: 7 })).toBe('met'); // exactly 70%
    expect(ev({ schools: 3, atMinimumStandard: 3, atLevel1: 1 })).toBe('not-met'); // 33% < 50%
    expect(ev({ schools: 2, atMinimumStandard: 2, atLevel1: 1 })).toBe('met'); // exactly 50%
    expect(ev({ schools: 2, atMinimumStandard: 1, atLevel1: 1 })).toBe('not-met'); // one below minimum
  });
  it('neither the input nor the set is mutated, and results do not alias compound inputs', () => {
    const input = { region: 'TDMNPB' as const, year: 2024, indicators: { '5': { ...schools }, '1.1': true } };
    const before = JSON.stringify(input);
    const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
    const setBefore = JSON.stringify(set);
    const r = evaluateCommune(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(set)).toBe(setBefore);
    expect(r.criteria[4]!.indicators[0]!.value).not.toBe(input.indicators['5']);
    expect(Object.isFrozen(set.criteria[0]!.indicators[0]!.thresholds)).toBe(true);
    expect(() => { (set.criteria as unknown as unknown[]).push(1); }).toThrow(TypeError);
  });
  it('is deterministic', () => {
    const input = { ...base, indicators: { '1.1': true, '5': schools } };
    expect(JSON.stringify(evaluateCommune(input))).toBe(JSON.stringify(evaluateCommune(input)));
  });

  it('stays right when callers cycle through more days than the plan cache keeps (it starts afresh)', () => {
    const input = { ...base, indicators: { '1.1': true, '1.2': false, '15.3': 10 } };
    const overlay = defineThresholdOverlay({
      id: 'test/cycle', setKind: 'commune', title: 'test', citation: { instrument: 'TEST' }, provenance: 'secondary',
      thresholds: { '15.3': { columns: 'all', validFrom: '2024-07-01', rule: { kind: 'max-percent', max: 5 }, provenance: 'secondary' } },
    });
    // 300 distinct days of 2024 (more than the 256 plans kept per set), twice over.
    const days = Array.from({ length: 300 }, (_, k) => new Date(Date.UTC(2024, 0, 1 + k)).toISOString().slice(0, 10));
    for (let round = 0; round < 2; round++) {
      for (const asOf of days) {
        const r = evaluateCommune(input, { asOf, overlays: [overlay] });
        expect(r.asOf).toBe(asOf);
        expect(r.criteria[0]!.outcome).toBe('not-met');
        const stunting = r.criteria[14]!.indicators.find((i) => i.code === '15.3')!;
        // The overlay's value applies from 01/07/2024 only: before that, the national column.
        expect(stunting.threshold?.source).toBe(asOf >= '2024-07-01' ? 'test/cycle' : 'national');
      }
    }
  });
});
