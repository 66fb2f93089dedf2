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

/** Fills in defaults. */
export function resolveOptions(options: CheckPlanOptions = {}): ResolvedCheckPlanOptions {
  return {
    scheme: options.scheme ?? PLAN_CHECK_DEFAULTS.scheme,
    averageRoundingUnits: options.averageRoundingUnits ?? PLAN_CHECK_DEFAULTS.averageRoundingUnits,
    fundingTolerance: options.fundingTolerance ?? PLAN_CHECK_DEFAULTS.fundingTolerance,
    maxCriterionIncreaseShare: options.maxCriterionIncreaseShare ?? PLAN_CHECK_DEFAULTS.maxCriterionIncreaseShare,
    maxCriterionIncrease: options.maxCriterionIncrease ?? PLAN_CHECK_DEFAULTS.maxCriterionIncrease,
    floorTarget: options.floorTarget ?? PLAN_CHECK_DEFAULTS.floorTarget,
  };
}
