import { invalidInput, isNtmError, type IssueInit } from '../errors.js';
import { aggregateFunding, type FundingAggregate } from '../funding/aggregate.js';
import { Dec, toPlain } from '../_lib/decimal.js';
import { reconcileFunding } from '../funding/reconcile.js';
import type { FundingComponentId, FundingSourceId, FundingTaxonomyId } from '../funding/taxonomy.js';
import type { FundingUnit } from '../funding/units.js';

// The one place the plan checks and reports touch money: the funding module's
// aggregateFunding / reconcileFunding (exact, decimal strings in and out), plus
// three small exact helpers for tolerances and signs, in the funding module's own
// decimal type (1,000 significant digits: every amount the plan schema accepts is exact).

type Path = readonly (string | number)[];

/** A funding line as the funding module takes it, with its path in the plan. */
export interface AdapterLine {
  readonly source: FundingSourceId;
  readonly amount: string;
  /** The line's component (2026-2035); a part takes its line's. */
  readonly component?: FundingComponentId;
  /** Where the line's amount sits in the plan (`['funding', 'lines', 0, 'parts', 1]`), for errors. */
  readonly path: Path;
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
  /** Per component (and `none` for lines naming none) when some line names a component; shares are of the whole total. */
  readonly byComponent?: Readonly<Record<string, Readonly<Partial<Record<string, { readonly amount: string; readonly share: string | null }>>>>>;
}

/**
 * Runs a funding call on lines taken from the plan. The plan schema bounds amounts as the
 * funding module does, so nothing should be rejected; if something is, the error names the
 * plan's own path (`funding.lines[0].parts[0].amount`), never a position in the list built here.
 */
function inPlanTerms<T>(lines: readonly AdapterLine[], declaredPath: Path | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isNtmError(error)) throw error;
    const issues: IssueInit[] = error.issues.map((i) => {
      const [head, index, ...rest] = i.path;
      const path = head === 'lines' && typeof index === 'number' && lines[index] !== undefined
        ? [...lines[index].path, ...rest]
        : head === 'declared' && declaredPath !== undefined ? [...declaredPath, 'amount'] : ['funding'];
      return { path, code: i.code, text: i.text, ...(i.params !== undefined ? { params: i.params } : {}) };
    });
    throw invalidInput('plan funding', issues);
  }
}

/**
 * Aggregates lines by source (aggregateFunding): a line naming a node with
 * children is read as that node's stated subtotal, not added on top of them.
 * Shares keep 20 decimals, so that a printed percentage is rounded once, from the exact share.
 */
export function aggregate(lines: readonly AdapterLine[], unit: FundingUnit, taxonomy: FundingTaxonomyId): AdapterAggregate {
  const r = inPlanTerms(lines, undefined, () => aggregateFunding(lines.map((l) => toLine(l, unit)), { unit, shareDecimals: 20, taxonomy }));
  const bySource: Record<string, { amount: string; share: string | null }> = {};
  const nodes = (from: FundingAggregate['bySource']): Record<string, { amount: string; share: string | null }> => {
    const out: Record<string, { amount: string; share: string | null }> = {};
    for (const [id, node] of Object.entries(from)) if (node) out[id] = { amount: node.amount, share: node.share };
    return out;
  };
  Object.assign(bySource, nodes(r.bySource));
  if (!r.byComponent) return { unit: r.unit, total: r.total, bySource };
  const byComponent: Record<string, Record<string, { amount: string; share: string | null }>> = {};
  for (const [id, c] of Object.entries(r.byComponent)) if (c) byComponent[id] = nodes(c.bySource);
  if (r.withoutComponent) byComponent['none'] = nodes(r.withoutComponent.bySource);
  return { unit: r.unit, total: r.total, bySource, byComponent };
}

/**
 * A declared amount for `source` (or `'total'`) against the sum of `lines`
 * (reconcileFunding). `lines` are the declared line's parts, so the sum is
 * theirs; the result always carries the numbers, with difference '0' when
 * they agree.
 */
export function reconcile(
  lines: readonly AdapterLine[],
  declared: { readonly source: FundingSourceId | 'total'; readonly amount: string; readonly path: Path },
  unit: FundingUnit,
  taxonomy: FundingTaxonomyId,
): AdapterReconciliation {
  const all = inPlanTerms(lines, declared.path, () =>
    reconcileFunding({ lines: lines.map((l) => toLine(l, unit)), declared: { [declared.source]: declared.amount }, unit, taxonomy }),
  );
  const d = all.find((x) => x.source === declared.source && x.check === 'declared');
  if (!d) return { source: declared.source, declared: declared.amount, computed: declared.amount, difference: '0' };
  return { source: d.source, declared: d.declared, computed: d.computed, difference: d.difference };
}

function toLine(l: AdapterLine, unit: FundingUnit): { source: FundingSourceId; amount: string; unit: FundingUnit; component?: FundingComponentId } {
  return l.component !== undefined ? { source: l.source, amount: l.amount, unit, component: l.component } : { source: l.source, amount: l.amount, unit };
}

/** a − b, exact. */
export function subtract(a: string, b: string): string {
  return toPlain(new Dec(a).minus(b));
}

/** Whether |value| ≤ tolerance. */
export function withinTolerance(value: string, tolerance: string): boolean {
  return new Dec(value).abs().lte(tolerance);
}

/** Compares two decimal strings. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  return new Dec(a).comparedTo(b) as -1 | 0 | 1;
}
