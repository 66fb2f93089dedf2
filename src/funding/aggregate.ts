/**
 * Exact aggregation of funding lines over the source tree.
 *
 * **Parent/child rule.** A line may name any node. Lines naming a node itself are
 * its *own* lines; the amounts of its children (recursively) are its *parts*.
 * - A node with own lines has the amount its own lines state: they are read as the
 *   document's subtotal for that source, and the children break it down. Children
 *   are never added on top of it, so nothing is counted twice.
 * - A node without own lines has the sum of its parts.
 * - When a node has both, `unallocated` = own − parts: the part of the stated
 *   subtotal not broken down into children (positive), or by how much the children
 *   exceed it (negative). `reconcileFunding` reports every non-zero `unallocated`.
 * - The total is the sum of the top-level nodes' amounts.
 *
 * **Components.** Lines may name a component of the 2026-2035 programme. The rule above applies
 * within each component (and among the lines without one): a subtotal line covers the lines of its
 * own component only. A node's amount is the sum over components; `byComponent` gives each one.
 */
import { readOptions } from '../_lib/options.js';
import { invalidInput, issue } from '../errors.js';
import { roundHalfUp, toFixedPlaces, toPlain, type DecimalValue } from '../_lib/decimal.js';
import { computeFunding, fundingReadOptions, type FundingLine, type FundingReadOptions } from './compute.js';
import { FUNDING_COMPONENT_IDS, FUNDING_SOURCE_IDS, type FundingComponentId, type FundingSourceId, type FundingTaxonomyId } from './taxonomy.js';
import type { FundingUnit } from './units.js';

export type { FundingLine, FundingReadOptions } from './compute.js';

/**
 * Options of {@link aggregateFunding}.
 *
 * @example
 * ```ts
 * import { aggregateFunding, type AggregateFundingOptions } from 'ntm-rules';
 * const options: AggregateFundingOptions = { unit: 'billion-vnd', shareDecimals: 2 };
 * aggregateFunding([{ source: 'credit', amount: '2000000' }], options).total; // '2000'
 * ```
 */
export interface AggregateFundingOptions extends FundingReadOptions {
  /** Decimal places of each share, rounded half-up (halves away from zero). Default 4; 0 to 20. */
  readonly shareDecimals?: number;
}

/**
 * One node of an aggregation.
 *
 * @example
 * ```ts
 * import { aggregateFunding, type FundingNodeTotal } from 'ntm-rules';
 * const n: FundingNodeTotal | undefined = aggregateFunding([{ source: 'credit', amount: '3' }, { source: 'other', amount: '1' }]).bySource['credit'];
 * n?.share; // '0.7500'
 * ```
 */
export interface FundingNodeTotal {
  /** The node's amount under the parent/child rule, as a plain decimal string. */
  readonly amount: string;
  /**
   * `amount / total` as a fraction (0.25 is a quarter), rounded half-up to
   * `shareDecimals` places; `null` when the total is zero.
   */
  readonly share: string | null;
  /** Present when lines name both the node and its children: own lines − children (see the rule above). */
  readonly unallocated?: string;
}

/**
 * The lines of one component (or of no component), aggregated.
 *
 * @example
 * ```ts
 * import { aggregateFunding, type FundingComponentTotal } from 'ntm-rules';
 * const a = aggregateFunding([{ source: 'central', amount: '30', component: 'new-rural-poverty' }, { source: 'local', amount: '10' }], { taxonomy: '2026-2035' });
 * const c: FundingComponentTotal | undefined = a.byComponent?.['new-rural-poverty'];
 * c?.share; // '0.7500'
 * ```
 */
export interface FundingComponentTotal {
  /** Sum of the component's top-level nodes. */
  readonly amount: string;
  /** `amount / total` of the whole aggregation, rounded as the node shares are; `null` when the total is zero. */
  readonly share: string | null;
  /** The component's nodes (their shares are of the whole total too). */
  readonly bySource: Readonly<Partial<Record<FundingSourceId, FundingNodeTotal>>>;
}

/**
 * The result of {@link aggregateFunding}. All amounts are plain decimal strings in `unit`.
 *
 * @example
 * ```ts
 * import { aggregateFunding, type FundingAggregate } from 'ntm-rules';
 * const a: FundingAggregate = aggregateFunding([{ source: 'local.province', amount: '21000' }]);
 * a.bySource['local']?.amount; // '21000'
 * ```
 */
