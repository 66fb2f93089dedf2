// The 2026-2030 commune set (QĐ 51/2025/QĐ-TTg Phụ lục I): ten criteria, commune-group
// columns, no indicator encoded; evaluated from criterion-level assessments or a province's table.
import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { defineCriteriaSet, defineThresholdOverlay, evaluate, evaluateCommune, getCriteriaSet, listCriteriaSets, type AssessedOutcome, type CriteriaSet } from '../../src/index.js';

const CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const all = (o: AssessedOutcome) => Object.fromEntries(CODES.map((c) => [c, o]));

describe('the 2026-2030 commune set', () => {
  const set = getCriteriaSet('commune', { asOf: '2026-06-01' });

  it('is in force from 15/02/2026 and cites QĐ 51/2025/QĐ-TTg; before that the 2021-2025 set (or nothing, in the transitional window)', () => {
    expect(set.id).toBe('commune/qd51-2026');
    expect(set.legalBasis[0]).toMatchObject({ instrument: 'QD-51-2025', annex: 'Phụ lục I' });
    expect(set.validFrom).toBe('2026-02-15');
    expect(set.period).toEqual({ fromYear: 2026, toYear: 2030 });
    expect(set.columns).toBe('commune-group');
    expect(getCriteriaSet('commune', { asOf: '2025-12-31' }).id).toBe('commune/qd318-qd211-2024');
    const gap = thrown(() => getCriteriaSet('commune', { asOf: '2026-02-14' }));
    expect(gap.code).toBe('no-set-in-force');
    expect(gap.message).toContain('14/02/2026');
    expect(listCriteriaSets('commune').at(-1)).toBe(set);
  });

  it('holds the ten criteria in the legal order, with secondary names and no invented indicator', () => {
    expect(set.criteria.map((c) => c.code)).toEqual(CODES);
    expect(set.criteria.map((c) => c.name.vi)).toEqual([
      'Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế',
      'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công',
      'Tiếp cận pháp luật và an ninh, quốc phòng',
    ]);
    for (const c of set.criteria) {
      expect(c.nameStatus).toBe('secondary');
      expect(c.indicators).toEqual([]);
      expect(c.missingIndicators?.en).toContain('could not be reached');
      expect(c.citation).toMatchObject({ instrument: 'QD-51-2025', item: c.code });
      expect(c.name.vi).toBe(c.name.vi.normalize('NFC'));
    }
  });

  it('all ten criteria assessed met: the commune meets all 10 (a computed result, not the recognition)', () => {
    const r = evaluateCommune({ year: 2026, group: 2, criteria: all('met'), assessment: { by: 'UBND xã (ví dụ)', date: '2026-10-15' } });
    expect(r.set.id).toBe('commune/qd51-2026');
    expect(r.status).toBe('meets-standard');
    expect([r.criteriaMet, r.criteriaTotal]).toEqual([10, 10]);
    expect(r.group).toBe(2);
    expect(r.criteria.every((c) => c.basis === 'assessment')).toBe(true);
    expect(r.assessment).toEqual({ by: 'UBND xã (ví dụ)', date: '2026-10-15' });
  });

  it('one criterion not assessed: undetermined with 9 met, the reason naming the unreached annex', () => {
    const { '7': _left, ...nine } = all('met');
    const r = evaluateCommune({ year: 2026, group: 2, criteria: nine });
    expect(r.status).toBe('undetermined');
    expect([r.criteriaMet, r.criteriaUnknown]).toEqual([9, 1]);
    expect(r.criteria[6]).toMatchObject({ code: '7', outcome: 'unknown', basis: 'indicators', reason: { code: 'indicators-not-encoded' } });
    const notMet = evaluateCommune({ year: 2027, group: 1, criteria: { ...nine, '7': 'not-met' } });
    expect(notMet.status).toBe('not-met');
    expect(notMet.criteriaNotMet).toBe(1);
  });

  it('takes the group from its facts, or none: the group is then null and reported', () => {
    const classified = evaluateCommune({ year: 2026, groupFacts: { plannedNewUrbanArea: true, ethnicMinorityArea: 'none' }, criteria: { '1': 'met' } });
    expect(classified.group).toBe(1);
    expect(classified.groupReasons?.length).toBeGreaterThan(0);
    const unknown = evaluateCommune({ year: 2026, criteria: { '1': 'met' } });
    expect(unknown.group).toBeNull();
    expect(unknown.criteria[0]!.outcome).toBe('met');
  });

  it('refuses the 2021-2025 facts and codes: regions, special-commune flags, indicator codes', () => {
    const e = thrown(() => evaluateCommune({ region: 'TDMNPB', year: 2026, especiallyDifficult: true, indicators: { '2.1': 90 } } as never));
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expect.arrayContaining([['indicators.2.1', 'unknown-code'], ['region', 'not-for-this-set'], ['especiallyDifficult', 'not-for-this-set']]));
    expect(thrown(() => evaluateCommune({ year: 2026, group: 4 } as never)).issues[0]).toMatchObject({ path: ['group'], code: 'expected-one-of' });
    expect(thrown(() => evaluateCommune({ year: 2026, group: 2, groupFacts: {} } as never)).issues[0]!.path).toEqual(['groupFacts']);
    expect(thrown(() => evaluateCommune({ year: 2026, group: 2, criteria: { '11': 'met' } })).issues[0]).toMatchObject({ path: ['criteria', '11'], code: 'unknown-code' });
  });

  it("a province's detailed table is a set definition with group columns; its values apply by the commune's group", () => {
    const CITE = { instrument: 'QĐ …/QĐ-UBND tỉnh A (ví dụ; không phải số liệu pháp lý)' };
    const provincial: CriteriaSet = defineCriteriaSet({
      ...set,
      id: 'commune/tinh-a-2026-example',
      criteria: [
        {
          code: '1', name: set.criteria[0]!.name, nameStatus: 'secondary', citation: CITE,
          indicators: [{
            code: '1.1', name: { vi: 'Chỉ tiêu ví dụ', en: 'Example indicator' }, nameStatus: 'unverified', kind: 'min-percent', unit: 'percent', citation: CITE,
            thresholds: [
              { columns: ['G1'], validFrom: '2026-02-15', rule: { kind: 'min-percent', min: 90 }, citation: CITE, provenance: 'secondary' },
              { columns: ['G2', 'G3'], validFrom: '2026-02-15', rule: { kind: 'min-percent', min: 70 }, citation: CITE, provenance: 'secondary' },
            ],
          }],
        },
        ...set.criteria.slice(1),
      ],
    });
    const at = (group: 1 | 2 | 3 | null, value: number) => evaluate(provincial, { year: 2026, group, indicators: { '1.1': value } }).criteria[0]!.indicators[0]!;
    expect(at(1, 80)).toMatchObject({ outcome: 'not-met', shortfall: 10, threshold: { column: 'G1' } });
    expect(at(2, 80)).toMatchObject({ outcome: 'met', threshold: { column: 'G2' } });
    expect(at(null, 80)).toMatchObject({ outcome: 'unknown', reason: { code: 'column-unknown' } });
    // Group columns are refused in a regional set, and region columns in a group set.
    expect(thrown(() => defineCriteriaSet({ ...provincial, columns: 'region' })).issues[0]!.code).toBe('column-not-in-set');
  });

  it('an overlay at indicator level fills a province set by group column, and the result cites it', () => {
    const base = defineCriteriaSet({
      ...set, id: 'commune/tinh-b-2026-example',
      criteria: [{ code: '1', name: set.criteria[0]!.name, nameStatus: 'secondary', citation: { instrument: 'x' }, indicators: [{ code: '1.1', name: { vi: 'Ví dụ', en: 'Example' }, nameStatus: 'unverified', kind: 'boolean', unit: 'boolean', citation: { instrument: 'x' }, thresholds: [] }] }],
    });
    const overlay = defineThresholdOverlay({ id: 'tinh-b-table', title: 'Bảng ví dụ', setKind: 'commune', citation: { instrument: 'QĐ …/QĐ-UBND tỉnh B (ví dụ)' }, provenance: 'secondary', thresholds: { '1.1': { columns: ['G3'], rule: { kind: 'boolean' } } } });
    const r = evaluate(base, { year: 2026, group: 3, indicators: { '1.1': true } }, { overlays: [overlay] });
    expect(r.criteria[0]!.indicators[0]).toMatchObject({ outcome: 'met', threshold: { column: 'G3', source: 'tinh-b-table' } });
    expect(r.overlays.map((o) => o.id)).toEqual(['tinh-b-table']);
    expect(evaluate(base, { year: 2026, group: 2, indicators: { '1.1': true } }, { overlays: [overlay] }).criteria[0]!.indicators[0]!.reason?.code).toBe('threshold-not-encoded');
    const wrong = defineThresholdOverlay({ id: 'wrong', title: 'x', setKind: 'commune', citation: { instrument: 'x' }, provenance: 'secondary', thresholds: { '1.1': { columns: ['TDMNPB'], rule: { kind: 'boolean' } } } });
    expect(thrown(() => evaluate(base, { year: 2026, group: 2 }, { overlays: [wrong] })).issues[0]).toMatchObject({ path: ['options', 'overlays', 0, 'thresholds', '1.1', 'columns'], code: 'column-not-in-set' });
  });
});

