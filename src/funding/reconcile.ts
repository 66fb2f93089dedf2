/** Checks the subtotals a document states against the lines it lists. */
import { readFields, readPlain, type PlainLimits } from '../_lib/plain.js';
import { invalidInput, issue, NtmError, type IssueInit } from '../errors.js';
import { parseAmount } from './amount.js';
import { computeFunding, fundingReadOptions, type FundingLine } from './compute.js';
import { Dec, toPlain, ZERO, type DecimalValue } from '../_lib/decimal.js';
import {
  componentIndex,
  FUNDING_COMPONENT_IDS,
  FUNDING_SOURCE_IDS,
  FUNDING_TAXONOMIES,
  inTaxonomy,
  notInTaxonomyText,
  sourceIndex,
  type FundingComponentId,
  type FundingSourceId,
  type FundingTaxonomyId,
} from './taxonomy.js';
import type { FundingUnit } from './units.js';

/**
 * A node of the source tree, or the grand total.
 *
 * @example
 * ```ts
 * import type { FundingTotalKey } from 'ntm-rules';
 * const keys: FundingTotalKey[] = ['total', 'central', 'integrated'];
 * ```
 */
export type FundingTotalKey = FundingSourceId | 'total';

/**
 * Input of {@link reconcileFunding}.
 *
 * @example
 * ```ts
 * import { reconcileFunding, type ReconcileFundingInput } from 'ntm-rules';
 * const input: ReconcileFundingInput = { lines: [{ source: 'credit', amount: '2000000' }], declared: { total: '2000000' } };
 * reconcileFunding(input); // []
 * ```
 */
export interface ReconcileFundingInput {
  /** The lines (as for `aggregateFunding`). */
  readonly lines: readonly FundingLine[];
  /** Amounts the document states, by node and for `'total'`, in the result unit. */
  readonly declared: Readonly<Partial<Record<FundingTotalKey, string | number>>>;
  /** Result unit (needed when lines mix units); declared amounts are in it. Default: the lines' unit, else 'million-vnd'. */
  readonly unit?: FundingUnit;
  /** Accept negative amounts in lines and declared values. Default false. */
  readonly allowNegative?: boolean;
  /** The taxonomy version (as for `aggregateFunding`): default from the lines' years, else '2021-2025'. */
  readonly taxonomy?: FundingTaxonomyId;
  /** Amounts the document states per component (2026-2035), by node and for `'total'`, in the result unit. */
  readonly declaredByComponent?: Readonly<Partial<Record<FundingComponentId, Readonly<Partial<Record<FundingTotalKey, string | number>>>>>>;
}

/**
 * One disagreement: `difference` = `declared` − `computed`, plain decimal strings.
 *
 * @example
 * ```ts
 * import type { FundingDiscrepancy } from 'ntm-rules';
 * // The Lai Châu 2024 plan's total against its parts (million VND):
 * const d: FundingDiscrepancy = { source: 'total', check: 'declared', declared: '4916475', computed: '3861812', difference: '1054663' };
 * ```
 */
export interface FundingDiscrepancy {
  readonly source: FundingTotalKey;
  /**
   * - `'declared'`: a value in `declared` differs from the amount computed from the lines;
   * - `'parts'`: a node's own lines (its stated subtotal) differ from the sum of its children's lines.
   */
  readonly check: 'declared' | 'parts';
  readonly declared: string;
  readonly computed: string;
  readonly difference: string;
  /** The component whose lines or declared amount disagree, when lines name components. */
  readonly component?: FundingComponentId;
}

/**
 * Reconciles a funding table: every stated subtotal against what its parts add up to.
 * Reports (in document order, `'total'` last) each node whose own lines differ from
 * its children's sum (`check: 'parts'`) and each `declared` amount that differs from
 * the computed amount (`check: 'declared'`; a node without lines computes as 0).
 * Values are compared exactly. Returns an empty list when everything adds up.
 * Where lines name components (2026-2035), a node's own lines are compared with its parts within
 * each component, and `declaredByComponent` with each component's amounts (then `component` is set).
 *
 * @throws NtmError `invalid-input` naming e.g. `lines[3].amount` or `declared.central`.
 *
 * @example
 * ```ts
 * import { reconcileFunding } from 'ntm-rules';
 * reconcileFunding({
 *   lines: [
 *     { source: 'central', amount: '114765' },
 *     { source: 'central.investment', amount: '92423' },
 *     { source: 'central.recurrent', amount: '22342' },
 *   ],
 *   declared: { total: '120000' },
 * });
 * // [{ source: 'total', check: 'declared', declared: '120000', computed: '114765', difference: '5235' }]
 * ```
 */
