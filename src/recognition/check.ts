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
  /**
   * The commune is not "complicated" in security and order as the Ministry of Public Security
   * rules ("xã không phức tạp về an ninh, trật tự"): the fourth condition of QĐ 18/2022 as issued,
   * until QĐ 03/2024/QĐ-TTg replaced it.
   */
  readonly securityNotComplicated?: boolean;
  /** The commune meets the Ministry of Public Security's "An toàn về an ninh, trật tự" standard: the fourth condition as QĐ 03/2024/QĐ-TTg worded it. */
  readonly securityStandardMet?: boolean;
  /**
   * Whether QĐ 03/2024/QĐ-TTg (which replaced the fourth condition's wording) was in force
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
  readonly code: 'meets-set' | 'no-construction-debt' | 'satisfaction' | 'security-standard' | 'conditions-not-read' | 'rules-not-found';
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
const QD03: Citation = {
  instrument: 'QD-03-2024',
  article: 'Điều 1 khoản 1 điểm a',
  note: 'replaces the fourth condition of QĐ 18/2022/QĐ-TTg Điều 4 khoản 1 ("không phức tạp về an ninh, trật tự") with the "An toàn về an ninh, trật tự" standard',
};
const QD18_AS_ISSUED: Citation = {
  instrument: 'QD-18-2022',
  article: 'Điều 4 khoản 1',
  source: 'langngheviet.com.vn (2022), summarising the decision as issued: "Bốn là, xã không phức tạp về an ninh, trật tự theo quy định của Bộ Công an"',
  note: 'The fourth condition as issued (in force 02/08/2022), before QĐ 03/2024/QĐ-TTg replaced its wording.',
};
/** The first day a set or decision of the 2026-2030 period can concern (QĐ 18/2022 is the 2021-2025 regulation). */
const PERIOD_2026 = '2026-01-01';
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
    securityNotComplicated: z.boolean().optional(),
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
 * The fourth commune condition, about security and order, in its two wordings (research K1): as
 * issued (02/08/2022), "không phức tạp về an ninh, trật tự"; as replaced by QĐ 03/2024/QĐ-TTg,
 * "An toàn về an ninh, trật tự". QĐ 03/2024's in-force date was not found: it cannot be before
 * 2024, so decision days before 2024 take the first wording; from 2024 the wording in force is
 * known only from `securityStandardInForce`, and without it the condition is met (or not met)
 * only when both wordings agree.
 */
function security(f: RecognitionFacts, day: string): RecognitionCondition {
  const v1 = {
    code: 'security-standard' as const,
    name: { vi: 'Xã không phức tạp về an ninh, trật tự theo quy định của Bộ Công an', en: 'The commune is not complicated in security and order (Ministry of Public Security rules)' },
    citation: QD18_AS_ISSUED,
    basis: 'secondary' as const,
  };
  const v2 = {
    code: 'security-standard' as const,
    name: { vi: 'Đạt tiêu chuẩn "An toàn về an ninh, trật tự" của Bộ Công an', en: 'Meets the Ministry of Public Security\'s "An toàn về an ninh, trật tự" standard' },
    citation: QD03,
    basis: 'secondary' as const,
  };
  const judge = (base: typeof v1 | typeof v2, fact: boolean | undefined, failed: { vi: string; en: string }): RecognitionCondition =>
    fact === undefined ? { ...base, outcome: 'unknown', reason: NO_FACT } : fact ? { ...base, outcome: 'met' } : { ...base, outcome: 'not-met', reason: failed };
  const notComplicated = { vi: 'xã được xác định là phức tạp về an ninh, trật tự', en: 'the commune is classed as complicated in security and order' };
  const notSafe = { vi: 'chưa đạt tiêu chuẩn an toàn về an ninh, trật tự', en: 'the security standard is not met' };
  if (f.securityStandardInForce === false || (f.securityStandardInForce === undefined && day < QD03_EARLIEST)) return judge(v1, f.securityNotComplicated, notComplicated);
  if (f.securityStandardInForce === true) return judge(v2, f.securityStandardMet, notSafe);
  // From 2024 with the wording in force unknown: decided only where both wordings give the same outcome.
  const a = f.securityNotComplicated;
  const b = f.securityStandardMet;
  if (a === true && b === true) return { ...v2, outcome: 'met', reason: { vi: 'đạt theo cả hai cách quy định (trước và sau QĐ 03/2024/QĐ-TTg)', en: 'met under both wordings (before and after QĐ 03/2024/QĐ-TTg)' } };
  if (a === false && b === false) return { ...v2, outcome: 'not-met', reason: { vi: 'không đạt theo cả hai cách quy định (trước và sau QĐ 03/2024/QĐ-TTg)', en: 'not met under either wording (before or after QĐ 03/2024/QĐ-TTg)' } };
  return {
    ...v2,
    outcome: 'unknown',
    reason: {
      vi: `ngày hiệu lực của QĐ 03/2024/QĐ-TTg chưa tìm thấy nên chưa rõ ngày ${viDate(day)} áp dụng điều kiện "không phức tạp về an ninh, trật tự" (QĐ 18/2022 khi ban hành) hay tiêu chuẩn "An toàn về an ninh, trật tự" (QĐ 03/2024); nêu securityStandardInForce, hoặc cả securityNotComplicated và securityStandardMet`,
      en: `the in-force date of QĐ 03/2024/QĐ-TTg was not found, so whether ${day} falls under "not complicated in security and order" (QĐ 18/2022 as issued) or the "An toàn về an ninh, trật tự" standard (QĐ 03/2024) is not known; pass securityStandardInForce, or both securityNotComplicated and securityStandardMet`,
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
 * security and order: "not complicated" as issued (`securityNotComplicated`),
 * the "An toàn về an ninh, trật tự" standard once QĐ 03/2024 replaced it
 * (`securityStandardMet`; that decision's date was not found, see
 * `securityStandardInForce`). For a 2026-2030 set or a decision day from 2026,
 * the rules are not known (QĐ 18/2022 regulates 2021-2025 and no successor was
 * found): a commune not meeting its set is refused, otherwise the result is
 * `'undetermined'`. For districts, towns and special districts the
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
  if (COMMUNE_KINDS.includes(kind) && (evaluation.set.validFrom >= PERIOD_2026 || day >= PERIOD_2026)) {
    // QĐ 18/2022 regulates recognition for 2021-2025; no successor for 2026-2030 was found.
    conditions = [
      meetsSet(evaluation, { instrument: evaluation.set.validFrom >= PERIOD_2026 ? 'QD-51-2025' : 'QD-18-2022', note: 'the set must be met in any case' }, 'secondary'),
      {
        code: 'rules-not-found',
        name: { vi: 'Điều kiện, trình tự xét công nhận giai đoạn 2026 - 2030', en: 'Recognition conditions and procedure for 2026-2030' },
        outcome: 'unknown',
        citation: { instrument: 'QD-18-2022', note: 'QĐ 18/2022/QĐ-TTg is titled "giai đoạn 2021 - 2025"; no successor, and no statement that it still applies, was found' },
        basis: 'unverified',
        reason: {
          vi: `chưa tìm thấy văn bản quy định điều kiện xét công nhận cho ngày xét ${viDate(day)} (giai đoạn 2026 - 2030; QĐ 18/2022/QĐ-TTg là quy định giai đoạn 2021 - 2025)`,
          en: `no instrument setting the recognition conditions for a decision on ${day} was found (2026-2030; QĐ 18/2022/QĐ-TTg regulates 2021-2025)`,
        },
      },
    ];
  } else if (COMMUNE_KINDS.includes(kind)) {
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
