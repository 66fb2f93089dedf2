import { INPUT_LIMITS } from '../_lib/limits.js';
import { readOptions } from '../_lib/options.js';
import { readPlain } from '../_lib/plain.js';
import { invalidInput, issue, type IssueInit, type NtmIssueParam } from '../errors.js';
import { MAX_AMOUNT_LENGTH } from '../funding/amount.js';
import { checkScheme } from '../scoring/buckets.js';
import { NATIONAL_COMMUNE_SCHEME, type BucketScheme } from '../scoring/schemes.js';

/**
 * Options of {@link checkPlan}. Every tolerance and threshold is named here, with its default.
 *
 * @example
 * ```ts
 * import { checkPlan, parsePlan, type CheckPlanOptions } from 'ntm-rules';
 * const options: CheckPlanOptions = { maxCriterionIncreaseShare: 0.3, fundingTolerance: '1', floorTarget: false };
 * checkPlan(parsePlan({ province: 'Lai Châu', year: 2024 }), options); // []
 * ```
 */
export interface CheckPlanOptions {
  /** Bucket scheme the plan's bucket ids refer to. Default: the national 19-criteria scheme. */
  readonly scheme?: BucketScheme;
  /**
   * How far the true average may lie from the written one, in units of its last written decimal.
   * Default 0.5: a correctly rounded figure ("13.6" covers 13.55…13.65, both ends included) is never flagged.
   */
  readonly averageRoundingUnits?: number;
  /** Largest difference (in the plan's unit, a decimal string) tolerated between a declared amount and its parts. Default `'0'`: amounts are exact. */
  readonly fundingTolerance?: string;
  /** A per-criterion count rising by more than this share of the communes in one year is implausible (warning). Default 0.2. */
  readonly maxCriterionIncreaseShare?: number;
  /** The same in communes, used when the plan does not state its number of communes. Default 20. */
  readonly maxCriterionIncrease?: number;
  /**
   * The programme target "no commune under 15 criteria" by 2025 (QĐ 263/QĐ-TTg; secondary), reported as info
   * against the target buckets. `false` turns it off.
   */
  readonly floorTarget?: { readonly criteria: number; readonly byYear: number; readonly fromYear: number } | false;
}

/**
 * Options with every default filled in (the type of {@link PLAN_CHECK_DEFAULTS}).
 *
 * @example
 * ```ts
 * import { PLAN_CHECK_DEFAULTS, type ResolvedCheckPlanOptions } from 'ntm-rules';
 * const defaults: ResolvedCheckPlanOptions = PLAN_CHECK_DEFAULTS;
 * defaults.fundingTolerance; // '0'
 * ```
 */
export interface ResolvedCheckPlanOptions {
  readonly scheme: BucketScheme;
  readonly averageRoundingUnits: number;
  readonly fundingTolerance: string;
  readonly maxCriterionIncreaseShare: number;
  readonly maxCriterionIncrease: number;
  readonly floorTarget: { readonly criteria: number; readonly byYear: number; readonly fromYear: number } | false;
}

/**
 * The defaults of {@link checkPlan}'s options.
 *
 * @example
 * ```ts
 * import { PLAN_CHECK_DEFAULTS } from 'ntm-rules';
 * PLAN_CHECK_DEFAULTS.averageRoundingUnits; // 0.5
 * ```
 */
export const PLAN_CHECK_DEFAULTS: ResolvedCheckPlanOptions = Object.freeze({
  scheme: NATIONAL_COMMUNE_SCHEME,
  averageRoundingUnits: 0.5,
  fundingTolerance: '0',
  maxCriterionIncreaseShare: 0.2,
  maxCriterionIncrease: 20,
  floorTarget: Object.freeze({ criteria: 15, byYear: 2025, fromYear: 2021 }),
});

const KEYS = ['scheme', 'averageRoundingUnits', 'fundingTolerance', 'maxCriterionIncreaseShare', 'maxCriterionIncrease', 'floorTarget'] as const;

