import * as z from 'zod'; // namespace import keeps zod tree-shakable
import { toIsoDay, viDate } from '../_lib/dates.js';
import { INPUT_LIMITS } from '../_lib/limits.js';
import { toIssues } from '../_lib/parse.js';
import { plainInput } from '../_lib/plain.js';
import type { LocalizedText } from '../_lib/text.js';
import { invalidInput, issue, NtmError, type IssueInit } from '../errors.js';
import type { Citation, NameStatus } from '../legal/citation.js';
import type { CriteriaSetKind, EvaluationResult, IndicatorOutcome } from '../engine/types/index.js';

/**
 * Facts about a commune or district beyond its criteria, needed for recognition.
 *
 * @example
 * ```ts
 * import type { RecognitionFacts } from 'ntm-rules';
 * const facts: RecognitionFacts = { outstandingConstructionDebt: false, securityStandardMet: true };
 * ```
 */
export interface RecognitionFacts {
  /** Day of the recognition review (ISO); defaults to the evaluation's `asOf`. */
  readonly decisionDate?: string;
  /** Outstanding capital-construction debt (nợ đọng xây dựng cơ bản) under the NTM program. */
  readonly outstandingConstructionDebt?: boolean;
  /** Residents' satisfaction with the results (%). */
  readonly satisfactionPercent?: number;
  /** The level required, with where it is set: QĐ 18/2022 gives no number for communes. */
  readonly requiredSatisfaction?: { readonly percent: number; readonly citation: Citation };
  /** The commune meets the Ministry of Public Security's "An toàn về an ninh, trật tự" standard. */
  readonly securityStandardMet?: boolean;
  /**
   * Whether QĐ 03/2024/QĐ-TTg (which added the security condition) was in force
   * on the decision day. Its date was not found; give it when you know it.
   */
  readonly securityStandardInForce?: boolean;
}

/**
 * One recognition condition and how it stands.
 *
 * @example
 * ```ts
 * import { checkRecognition, evaluateCommune, type RecognitionCondition } from 'ntm-rules';
 * const conditions: readonly RecognitionCondition[] = checkRecognition(evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} })).conditions;
 * conditions[0]?.code; // 'meets-set'
 * ```
 */
export interface RecognitionCondition {
  readonly code: 'meets-set' | 'no-construction-debt' | 'satisfaction' | 'security-standard' | 'conditions-not-read';
  readonly name: LocalizedText;
  readonly outcome: IndicatorOutcome;
  readonly citation: Citation;
  /** How the condition itself is known; an `unverified` condition never yields `not-met`, only `unknown`. */
  readonly basis: NameStatus;
  readonly reason?: LocalizedText;
}

/**
 * Whether recognition can be granted, and each condition.
 *
 * @example
 * ```ts
 * import { checkRecognition, evaluateCommune, type RecognitionResult } from 'ntm-rules';
 * const r: RecognitionResult = checkRecognition(evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '9.1': 1 } }));
 * r.grantable; // false
 * ```
 */
export interface RecognitionResult {
  /** `true` when every condition is met, `false` when one is not met, else `'undetermined'`. */
  readonly grantable: true | false | 'undetermined';
  readonly kind: CriteriaSetKind;
  readonly decisionDate: string;
  readonly conditions: readonly RecognitionCondition[];
}

const COMMUNE_KINDS: readonly CriteriaSetKind[] = ['commune', 'advanced-commune', 'model-commune'];
const DISTRICT_KINDS: readonly CriteriaSetKind[] = ['district', 'advanced-district', 'special-district', 'town'];

const QD18_COMMUNE: Citation = { instrument: 'QD-18-2022', article: 'Điều 4 khoản 1', note: 'as amended by QĐ 03/2024/QĐ-TTg (Điều 1 khoản 1 điểm a)' };
const QD03: Citation = { instrument: 'QD-03-2024', article: 'Điều 1 khoản 1 điểm a', note: 'adds the condition to QĐ 18/2022/QĐ-TTg Điều 4 khoản 1' };
const QD18_DISTRICT: Citation = { instrument: 'QD-18-2022', article: 'Điều 4 khoản 2-7', note: 'not read; Điều 3 (read) gives recognition of districts, towns and provinces to the Prime Minister' };

