/**
 * The engine behind aggregateFunding and reconcileFunding: validates and sums
 * lines per node, then rolls the tree up once.
 *
 * Hot path, per line: a few type checks, one Map lookup for the source, one
 * regex, and an addition of a double holding an exact integer (amounts of at most
 * 15 digits) or of a BigInt. No Decimal and no zod per line: amounts are kept as
 * integers scaled by a power of ten, one accumulator per (scale, node), and
 * turned into decimals once per node at the end.
 */
import { invalidInput, type IssueInit } from '../errors.js';
import { AMOUNT, MAX_AMOUNT_LENGTH, MAX_EXPONENT, NEGATIVE, NOT_DECIMAL, NOT_FINITE, OUT_OF_RANGE, SMALL_DECIMAL, SMALL_INT } from './amount.js';
import { FundingDecimal, ZERO, type FundingDecimalValue } from './decimal.js';
import { FUNDING_SOURCE_IDS, FUNDING_SOURCES, sourceIndex, type FundingSourceId } from './taxonomy.js';
import { DEFAULT_FUNDING_UNIT, UNIT_MESSAGE, unitExponent, type FundingUnit } from './units.js';

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
  /** Plan or budget year (not used in sums). */
  readonly year?: number;
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
}

/** Per-node sums after the roll-up (internal). */
export interface FundingComputation {
  readonly unit: FundingUnit;
  readonly lineCount: number;
  /** Sum of the lines naming each node itself (index as FUNDING_SOURCE_IDS). */
  readonly own: readonly FundingDecimalValue[];
  /** Whether at least one line names the node itself. */
  readonly hasOwn: readonly boolean[];
  /** Sum of the amounts of the node's children that have lines under them. */
  readonly parts: readonly FundingDecimalValue[];
  /** Whether some child has lines under it. */
  readonly hasParts: readonly boolean[];
  /** The node's amount under the parent/child rule. */
  readonly amount: readonly FundingDecimalValue[];
  /** Whether the node has at least one line in its subtree. */
  readonly present: readonly boolean[];
  readonly total: FundingDecimalValue;
}

const N = FUNDING_SOURCE_IDS.length;
const PARENT_INDEX: readonly number[] = FUNDING_SOURCE_IDS.map((id) => sourceIndex(FUNDING_SOURCES[id].parent));
// A double stays exact below 2^53 ≈ 9.007e15; each addend is below 1e15.
const FLUSH_AT = 8e15;
const MAX_ISSUES = 100;
const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Accumulators for one power-of-ten scale: value = (small + big) × 10^-scale. */
interface Bucket {
  readonly scale: number;
  readonly small: Float64Array;
  readonly big: bigint[];
}

function newBucket(scale: number): Bucket {
  return { scale, small: new Float64Array(N), big: new Array<bigint>(N).fill(0n) };
}

/** Reads and checks the options; throws an NtmError naming `options.*`. */
/** Issues for the keys of `value` that are not in `allowed` (unknown fields are errors, never dropped). */
export function unknownKeyIssues(value: object, allowed: readonly string[], root: readonly (string | number)[]): IssueInit[] {
  return Object.keys(value)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ path: [...root, k], message: `unknown field (expected ${allowed.join(', ')})` }));
}

/** Reads `unit` and `allowNegative`; `allowed` names every key the options object may have. */
export function readOptions(options: unknown, root: readonly (string | number)[], allowed: readonly string[]): { unit: FundingUnit | undefined; allowNegative: boolean } {
  if (options === undefined) return { unit: undefined, allowNegative: false };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidInput('funding options', [{ path: [...root], message: 'must be an object' }]);
  }
  const o = options as { unit?: unknown; allowNegative?: unknown };
  const issues: IssueInit[] = unknownKeyIssues(options, allowed, root);
  if (o.unit !== undefined && unitExponent(o.unit) === undefined) issues.push({ path: [...root, 'unit'], message: UNIT_MESSAGE });
  if (o.allowNegative !== undefined && typeof o.allowNegative !== 'boolean') {
    issues.push({ path: [...root, 'allowNegative'], message: 'must be a boolean' });
  }
  if (issues.length > 0) throw invalidInput('funding options', issues);
  return { unit: o.unit as FundingUnit | undefined, allowNegative: o.allowNegative === true };
}