export function reconcileFunding(input: ReconcileFundingInput): FundingDiscrepancy[] {
  if (typeof input !== 'object' || input === null || isArrayOrUnreadable(input)) {
    throw invalidInput('funding reconciliation', [issue([], 'expected-object', { vi: 'cần một đối tượng { lines, declared }', en: 'must be an object { lines, declared }' })]);
  }
  // The top level is read once, like options: unknown keys are errors, each value is read once.
  const read = readFields(input, ['lines', 'declared', 'unit', 'allowNegative', 'taxonomy', 'declaredByComponent']);
  if (!read.ok) throw invalidInput('funding reconciliation', read.issues);
  const fields = read.fields;
  const { unit, allowNegative, taxonomy } = fundingReadOptions(fields, []);
  const declared = readDeclared(fields.declared, allowNegative, ['declared']);
  const byComponent = readDeclaredByComponent(fields.declaredByComponent, allowNegative);
  const c = computeFunding(fields.lines, unit, allowNegative, ['lines'], taxonomy);
  checkDeclaredInVersion(c.taxonomy, declared, byComponent);

  const out: FundingDiscrepancy[] = [];
  for (let k = 0; k < FUNDING_SOURCE_IDS.length; k++) {
    const source = FUNDING_SOURCE_IDS[k]!;
    c.groups.forEach((g, gi) => {
      if (g && g.hasOwn[k] && g.hasParts[k] && !g.own[k]!.eq(g.parts[k]!)) out.push(discrepancy(source, 'parts', g.own[k]!, g.parts[k]!, gi));
    });
    const stated = declared.get(source);
    const computed = c.present[k] ? c.amount[k]! : ZERO;
    if (stated !== undefined && !stated.eq(computed)) out.push(discrepancy(source, 'declared', stated, computed));
  }
  const statedTotal = declared.get('total');
  if (statedTotal !== undefined && !statedTotal.eq(c.total)) out.push(discrepancy('total', 'declared', statedTotal, c.total));
  // Per component, in the version's order: each declared node, then its total.
  for (const [id, stated] of byComponent) {
    const gi = componentIndex(id) + 1;
    const g = c.groups[gi];
    for (let k = 0; k < FUNDING_SOURCE_IDS.length; k++) {
      const s = stated.get(FUNDING_SOURCE_IDS[k]!);
      const computed = g?.present[k] ? g.amount[k]! : ZERO;
      if (s !== undefined && !s.eq(computed)) out.push(discrepancy(FUNDING_SOURCE_IDS[k]!, 'declared', s, computed, gi));
    }
    const t = stated.get('total');
    const computedTotal = g ? g.total : ZERO;
    if (t !== undefined && !t.eq(computedTotal)) out.push(discrepancy('total', 'declared', t, computedTotal, gi));
  }
  return out;
}


/** Declared nodes and components must belong to the version the lines were read against. */
function checkDeclaredInVersion(taxonomy: FundingTaxonomyId, declared: Map<FundingTotalKey, DecimalValue>, byComponent: Map<FundingComponentId, Map<FundingTotalKey, DecimalValue>>): void {
  const issues: IssueInit[] = [];
  const nodes = (table: Map<FundingTotalKey, DecimalValue>, at: readonly (string | number)[]) => {
    for (const key of table.keys()) {
      if (key !== 'total' && !inTaxonomy(taxonomy, sourceIndex(key))) issues.push(issue([...at, key], 'not-in-taxonomy', notInTaxonomyText(key, taxonomy), { source: key, taxonomy }));
    }
  };
  nodes(declared, ['declared']);
  for (const [id, table] of byComponent) {
    if (FUNDING_TAXONOMIES[taxonomy].components.length === 0) {
      issues.push(issue(['declaredByComponent', id], 'no-components', { vi: `danh mục nguồn vốn ${taxonomy} không có hợp phần`, en: `the ${taxonomy} taxonomy has no components` }, { taxonomy }));
    } else nodes(table, ['declaredByComponent', id]);
  }
  if (issues.length > 0) throw invalidInput('declared funding', issues);
}