export interface FundingAggregate {
  readonly unit: FundingUnit;
  /** Sum of the top-level nodes. */
  readonly total: string;
  /** How many lines were read. */
  readonly lineCount: number;
  /** Every node with at least one line at or under it, in document order. */
  readonly bySource: Readonly<Partial<Record<FundingSourceId, FundingNodeTotal>>>;
  /** The taxonomy version the lines were read against (option, else the lines' years, else '2021-2025'). */
  readonly taxonomy: FundingTaxonomyId;
  /** Present when some line names a component: each component named, in the version's order. */
  readonly byComponent?: Readonly<Partial<Record<FundingComponentId, FundingComponentTotal>>>;
  /** Present with `byComponent` when some lines name no component: those lines aggregated. */
  readonly withoutComponent?: FundingComponentTotal;
}

/**
 * Sums funding lines exactly over the source tree, with each node's share of the total.
 *
 * A line may name any node (see the parent/child rule in the module docs and
 * docs/funding.md): a node's own lines are its stated subtotal; without them its
 * amount is the sum of its children; `unallocated` shows where both exist.
 * Lines without `unit` are in 'million-vnd'. Lines in different units need
 * `options.unit`, to which every line is converted exactly.
 *
 * @param lines - `{ source, amount, unit?, label?, year? }` lines; amounts are decimal strings or finite numbers.
 * @throws NtmError `invalid-input` with the path of each bad line field, e.g. `lines[3].amount`.
 *
 * @example
 * ```ts
 * import { aggregateFunding } from 'ntm-rules';
 * const r = aggregateFunding([
 *   { source: 'central.investment.domestic', amount: '67950' },
 *   { source: 'central.investment.foreign', amount: '24473' },
 *   { source: 'central.recurrent', amount: '22342' },
 *   { source: 'community.labour', amount: '118430' },
 * ]);
 * r.total; // '233195'
 * r.bySource['central']; // { amount: '114765', share: '0.4921' }
 * r.bySource['central.investment']?.amount; // '92423'
 * ```
 */
export function aggregateFunding(lines: readonly FundingLine[], options?: AggregateFundingOptions): FundingAggregate {
  const o = readOptions(options, ['unit', 'allowNegative', 'shareDecimals', 'taxonomy']);
  const { unit, allowNegative, taxonomy } = fundingReadOptions(o, ['options']);
  const shareDecimals = o.shareDecimals ?? 4;
  if (!Number.isInteger(shareDecimals) || (shareDecimals as number) < 0 || (shareDecimals as number) > 20) {
    throw invalidInput('funding options', [issue(['options', 'shareDecimals'], 'out-of-range', { vi: 'phải là số nguyên từ 0 đến 20', en: 'must be an integer from 0 to 20' }, { min: 0, max: 20 })]);
  }
  const c = computeFunding(lines, unit, allowNegative, ['lines'], taxonomy);
  const places = shareDecimals as number;
  const share = (amount: DecimalValue): string | null =>
    c.total.isZero() ? null : toFixedPlaces(roundHalfUp(amount.div(c.total), places), places);
  const bySource: Partial<Record<FundingSourceId, FundingNodeTotal>> = {};
  for (let k = 0; k < FUNDING_SOURCE_IDS.length; k++) {
    if (!c.present[k]) continue;
    const amount = c.amount[k]!;
    const rest = c.unallocated[k];
    bySource[FUNDING_SOURCE_IDS[k]!] = rest !== undefined ? { amount: toPlain(amount), share: share(amount), unallocated: toPlain(rest) } : { amount: toPlain(amount), share: share(amount) };
  }
  const result: FundingAggregate = { unit: c.unit, total: toPlain(c.total), lineCount: c.lineCount, bySource, taxonomy: c.taxonomy };
  if (!c.componentsUsed) return result;
  const groupTotal = (g: NonNullable<(typeof c.groups)[number]>): FundingComponentTotal => {
    const nodes: Partial<Record<FundingSourceId, FundingNodeTotal>> = {};
    for (let k = 0; k < FUNDING_SOURCE_IDS.length; k++) {
      if (!g.present[k]) continue;
      const amount = g.amount[k]!;
      nodes[FUNDING_SOURCE_IDS[k]!] =
        g.hasOwn[k] && g.hasParts[k] ? { amount: toPlain(amount), share: share(amount), unallocated: toPlain(g.own[k]!.minus(g.parts[k]!)) } : { amount: toPlain(amount), share: share(amount) };
    }
    return { amount: toPlain(g.total), share: share(g.total), bySource: nodes };
  };
  const byComponent: Partial<Record<FundingComponentId, FundingComponentTotal>> = {};
  FUNDING_COMPONENT_IDS.forEach((id, i) => {
    const g = c.groups[i + 1];
    if (g) byComponent[id] = groupTotal(g);
  });
  const none = c.groups[0];
  return { ...result, byComponent, ...(none ? { withoutComponent: groupTotal(none) } : {}) };
}

/** Fixed-point string with exactly `places` decimals; '-0.0000' becomes '0.0000'. */
