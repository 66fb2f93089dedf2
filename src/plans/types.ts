/**
 * The plan format: what a province's annual NTM plan (kế hoạch thực hiện
 * Chương trình MTQG xây dựng nông thôn mới) states, as plain JSON-friendly data.
 * Figures are kept as written, even when they contradict each other: finding
 * the contradictions is {@link checkPlan}'s job, not the format's.
 */

import type { FundingComponentId, FundingSourceId } from '../funding/taxonomy.js';
import type { FundingUnit } from '../funding/units.js';

/**
 * A decimal amount as a string in the plan's unit, e.g. `"114765"` (the plan writes `114.765`).
 *
 * @example
 * ```ts
 * import type { PlanAmount } from 'ntm-rules';
 * const amount: PlanAmount = '114765'; // "114.765 triệu đồng"
 * ```
 */
export type PlanAmount = string;

/**
 * The unit amounts are written in (the funding module's units). Plans usually write `triệu đồng` (`'million-vnd'`).
 *
 * @example
 * ```ts
 * import type { PlanUnit } from 'ntm-rules';
 * const unit: PlanUnit = 'million-vnd';
 * ```
 */
export type PlanUnit = FundingUnit;

/**
 * Funding source ids: the funding module's taxonomy, in the version of the plan year
 * ({@link FUNDING_TAXONOMIES}: 2021-2025 up to 2025, 2026-2035 from 2026).
 * A line's parts must be sub-sources of the line (`central.investment` under `central`).
 *
 * @example
 * ```ts
 * import type { PlanFundingSource } from 'ntm-rules';
 * const source: PlanFundingSource = 'integrated.ethnic-minority';
 * ```
 */
export type PlanFundingSource = FundingSourceId;

/**
 * A commune named in a plan, with its district when the plan gives it.
 *
 * @example
 * ```ts
 * import type { PlanCommune } from 'ntm-rules';
 * const c: PlanCommune = { name: 'Sơn Bình', district: 'Tam Đường' };
 * ```
 */
export interface PlanCommune {
  readonly name: string;
  readonly district?: string;
}

/**
 * A count of communes with, optionally, the communes named.
 *
 * @example
 * ```ts
 * import type { PlanNamedCommunes } from 'ntm-rules';
 * const advanced: PlanNamedCommunes = { count: 4, communes: [{ name: 'San Thàng' }, { name: 'Bản Bo' }, { name: 'Phúc Khoa' }, { name: 'Pha Mu' }] };
 * ```
 */
export interface PlanNamedCommunes {
  readonly count?: number;
  readonly communes?: readonly PlanCommune[];
  /** The words of the plan, as written. */
  readonly label?: string;
}

/**
 * Communes meeting the NTM standard (recognised, 19/19 criteria) at the end of the block's year.
 *
 * @example
 * ```ts
 * import type { PlanMeetingStandard } from 'ntm-rules';
 * const m: PlanMeetingStandard = { total: 44, maintained: 39, newlyRecognised: { count: 5 } };
 * ```
 */
export interface PlanMeetingStandard {
  /** All communes recognised at the end of the year ("nâng tổng số … 44 xã"). */
  readonly total?: number;
  /** Of which recognised before and maintained ("duy trì … 39 xã"). */
  readonly maintained?: number;
  /** Of which recognised during the year, with their names ("công nhận mới 5 xã …"). */
  readonly newlyRecognised?: PlanNamedCommunes;
  readonly label?: string;
}

/**
 * Units meeting the advanced-set version of a criterion ("trong đó có 4 xã đạt tiêu chí nông thôn mới nâng cao").
 *
 * @example
 * ```ts
 * import type { PlanAdvancedCriterionCount } from 'ntm-rules';
 * const a: PlanAdvancedCriterionCount = { communes: 4, label: 'tiêu chí nông thôn mới nâng cao' };
 * ```
 */
export interface PlanAdvancedCriterionCount {
  readonly communes: number;
  readonly label?: string;
}

/**
 * Districts meeting a district-set criterion ("có 3 huyện đạt chuẩn tiêu chí số 3 …").
 *
 * @example
 * ```ts
 * import type { PlanDistrictCriterionCount } from 'ntm-rules';
 * const d: PlanDistrictCriterionCount = { districts: 3, criterion: '3', label: 'tiêu chí số 3 về Thủy lợi và phòng chống thiên tai' };
 * ```
 */
export interface PlanDistrictCriterionCount {
  readonly districts: number;
  /** The district criterion's number where the plan gives it. */
  readonly criterion?: string;
  readonly label?: string;
}

/**
 * Communes meeting one criterion of the commune set ("77/94 xã đạt tiêu chí số 2 về Giao thông").
 *
 * @example
 * ```ts
 * import type { PlanCriterionCount } from 'ntm-rules';
 * const c: PlanCriterionCount = { criterion: '2', communes: 77, outOf: 94, label: 'tiêu chí số 2 về Giao thông', advanced: [{ communes: 4 }] };
 * ```
 */