/**
 * Validates every line (collecting up to 100 issues, each with its path under
 * `linesPath`) and computes the per-node sums and the roll-up.
 */
const LINE_FIELDS: ReadonlySet<string> = new Set(['source', 'amount', 'unit', 'label', 'year']);

export function computeFunding(
  lines: unknown,
  targetUnit: FundingUnit | undefined,
  allowNegative: boolean,
  linesPath: readonly (string | number)[],
): FundingComputation {
  if (!Array.isArray(lines)) throw invalidInput('funding lines', [{ path: [...linesPath], message: 'must be an array of lines' }]);
  const issues: IssueInit[] = [];
  const issue = (i: number, field: string | undefined, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path: field === undefined ? [...linesPath, i] : [...linesPath, i, field], message });
  };

  const hasOwn = new Array<boolean>(N).fill(false);
  const buckets = new Map<number, Bucket>();
  let unit = targetUnit;
  let lastUnit: unknown = Symbol('none');
  let shift = 0; // power of ten from the line's unit to the result unit
  let lastScale = NaN;
  let bucket: Bucket = newBucket(0);
  const n = lines.length;

  for (let i = 0; i < n; i++) {
    const line: unknown = lines[i];
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      issue(i, undefined, 'must be an object { source, amount, unit?, label?, year? }');
      continue;
    }
    const l = line as { source?: unknown; amount?: unknown; unit?: unknown; label?: unknown; year?: unknown };
    const idx = sourceIndex(l.source);
    let ok = true;
    if (idx === -1) {
      issue(i, 'source', l.source === undefined ? 'is required' : 'is not a known funding source (see FUNDING_SOURCES)');
      ok = false;
    }
    const lineUnit = l.unit;
    if (lineUnit !== lastUnit) {
      const e = unitExponent(lineUnit === undefined ? DEFAULT_FUNDING_UNIT : lineUnit);
      if (e === undefined) {
        issue(i, 'unit', UNIT_MESSAGE);
        continue;
      }
      const resolved = (lineUnit ?? DEFAULT_FUNDING_UNIT) as FundingUnit;
      if (unit === undefined) unit = resolved;
      else if (targetUnit === undefined && resolved !== unit) {
        issue(i, 'unit', `is '${resolved}' but earlier lines are in '${unit}'; pass options.unit to convert mixed units`);
        continue;
      }
      lastUnit = lineUnit;
      shift = e - (unitExponent(unit) ?? 0);
    }
    if (l.label !== undefined && typeof l.label !== 'string') {
      issue(i, 'label', 'must be a string');
      ok = false;
    }
    if (l.year !== undefined && !Number.isInteger(l.year)) {
      issue(i, 'year', 'must be an integer');
      ok = false;
    }
    // Unknown fields are errors, not dropped: a misspelt "unti" would otherwise leave the
    // line in the default unit, 1,000 times off. Counted with for-in (no array per line);
    // only when the count exceeds the known fields present are the keys listed.
    let keys = 0;
    for (const _ in line) keys++;
    if (keys > (l.source !== undefined ? 1 : 0) + (l.amount !== undefined ? 1 : 0) + (lineUnit !== undefined ? 1 : 0) + (l.label !== undefined ? 1 : 0) + (l.year !== undefined ? 1 : 0)) {
      for (const key of Object.keys(line)) {
        if (!LINE_FIELDS.has(key)) {
          issue(i, key, 'is not a field of a funding line (source, amount, unit, label, year)');
          ok = false;
        }
      }
    }

    // Amount: value = mantissa × 10^-scale in the result unit.
    const amount = l.amount;
    let mantissa: number | bigint;
    let scale = -shift;
    if (typeof amount === 'number' && Number.isInteger(amount) && amount <= 1e15 && amount >= -1e15) mantissa = amount;
    else {
      let text: string;
      if (typeof amount === 'string') text = amount;
      else if (typeof amount === 'number') {
        if (!Number.isFinite(amount)) {
          issue(i, 'amount', NOT_FINITE);
          continue;
        }
        text = String(amount); // shortest round-trip form: 0.1 → '0.1', 1e21 → '1e+21'
      } else {
        issue(i, 'amount', amount === undefined ? 'is required' : NOT_DECIMAL);
        continue;
      }
      if (SMALL_INT.test(text)) mantissa = Number(text);
      else if (text.length <= 17 && SMALL_DECIMAL.test(text) && text.length - (text.charCodeAt(0) === 45 ? 2 : 1) <= 15) {
        // At most 15 digits: the nearest double times 10^places is within 0.25 of the
        // integer mantissa (< 10^15), so rounding recovers it exactly, without allocating.
        const places = text.length - text.indexOf('.') - 1;
        mantissa = Math.round(Number(text) * POW10[places]!);
        scale = places - shift;
      } else {
        if (text.length > MAX_AMOUNT_LENGTH) {
          issue(i, 'amount', OUT_OF_RANGE);
          continue;
        }
        const m = AMOUNT.exec(text);
        if (m === null) {
          issue(i, 'amount', NOT_DECIMAL);
          continue;
        }
        const exp = m[4] === undefined ? 0 : Number(m[4]);
        if (exp > MAX_EXPONENT || exp < -MAX_EXPONENT) {
          issue(i, 'amount', OUT_OF_RANGE);
          continue;
        }
        const frac = m[3] ?? '';
        const digits = (m[2] ?? '') + frac;
        scale = frac.length - exp - shift;
        if (digits.length <= 15) mantissa = m[1] === '-' ? -Number(digits) : Number(digits);
        else mantissa = m[1] === '-' ? -BigInt(digits) : BigInt(digits);
      }
    }
    if (mantissa < 0 && !allowNegative) {
      issue(i, 'amount', NEGATIVE);
      continue;
    }
    if (!ok) continue;

    if (scale !== lastScale) {
      let b = buckets.get(scale);
      if (b === undefined) {
        b = newBucket(scale);
        buckets.set(scale, b);
      }
      bucket = b;
      lastScale = scale;
    }
    hasOwn[idx] = true;
    if (typeof mantissa === 'number') {
      const s = bucket.small[idx]! + mantissa;
      if (s > FLUSH_AT || s < -FLUSH_AT) {
        bucket.big[idx] = bucket.big[idx]! + BigInt(s);
        bucket.small[idx] = 0;
      } else bucket.small[idx] = s;
    } else bucket.big[idx] = bucket.big[idx]! + mantissa;
  }
  if (issues.length > 0) throw invalidInput('funding lines', issues);

  return rollUp(buckets, hasOwn, unit ?? DEFAULT_FUNDING_UNIT, n);
}

