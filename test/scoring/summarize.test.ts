import { describe, expect, it } from 'vitest';
import { thrown } from '../_helpers/thrown.js';
import { evaluateCommune, NATIONAL_COMMUNE_SCHEME, NtmError, roundHalfUp, summarizeCommunes, defineBucketScheme, THUA_THIEN_HUE_2018_SCHEME } from '../../src/index.js';
import type { CommuneRecord } from '../../src/index.js';
import {
  AVERAGE_2023,
  AVERAGE_2024,
  BUCKETS_2023,
  BUCKETS_2024,
  COMMUNES,
  CRITERIA_2023,
  records2023,
  records2024,
  recordsWithCriteria2023,
} from './fixtures/lai-chau-2024-plan.js';


const bucketCounts = (s: ReturnType<typeof summarizeCommunes>) => Object.fromEntries(s.buckets.map((b) => [b.id, b.count]));

describe('summarizeCommunes: Lai Châu 2023 (94 communes, plan §10.3)', () => {
  const s = summarizeCommunes(records2023(), { floor: 15 });

  it('reproduces the printed bucket counts 39/2/27/26 and the 13.6 average', () => {
    expect(s.count).toBe(COMMUNES);
    expect(bucketCounts(s)).toEqual(BUCKETS_2023);
    expect(s.buckets.reduce((a, b) => a + b.count, 0)).toBe(s.count);
    expect(s.meetingStandard).toBe(39);
    expect(s.average?.rounded).toBe(AVERAGE_2023);
  });

  it('gives the non-terminating 1278/94 as an exact fraction and a decimal at a stated precision', () => {
    expect(s.totalCriteriaMet).toBe(1278);
    expect(s.average).toEqual({
      fraction: { numerator: 1278, denominator: 94 },
      exact: false,
      decimal: '13.59574468085106382979',
      places: 20,
      rounded: '13.6',
      roundedDecimals: 1,
      roundingRule: 'half-up',
    });
    const s5 = summarizeCommunes(records2023(), { precision: 5, decimals: 2 });
    expect(s5.average?.decimal).toBe('13.59574');
    expect(s5.average?.places).toBe(5);
    expect(s5.average?.rounded).toBe('13.60');
  });

  it('gives the minimum, maximum and the communes under a floor (QĐ 263: none under 15)', () => {
    expect(s.minimum).toBe(6);
    expect(s.maximum).toBe(19);
    expect(s.belowFloor?.floor).toBe(15);
    expect(s.belowFloor?.count).toBe(27 + 26);
    expect(s.belowFloor?.communes[0]).toEqual({ index: 41, name: 'Xã 42' });
  });

  it('counts recognised communes apart from those meeting 19/19', () => {
    expect(s.recognised.count).toBe(39);
    expect(s.recognised.belowStandard).toEqual([]);
    const demoted = records2023().map((r, i) => (i === 0 ? { ...r, criteriaMet: 18 } : r));
    const d = summarizeCommunes(demoted);
    expect(d.meetingStandard).toBe(38);
    expect(d.recognised.count).toBe(39);
    expect(d.recognised.belowStandard).toEqual([{ index: 0, name: 'Xã NTM 1' }]);
  });

  it('shows how far the bucket counts alone bound the average (12.5 to 14.8); 13.6 lies inside', () => {
    const low = summarizeCommunes([...Array(39).fill({ criteriaMet: 19 }), ...Array(2).fill({ criteriaMet: 15 }), ...Array(27).fill({ criteriaMet: 10 }), ...Array(26).fill({ criteriaMet: 5 })]);
    const high = summarizeCommunes([...Array(39).fill({ criteriaMet: 19 }), ...Array(2).fill({ criteriaMet: 18 }), ...Array(27).fill({ criteriaMet: 14 }), ...Array(26).fill({ criteriaMet: 9 })]);
    expect(bucketCounts(low)).toEqual(BUCKETS_2023);
    expect(bucketCounts(high)).toEqual(BUCKETS_2023);
    expect([low.average?.rounded, high.average?.rounded]).toEqual(['12.5', '14.8']);
  });

  it('2024 target records: 44/10/40/0 and exactly 15.5 (a terminating average is exact)', () => {
    const t = summarizeCommunes(records2024());
    expect(bucketCounts(t)).toEqual(BUCKETS_2024);
    expect(t.average).toMatchObject({ fraction: { numerator: 1457, denominator: 94 }, exact: true, decimal: '15.5', places: null, rounded: AVERAGE_2024 });
  });
});

