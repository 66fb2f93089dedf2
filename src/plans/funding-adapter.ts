import Decimal from 'decimal.js';
import { aggregateFunding } from '../funding/aggregate.js';
import { reconcileFunding } from '../funding/reconcile.js';
import type { FundingSourceId } from '../funding/taxonomy.js';
import type { FundingUnit } from '../funding/units.js';

// The one place the plan checks and reports touch money: the funding module's
// aggregateFunding / reconcileFunding (exact, decimal strings in and out), plus
// three small exact helpers for tolerances and signs.

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/** A funding line as the funding module takes it. */
export interface AdapterLine {
  readonly source: FundingSourceId;
  readonly amount: string;
}

/** One declared amount against the sum of the lines given for it. */
export interface AdapterReconciliation {
  readonly source: string;
  readonly declared: string;
  readonly computed: string;
  /** declared − computed. */
  readonly difference: string;
}

/** Aggregate of lines by source node, with shares of the total. */
export interface AdapterAggregate {
  readonly unit: FundingUnit;
  readonly total: string;
  readonly bySource: Readonly<Partial<Record<string, { readonly amount: string; readonly share: string | null }>>>;
}

/**
 * Aggregates lines by source (aggregateFunding): a line naming a node with
 * children is read as that node's stated subtotal, not added on top of them.
 */
export function aggregate(lines: readonly AdapterLine[], unit: FundingUnit): AdapterAggregate {
  const r = aggregateFunding(lines.map((l) => ({ ...l, unit })), { unit });
  const bySource: Record<string, { amount: string; share: string | null }> = {};
  for (const [id, node] of Object.entries(r.bySource)) if (node) bySource[id] = { amount: node.amount, share: node.share };
  return { unit: r.unit, total: r.total, bySource };
}

/**
 * A declared amount for `source` (or `'total'`) against the sum of `lines`
 * (reconcileFunding). `lines` are the declared line's parts, so the sum is
 * theirs; the result always carries the numbers, with difference '0' when
 * they agree.
 */
export function reconcile(lines: readonly AdapterLine[], declared: { readonly source: FundingSourceId | 'total'; readonly amount: string }, unit: FundingUnit): AdapterReconciliation {
  const [d] = reconcileFunding({ lines: lines.map((l) => ({ ...l, unit })), declared: { [declared.source]: declared.amount }, unit }).filter(
    (x) => x.source === declared.source && x.check === 'declared',
  );
  if (!d) return { source: declared.source, declared: declared.amount, computed: declared.amount, difference: '0' };
  return { source: d.source, declared: d.declared, computed: d.computed, difference: d.difference };
}

/** a − b, exact. */
export function subtract(a: string, b: string): string {
  return new D(a).minus(b).toFixed();
}

/** Whether |value| ≤ tolerance. */
export function withinTolerance(value: string, tolerance: string): boolean {
  return new D(value).abs().lte(tolerance);
}

/** Compares two decimal strings. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  return new D(a).comparedTo(b) as -1 | 0 | 1;
}