/**
 * Reads {@link checkPlan}'s options once (src/_lib/options.ts: unknown keys are errors) and
 * checks every value, filling in defaults. A value of the wrong type is an error naming
 * `<at>.<key>`, never a check silently turned off. Throws `invalid-input`, or
 * `invalid-definition` for a scheme that does not partition 0…criteriaTotal.
 */
export function resolveOptions(options: unknown, at: readonly (string | number)[] = ['options']): ResolvedCheckPlanOptions {
  const o = readOptions(options, KEYS, at);
  const issues: IssueInit[] = [];
  const bad = (key: string, vi: string, en: string, params?: Readonly<Record<string, NtmIssueParam>>) => issues.push(issue([...at, key], 'invalid-option', { vi, en }, params));
  const number = (key: (typeof KEYS)[number], max: number): number | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) {
      bad(key, `cần một số không âm, tối đa ${max}`, `expected a non-negative finite number, at most ${max}`, { max });
      return undefined;
    }
    return v;
  };
  const averageRoundingUnits = number('averageRoundingUnits', 1_000);
  const maxCriterionIncreaseShare = number('maxCriterionIncreaseShare', 100);
  const maxCriterionIncrease = number('maxCriterionIncrease', 1_000_000);
  const tolerance = o.fundingTolerance;
  if (tolerance !== undefined && !(typeof tolerance === 'string' && tolerance.length <= MAX_AMOUNT_LENGTH && /^\d+(\.\d+)?$/.test(tolerance))) {
    bad('fundingTolerance', 'cần một số thập phân không âm dạng chuỗi, ví dụ "0.5"', 'expected a non-negative decimal string such as "0.5"');
  }
  let floorTarget: ResolvedCheckPlanOptions['floorTarget'] | undefined;
  const f = o.floorTarget;
  if (f === false) floorTarget = false;
  else if (f !== undefined) {
    const read = readPlain(f, INPUT_LIMITS.small, { prefix: [...at, 'floorTarget'] });
    const v = read.ok ? read.value : undefined;
    const year = (y: unknown) => Number.isInteger(y) && (y as number) >= 1900 && (y as number) <= 2100;
    if (!read.ok) issues.push(...read.issues);
    else if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).some((k) => !['criteria', 'byYear', 'fromYear'].includes(k))) {
      bad('floorTarget', 'cần false hoặc { criteria, byYear, fromYear }', 'expected false or { criteria, byYear, fromYear }');
    } else {
      const t = v as { criteria?: unknown; byYear?: unknown; fromYear?: unknown };
      if (!(Number.isInteger(t.criteria) && (t.criteria as number) >= 0 && (t.criteria as number) <= 1_000) || !year(t.byYear) || !year(t.fromYear) || (t.fromYear as number) > (t.byYear as number)) {
        bad('floorTarget', 'cần { criteria: số nguyên ≥ 0, fromYear ≤ byYear: năm từ 1900 đến 2100 }', 'expected { criteria: a whole number ≥ 0, fromYear ≤ byYear: years from 1900 to 2100 }');
      } else floorTarget = Object.freeze({ criteria: t.criteria as number, byYear: t.byYear as number, fromYear: t.fromYear as number });
    }
  }
  if (issues.length > 0) throw invalidInput('plan check options', issues);
  // A scheme supplied by the caller must partition 0…criteriaTotal (scoring's own validation, on a copy read once).
  const scheme = o.scheme === undefined ? PLAN_CHECK_DEFAULTS.scheme : checkScheme(o.scheme, [...at, 'scheme']);
  return {
    scheme,
    averageRoundingUnits: averageRoundingUnits ?? PLAN_CHECK_DEFAULTS.averageRoundingUnits,
    fundingTolerance: (tolerance as string | undefined) ?? PLAN_CHECK_DEFAULTS.fundingTolerance,
    maxCriterionIncreaseShare: maxCriterionIncreaseShare ?? PLAN_CHECK_DEFAULTS.maxCriterionIncreaseShare,
    maxCriterionIncrease: maxCriterionIncrease ?? PLAN_CHECK_DEFAULTS.maxCriterionIncrease,
    floorTarget: floorTarget ?? PLAN_CHECK_DEFAULTS.floorTarget,
  };
}