describe('summarizeCommunes: per-criterion tally (plan §10.4)', () => {
  const s = summarizeCommunes(recordsWithCriteria2023());

  it('prints "73/94 xã đạt tiêu chí số 2" and matches every 2023 tally', () => {
    const byCode = Object.fromEntries(s.criteria.map((c) => [c.code, c]));
    expect(byCode['2']?.ratio).toBe('73/94');
    expect(byCode['2']?.text.vi).toBe('73/94 xã đạt tiêu chí số 2');
    for (const [code, met] of Object.entries(CRITERIA_2023)) {
      expect(byCode[code]).toMatchObject({ met, notMet: COMMUNES - met, unknown: 0, of: COMMUNES });
    }
    expect(s.criteria.map((c) => c.code)).toEqual(Object.keys(CRITERIA_2023)); // natural order 2…19
    expect(bucketCounts(s)).toEqual(BUCKETS_2023);
  });

  it('with those tallies the average cannot reach the printed 13.6 (a plan inconsistency, reported not fixed)', () => {
    // Criteria 2-19 sum to 1,170 passes; even if all 94 communes met criterion 1 the total is 1,264.
    const passes = Object.values(CRITERIA_2023).reduce((a, b) => a + b, 0);
    expect(passes).toBe(1170);
    expect(roundHalfUp({ numerator: passes + COMMUNES, denominator: COMMUNES })).toBe('13.4');
    expect(s.totalCriteriaMet).toBe(39 * 19 + 1170 - 39 * 18 + 2);
    expect(s.average?.rounded).toBe('12.9');
  });

  it('a criterion a record does not list is unknown in the tally only', () => {
    const t = summarizeCommunes([
      { criteriaMet: 5, criteria: { '2': true } },
      { criteriaMet: 3, criteria: { '2': false, '3': true } },
      { criteriaMet: 4 },
    ]);
    expect(t.criteria.map((c) => [c.code, c.met, c.notMet, c.unknown, c.ratio])).toEqual([
      ['2', 1, 1, 1, '1/3'],
      ['3', 1, 0, 2, '1/3'],
    ]);
    expect(t.undetermined.communes).toBe(0);
    expect(t.average?.decimal).toBe('4');
  });
});

describe('summarizeCommunes: evaluation results', () => {
  const base = { region: 'TDMNPB', year: 2024 } as const;
  const a = evaluateCommune({ ...base, name: 'Sơn Bình', indicators: { '1.1': true, '1.2': true, '7': true, '4.1': false } });
  const b = evaluateCommune({ ...base, name: 'Khoen On', indicators: { '7': true } });

  it('counts criteria shown met; unknown ones are open, with the upper bound', () => {
    const s = summarizeCommunes([a, b]);
    expect([a.criteriaMet, a.criteriaNotMet, a.criteriaUnknown]).toEqual([2, 1, 16]);
    expect(s.totalCriteriaMet).toBe(3);
    expect(s.average?.decimal).toBe('1.5');
    expect(bucketCounts(s)['0-4']).toBe(2);
    expect(s.undetermined).toMatchObject({ communes: 2, criteria: 16 + 18 });
    expect(s.undetermined.averageIfMet?.fraction).toEqual({ numerator: 3 + 34, denominator: 2 });
    expect(s.sets).toEqual([a.set.id]);
  });

  it('names criteria from the results', () => {
    const s = summarizeCommunes([a, b]);
    const c7 = s.criteria.find((c) => c.code === '7');
    expect(c7?.ratio).toBe('2/2');
    expect(c7?.text.vi).toBe('2/2 xã đạt tiêu chí Cơ sở hạ tầng thương mại nông thôn');
    const c4 = s.criteria.find((c) => c.code === '4');
    expect([c4?.met, c4?.notMet, c4?.unknown]).toEqual([0, 1, 1]);
    expect(s.criteria).toHaveLength(19);
  });

  it('mixes results and plain records', () => {
    const s = summarizeCommunes([a, { name: 'X', criteriaMet: 19, recognition: 'ntm' }]);
    expect(s.meetingStandard).toBe(1);
    expect(s.average?.rounded).toBe('10.5');
  });

  it('rejects a result whose counts disagree with its criteria, or of another size than the scheme', () => {
    const e = thrown(() => summarizeCommunes([a, { ...b, criteriaMet: 5 }]));
    expect(e.issues[0]?.path).toEqual(['records', 1, 'criteriaMet']);
    const crit = thrown(() => summarizeCommunes([{ ...a, criteria: [...a.criteria.slice(0, 18), { code: '19', outcome: 'maybe' }] } as never]));
    expect(crit.issues[0]?.path).toEqual(['records', 0, 'criteria', 18]);
    const total = thrown(() => summarizeCommunes([{ ...a, criteriaTotal: 18 }], { scheme: NATIONAL_COMMUNE_SCHEME }));
    expect(total.issues[0]?.path).toEqual(['records', 0, 'criteriaTotal']);
    // Without a scheme the first result sets the size; a result of another set is refused at its criteriaTotal.
    const mixed = thrown(() => summarizeCommunes([a, { ...a, criteriaTotal: 18 }]));
    expect(mixed.issues[0]?.path).toEqual(['records', 1, 'criteriaTotal']);
  });
});