describe('no national set for other kinds in 2026-2030, no district level after 30/06/2025', () => {
  it.each(['advanced-commune', 'model-commune'] as const)('%s: refused in 2026 with the reason', (kind) => {
    const e = thrown(() => getCriteriaSet(kind, { asOf: '2026-06-01' }));
    expect(e.code).toBe('no-set-in-force');
    expect(e.message).toContain('QĐ 51/2025/QĐ-TTg sets the commune criteria only');
  });

  it.each(['district', 'town', 'advanced-district', 'special-district'] as const)('%s: up to 30/06/2025, refused from 01/07/2025 naming the reform', (kind) => {
    expect(getCriteriaSet(kind, { asOf: '2025-06-30' }).validUntil).toBe('2025-06-30');
    const e = thrown(() => getCriteriaSet(kind, { asOf: '2025-07-01' }));
    expect(e.code).toBe('no-set-in-force');
    expect(e.message).toContain('01/07/2025');
    expect(e.issues[0]!.text.vi).toContain('không còn cấp huyện');
  });

  it('modern-commune and village sets are provincial: the error says how to define one', () => {
    for (const kind of ['modern-commune', 'village'] as const) {
      const e = thrown(() => getCriteriaSet(kind, { province: 'Lai Châu' }));
      expect(e.code).toBe('no-set-in-force');
      expect(e.message).toContain('defineCriteriaSet');
      expect(() => evaluate({ kind, province: 'Lai Châu' }, { year: 2026 })).toThrow(/defineCriteriaSet/);
    }
  });
});

