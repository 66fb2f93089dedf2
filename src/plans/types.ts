/**
 * The plan format: what a province's annual NTM plan (kế hoạch thực hiện
 * Chương trình MTQG xây dựng nông thôn mới) states, as plain JSON-friendly data.
 * Figures are kept as written, even when they contradict each other: finding
 * the contradictions is {@link checkPlan}'s job, not the format's.
 */

import type { FundingSourceId } from '../funding/taxonomy.js';
import type { FundingUnit } from '../funding/units.js';

/** A decimal amount as a string in the plan's unit, e.g. `"114765"` (the plan writes `114.765`). */
export type PlanAmount = string;

/** The unit amounts are written in (the funding module's units). Plans usually write `triệu đồng` (`'million-vnd'`). */
export type PlanUnit = FundingUnit;

/**
 * Funding source ids: the funding module's taxonomy ({@link FUNDING_SOURCES}).
 * A line's parts must be sub-sources of the line (`central.investment` under `central`).
 */
export type PlanFundingSource = FundingSourceId;

/** A commune named in a plan, with its district when the plan gives it. */
export interface PlanCommune {
  readonly name: string;
  readonly district?: string;
}

/** A count of communes with, optionally, the communes named. */
export interface PlanNamedCommunes {
  readonly count?: number;
  readonly communes?: readonly PlanCommune[];
  /** The words of the plan, as written. */
  readonly label?: string;
}

/** Communes meeting the NTM standard (recognised, 19/19 criteria) at the end of the block's year. */
export interface PlanMeetingStandard {
  /** All communes recognised at the end of the year ("nâng tổng số … 44 xã"). */
  readonly total?: number;
  /** Of which recognised before and maintained ("duy trì … 39 xã"). */
  readonly maintained?: number;
  /** Of which recognised during the year, with their names ("công nhận mới 5 xã …"). */
  readonly newlyRecognised?: PlanNamedCommunes;
  readonly label?: string;
}

/** Units meeting the advanced-set version of a criterion ("trong đó có 4 xã đạt tiêu chí nông thôn mới nâng cao"). */
export interface PlanAdvancedCriterionCount {
  readonly communes: number;
  readonly label?: string;
}

/** Districts meeting a district-set criterion ("có 3 huyện đạt chuẩn tiêu chí số 3 …"). */
export interface PlanDistrictCriterionCount {
  readonly districts: number;
  /** The district criterion's number where the plan gives it. */
  readonly criterion?: string;
  readonly label?: string;
}

/** Communes meeting one criterion of the commune set ("77/94 xã đạt tiêu chí số 2 về Giao thông"). */
export interface PlanCriterionCount {
  /** Criterion number in the commune set, `'1'`…`'19'`. */
  readonly criterion: string;
  readonly communes: number;
  /** The denominator as written ("/94"). */
  readonly outOf?: number;
  /** The criterion as the plan names it. */
  readonly label?: string;
  /** The plan says the count is maintained ("duy trì"). */
  readonly maintained?: boolean;
  readonly advanced?: readonly PlanAdvancedCriterionCount[];
  readonly district?: PlanDistrictCriterionCount;
}

/** Villages (thôn, bản) to reach the standard. */
export interface PlanVillages {
  readonly total?: number;
  readonly byDistrict?: readonly { readonly district: string; readonly count: number }[];
  readonly label?: string;
}

/** Districts completing (the district set's) criteria. */
export interface PlanDistricts {
  readonly count?: number;
  readonly names?: readonly string[];
  readonly label?: string;
}

/** What a plan states for one year: the baseline (results) or the target. */
export interface PlanYearBlock {
  /** Defaults to the plan's year − 1 for the baseline and the plan's year for the target. */
  readonly year?: number;
  readonly meetingStandard?: PlanMeetingStandard;
  /** Advanced (nâng cao) communes: counted, or to complete the advanced criteria in a target. */
  readonly advanced?: PlanNamedCommunes;
  /** Model (kiểu mẫu) communes. */
  readonly model?: PlanNamedCommunes;
  /** Average criteria met per commune as written, with its decimals ("13.6" for "13,6"). */
  readonly averageCriteria?: string;
  /** Communes per bucket of the bucket scheme, keyed by bucket id (`'15-18'`); unstated buckets are left out. */
  readonly buckets?: Readonly<Record<string, number>>;
  readonly criteria?: readonly PlanCriterionCount[];
  readonly villages?: PlanVillages;
  readonly districtsCompleting?: PlanDistricts;
}

/** One funding line, with the parts the plan declares under it ("trong đó"). */
export interface PlanFundingLine {
  readonly source: PlanFundingSource;
  readonly amount: PlanAmount;
  readonly label?: string;
  readonly parts?: readonly PlanFundingLine[];
  /** `false` when the parts are only some of the line ("trong đó" listing a few); default `true`. */
  readonly partsComplete?: boolean;
}

/** Capital by source. */
export interface PlanFunding {
  readonly unit: PlanUnit;
  /** The unit as written ("triệu đồng"). */
  readonly unitLabel?: string;
  readonly total?: { readonly amount: PlanAmount; readonly label?: string };
  readonly lines: readonly PlanFundingLine[];
}

/** Projects planned. */
export interface PlanProjects {
  readonly count: number;
  readonly label?: string;
}

/** Where the plan comes from. */
export interface PlanDocument {
  readonly number?: string;
  /** ISO date (YYYY-MM-DD) when the plan has one. */
  readonly date?: string;
  readonly status?: 'draft' | 'issued';
  readonly issuer?: string;
  readonly source?: string;
}

/** An annual NTM plan. Only `province` and `year` are required: plans differ. */
export interface Plan {
  readonly province: string;
  readonly year: number;
  readonly title?: string;
  readonly document?: PlanDocument;
  /** Communes in the programme (the denominator of every tally). */
  readonly communes?: number;
  readonly baseline?: PlanYearBlock;
  readonly target?: PlanYearBlock;
  readonly funding?: PlanFunding;
  readonly projects?: PlanProjects;
  readonly notes?: readonly string[];
}