describe('summarizeCommunes: schemes, edge cases and validation', () => {
  it('uses a custom scheme', () => {
    const s = summarizeCommunes(records2023(), { scheme: THUA_THIEN_HUE_2018_SCHEME });
    expect(bucketCounts(s)).toEqual({ '19': 39, '15-18': 2, '10-14': 27, '8-9': 0, '0-7': 26 });
    expect(s.scheme).toEqual({ id: 'thua-thien-hue-2018', criteriaTotal: 19 });
  });

  it('summarises no communes', () => {
    const s = summarizeCommunes([]);
    expect([s.count, s.average, s.minimum, s.maximum]).toEqual([0, null, null, null]);
    expect(s.buckets.every((b) => b.count === 0)).toBe(true);
  });

  it('names every bad record field', () => {
    const bad = [
      { criteriaMet: 19 },
      { criteriaMet: 20 },
      { criteriaMet: 3.5 },
      { criteriaMet: -1 },
      { criteriaMet: '12' },
      { name: 5, criteriaMet: 1, recognition: 'yes' },
      { criteriaMet: 2, criteria: { '2': 'đạt' } },
      { criteriaMet: 1, criteria: { '2': true, '3': true } },
      { criteriaMet: 18, criteria: { '2': false, '3': false } },
      { criteriaMet: 1, extra: true },
      null,
      { criteriaMet: 2, criteria: ['2', '3'] },
    ];
    const e = thrown(() => summarizeCommunes(bad as never));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path)).toEqual([
      ['records', 1, 'criteriaMet'],
      ['records', 2, 'criteriaMet'],
      ['records', 3, 'criteriaMet'],
      ['records', 4, 'criteriaMet'],
      ['records', 5, 'name'],
      ['records', 5, 'recognition'],
      ['records', 6, 'criteria', '2'],
      ['records', 7, 'criteriaMet'],
      ['records', 8, 'criteriaMet'],
      ['records', 9, 'extra'],
      ['records', 10],
      ['records', 11, 'criteria'],
    ]);
    expect(e.message).toContain('records[3].criteriaMet');
  });

  it('rejects bad options and a non-array', () => {
    expect(thrown(() => summarizeCommunes({} as never)).issues[0]?.path).toEqual(['records']);
    expect(thrown(() => summarizeCommunes([], { floor: 20 })).issues[0]?.path).toEqual(['options', 'floor']);
    expect(thrown(() => summarizeCommunes([], { decimals: -1 })).issues[0]?.path).toEqual(['options', 'decimals']);
    expect(thrown(() => summarizeCommunes([], { scheme: { ...THUA_THIEN_HUE_2018_SCHEME, criteriaTotal: 20 } })).issues[0]?.path).toEqual(['options', 'scheme', 'buckets']);
  });

  it('does not mutate its input', () => {
    const input: CommuneRecord[] = recordsWithCriteria2023();
    const before = JSON.stringify(input);
    summarizeCommunes(input, { floor: 10 });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('roundHalfUp', () => {
  it('rounds ties away from zero, from the exact value', () => {
    expect(roundHalfUp('13.55')).toBe('13.6');
    expect(roundHalfUp('13.549999')).toBe('13.5');
    expect(roundHalfUp('-1.25')).toBe('-1.3');
    expect(roundHalfUp('-0.04')).toBe('0.0');
    expect(roundHalfUp({ numerator: 1271, denominator: 94 })).toBe('13.5'); // 13.521…
    expect(roundHalfUp({ numerator: 27, denominator: 2 }, 0)).toBe('14');
    expect(roundHalfUp({ numerator: -27, denominator: 2 }, 0)).toBe('-14');
    expect(roundHalfUp({ numerator: 1, denominator: 3 }, 3)).toBe('0.333');
  });

  it('rejects what it cannot round', () => {
    expect(thrown(() => roundHalfUp('13,6')).issues[0]?.path).toEqual(['value']);
    expect(thrown(() => roundHalfUp({ numerator: 1, denominator: 0 })).issues[0]?.path).toEqual(['value']);
    expect(thrown(() => roundHalfUp('1', 1.5)).issues[0]?.path).toEqual(['decimals']);
  });
});

describe('summarizeCommunes: the 10 criteria of 2026-2030 (no national bucket scheme)', () => {
  const ten = (met: number, unknown = 0) => evaluateCommune({
    group: 2, year: 2026,
    criteria: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), i < met ? 'met' : i < met + unknown ? 'unknown' : 'not-met'])),
  });

  it('reads the size from the results and applies no scheme, saying why', () => {
    const s = summarizeCommunes([ten(10), ten(7), ten(4, 2)]);
    expect(s.criteriaTotal).toBe(10);
    expect(s.scheme).toBeNull();
    expect(s.buckets).toEqual([]);
    expect(s.schemeNote?.vi).toContain('chưa có cách phân nhóm quốc gia cho bộ 10 tiêu chí');
    expect(s.schemeNote?.en).toContain('no national bucket scheme for a set of 10 criteria');
    expect(s.meetingStandard).toBe(1);
    expect(s.average?.fraction).toEqual({ numerator: 21, denominator: 3 });
    expect(s.undetermined).toMatchObject({ communes: 1, criteria: 2 });
    expect(s.sets).toEqual(['commune/qd51-2026']);
    expect(s.criteria).toHaveLength(10);
  });

  it('plain records need criteriaTotal; a scheme for 10 criteria is user data', () => {
    // Without it, plain counts are read against the 19 criteria of 2021-2025 (the documented default).
    expect(summarizeCommunes([{ criteriaMet: 10 }]).meetingStandard).toBe(0);
    const s = summarizeCommunes([{ criteriaMet: 10 }, { criteriaMet: 6 }], { criteriaTotal: 10 });
    expect([s.meetingStandard, s.scheme, s.buckets.length]).toEqual([1, null, 0]);
    const mine = defineBucketScheme({
      id: 'example-10', title: { vi: 'Ví dụ (không phải cách phân nhóm chính thức)', en: 'Example (not an official scheme)' }, criteriaTotal: 10,
      buckets: [
        { id: '10', min: 10, max: 10, label: { vi: 'Đạt 10 tiêu chí', en: '10 criteria' } },
        { id: '0-9', min: 0, max: 9, label: { vi: 'Dưới 10 tiêu chí', en: 'Under 10' } },
      ],
    });
    const withScheme = summarizeCommunes([ten(10), ten(7)], { scheme: mine });
    expect(withScheme.scheme).toEqual({ id: 'example-10', criteriaTotal: 10 });
    expect(withScheme.schemeNote).toBeNull();
    expect(withScheme.buckets.map((b) => b.count)).toEqual([1, 1]);
    // The national 19-criteria scheme is never applied to 10-criterion results.
    expect(thrown(() => summarizeCommunes([ten(10)], { scheme: NATIONAL_COMMUNE_SCHEME })).issues[0]?.path).toEqual(['records', 0, 'criteriaTotal']);
    expect(thrown(() => summarizeCommunes([], { scheme: mine, criteriaTotal: 19 })).issues[0]?.code).toBe('scheme-mismatch');
    expect(thrown(() => summarizeCommunes([], { criteriaTotal: 0 })).issues[0]?.path).toEqual(['options', 'criteriaTotal']);
  });

  it('results of two sets are not summarised together', () => {
    const old = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} });
    expect(thrown(() => summarizeCommunes([ten(10), old])).issues[0]?.path).toEqual(['records', 1, 'criteriaTotal']);
  });
});

describe('summarizeCommunes at its documented limit', () => {
  it('takes 20,000 evaluation results of the 19-criterion set (docs/limits.md), one more is refused', () => {
    const r = evaluateCommune({ name: 'Xã A', region: 'DBSH', year: 2024, indicators: { '1.1': true, '9.1': 0, '15.3': 10 } });
    expect(r.criteria).toHaveLength(19);
    const s = summarizeCommunes(new Array(20_000).fill(r));
    expect(s.count).toBe(20_000);
    expect(() => summarizeCommunes(new Array(20_001).fill(r))).toThrow(/20[.,]?000/);
  });
});
