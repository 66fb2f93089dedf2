// The types of funding lines and of their computation.
import type { DecimalValue } from '../_lib/decimal.js';
import type { FundingComponentId, FundingSourceId, FundingTaxonomyId } from './taxonomy.js';
import type { FundingUnit } from './units.js';

/**
 * One line of a funding table: an amount from one source.
 *
 * @example
 * ```ts
 * import type { FundingLine } from 'ntm-rules';
 * const line: FundingLine = { source: 'community.labour', amount: '5.3', unit: 'billion-vnd', label: '6.850 ngày công', year: 2024 };
 * ```
 */
export interface FundingLine {
  /** The node of the source tree the money comes from (any level). */
  readonly source: FundingSourceId;
  /** Decimal string (`'24473.5'`), or a finite number read through its shortest string form. */
  readonly amount: string | number;
  /** Unit of `amount`; 'million-vnd' (triệu đồng) when absent. */
  readonly unit?: FundingUnit;
  /** What the money is for, as the document says it (not used in sums). */
  readonly label?: string;
  /** Plan or budget year (not used in sums); it chooses the taxonomy version when no option does. */
  readonly year?: number;
  /** The programme component (hợp phần) the money belongs to; 2026-2035 taxonomy only. */
  readonly component?: FundingComponentId;
}

/**
 * How lines are read.
 *
 * @example
 * ```ts
 * import { aggregateFunding, type FundingReadOptions } from 'ntm-rules';
 * const options: FundingReadOptions = { allowNegative: true };
 * aggregateFunding([{ source: 'other', amount: '10' }, { source: 'other', amount: '-4' }], options).total; // '6'
 * ```
 */
export interface FundingReadOptions {
  /** Unit of the result; lines in other units are converted exactly. Required when lines mix units. */
  readonly unit?: FundingUnit;
  /** Accept negative amounts (adjustments, cuts). Default false. */
  readonly allowNegative?: boolean;
  /**
   * The taxonomy version the lines follow. Default: the version of the lines' `year`
   * (up to 2025: `'2021-2025'`; 2026-2035: `'2026-2035'`; both in one call is an error),
   * else `'2021-2025'`.
   */
  readonly taxonomy?: FundingTaxonomyId;
}

/** Per-node sums after the roll-up, for one group of lines (internal). */
export interface FundingGroupComputation {
  /** Sum of the lines naming each node itself (index as FUNDING_SOURCE_IDS). */
  readonly own: readonly DecimalValue[];
  /** Whether at least one line names the node itself. */
  readonly hasOwn: readonly boolean[];
  /** Sum of the amounts of the node's children that have lines under them. */
  readonly parts: readonly DecimalValue[];
  /** Whether some child has lines under it. */
  readonly hasParts: readonly boolean[];
  /** The node's amount under the parent/child rule. */
  readonly amount: readonly DecimalValue[];
  /** Whether the node has at least one line in its subtree. */
  readonly present: readonly boolean[];
  readonly total: DecimalValue;
}

/**
 * The computation (internal). Lines are grouped by component (group 0: lines without one);
 * the parent/child rule applies within a group, and the amounts of all groups add up.
 */
export interface FundingComputation {
  readonly unit: FundingUnit;
  readonly lineCount: number;
  readonly taxonomy: FundingTaxonomyId;
  /** Index 0: lines without a component; index i + 1: component FUNDING_COMPONENT_IDS[i]. Absent groups are undefined. */
  readonly groups: readonly (FundingGroupComputation | undefined)[];
  /** Whether some line names a component. */
  readonly componentsUsed: boolean;
  /** Per node, the sum over groups of its amount. */
  readonly amount: readonly DecimalValue[];
  /** Per node, whether some group has it present. */
  readonly present: readonly boolean[];
  /** Per node, the sum over groups where it has both own lines and parts of own − parts; undefined where no group has both. */
  readonly unallocated: readonly (DecimalValue | undefined)[];
  readonly total: DecimalValue;
}

