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
import { invalidInput, issue, MAX_ISSUES, NtmError, type IssueInit, type NtmIssueParam } from '../errors.js';
import { AMOUNT, MAX_AMOUNT_LENGTH, MAX_EXPONENT, NEGATIVE, NOT_DECIMAL, NOT_FINITE, OUT_OF_RANGE, REQUIRED, SMALL_DECIMAL, SMALL_INT, type ParseFailure } from './amount.js';
import { FundingDecimal, ZERO, type FundingDecimalValue } from './decimal.js';
import {
  componentIndex,
  FUNDING_COMPONENT_IDS,
  FUNDING_SOURCE_IDS,
  FUNDING_SOURCES,
  FUNDING_TAXONOMIES,
  fundingTaxonomyOfYear,
  inTaxonomy,
  isFundingTaxonomyId,
  notInTaxonomyText,
  sourceIndex,
  type FundingComponentId,
  type FundingSourceId,
  type FundingTaxonomyId,
} from './taxonomy.js';
import { DEFAULT_FUNDING_UNIT, unitExponent, unitIssue, type FundingUnit } from './units.js';

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
  readonly amount: readonly FundingDecimalValue[];
  /** Per node, whether some group has it present. */
  readonly present: readonly boolean[];
  /** Per node, the sum over groups where it has both own lines and parts of own − parts; undefined where no group has both. */
  readonly unallocated: readonly (FundingDecimalValue | undefined)[];
  readonly total: FundingDecimalValue;
}

const N = FUNDING_SOURCE_IDS.length;
/** Groups of lines: without a component, then one per component. */
const G = 1 + FUNDING_COMPONENT_IDS.length;
const PARENT_INDEX: readonly number[] = FUNDING_SOURCE_IDS.map((id) => sourceIndex(FUNDING_SOURCES[id].parent));
// A double stays exact below 2^53 ≈ 9.007e15; each addend is below 1e15.
const FLUSH_AT = 8e15;
const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Accumulators for one power-of-ten scale: value = (small + big) × 10^-scale. */
interface Bucket {
  readonly scale: number;
  readonly small: Float64Array;
  readonly big: bigint[];
}

function newBucket(scale: number): Bucket {
  return { scale, small: new Float64Array(N * G), big: new Array<bigint>(N * G).fill(0n) };
}

/**
 * Most lines one call reads (`aggregateFunding`, `reconcileFunding`): checked before the first
 * line is read, so an array claiming 2^32 − 1 items is refused at once. A province's table has
 * hundreds of lines; a national data set of project lines, hundreds of thousands.
 */
export const MAX_FUNDING_LINES = 1_000_000;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Checks `unit`, `allowNegative` and `taxonomy` read by `readOptions` (src/_lib/options.ts); throws an
 * NtmError naming `<root>.unit`, `<root>.allowNegative` or `<root>.taxonomy`.
 */
export function fundingReadOptions(
  o: Readonly<Record<string, unknown>>,
  root: readonly (string | number)[],
): { unit: FundingUnit | undefined; allowNegative: boolean; taxonomy: FundingTaxonomyId | undefined } {
  const issues: IssueInit[] = [];
  if (o.unit !== undefined && unitExponent(o.unit) === undefined) issues.push(unitIssue([...root, 'unit']));
  if (o.allowNegative !== undefined && typeof o.allowNegative !== 'boolean') {
    issues.push(issue([...root, 'allowNegative'], 'expected-boolean', { vi: 'phải là true hoặc false', en: 'must be a boolean' }));
  }
  if (o.taxonomy !== undefined && !isFundingTaxonomyId(o.taxonomy)) {
    issues.push(issue([...root, 'taxonomy'], 'expected-one-of', { vi: "phải là '2021-2025' hoặc '2026-2035'", en: "must be '2021-2025' or '2026-2035'" }, { allowed: ['2021-2025', '2026-2035'] }));
  }
  if (issues.length > 0) throw invalidInput('funding options', issues);
  return { unit: o.unit as FundingUnit | undefined, allowNegative: o.allowNegative === true, taxonomy: o.taxonomy as FundingTaxonomyId | undefined };
}

