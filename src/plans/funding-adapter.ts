import Decimal from 'decimal.js';
import type { PlanFundingSource, PlanUnit } from './types.js';

// The one place the plan checks touch money arithmetic. It mirrors the funding
// module's API (aggregateFunding / reconcileFunding, decimal strings in and out),
// so that wiring that module in is a change to this file only.
// TODO(funding): replace the bodies with src/funding's functions once they land on main.

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/** A funding line as the funding module takes it. */
export interface AdapterLine {
  readonly source: PlanFundingSource;
  readonly amount: string;
}

/** One node's declared amount against the sum of the lines under it. */
export interface AdapterReconciliation {
  readonly source: string;
  readonly declared: string;
  readonly computed: string;
  /** declared − computed. */
  readonly difference: string;
}

/** Aggregate of lines by source node, with shares of the total. */
export interface AdapterAggregate {
  readonly unit: PlanUnit;
  readonly total: string;
  readonly bySource: Readonly<Record<string, { readonly amount: string; readonly share: string }>>;
}

/** The source and each of its ancestors: `central.investment.domestic` → central, central.investment, central.investment.domestic. */
function ancestry(source: string): string[] {
  const parts = source.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** Sums lines into every taxonomy node they fall under. */
export function aggregate(lines: readonly AdapterLine[], unit: PlanUnit): AdapterAggregate {
  const sums = new Map<string, Decimal>();
  let total = new D(0);
  for (const line of lines) {
    const amount = new D(line.amount);
    total = total.plus(amount);
    for (const node of ancestry(line.source)) sums.set(node, (sums.get(node) ?? new D(0)).plus(amount));
  }
  const bySource: Record<string, { amount: string; share: string }> = {};
  for (const [node, amount] of sums) {
    bySource[node] = { amount: amount.toFixed(), share: total.isZero() ? '0' : amount.div(total).toFixed() };
  }
  return { unit, total: total.toFixed(), bySource };
}

/** Compares declared node amounts with the sums of the lines under each node. */
export function reconcile(lines: readonly AdapterLine[], declared: readonly { readonly source: string; readonly amount: string }[]): AdapterReconciliation[] {
  const agg = aggregate(lines, 'VND');
  return declared.map((d) => {
    const computed = agg.bySource[d.source]?.amount ?? '0';
    return { source: d.source, declared: d.amount, computed, difference: new D(d.amount).minus(computed).toFixed() };
  });
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