export interface PlanCriterionCount {
  /** Criterion number in the block's commune set: `'1'`…`'19'` (2021-2025), `'1'`…`'10'` (2026-2030). */
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

/**
 * Villages (thôn, bản) to reach the standard.
 *
 * @example
 * ```ts
 * import type { PlanVillages } from 'ntm-rules';
 * const v: PlanVillages = { total: 45, byDistrict: [{ district: 'Tam Đường', count: 20 }, { district: 'Than Uyên', count: 20 }, { district: 'Mường Tè', count: 5 }] };
 * ```
 */
export interface PlanVillages {
  readonly total?: number;
  readonly byDistrict?: readonly { readonly district: string; readonly count: number }[];
  readonly label?: string;
}

/**
 * Districts completing (the district set's) criteria.
 *
 * @example
 * ```ts
 * import type { PlanDistricts } from 'ntm-rules';
 * const d: PlanDistricts = { count: 3, names: ['Tam Đường', 'Than Uyên', 'Tân Uyên'] };
 * ```
 */
export interface PlanDistricts {
  readonly count?: number;
  readonly names?: readonly string[];
  readonly label?: string;
}

/**
 * What a plan states for one year: the baseline (results) or the target.
 *
 * @example
 * ```ts
 * import type { PlanYearBlock } from 'ntm-rules';
 * const baseline: PlanYearBlock = { year: 2023, meetingStandard: { total: 39 }, averageCriteria: '13.6', buckets: { '15-18': 2, '10-14': 27, '5-9': 26 } };
 * ```
 */
export interface PlanYearBlock {
  /** Defaults to the plan's year − 1 for the baseline and the plan's year for the target. */
  readonly year?: number;
  /**
   * Id of the commune criteria set the block's figures are counted on (`'commune/qd51-2026'`).
   * Default: the set in force for the plan year. Required when the block's year lies in another
   * period than the plan year and the block states figures (the 2025 baseline of a 2026 plan:
   * the 2025 results on the 19 criteria, or a re-assessment on the 10).
   */
  readonly criteriaSet?: string;
  readonly meetingStandard?: PlanMeetingStandard;
  /** Advanced (nâng cao) communes: counted, or to complete the advanced criteria in a target. */
  readonly advanced?: PlanNamedCommunes;
  /** Model (kiểu mẫu) communes. */
  readonly model?: PlanNamedCommunes;
  /** Modern (hiện đại) communes of the 2026-2030 pilot (QĐ 51/2025/QĐ-TTg Phụ lục II): among the communes meeting the standard. */
  readonly modern?: PlanNamedCommunes;
  /** Average criteria met per commune as written, with its decimals ("13.6" for "13,6"). */
  readonly averageCriteria?: string;
  /** Communes per bucket of the bucket scheme, keyed by bucket id (`'15-18'`); unstated buckets are left out. */
  readonly buckets?: Readonly<Record<string, number>>;
  readonly criteria?: readonly PlanCriterionCount[];
  readonly villages?: PlanVillages;
  readonly districtsCompleting?: PlanDistricts;
}

/**
 * One funding line, with the parts the plan declares under it ("trong đó").
 *
 * @example
 * ```ts
 * import type { PlanFundingLine } from 'ntm-rules';
 * const line: PlanFundingLine = {
 *   source: 'central', amount: '114765', label: 'Vốn Ngân sách Trung ương giao năm 2023',
 *   parts: [{ source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }],
 * };
 * ```
 */
export interface PlanFundingLine {
  readonly source: PlanFundingSource;
  readonly amount: PlanAmount;
  /** The programme component (2026-2035 plans); a line's parts belong to its component. */
  readonly component?: FundingComponentId;
  readonly label?: string;
  readonly parts?: readonly PlanFundingLine[];
  /** `false` when the parts are only some of the line ("trong đó" listing a few); default `true`. */
  readonly partsComplete?: boolean;
}

/**
 * Capital by source.
 *
 * @example
 * ```ts
 * import type { PlanFunding } from 'ntm-rules';
 * const f: PlanFunding = { unit: 'million-vnd', total: { amount: '4916475' }, lines: [{ source: 'credit', amount: '2000000' }] };
 * ```
 */
export interface PlanFunding {
  readonly unit: PlanUnit;
  /** The unit as written ("triệu đồng"). */
  readonly unitLabel?: string;
  readonly total?: { readonly amount: PlanAmount; readonly label?: string };
  readonly lines: readonly PlanFundingLine[];
}

/**
 * Projects planned.
 *
 * @example
 * ```ts
 * import type { PlanProjects } from 'ntm-rules';
 * const p: PlanProjects = { count: 72, label: 'Danh mục dự án dự kiến đầu tư trong năm 2023' };
 * ```
 */
export interface PlanProjects {
  readonly count: number;
  readonly label?: string;
}

/**
 * Where the plan comes from.
 *
 * @example
 * ```ts
 * import type { PlanDocument } from 'ntm-rules';
 * const d: PlanDocument = { status: 'draft', issuer: 'UBND tỉnh Lai Châu' };
 * ```
 */
export interface PlanDocument {
  readonly number?: string;
  /** ISO date (YYYY-MM-DD) when the plan has one. */
  readonly date?: string;
  readonly status?: 'draft' | 'issued';
  readonly issuer?: string;
  readonly source?: string;
}

/**
 * An annual NTM plan. Only `province` and `year` are required: plans differ.
 *
 * @example
 * ```ts
 * import { parsePlan, type Plan } from 'ntm-rules';
 * const plan: Plan = parsePlan({ province: 'Lai Châu', year: 2024, communes: 94, target: { averageCriteria: '15.5' } });
 * ```
 */
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