describe('the modern-commune pilot (QĐ 51/2025/QĐ-TTg Phụ lục II)', () => {
  const cite = { instrument: 'QĐ …/QĐ-UBND tỉnh A (ví dụ)' };
  const definition = {
    id: 'modern-commune/tinh-a-example', kind: 'modern-commune' as const, province: 'Tỉnh A', columns: 'none' as const,
    title: { vi: 'Bộ tiêu chí xã NTM hiện đại tỉnh A (ví dụ)', en: 'Modern-commune criteria, province A (example)' },
    legalBasis: [{ instrument: 'QD-51-2025', annex: 'Phụ lục II' }, cite], period: { fromYear: 2026, toYear: 2030 }, validFrom: '2026-02-15',
    criteria: [{ code: '1', name: { vi: 'Tiêu chí ví dụ', en: 'Example criterion' }, nameStatus: 'unverified' as const, citation: cite, indicators: [], missingIndicators: { vi: 'ví dụ', en: 'example' } }],
  };

  it('a province set must carry the NTM precondition; recognition then requires the NTM standard first', async () => {
    const { MODERN_COMMUNE_PRECONDITION } = await import('../../src/index.js');
    expect(thrown(() => defineCriteriaSet(definition)).issues[0]).toMatchObject({ path: ['conditions'], code: 'precondition-required' });
    const set = defineCriteriaSet({ ...definition, conditions: [MODERN_COMMUNE_PRECONDITION] });
    expect(evaluate(set, { year: 2026, criteria: { '1': 'met' }, conditions: { 'ntm-commune': false } }).status).toBe('not-met');
    expect(evaluate(set, { year: 2026, criteria: { '1': 'met' }, conditions: { 'ntm-commune': true } }).status).toBe('meets-standard');
    expect(evaluate(set, { year: 2026, criteria: { '1': 'met' } }).status).toBe('undetermined');
  });
});