/** Array.isArray, which throws for a revoked Proxy (then the input is not an object we can read). */
function isArrayOrUnreadable(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return true;
  }
}

function discrepancy(source: FundingTotalKey, check: 'declared' | 'parts', declared: DecimalValue, computed: DecimalValue, group = 0): FundingDiscrepancy {
  const base = { source, check, declared: toPlain(declared), computed: toPlain(computed), difference: toPlain(declared.minus(computed)) };
  return group === 0 ? base : { ...base, component: FUNDING_COMPONENT_IDS[group - 1]! };
}

/** Declared amounts: one per node and the total, so a plain copy within these bounds. */
const DECLARED_LIMITS: PlainLimits = { maxDepth: 1, maxArrayLength: 0, maxKeys: 64, maxValues: 64 };

function readDeclared(value: unknown, allowNegative: boolean, at: readonly (string | number)[]): Map<FundingTotalKey, DecimalValue> {
  const read = readPlain(value, DECLARED_LIMITS, { prefix: at });
  if (!read.ok) throw invalidInput('declared funding', read.issues);
  return declaredAmounts(read.value, allowNegative, at);
}

/** Declared amounts per component: at most one table per component, each as `declared`. */
const BY_COMPONENT_LIMITS: PlainLimits = { maxDepth: 2, maxArrayLength: 0, maxKeys: 64, maxValues: 256 };

function readDeclaredByComponent(value: unknown, allowNegative: boolean): Map<FundingComponentId, Map<FundingTotalKey, DecimalValue>> {
  const out = new Map<FundingComponentId, Map<FundingTotalKey, DecimalValue>>();
  if (value === undefined) return out;
  const read = readPlain(value, BY_COMPONENT_LIMITS, { prefix: ['declaredByComponent'] });
  if (!read.ok) throw invalidInput('declared funding', read.issues);
  const copy = read.value;
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw invalidInput('declared funding', [issue(['declaredByComponent'], 'expected-object', { vi: 'cần một đối tượng ánh xạ hợp phần sang các số tiền kê khai', en: 'must be an object mapping components to declared amounts' })]);
  }
  const issues: IssueInit[] = [];
  // In the version's order, whatever the order of the keys.
  const entries = Object.entries(copy).sort(([a], [b]) => componentIndex(a) - componentIndex(b));
  for (const [key, amounts] of entries) {
    if (componentIndex(key) === -1) {
      issues.push(issue(['declaredByComponent', key], 'unknown-component', { vi: `không phải hợp phần đã biết (${FUNDING_COMPONENT_IDS.join(', ')})`, en: `is not a known component (${FUNDING_COMPONENT_IDS.join(', ')})` }, { key }));
      continue;
    }
    try {
      out.set(key as FundingComponentId, declaredAmounts(amounts, allowNegative, ['declaredByComponent', key]));
    } catch (error) {
      if (error instanceof NtmError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length > 0) throw invalidInput('declared funding', issues);
  return out;
}

function declaredAmounts(copy: unknown, allowNegative: boolean, at: readonly (string | number)[]): Map<FundingTotalKey, DecimalValue> {
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw invalidInput('declared funding', [issue([...at], 'expected-object', { vi: 'cần một đối tượng ánh xạ nguồn vốn (và "total") sang số tiền', en: 'must be an object mapping sources (and "total") to amounts' })]);
  }
  const out = new Map<FundingTotalKey, DecimalValue>();
  const issues: IssueInit[] = [];
  for (const [key, amount] of Object.entries(copy)) {
    if (key !== 'total' && sourceIndex(key) === -1) {
      issues.push(issue([...at, key], 'unknown-source', { vi: 'không phải nguồn vốn đã biết hoặc "total"', en: 'is not a known funding source or "total"' }, { key }));
      continue;
    }
    const parsed = parseAmount(amount, allowNegative);
    if (typeof parsed !== 'string') issues.push(issue([...at, key], parsed.code, parsed.text));
    else out.set(key as FundingTotalKey, new Dec(parsed));
  }
  if (issues.length > 0) throw invalidInput('declared funding', issues);
  return out;
}
