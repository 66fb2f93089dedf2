// Judging the values of one subject against a compiled plan: each indicator, then each
// criterion (from its indicators, or from a criterion-level assessment), then the status.
import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import type { Plan, PlannedIndicator, Reason } from './compile.js';
import { judge } from './kinds/compiled.js';
import type { ValidatedInput } from './validate-input.js';
import type { AssessedOutcome, CriterionResult, EvaluationStatus, IndicatorResult, IndicatorValue, Outcome } from './types/index.js';

// Reasons are shared, frozen data: results reference them rather than copy them.
const MISSING: Reason = deepFreeze({ code: 'missing-input', message: { vi: 'chưa có số liệu', en: 'no input value given' } });
const EXPLICIT_UNKNOWN: Reason = deepFreeze({ code: 'explicitly-unknown', message: { vi: 'đã khai báo là chưa có số liệu', en: 'input declared unknown (null)' } });
const NOT_APPLICABLE: Reason = deepFreeze({ code: 'not-applicable', message: { vi: 'không áp dụng (nội dung "nếu có")', en: 'not applicable ("if any" indicator)' } });

/**
 * Every indicator result has the same fields in the same order (absent ones are
 * `undefined`, which JSON leaves out), so that code reading results sees one shape.
 */
function result(p: PlannedIndicator, value: IndicatorValue | undefined, outcome: IndicatorResult['outcome'], shortfall: number | undefined, failed: readonly LocalizedText[] | undefined, reason: Reason | undefined): IndicatorResult {
  return { code: p.code, name: p.name, kind: p.kind, unit: p.unit, value, threshold: p.threshold, citation: p.citation, outcome, shortfall, failed, reason };
}

/** Judges one indicator's value (already validated; compound values are fresh copies). */
export function judgeIndicator(p: PlannedIndicator, value: IndicatorValue | undefined): IndicatorResult {
  if (value === undefined) return result(p, value, 'unknown', undefined, undefined, MISSING);
  if (value === null) return result(p, value, 'unknown', undefined, undefined, EXPLICIT_UNKNOWN);
  if (value === 'not-applicable') return result(p, value, 'not-applicable', undefined, undefined, NOT_APPLICABLE);
  if (p.rule === null) return result(p, value, 'unknown', undefined, undefined, p.noThreshold);
  const verdict = judge(p.rule, value);
  if (verdict === true) return result(p, value, 'met', undefined, undefined, undefined);
  if (typeof verdict === 'number') return result(p, value, 'not-met', verdict, undefined, undefined);
  return result(p, value, 'not-met', undefined, verdict === false || verdict.length === 0 ? undefined : verdict, undefined);
}

/** Met when all are met (or not applicable), not met when any is not met, otherwise unknown. */
function combine(indicators: readonly IndicatorResult[]): Outcome {
  let unknown = false;
  for (let n = 0; n < indicators.length; n++) {
    const o = indicators[n]!.outcome;
    if (o === 'not-met') return 'not-met';
    if (o === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'met';
}

const OUTCOME_WORDS: Readonly<Record<AssessedOutcome, LocalizedText>> = { met: { vi: 'đạt', en: 'met' }, 'not-met': { vi: 'chưa đạt', en: 'not met' }, unknown: { vi: 'chưa xác định', en: 'unknown' } };

/** What judging a plan gives: the criteria and conditions, their counts and the status. */
export interface Judged {
  readonly criteria: CriterionResult[];
  readonly conditions: IndicatorResult[];
  readonly met: number;
  readonly notMet: number;
  readonly unknown: number;
  readonly status: EvaluationStatus;
}

/**
 * Judges every indicator and criterion of a plan. A criterion with an assessed outcome
 * takes it when its indicators do not decide (their outcome is unknown); indicators that
 * decide otherwise are a contradiction, reported as an error rather than settled silently.
 */
export function judgePlan(plan: Plan, v: ValidatedInput): Judged {
  let met = 0;
  let notMet = 0;
  let unknown = 0;
  let contradictions: IssueInit[] | undefined;
  const criteria: CriterionResult[] = new Array(plan.criteria.length);
  for (let k = 0; k < plan.criteria.length; k++) {
    const { crit, indicators: planned, notEncoded } = plan.criteria[k]!;
    const indicators: IndicatorResult[] = new Array(planned.length);
    let anyNotMet = false;
    let anyUnknown = planned.length === 0;
    for (let n = 0; n < planned.length; n++) {
      const r = judgeIndicator(planned[n]!, v.values[planned[n]!.slot]);
      indicators[n] = r;
      if (r.outcome === 'not-met') anyNotMet = true;
      else if (r.outcome === 'unknown') anyUnknown = true;
    }
    let outcome: Outcome = anyNotMet ? 'not-met' : anyUnknown ? 'unknown' : 'met';
    let basis: CriterionResult['basis'] = 'indicators';
    const assessed = v.assessed?.[k];
    if (assessed !== undefined) {
      if (planned.length > 0 && outcome !== 'unknown' && outcome !== assessed) {
        (contradictions ??= []).push(issue(['criteria', crit.code], 'assessment-contradicts-indicators', {
          vi: `tiêu chí ${crit.code} được ghi là "${OUTCOME_WORDS[assessed].vi}" nhưng số liệu các chỉ tiêu cho kết quả "${OUTCOME_WORDS[outcome].vi}"`,
          en: `criterion ${crit.code} is assessed as "${OUTCOME_WORDS[assessed].en}" but its indicators give "${OUTCOME_WORDS[outcome].en}"`,
        }, { assessed, computed: outcome }));
      } else if (outcome === 'unknown') {
        outcome = assessed;
        basis = 'assessment';
      }
    }
    if (outcome === 'met') met++;
    else if (outcome === 'not-met') notMet++;
    else unknown++;
    const reason = basis === 'indicators' && outcome === 'unknown' ? notEncoded : undefined;
    criteria[k] = crit.group !== undefined
      ? { code: crit.code, name: crit.name, group: crit.group, outcome, basis, indicators, reason }
      : { code: crit.code, name: crit.name, outcome, basis, indicators, reason };
  }
  if (contradictions) throw invalidInput('evaluation input', contradictions);
  const conditions: IndicatorResult[] = new Array(plan.conditions.length);
  for (let n = 0; n < plan.conditions.length; n++) conditions[n] = judgeIndicator(plan.conditions[n]!, v.conditionValues[n]);
  const conditionOutcome = combine(conditions);
  const status: EvaluationStatus = notMet > 0 || conditionOutcome === 'not-met' ? 'not-met' : unknown > 0 || conditionOutcome === 'unknown' ? 'undetermined' : 'meets-standard';
  return { criteria, conditions, met, notMet, unknown, status };
}
