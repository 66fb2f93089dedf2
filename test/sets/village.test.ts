import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, EXAMPLE_VILLAGE_SET, getCriteriaSet, isNtmError, NtmError } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

function thrown(f: () => unknown): NtmError {
  try { f(); } catch (e) { if (e instanceof NtmError) return e; throw e; }
  throw new Error('expected an NtmError');
}

describe('village sets', () => {
  it('no set is known for Lai Châu: the error names the way out (defineCriteriaSet + evaluate), with NFC or NFD input', () => {
    for (const province of ['Lai Châu', 'Lai Châu'.normalize('NFD'), ' lai  châu ']) {
      const e = thrown(() => getCriteriaSet('village', { province }));
      expect(e.code).toBe('no-set-in-force');
      expect(e.message).toContain('defineCriteriaSet');
      expect(e.message).toContain('evaluate');
      expect(e.issues[0]?.path).toEqual(['options', 'province']);
    }
    expect(isNtmError(thrown(() => getCriteriaSet('village')), 'no-set-in-force')).toBe(true);
  });

  it('ships a clearly labelled EXAMPLE set built from national rules without numbers', () => {
    const set = EXAMPLE_VILLAGE_SET;
    expect(set.kind).toBe('village');
    expect(set.title.en).toMatch(/^EXAMPLE \(not a legal set\)/);
    expect(set.title.vi).toMatch(/^VÍ DỤ/);
    expect(set.province).toBeUndefined();
    expect(set.notes?.some((n) => n.en.includes('Lai Châu'))).toBe(true);
    for (const c of set.criteria) for (const i of c.indicators) for (const t of i.thresholds) {
      expect(['boolean', 'none-allowed']).toContain(t.rule.kind);
      expect(t.citation).toMatchObject({ instrument: 'QD-318-2022', annex: 'Phụ lục I' });
      expect(t.citation.source).toMatch(/^EXAMPLE/);
    }
    expectWellFormed(set);
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 3, notEncoded: 0, unverifiedNames: 3, indicators: 3, conditions: 0 });
  });

  it('evaluates with the generic engine', () => {
    expect(evaluate(EXAMPLE_VILLAGE_SET, { year: 2024, indicators: { 'nha-tam': 0, 'thon-van-hoa': true, 'an-ninh-trat-tu': true } }).status).toBe('meets-standard');
    const r = evaluate(EXAMPLE_VILLAGE_SET, { year: 2024, indicators: { 'nha-tam': 2, 'thon-van-hoa': true } });
    expect(r.status).toBe('not-met');
    expect(r.criteria.map((c) => c.outcome)).toEqual(['not-met', 'met', 'unknown']);
  });

  it('a province set defined with defineCriteriaSet keeps its name in NFC and evaluates', () => {
    const province = 'Tỉnh Thử Nghiệm';
    const set = defineCriteriaSet({ ...EXAMPLE_VILLAGE_SET, id: 'village/test-province', province: province.normalize('NFD') });
    expect(set.province).toBe(province);
    expect(evaluate(set, { year: 2024, indicators: { 'nha-tam': 0 } }).criteria[0]?.outcome).toBe('met');
  });
});