/** QĐ 03/2024 cannot have been in force before 2024 began; its exact date was not found. */
const QD03_EARLIEST = '2024-01-01';

function buildSchema() {
  const percent = z.number().min(0).max(100);
  return z.strictObject({
    decisionDate: z.string().refine((s) => toIsoDay(s) !== undefined, 'expected an ISO date YYYY-MM-DD').optional(),
    outstandingConstructionDebt: z.boolean().optional(),
    satisfactionPercent: percent.optional(),
    requiredSatisfaction: z.strictObject({
      percent,
      citation: z.strictObject({ instrument: z.string().min(1), annex: z.string().optional(), article: z.string().optional(), item: z.string().optional(), source: z.string().optional(), note: z.string().optional() }),
    }).optional(),
    securityStandardMet: z.boolean().optional(),
    securityStandardInForce: z.boolean().optional(),
  });
}
let schema: ReturnType<typeof buildSchema> | undefined;

/** Parts of an evaluation result recognition does not read: left out of the copy. */
const UNREAD: ReadonlySet<string> = new Set(['criteria', 'conditions', 'overlays', 'provenance', 'effectiveRegionReason']);

const NO_FACT = { vi: 'chưa có thông tin', en: 'fact not given' };

function meetsSet(e: EvaluationResult, citation: Citation, basis: NameStatus): RecognitionCondition {
  const outcome = e.status === 'meets-standard' ? 'met' : e.status === 'not-met' ? 'not-met' : 'unknown';
  return {
    code: 'meets-set',
    name: { vi: `Đạt đầy đủ bộ tiêu chí (${e.set.id})`, en: `Fully meets the set (${e.set.id})` },
    outcome,
    citation,
    basis,
    ...(outcome === 'met' ? {} : {
      reason: outcome === 'not-met'
        ? { vi: `${e.criteriaNotMet} tiêu chí chưa đạt hoặc có điều kiện chưa đạt`, en: `${e.criteriaNotMet} criteria not met, or a condition of the set not met` }
        : { vi: `${e.criteriaUnknown} tiêu chí chưa xác định được`, en: `${e.criteriaUnknown} criteria (or conditions) undetermined` },
    }),
  };
}

function debt(debtFact: boolean | undefined, citation: Citation, basis: NameStatus): RecognitionCondition {
  const name = { vi: 'Không có nợ đọng xây dựng cơ bản thuộc Chương trình', en: 'No outstanding capital-construction debt under the program' };
  if (debtFact === undefined) return { code: 'no-construction-debt', name, outcome: 'unknown', citation, basis, reason: NO_FACT };
  if (!debtFact) return { code: 'no-construction-debt', name, outcome: 'met', citation, basis };
  if (basis === 'unverified') {
    return {
      code: 'no-construction-debt', name, outcome: 'unknown', citation, basis,
      reason: { vi: 'có nợ đọng; điều kiện này đối với huyện chỉ suy đoán theo quy định cấp xã (chưa đọc Điều 4 khoản 2-7)', en: 'debt outstanding; this condition is only inferred for districts by analogy with communes (Điều 4 khoản 2-7 not read)' },
    };
  }
  return { code: 'no-construction-debt', name, outcome: 'not-met', citation, basis, reason: { vi: 'còn nợ đọng xây dựng cơ bản', en: 'capital-construction debt outstanding' } };
}

function satisfaction(f: RecognitionFacts): RecognitionCondition {
  const name = { vi: 'Mức độ hài lòng của người dân đạt yêu cầu', en: "Residents' satisfaction at the required level" };
  const base = { code: 'satisfaction' as const, name, citation: QD18_COMMUNE, basis: 'confirmed' as const };
  if (f.satisfactionPercent === undefined) return { ...base, outcome: 'unknown', reason: NO_FACT };
  if (f.requiredSatisfaction === undefined) {
    return {
      ...base,
      outcome: 'unknown',
      reason: {
        vi: 'QĐ 18/2022 Điều 4 khoản 1 không nêu mức hài lòng cho cấp xã và chưa tìm thấy mức này; cung cấp requiredSatisfaction kèm trích dẫn',
        en: 'QĐ 18/2022 Điều 4 khoản 1 gives no level for communes and none was found; pass requiredSatisfaction with its citation',
      },
    };
  }
  const r = f.requiredSatisfaction;
  const met = f.satisfactionPercent >= r.percent;
  return {
    ...base,
    outcome: met ? 'met' : 'not-met',
    reason: {
      vi: `${f.satisfactionPercent}% so với mức yêu cầu ${r.percent}% (theo ${r.citation.instrument})`,
      en: `${f.satisfactionPercent}% against the required ${r.percent}% (per ${r.citation.instrument})`,
    },
  };
}

