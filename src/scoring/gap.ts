import type { Citation } from '../legal/citation.js';
import type {
  EvaluationResult,
  EvaluationStatus,
  IndicatorResult,
  IndicatorValue,
  LocalizedText,
  ReasonCode,
} from '../engine/types/index.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { bucketOf, checkScheme } from './buckets.js';
import { checkEvaluationResult, readEvaluationResult } from './records.js';
import { NATIONAL_COMMUNE_SCHEME, type Bucket, type BucketScheme } from './schemes.js';

/**
 * An indicator holding a commune back.
 *
 * @example
 * ```ts
 * import { analyzeGap, evaluateCommune, type IndicatorGap } from 'ntm-rules';
 * const g = analyzeGap(evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '9.1': 2 } }));
 * const houses: IndicatorGap | undefined = g.criteria.find((c) => c.code === '9')?.indicators.find((i) => i.code === '9.1');
 * houses?.shortfall; // 2
 * ```
 */
export interface IndicatorGap {
  readonly code: string;
  readonly name: LocalizedText;
  readonly outcome: 'not-met' | 'unknown';
  readonly unit: string;
  readonly value: IndicatorValue | undefined;
  /** The threshold applied, as text (e.g. `≥ 98%`); `null` when none is encoded. */
  readonly threshold: LocalizedText | null;
  /** How far a numeric value is from its threshold, in the indicator's unit. */
  readonly shortfall?: number;
  /** Failed parts of a compound rule. */
  readonly failed?: readonly LocalizedText[];
  /** Why it is unknown. */
  readonly reason?: { readonly code: ReasonCode; readonly message: LocalizedText };
  readonly citation: Citation;
}

/**
 * A criterion not (yet) met, with the indicators that keep it so.
 *
 * @example
 * ```ts
 * import { analyzeGap, evaluateCommune, type CriterionGap } from 'ntm-rules';
 * const gaps: readonly CriterionGap[] = analyzeGap(evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '9.1': 2 } })).criteria;
 * gaps.find((g) => g.code === '9')?.outcome; // 'not-met'
 * ```
 */
export interface CriterionGap {
  readonly code: string;
  readonly name: LocalizedText;
  readonly outcome: 'not-met' | 'unknown';
  readonly indicators: readonly IndicatorGap[];
}

/**
 * What stands between one commune and the next bucket and the standard.
 *
 * @example
 * ```ts
 * import { analyzeGap, evaluateCommune, type GapAnalysis } from 'ntm-rules';
 * const g: GapAnalysis = analyzeGap(evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '1.2': true } }));
 * g.bucket?.id; // '0-4'
 * ```
 */
export interface GapAnalysis {
  readonly name?: string;
  readonly set: string;
  /** The bucket scheme; `null` for a set without a national one when none is given (the 10 criteria of 2026-2030). */
  readonly scheme: { readonly id: string; readonly criteriaTotal: number } | null;
  readonly status: EvaluationStatus;
  readonly criteriaMet: number;
  readonly criteriaNotMet: number;
  readonly criteriaUnknown: number;
  readonly criteriaTotal: number;
  /** The bucket of the criteria shown met (unknown criteria do not count); `null` without a scheme. */
  readonly bucket: Bucket | null;
  /** The next higher bucket; `null` at the top, or without a scheme. */
  readonly nextBucket: Bucket | null;
  /** More criteria needed to enter the next bucket; `null` at the top, or without a scheme. */
  readonly toNextBucket: number | null;
  /** More criteria needed to meet all criteria (the set's extra conditions, if any, are listed in `conditions`). */
  readonly toStandard: number;
  /** Where the commune would stand if every unknown criterion turned out met. */
  readonly ifUnknownMet: { readonly criteriaMet: number; readonly bucket: Bucket | null };
  /** Criteria not met or unknown, in the set's order. */
  readonly criteria: readonly CriterionGap[];
  /** The set's extra conditions not met or unknown. */
  readonly conditions: readonly IndicatorGap[];
}

function indicatorGap(i: IndicatorResult): IndicatorGap | undefined {
  if (i.outcome !== 'not-met' && i.outcome !== 'unknown') return undefined;
  return {
    code: i.code,
    name: i.name,
    outcome: i.outcome,
    unit: i.unit,
    value: i.value,
    threshold: i.threshold ? i.threshold.text : null,
    ...(i.shortfall !== undefined ? { shortfall: i.shortfall } : {}),
    ...(i.failed !== undefined ? { failed: i.failed } : {}),
    ...(i.reason !== undefined ? { reason: i.reason } : {}),
    citation: i.citation,
  };
}