/** Turns the accumulators into one decimal per node, then applies the parent/child rule bottom-up. */
function rollUp(buckets: Map<number, Bucket>, hasOwn: boolean[], unit: FundingUnit, lineCount: number): FundingComputation {
  const own = new Array<FundingDecimalValue>(N).fill(ZERO);
  for (const b of buckets.values()) {
    for (let k = 0; k < N; k++) {
      const v = b.big[k]! + BigInt(b.small[k]!);
      if (v !== 0n) own[k] = own[k]!.plus(new FundingDecimal(`${v}e${-b.scale}`));
    }
  }
  const parts = new Array<FundingDecimalValue>(N).fill(ZERO);
  const hasParts = new Array<boolean>(N).fill(false);
  const amount = new Array<FundingDecimalValue>(N).fill(ZERO);
  const present = new Array<boolean>(N).fill(false);
  let total = ZERO;
  // Children come after their parents in document order, so walk it backwards.
  for (let k = N - 1; k >= 0; k--) {
    present[k] = hasOwn[k]! || hasParts[k]!;
    if (!present[k]) continue;
    // The parent/child rule: a node's own lines state its amount; without them, its children's sum is.
    amount[k] = hasOwn[k] ? own[k]! : parts[k]!;
    const p = PARENT_INDEX[k]!;
    if (p === -1) total = total.plus(amount[k]!);
    else {
      parts[p] = parts[p]!.plus(amount[k]!);
      hasParts[p] = true;
    }
  }
  return { unit, lineCount, own, hasOwn, parts, hasParts, amount, present, total };
}