/**
 * The public-security standard was added by QĐ 03/2024/QĐ-TTg, whose in-force
 * date was not found. Before 2024 it cannot apply. From 2024 on, a commune that
 * meets it passes either way; one that does not (or whose status is not given)
 * is `unknown` unless the caller says whether QĐ 03/2024 was in force.
 */
function security(f: RecognitionFacts, day: string): RecognitionCondition {
  const name = { vi: 'Đạt tiêu chuẩn "An toàn về an ninh, trật tự" của Bộ Công an', en: 'Meets the Ministry of Public Security\'s "An toàn về an ninh, trật tự" standard' };
  const base = { code: 'security-standard' as const, name, citation: QD03, basis: 'secondary' as const };
  const notInForce = { vi: 'QĐ 03/2024/QĐ-TTg chưa có hiệu lực vào ngày xét', en: 'QĐ 03/2024/QĐ-TTg was not in force on the decision day' };
  if (f.securityStandardInForce === false || (f.securityStandardInForce === undefined && day < QD03_EARLIEST)) {
    return { ...base, outcome: 'not-applicable', reason: notInForce };
  }
  if (f.securityStandardMet === true) return { ...base, outcome: 'met' };
  if (f.securityStandardMet === undefined) return { ...base, outcome: 'unknown', reason: NO_FACT };
  if (f.securityStandardInForce === true) {
    return { ...base, outcome: 'not-met', reason: { vi: 'chưa đạt tiêu chuẩn an toàn về an ninh, trật tự', en: 'the security standard is not met' } };
  }
  return {
    ...base,
    outcome: 'unknown',
    reason: {
      vi: `chưa đạt tiêu chuẩn; ngày hiệu lực của QĐ 03/2024/QĐ-TTg chưa tìm thấy nên chưa rõ điều kiện có áp dụng vào ngày ${viDate(day)}; nêu securityStandardInForce`,
      en: `standard not met; the in-force date of QĐ 03/2024/QĐ-TTg was not found, so whether the condition applied on ${day} is not known; pass securityStandardInForce`,
    },
  };
}

function checkEvaluation(e: unknown): IssueInit[] {
  const issues: IssueInit[] = [];
  const v = e as Partial<EvaluationResult> | null;
  if (typeof v !== 'object' || v === null) return [issue(['evaluation'], 'expected-object', { vi: 'cần kết quả đánh giá do evaluate(), evaluateCommune() hoặc evaluateDistrict() trả về', en: 'expected the result of evaluate(), evaluateCommune() or evaluateDistrict()' })];
  if (typeof v.set !== 'object' || v.set === null || typeof v.set.kind !== 'string' || typeof v.set.id !== 'string') issues.push(issue(['evaluation', 'set'], 'expected-object', { vi: 'cần bộ tiêu chí đã dùng để đánh giá ({ id, kind, … })', en: 'expected the evaluated set ({ id, kind, … })' }));
  if (!['meets-standard', 'not-met', 'undetermined'].includes(v.status as string)) issues.push(issue(['evaluation', 'status'], 'expected-one-of', { vi: "cần 'meets-standard', 'not-met' hoặc 'undetermined'", en: "expected 'meets-standard', 'not-met' or 'undetermined'" }));
  for (const k of ['criteriaNotMet', 'criteriaUnknown'] as const) {
    if (!Number.isSafeInteger(v[k]) || (v[k] as number) < 0) issues.push(issue(['evaluation', k], 'expected-whole-number', { vi: 'cần một số nguyên không âm', en: 'expected a whole number ≥ 0' }));
  }
  if (typeof v.asOf !== 'string' || toIsoDay(v.asOf) === undefined) issues.push(issue(['evaluation', 'asOf'], 'expected-date', { vi: 'cần ngày dạng YYYY-MM-DD', en: 'expected an ISO date' }));
  return issues;
}

