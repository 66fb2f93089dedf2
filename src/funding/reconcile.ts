/** Checks the subtotals a document states against the lines it lists. */
import { readFields, readPlain, type PlainLimits } from '../_lib/plain.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { parseAmount } from './amount.js';
import { computeFunding, fundingReadOptions, type FundingLine } from './compute.js';
import { FundingDecimal, toPlain, ZERO } from './decimal.js';
import { FUNDING_SOURCE_IDS, sourceIndex, type FundingSourceId } from './taxonomy.js';
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
}

/**
 * Reconciles a funding table: every stated subtotal against what its parts add up to.
 * Reports (in document order, `'total'` last) each node whose own lines differ from
 * its children's sum (`check: 'parts'`) and each `declared` amount that differs from
 * the computed amount (`check: 'declared'`; a node without lines computes as 0).
 * Values are compared exactly. Returns an empty list when everything adds up.
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
  const read = readFields(input, ['lines', 'declared', 'unit', 'allowNegative']);
  if (!read.ok) throw invalidInput('funding reconciliation', read.issues);
  const fields = read.fields;
  const { unit, allowNegative } = fundingReadOptions(fields, []);
  const declared = readDeclared(fields.declared, allowNegative);
  const c = computeFunding(fields.lines, unit, allowNegative, ['lines']);

  const out: FundingDiscrepancy[] = [];
  for (let k = 0; k < FUNDING_SOURCE_IDS.length; k++) {
    const source = FUNDING_SOURCE_IDS[k]!;
    if (c.hasOwn[k] && c.hasParts[k] && !c.own[k]!.eq(c.parts[k]!)) {
      out.push(discrepancy(source, 'parts', c.own[k]!, c.parts[k]!));
    }
    const stated = declared.get(source);
    const computed = c.present[k] ? c.amount[k]! : ZERO;
    if (stated !== undefined && !stated.eq(computed)) out.push(discrepancy(source, 'declared', stated, computed));
  }
  const statedTotal = declared.get('total');
  if (statedTotal !== undefined && !statedTotal.eq(c.total)) out.push(discrepancy('total', 'declared', statedTotal, c.total));
  return out;
}

type Dec = InstanceType<typeof FundingDecimal>;

/** Array.isArray, which throws for a revoked Proxy (then the input is not an object we can read). */
function isArrayOrUnreadable(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return true;
  }
}

function discrepancy(source: FundingTotalKey, check: 'declared' | 'parts', declared: Dec, computed: Dec): FundingDiscrepancy {
  return { source, check, declared: toPlain(declared), computed: toPlain(computed), difference: toPlain(declared.minus(computed)) };
}

/** Declared amounts: one per node and the total, so a plain copy within these bounds. */
const DECLARED_LIMITS: PlainLimits = { maxDepth: 1, maxArrayLength: 0, maxKeys: 64, maxValues: 64 };

function readDeclared(value: unknown, allowNegative: boolean): Map<FundingTotalKey, Dec> {
  const read = readPlain(value, DECLARED_LIMITS, { prefix: ['declared'] });
  if (!read.ok) throw invalidInput('declared funding', read.issues);
  const copy = read.value;
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw invalidInput('declared funding', [issue(['declared'], 'expected-object', { vi: 'cần một đối tượng ánh xạ nguồn vốn (và "total") sang số tiền', en: 'must be an object mapping sources (and "total") to amounts' })]);
  }
  const out = new Map<FundingTotalKey, Dec>();
  const issues: IssueInit[] = [];
  for (const [key, amount] of Object.entries(copy)) {
    if (key !== 'total' && sourceIndex(key) === -1) {
      issues.push(issue(['declared', key], 'unknown-source', { vi: 'không phải nguồn vốn đã biết hoặc "total"', en: 'is not a known funding source or "total"' }, { key }));
      continue;
    }
    const parsed = parseAmount(amount, allowNegative);
    if (typeof parsed !== 'string') issues.push(issue(['declared', key], parsed.code, parsed.text));
    else out.set(key as FundingTotalKey, new FundingDecimal(parsed));
  }
  if (issues.length > 0) throw invalidInput('declared funding', issues);
  return out;
}