/** The indicator lists analyzeGap reads must be arrays of objects: issues with their paths. */
function listIssues(result: EvaluationResult): IssueInit[] {
  const issues: IssueInit[] = [];
  const check = (list: unknown, path: (string | number)[]) => {
    if (!Array.isArray(list)) return issues.push(issue(path, 'expected-array', { vi: 'cần danh sách kết quả các chỉ tiêu', en: 'expected an array of indicator results' }));
    for (let k = 0; k < list.length; k++) {
      const i: unknown = list[k];
      if (typeof i !== 'object' || i === null) issues.push(issue([...path, k], 'expected-object', { vi: 'cần kết quả của một chỉ tiêu', en: 'expected an indicator result' }));
    }
    return undefined;
  };
  result.criteria.forEach((c, j) => {
    if (c.outcome !== 'met') check(c.indicators, ['result', 'criteria', j, 'indicators']);
  });
  if (result.conditions !== undefined) check(result.conditions, ['result', 'conditions']);
  return issues;
}

function gaps(list: readonly IndicatorResult[]): IndicatorGap[] {
  return list.flatMap((i) => {
    const g = indicatorGap(i);
    return g ? [g] : [];
  });
}

/**
 * Gap analysis for one evaluated commune: the criteria not met or unknown, the
 * indicators holding each back (with the shortfall for numeric ones and the
 * failed parts of compound ones), and how many more criteria it needs for the
 * next bucket and for the standard. Unknown criteria do not count as met; the
 * bucket they would give if met is in `ifUnknownMet`.
 *
 * Without a scheme, {@link NATIONAL_COMMUNE_SCHEME} applies to a result of 19 criteria; a
 * result of another size (the 10 criteria of 2026-2030) gets no bucket (`bucket: null`).
 *
 * @throws {NtmError} `invalid-input` for something that is not an evaluation
 * result (paths under `result`) or whose criteria total differs from the
 * scheme's; `invalid-definition` for a bad scheme.
 *
 * @example
 * ```ts
 * import { analyzeGap, evaluateCommune } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '1.2': true, '9.1': 12 } });
 * const gap = analyzeGap(r);
 * gap.toNextBucket; // 4 (1 criterion met; 5 needed for '5-9')
 * gap.criteria.find((c) => c.code === '9')?.indicators[0]?.shortfall; // 12 (temporary houses to remove)
 * ```
 */
export function analyzeGap(result: EvaluationResult, scheme?: BucketScheme): GapAnalysis {
  const given = scheme === undefined ? undefined : checkScheme(scheme);
  result = readEvaluationResult(result, ['result']) as EvaluationResult; // a plain copy, read once
  const sizeOf = (r: unknown): number | undefined => {
    const t = typeof r === 'object' && r !== null ? (r as { criteriaTotal?: unknown }).criteriaTotal : undefined;
    return typeof t === 'number' && Number.isSafeInteger(t) && t > 0 ? t : undefined;
  };
  // The national scheme only for the 19 criteria it was printed for.
  const s = given ?? (sizeOf(result) === undefined || sizeOf(result) === NATIONAL_COMMUNE_SCHEME.criteriaTotal ? NATIONAL_COMMUNE_SCHEME : null);
  const total = s ? s.criteriaTotal : (sizeOf(result) as number);
  checkEvaluationResult(result, total, ['result']);
  const issues = listIssues(result);
  if (issues.length > 0) throw invalidInput('evaluation result', issues);
  const unknown = result.criteria.filter((c) => c.outcome === 'unknown').length;
  const met = result.criteriaMet;
  const bucket = s ? bucketOf(met, s) : null;
  // Buckets are ordered highest first; the next one up starts right above this one.
  const nextBucket = s && bucket ? (s.buckets.find((b) => b.min === bucket.max + 1) ?? null) : null;
  return {
    ...(result.name !== undefined ? { name: result.name } : {}),
    set: result.set.id,
    scheme: s ? { id: s.id, criteriaTotal: s.criteriaTotal } : null,
    status: result.status,
    criteriaMet: met,
    criteriaNotMet: result.criteria.filter((c) => c.outcome === 'not-met').length,
    criteriaUnknown: unknown,
    criteriaTotal: total,
    bucket,
    nextBucket,
    toNextBucket: nextBucket ? nextBucket.min - met : null,
    toStandard: total - met,
    ifUnknownMet: { criteriaMet: met + unknown, bucket: s ? bucketOf(met + unknown, s) : null },
    criteria: result.criteria
      .filter((c) => c.outcome !== 'met')
      .map((c) => ({ code: c.code, name: c.name, outcome: c.outcome as 'not-met' | 'unknown', indicators: gaps(c.indicators) })),
    conditions: gaps(result.conditions ?? []),
  };
}
