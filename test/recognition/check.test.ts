import { describe, expect, it } from 'vitest';
import { checkRecognition, evaluate, evaluateCommune, evaluateDistrict, EXAMPLE_VILLAGE_SET, getCriteriaSet, isNtmError, NtmError } from '../../src/index.js';
import type { EvaluationResult, RecognitionFacts } from '../../src/index.js';

/** A commune evaluation that meets its set (the model-commune rules are fully encoded). */
function meetingModelCommune(year = 2024): EvaluationResult {
  const set = getCriteriaSet('model-commune');
  return evaluate(set, { year, indicators: {}, conditions: { advanced: true, income: { income: 80, advancedThreshold: 70 }, 'smart-village': 1, 'standout-field': 1 } });
}

const ALL_GOOD: RecognitionFacts = {
  outstandingConstructionDebt: false,
  satisfactionPercent: 95,
  requiredSatisfaction: { percent: 90, citation: { instrument: 'QĐ test/QĐ-UBND', note: 'province rule used in tests' } },
  securityNotComplicated: true,
  securityStandardMet: true,
};

const byCode = (r: ReturnType<typeof checkRecognition>) => Object.fromEntries(r.conditions.map((c) => [c.code, c.outcome]));

describe('checkRecognition (QĐ 18/2022/QĐ-TTg Điều 4 khoản 1, as amended by QĐ 03/2024)', () => {
  it('grants when the set is met and all four commune conditions hold, each cited', () => {
    const r = checkRecognition(meetingModelCommune(), ALL_GOOD);
    expect(r.grantable).toBe(true);
    expect(r.kind).toBe('model-commune');
    expect(byCode(r)).toEqual({ 'meets-set': 'met', 'no-construction-debt': 'met', satisfaction: 'met', 'security-standard': 'met' });
    expect(r.conditions.map((c) => c.citation.instrument)).toEqual(['QD-18-2022', 'QD-18-2022', 'QD-18-2022', 'QD-03-2024']);
    expect(r.conditions[0]!.citation.article).toBe('Điều 4 khoản 1');
  });

  it('outstanding construction debt blocks recognition', () => {
    const r = checkRecognition(meetingModelCommune(), { ...ALL_GOOD, outstandingConstructionDebt: true });
    expect(r.grantable).toBe(false);
    expect(r.conditions.find((c) => c.code === 'no-construction-debt')).toMatchObject({ outcome: 'not-met', reason: { en: 'capital-construction debt outstanding' } });
  });

  it('a set not met blocks recognition; an undetermined set leaves it undetermined', () => {
    const notMet = evaluate(getCriteriaSet('model-commune'), { year: 2024, indicators: {}, conditions: { advanced: false } });
    expect(checkRecognition(notMet, ALL_GOOD).grantable).toBe(false);
    const open = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} });
    const r = checkRecognition(open, ALL_GOOD);
    expect(r.grantable).toBe('undetermined');
    expect(r.conditions[0]).toMatchObject({ code: 'meets-set', outcome: 'unknown' });
  });

  it('the commune satisfaction level is not known: unknown unless the required level is given', () => {
    const { requiredSatisfaction: _r, ...facts } = ALL_GOOD;
    const r = checkRecognition(meetingModelCommune(), facts);
    expect(r.grantable).toBe('undetermined');
    expect(r.conditions.find((c) => c.code === 'satisfaction')?.reason?.en).toContain('gives no level for communes');
    expect(checkRecognition(meetingModelCommune(), { ...ALL_GOOD, satisfactionPercent: 89.9 }).grantable).toBe(false);
  });

  it('the security condition has two wordings (K1): "not complicated" as issued, the "An toàn" standard after QĐ 03/2024', () => {
    // Before 2024 QĐ 03/2024 cannot be in force: the 2022 wording applies; it is never dropped.
    const y2023 = checkRecognition(meetingModelCommune(2023), { ...ALL_GOOD, securityNotComplicated: undefined, securityStandardMet: false });
    expect(y2023.decisionDate).toBe('2023-12-31');
    expect(y2023.conditions[3]).toMatchObject({ outcome: 'unknown', citation: { instrument: 'QD-18-2022', article: 'Điều 4 khoản 1' } });
    expect(y2023.conditions[3]?.name.vi).toBe('Xã không phức tạp về an ninh, trật tự theo quy định của Bộ Công an');
    expect(y2023.grantable).toBe('undetermined');
    expect(checkRecognition(meetingModelCommune(2023), { ...ALL_GOOD, securityNotComplicated: false }).grantable).toBe(false);
    expect(checkRecognition(meetingModelCommune(2023), { ...ALL_GOOD, securityStandardMet: false }).grantable).toBe(true);
    // From 2024 the wording in force is unknown unless said: decided only where both wordings agree.
    const onlyNew = checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, securityNotComplicated: undefined });
    expect(onlyNew.conditions[3]).toMatchObject({ outcome: 'unknown' });
    expect(onlyNew.conditions[3]?.reason?.en).toContain('in-force date of QĐ 03/2024/QĐ-TTg was not found');
    expect(checkRecognition(meetingModelCommune(2024), ALL_GOOD).conditions[3]).toMatchObject({ outcome: 'met', citation: { instrument: 'QD-03-2024' } });
    expect(checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, securityNotComplicated: false, securityStandardMet: false }).grantable).toBe(false);
    expect(checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, securityNotComplicated: false }).grantable).toBe('undetermined');
    // Said in force (or not): one wording decides.
    expect(checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, securityStandardMet: false, securityStandardInForce: true }).grantable).toBe(false);
    expect(checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, securityNotComplicated: undefined, securityStandardInForce: true }).grantable).toBe(true);
    expect(checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, securityStandardMet: false, securityStandardInForce: false }).conditions[3]).toMatchObject({ outcome: 'met', citation: { instrument: 'QD-18-2022' } });
    expect(checkRecognition(meetingModelCommune(2024), { ...ALL_GOOD, decisionDate: '2023-06-01', securityNotComplicated: false }).grantable).toBe(false);
  });

  it('2026-2030: the recognition rules are not known (QĐ 18/2022 is the 2021-2025 regulation)', () => {
    const all = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 'met' as const]));
    const r = checkRecognition(evaluateCommune({ group: 2, year: 2026, criteria: all }), ALL_GOOD);
    expect(r.grantable).toBe('undetermined');
    expect(r.conditions.map((c) => [c.code, c.outcome])).toEqual([['meets-set', 'met'], ['rules-not-found', 'unknown']]);
    expect(r.conditions[1]?.reason?.vi).toContain('QĐ 18/2022/QĐ-TTg là quy định giai đoạn 2021 - 2025');
    const notMet = checkRecognition(evaluateCommune({ group: 2, year: 2026, criteria: { ...all, '3': 'not-met' } }), ALL_GOOD);
    expect(notMet.grantable).toBe(false);
    // A decision from 2026 on 2025 results: the rules for that day are not known either.
    expect(checkRecognition(meetingModelCommune(2025), { ...ALL_GOOD, decisionDate: '2026-03-01' }).conditions.map((c) => c.code)).toEqual(['meets-set', 'rules-not-found']);
  });

  it('missing facts are unknown, never not met', () => {
    const r = checkRecognition(meetingModelCommune());
    expect(r.grantable).toBe('undetermined');
    expect(byCode(r)).toEqual({ 'meets-set': 'met', 'no-construction-debt': 'unknown', satisfaction: 'unknown', 'security-standard': 'unknown' });
    expect(checkRecognition(meetingModelCommune(2023)).conditions[3]).toMatchObject({ outcome: 'unknown', reason: { en: 'fact not given' } });
  });

  it('districts: a district failing its commune conditions is refused; otherwise undetermined (Điều 4 khoản 2-7 not read)', () => {
    const district = { region: 'DBSH' as const, year: 2024, communes: [{ recognition: 'none' as const }, { recognition: 'advanced' as const }], indicators: {} };
    const refused = checkRecognition(evaluateDistrict(district), { outstandingConstructionDebt: false });
    expect(refused.grantable).toBe(false);
    expect(refused.conditions.map((c) => [c.code, c.outcome, c.basis])).toEqual([
      ['meets-set', 'not-met', 'secondary'], ['no-construction-debt', 'met', 'unverified'], ['conditions-not-read', 'unknown', 'unverified'],
    ]);
    const withDebt = checkRecognition(evaluateDistrict({ ...district, communes: [{ recognition: 'advanced' }] }), { outstandingConstructionDebt: true });
    expect(withDebt.grantable).toBe('undetermined');
    expect(withDebt.conditions[1]).toMatchObject({ outcome: 'unknown', basis: 'unverified' });
  });

  it('rejects bad facts and evaluations with paths; village recognition is provincial', () => {
    const paths = (f: () => unknown) => {
      try { f(); } catch (e) { expect(e).toBeInstanceOf(NtmError); return (e as NtmError).issues.map((i) => i.path.join('.')); }
      throw new Error('expected rejection');
    };
    expect(paths(() => checkRecognition(meetingModelCommune(), { satisfactionPercent: 101, debt: true } as never))).toEqual(['facts.satisfactionPercent', 'facts.debt']);
    expect(paths(() => checkRecognition(meetingModelCommune(), { decisionDate: '2024-02-30' }))).toEqual(['facts.decisionDate']);
    expect(paths(() => checkRecognition({ status: 'fine' } as never))).toEqual(['evaluation.set', 'evaluation.status', 'evaluation.criteriaNotMet', 'evaluation.criteriaUnknown', 'evaluation.asOf']);
    let error: unknown;
    try { checkRecognition(evaluate(EXAMPLE_VILLAGE_SET, { year: 2024, indicators: {} })); } catch (e) { error = e; }
    expect(isNtmError(error, 'not-available')).toBe(true);
  });
});