const LINE_FIELDS: ReadonlySet<string> = new Set(['source', 'amount', 'unit', 'label', 'year', 'component']);
const NOT_A_LINE = { vi: 'cần một đối tượng { source, amount, unit?, label?, year?, component? }', en: 'must be an object { source, amount, unit?, label?, year?, component? }' };
const UNREADABLE = { vi: 'không đọc được (getter hoặc Proxy báo lỗi)', en: 'could not be read (a getter or Proxy trap threw)' };

/**
 * Validates every line (collecting up to 100 issues, each with its path under
 * `linesPath`) and computes the per-node sums and the roll-up.
 *
 * The lines are not copied first (see src/_lib/plain.ts) because this is the hot path of
 * million-line aggregations: each line is read here once, defensively. Each field is read
 * once, inside a guard that turns a throwing getter or Proxy trap into an issue at its path;
 * the array's length is checked before the first line is read; holes are reported; reading
 * stops at 100 issues.
 */
export function computeFunding(
  lines: unknown,
  targetUnit: FundingUnit | undefined,
  allowNegative: boolean,
  linesPath: readonly (string | number)[],
  taxonomyOption?: FundingTaxonomyId,
): FundingComputation {
  const issues: IssueInit[] = [];
  const report = (path: readonly (string | number)[], code: string, text: { vi: string; en: string }, params?: Readonly<Record<string, NtmIssueParam>>): void => {
    if (issues.length < MAX_ISSUES) issues.push(issue(path, code, text, params));
  };
  const problem = (i: number, field: string | undefined, f: ParseFailure): void =>
    report(field === undefined ? [...linesPath, i] : [...linesPath, i, field], f.code, f.text);
  let n: number;
  try {
    if (!Array.isArray(lines)) {
      throw invalidInput('funding lines', [issue([...linesPath], 'expected-array', { vi: 'cần một mảng các dòng nguồn vốn', en: 'must be an array of lines' })]);
    }
    n = lines.length;
  } catch (error) {
    if (error instanceof NtmError) throw error;
    throw invalidInput('funding lines', [issue([...linesPath], 'unreadable', UNREADABLE)]);
  }
  if (!Number.isInteger(n) || n < 0 || n > MAX_FUNDING_LINES) {
    throw invalidInput('funding lines', [
      issue([...linesPath], 'too-large', { vi: `quá nhiều dòng: ${String(n)} (tối đa ${MAX_FUNDING_LINES})`, en: `too many lines: ${String(n)} (at most ${MAX_FUNDING_LINES})` }, { count: typeof n === 'number' ? n : String(n), max: MAX_FUNDING_LINES }),
    ]);
  }

  const hasOwn_ = new Array<boolean>(N * G).fill(false);
  // Per line, its node and group: read again only when the version turns out to exclude some node used.
  const lineSource = new Uint8Array(n);
  const lineGroup = new Uint8Array(n);
  // The version the lines' years point to: the first line with a year, and a line that disagrees.
  let yearVersion: FundingTaxonomyId | undefined;
  let yearLine = -1;
  let componentLine = -1;
  const buckets = new Map<number, Bucket>();
  let unit = targetUnit;
  let lastUnit: unknown = Symbol('none');
  let shift = 0; // power of ten from the line's unit to the result unit
  let lastScale = NaN;
  let bucket: Bucket = newBucket(0);

  for (let i = 0; i < n && issues.length < MAX_ISSUES; i++) {
    // Every read of the caller's data happens in this block, once; `field` names what is being read.
    let field: string | undefined;
    let line: unknown;
    let source: unknown, amount: unknown, lineUnit: unknown, label: unknown, year: unknown, component: unknown;
    let keys = 0;
    let extraKeys: string[] | undefined;
    try {
      line = (lines as readonly unknown[])[i];
      if (line === undefined && !hasOwn.call(lines, i)) {
        report([...linesPath, i], 'array-hole', { vi: 'mảng có chỗ trống (thiếu dòng)', en: 'a hole in the array (a missing line)' });
        continue;
      }
      if (typeof line !== 'object' || line === null || Array.isArray(line)) {
        report([...linesPath, i], 'expected-object', NOT_A_LINE);
        continue;
      }
      const l = line as { source?: unknown; amount?: unknown; unit?: unknown; label?: unknown; year?: unknown; component?: unknown };
      field = 'source';
      source = l.source;
      field = 'amount';
      amount = l.amount;
      field = 'unit';
      lineUnit = l.unit;
      field = 'label';
      label = l.label;
      field = 'year';
      year = l.year;
      field = 'component';
      component = l.component;
      field = undefined;
      // Unknown fields are errors, not dropped: a misspelt "unti" would otherwise leave the
      // line in the default unit, 1,000 times off. Counted with for-in (no array per line);
      // only when the count exceeds the known fields present are the keys listed.
      for (const _ in line) keys++;
      if (keys > (source !== undefined ? 1 : 0) + (amount !== undefined ? 1 : 0) + (lineUnit !== undefined ? 1 : 0) + (label !== undefined ? 1 : 0) + (year !== undefined ? 1 : 0) + (component !== undefined ? 1 : 0)) {
        extraKeys = Object.keys(line).filter((key) => !LINE_FIELDS.has(key));
      }
    } catch {
      report(field === undefined ? [...linesPath, i] : [...linesPath, i, field], 'unreadable', UNREADABLE);
      continue;
    }
    const idx = sourceIndex(source);
    let ok = true;
    if (idx === -1) {
      if (source === undefined) problem(i, 'source', REQUIRED);
      else report([...linesPath, i, 'source'], 'unknown-source', { vi: 'không phải mã nguồn vốn đã biết (xem bảng mã nguồn vốn trong docs/huong-dan.md)', en: 'is not a known funding source (see FUNDING_SOURCES)' });
      ok = false;
    }
    if (lineUnit !== lastUnit) {
      const e = unitExponent(lineUnit === undefined ? DEFAULT_FUNDING_UNIT : lineUnit);
      if (e === undefined) {
        if (issues.length < MAX_ISSUES) issues.push(unitIssue([...linesPath, i, 'unit']));
        continue;
      }
      const resolved = (lineUnit ?? DEFAULT_FUNDING_UNIT) as FundingUnit;
      if (unit === undefined) unit = resolved;
      else if (targetUnit === undefined && resolved !== unit) {
        report([...linesPath, i, 'unit'], 'mixed-units', {
          vi: `là '${resolved}' nhưng các dòng trước tính bằng '${unit}'; truyền options.unit để quy đổi các đơn vị khác nhau`,
          en: `is '${resolved}' but earlier lines are in '${unit}'; pass options.unit to convert mixed units`,
        }, { unit: resolved, earlier: unit });
        continue;
      }
      lastUnit = lineUnit;
      shift = e - (unitExponent(unit) ?? 0);
    }
    if (label !== undefined && typeof label !== 'string') {
      report([...linesPath, i, 'label'], 'expected-string', { vi: 'phải là chuỗi', en: 'must be a string' });
      ok = false;
    }
    if (year !== undefined && !Number.isInteger(year)) {
      report([...linesPath, i, 'year'], 'expected-integer', { vi: 'phải là số nguyên', en: 'must be an integer' });
      ok = false;
    } else if (year !== undefined) {
      const v = fundingTaxonomyOfYear(year as number);
      if (v === undefined) {
        report([...linesPath, i, 'year'], 'no-taxonomy', { vi: `không có danh mục nguồn vốn cho năm ${String(year)} (chỉ đến năm 2035)`, en: `no funding taxonomy for ${String(year)} (only up to 2035)` }, { year: year as number });
        ok = false;
      } else if (taxonomyOption !== undefined && v !== taxonomyOption) {
        report([...linesPath, i, 'year'], 'taxonomy-mismatch', {
          vi: `năm ${String(year)} thuộc danh mục nguồn vốn ${v}, nhưng options.taxonomy là ${taxonomyOption}`,
          en: `${String(year)} belongs to the ${v} taxonomy, but options.taxonomy is ${taxonomyOption}`,
        }, { year: year as number, taxonomy: v });
        ok = false;
      } else if (yearVersion === undefined) {
        yearVersion = v;
        yearLine = i;
      } else if (v !== yearVersion) {
        report([...linesPath, i, 'year'], 'mixed-taxonomies', {
          vi: `năm ${String(year)} thuộc danh mục nguồn vốn ${v}, nhưng dòng ${yearLine} thuộc danh mục ${yearVersion}; tách các giai đoạn ra, hoặc nêu options.taxonomy`,
          en: `${String(year)} belongs to the ${v} taxonomy, but line ${yearLine} to ${yearVersion}; aggregate the periods apart, or pass options.taxonomy`,
        }, { year: year as number, taxonomy: v, other: yearVersion });
        ok = false;
      }
    }
    let group = 0;
    if (component !== undefined) {
      const c = componentIndex(component);
      if (c === -1) {
        report([...linesPath, i, 'component'], 'unknown-component', { vi: `không phải hợp phần đã biết (${FUNDING_COMPONENT_IDS.join(', ')})`, en: `is not a known component (${FUNDING_COMPONENT_IDS.join(', ')})` }, { allowed: [...FUNDING_COMPONENT_IDS] });
        ok = false;
      } else {
        group = c + 1;
        if (componentLine === -1) componentLine = i;
      }
    }
    if (extraKeys !== undefined) {
      for (const key of extraKeys) {
        report([...linesPath, i, key], 'unknown-key', { vi: 'không phải trường của dòng nguồn vốn (source, amount, unit, label, year)', en: 'is not a field of a funding line (source, amount, unit, label, year)' }, { key });
        ok = false;
      }
    }

    // Amount: value = mantissa × 10^-scale in the result unit.
    let mantissa: number | bigint;
    let scale = -shift;
    if (typeof amount === 'number' && Number.isInteger(amount) && amount <= 1e15 && amount >= -1e15) mantissa = amount;
    else {
      let text: string;
      if (typeof amount === 'string') text = amount;
      else if (typeof amount === 'number') {
        if (!Number.isFinite(amount)) {
          problem(i, 'amount', NOT_FINITE);
          continue;
        }
        text = String(amount); // shortest round-trip form: 0.1 → '0.1', 1e21 → '1e+21'
      } else {
        problem(i, 'amount', amount === undefined ? REQUIRED : NOT_DECIMAL);
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
          problem(i, 'amount', OUT_OF_RANGE);
          continue;
        }
        const m = AMOUNT.exec(text);
        if (m === null) {
          problem(i, 'amount', NOT_DECIMAL);
          continue;
        }
        const exp = m[4] === undefined ? 0 : Number(m[4]);
        if (exp > MAX_EXPONENT || exp < -MAX_EXPONENT) {
          problem(i, 'amount', OUT_OF_RANGE);
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
      problem(i, 'amount', NEGATIVE);
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
    lineSource[i] = idx;
    lineGroup[i] = group;
    const at = group * N + idx;
    hasOwn_[at] = true;
    if (typeof mantissa === 'number') {
      const s = bucket.small[at]! + mantissa;
      if (s > FLUSH_AT || s < -FLUSH_AT) {
        bucket.big[at] = bucket.big[at]! + BigInt(s);
        bucket.small[at] = 0;
      } else bucket.small[at] = s;
    } else bucket.big[at] = bucket.big[at]! + mantissa;
  }
  if (issues.length > 0) throw invalidInput('funding lines', issues);

  // The version: the option, else the lines' years, else 2021-2025 (see FUNDING_TAXONOMIES).
  const taxonomy: FundingTaxonomyId = taxonomyOption ?? yearVersion ?? '2021-2025';
  checkVersion(taxonomy, hasOwn_, componentLine, n, lineSource, lineGroup, linesPath, report);
  if (issues.length > 0) throw invalidInput('funding lines', issues);

  return rollUp(buckets, hasOwn_, unit ?? DEFAULT_FUNDING_UNIT, n, taxonomy, componentLine !== -1);
}

/** Lines naming a node the version does not have, or a component it does not have: one issue per line (up to the cap). */
function checkVersion(
  taxonomy: FundingTaxonomyId,
  hasOwn: readonly boolean[],
  componentLine: number,
  n: number,
  lineSource: Uint8Array,
  lineGroup: Uint8Array,
  linesPath: readonly (string | number)[],
  report: (path: readonly (string | number)[], code: string, text: { vi: string; en: string }, params?: Readonly<Record<string, NtmIssueParam>>) => void,
): void {
  let excluded = false;
  for (let k = 0; k < N && !excluded; k++) if (!inTaxonomy(taxonomy, k)) for (let g = 0; g < G; g++) if (hasOwn[g * N + k]) excluded = true;
  const noComponents = componentLine !== -1 && FUNDING_TAXONOMIES[taxonomy].components.length === 0;
  if (!excluded && !noComponents) return;
  for (let i = 0; i < n; i++) {
    const k = lineSource[i]!;
    if (!inTaxonomy(taxonomy, k)) {
      const id = FUNDING_SOURCE_IDS[k]!;
      report([...linesPath, i, 'source'], 'not-in-taxonomy', notInTaxonomyText(id, taxonomy), { source: id, taxonomy });
    }
    if (noComponents && lineGroup[i] !== 0) {
      report([...linesPath, i, 'component'], 'no-components', {
        vi: `danh mục nguồn vốn ${taxonomy} không có hợp phần (chỉ Chương trình 2026 - 2035 có); nêu năm của dòng vốn hoặc options.taxonomy`,
        en: `the ${taxonomy} taxonomy has no components (only the 2026-2035 programme has); give the line's year or options.taxonomy`,
      }, { taxonomy });
    }
  }
}

/** Turns the accumulators into one decimal per node and group, then applies the parent/child rule bottom-up within each group. */
function rollUp(buckets: Map<number, Bucket>, hasOwn: boolean[], unit: FundingUnit, lineCount: number, taxonomy: FundingTaxonomyId, componentsUsed: boolean): FundingComputation {
  const groups: (FundingGroupComputation | undefined)[] = [];
  const amountAll = new Array<FundingDecimalValue>(N).fill(ZERO);
  const presentAll = new Array<boolean>(N).fill(false);
  const unallocated = new Array<FundingDecimalValue | undefined>(N).fill(undefined);
  let totalAll = ZERO;
  for (let g = 0; g < G; g++) {
    const base = g * N;
    let any = false;
    for (let k = 0; k < N; k++) if (hasOwn[base + k]) any = true;
    if (!any) {
      groups.push(undefined);
      continue;
    }
    const own = new Array<FundingDecimalValue>(N).fill(ZERO);
    for (const b of buckets.values()) {
      for (let k = 0; k < N; k++) {
        const v = b.big[base + k]! + BigInt(b.small[base + k]!);
        if (v !== 0n) own[k] = own[k]!.plus(new FundingDecimal(`${v}e${-b.scale}`));
      }
    }
    const hasOwnG = hasOwn.slice(base, base + N);
    const parts = new Array<FundingDecimalValue>(N).fill(ZERO);
    const hasParts = new Array<boolean>(N).fill(false);
    const amount = new Array<FundingDecimalValue>(N).fill(ZERO);
    const present = new Array<boolean>(N).fill(false);
    let total = ZERO;
    // Children come after their parents in document order, so walk it backwards.
    for (let k = N - 1; k >= 0; k--) {
      present[k] = hasOwnG[k]! || hasParts[k]!;
      if (!present[k]) continue;
      // The parent/child rule: a node's own lines state its amount; without them, its children's sum is.
      amount[k] = hasOwnG[k] ? own[k]! : parts[k]!;
      const p = PARENT_INDEX[k]!;
      if (p === -1) total = total.plus(amount[k]!);
      else {
        parts[p] = parts[p]!.plus(amount[k]!);
        hasParts[p] = true;
      }
    }
    for (let k = 0; k < N; k++) {
      if (!present[k]) continue;
      presentAll[k] = true;
      amountAll[k] = amountAll[k]!.plus(amount[k]!);
      if (hasOwnG[k] && hasParts[k]) unallocated[k] = (unallocated[k] ?? ZERO).plus(own[k]!.minus(parts[k]!));
    }
    totalAll = totalAll.plus(total);
    groups.push({ own, hasOwn: hasOwnG, parts, hasParts, amount, present, total });
  }
  return { unit, lineCount, taxonomy, groups, componentsUsed, amount: amountAll, present: presentAll, unallocated, total: totalAll };
}