/**
 * Says whether recognition can be granted (QĐ 18/2022/QĐ-TTg Điều 4, as
 * amended by QĐ 03/2024/QĐ-TTg), from an evaluation and the facts beyond the
 * criteria. For communes (NTM, advanced, model) all four conditions of Điều 4
 * khoản 1 apply: the set fully met, no outstanding capital-construction debt
 * under the program, residents' satisfaction at the required level (no level
 * is known for communes: `unknown` unless `requiredSatisfaction` is given), and
 * the public-security standard (from QĐ 03/2024, whose date was not found; see
 * `securityStandardInForce`). For districts, towns and special districts the
 * set (with its commune and satisfaction conditions) must be met; the other
 * conditions of Điều 4 khoản 2-7 were not read, so recognition is at best
 * `'undetermined'`. Each condition carries its citation and, unless met, why.
 *
 * @throws {NtmError} `invalid-input` for a malformed evaluation or facts; `not-available` for village sets (recognised under provincial rules).
 *
 * @example
 * ```ts
 * import { checkRecognition, evaluateCommune } from 'ntm-rules';
 * const evaluation = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} });
 * const r = checkRecognition(evaluation, { outstandingConstructionDebt: true });
 * r.grantable; // false
 * r.conditions.find((c) => c.code === 'no-construction-debt')?.outcome; // 'not-met'
 * ```
 */
export function checkRecognition(evaluation: EvaluationResult, facts: RecognitionFacts = {}): RecognitionResult {
  // Plain copies, read once (src/_lib/plain.ts); the per-criterion results are not read.
  evaluation = plainInput(evaluation, 'recognition input', INPUT_LIMITS.evaluationResult, { prefix: ['evaluation'], prune: UNREAD }) as EvaluationResult;
  facts = plainInput(facts, 'recognition input', INPUT_LIMITS.small, { prefix: ['facts'] }) as RecognitionFacts;
  const issues = checkEvaluation(evaluation);
  schema ??= buildSchema();
  const parsed = schema.safeParse(facts);
  if (!parsed.success) issues.push(...toIssues(parsed.error.issues, ['facts']));
  if (issues.length > 0) throw invalidInput('recognition input', issues);
  const f = parsed.data as RecognitionFacts;
  const kind = evaluation.set.kind;
  const day = f.decisionDate ?? evaluation.asOf;
  let conditions: RecognitionCondition[];
  if (COMMUNE_KINDS.includes(kind)) {
    conditions = [meetsSet(evaluation, QD18_COMMUNE, 'confirmed'), debt(f.outstandingConstructionDebt, QD18_COMMUNE, 'confirmed'), satisfaction(f), security(f, day)];
  } else if (DISTRICT_KINDS.includes(kind)) {
    conditions = [
      meetsSet(evaluation, { instrument: kind === 'special-district' ? 'QD-211-2024' : 'QD-320-2022', note: 'with the set\'s own conditions (communes, satisfaction)' }, 'secondary'),
      debt(f.outstandingConstructionDebt, QD18_DISTRICT, 'unverified'),
      {
        code: 'conditions-not-read',
        name: { vi: 'Các điều kiện khác của QĐ 18/2022 Điều 4 khoản 2-7', en: 'Other conditions of QĐ 18/2022 Điều 4 khoản 2-7' },
        outcome: 'unknown',
        citation: QD18_DISTRICT,
        basis: 'unverified',
        reason: { vi: 'chưa tiếp cận được Điều 4 khoản 2-7', en: 'Điều 4 khoản 2-7 could not be read' },
      },
    ];
  } else {
    throw new NtmError('not-available', `Recognition of "${kind}" units follows provincial rules, not QĐ 18/2022/QĐ-TTg; it is not encoded.`, [issue(['evaluation', 'set', 'kind'], 'no-national-rule', { vi: 'việc công nhận loại đơn vị này theo quy định của tỉnh, không theo QĐ 18/2022/QĐ-TTg; thư viện chưa có', en: 'no national recognition rule' })]);
  }
  const outcomes = conditions.map((c) => c.outcome);
  const grantable = outcomes.includes('not-met') ? false : outcomes.includes('unknown') ? 'undetermined' : true;
  return { grantable, kind, decisionDate: day, conditions };
}
