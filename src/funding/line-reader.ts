// One funding line at a time into the accumulators of roll-up.ts: each field read once, each
// problem an issue at its path. The reader keeps the line being read in its fields, so reading a
// line allocates nothing.
import { issue, MAX_ISSUES, type IssueInit, type NtmIssueParam } from '../errors.js';
import { AMOUNT, MAX_AMOUNT_LENGTH, MAX_EXPONENT, NEGATIVE, NOT_DECIMAL, NOT_FINITE, OUT_OF_RANGE, REQUIRED, SMALL_DECIMAL, SMALL_INT, type ParseFailure } from './amount.js';
import { G, N, newBucket, type Bucket } from './roll-up.js';
import {
  componentIndex,
  FUNDING_COMPONENT_IDS,
  fundingTaxonomyOfYear,
  sourceIndex,
  type FundingTaxonomyId,
} from './taxonomy.js';
import { DEFAULT_FUNDING_UNIT, unitExponent, unitIssue, type FundingUnit } from './units.js';

// A double stays exact below 2^53 ≈ 9.007e15; each addend is below 1e15.
const FLUSH_AT = 8e15;
const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

const hasOwn = Object.prototype.hasOwnProperty;

const LINE_FIELDS: ReadonlySet<string> = new Set(['source', 'amount', 'unit', 'label', 'year', 'component']);
const NOT_A_LINE = { vi: 'cần một đối tượng { source, amount, unit?, label?, year?, component? }', en: 'must be an object { source, amount, unit?, label?, year?, component? }' };
export const UNREADABLE = { vi: 'không đọc được (getter hoặc Proxy báo lỗi)', en: 'could not be read (a getter or Proxy trap threw)' };

export type Report = (path: readonly (string | number)[], code: string, text: { vi: string; en: string }, params?: Readonly<Record<string, NtmIssueParam>>) => void;

/** Reads the lines one by one into the accumulators; the fields below `// Per line` hold the line being read. */
export class LineReader {
  readonly issues: IssueInit[] = [];
  readonly hasOwn: boolean[];
  /** Per line, its node and group: read again only when the version turns out to exclude some node used. */
  readonly lineSource: Uint8Array;
  readonly lineGroup: Uint8Array;
  /** The version the lines' years point to, and the first line with a year. */
  yearVersion: FundingTaxonomyId | undefined;
  private yearLine = -1;
  componentLine = -1;
  readonly buckets = new Map<number, Bucket>();
  unit: FundingUnit | undefined;
  private lastUnit: unknown = Symbol('none');
  /** Power of ten from the line's unit to the result unit. */
  private shift = 0;
  private lastScale = NaN;
  private bucket: Bucket = newBucket(0);
  // Per line: the fields as read once, and the amount as mantissa × 10^-scale in the result unit.
  private source: unknown;
  private amount: unknown;
  private lineUnit: unknown;
  private label: unknown;
  private year: unknown;
  private component: unknown;
  private extraKeys: string[] | undefined;
  private mantissa: number | bigint = 0;
  private scale = 0;
  readonly report: Report = (path, code, text, params) => {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue(path, code, text, params));
  };

  constructor(private readonly lines: readonly unknown[], n: number, private readonly targetUnit: FundingUnit | undefined, private readonly allowNegative: boolean, private readonly linesPath: readonly (string | number)[], private readonly taxonomyOption: FundingTaxonomyId | undefined) {
    this.hasOwn = new Array<boolean>(N * G).fill(false);
    this.lineSource = new Uint8Array(n);
    this.lineGroup = new Uint8Array(n);
    this.unit = targetUnit;
  }

  private problem(i: number, field: string | undefined, f: ParseFailure): void {
    this.report(field === undefined ? [...this.linesPath, i] : [...this.linesPath, i, field], f.code, f.text);
  }

  line(i: number): void {
    if (!this.readFields(i)) return;
    const idx = sourceIndex(this.source);
    let ok = true;
    if (idx === -1) {
      if (this.source === undefined) this.problem(i, 'source', REQUIRED);
      else this.report([...this.linesPath, i, 'source'], 'unknown-source', { vi: 'không phải mã nguồn vốn đã biết (xem bảng mã nguồn vốn trong docs/huong-dan.md)', en: 'is not a known funding source (see FUNDING_SOURCES)' });
      ok = false;
    }
    if (!this.readUnit(i)) return;
    if (!this.checkLabelAndYear(i)) ok = false;
    const group = this.groupOf(i);
    if (group === -1) ok = false;
    if (this.extraKeys !== undefined) {
      for (const key of this.extraKeys) {
        this.report([...this.linesPath, i, key], 'unknown-key', { vi: 'không phải trường của dòng nguồn vốn (source, amount, unit, label, year)', en: 'is not a field of a funding line (source, amount, unit, label, year)' }, { key });
        ok = false;
      }
    }
    if (!this.readAmount(i)) return;
    if (this.mantissa < 0 && !this.allowNegative) {
      this.problem(i, 'amount', NEGATIVE);
      return;
    }
    if (ok) this.add(i, idx, group);
  }

  /** Every read of the caller's data happens here, once; false (reported) when the line cannot be read. */
  private readFields(i: number): boolean {
    let field: string | undefined;
    let keys = 0;
    this.extraKeys = undefined;
    try {
      const line = this.lines[i];
      if (line === undefined && !hasOwn.call(this.lines, i)) {
        this.report([...this.linesPath, i], 'array-hole', { vi: 'mảng có chỗ trống (thiếu dòng)', en: 'a hole in the array (a missing line)' });
        return false;
      }
      if (typeof line !== 'object' || line === null || Array.isArray(line)) {
        this.report([...this.linesPath, i], 'expected-object', NOT_A_LINE);
        return false;
      }
      const l = line as { source?: unknown; amount?: unknown; unit?: unknown; label?: unknown; year?: unknown; component?: unknown };
      field = 'source';
      this.source = l.source;
      field = 'amount';
      this.amount = l.amount;
      field = 'unit';
      this.lineUnit = l.unit;
      field = 'label';
      this.label = l.label;
      field = 'year';
      this.year = l.year;
      field = 'component';
      this.component = l.component;
      field = undefined;
      // Unknown fields are errors, not dropped: a misspelt "unti" would otherwise leave the
      // line in the default unit, 1,000 times off. Counted with for-in (no array per line);
      // only when the count exceeds the known fields present are the keys listed.
      for (const _ in line) keys++;
      if (keys > (this.source !== undefined ? 1 : 0) + (this.amount !== undefined ? 1 : 0) + (this.lineUnit !== undefined ? 1 : 0) + (this.label !== undefined ? 1 : 0) + (this.year !== undefined ? 1 : 0) + (this.component !== undefined ? 1 : 0)) {
        this.extraKeys = Object.keys(line).filter((key) => !LINE_FIELDS.has(key));
      }
      return true;
    } catch {
      this.report(field === undefined ? [...this.linesPath, i] : [...this.linesPath, i, field], 'unreadable', UNREADABLE);
      return false;
    }
  }

  /** The line's unit and its shift to the result unit; false (reported) for an unknown unit or units mixed without `options.unit`. */
  private readUnit(i: number): boolean {
    if (this.lineUnit === this.lastUnit) return true;
    const e = unitExponent(this.lineUnit === undefined ? DEFAULT_FUNDING_UNIT : this.lineUnit);
    if (e === undefined) {
      if (this.issues.length < MAX_ISSUES) this.issues.push(unitIssue([...this.linesPath, i, 'unit']));
      return false;
    }
    const resolved = (this.lineUnit ?? DEFAULT_FUNDING_UNIT) as FundingUnit;
    if (this.unit === undefined) this.unit = resolved;
    else if (this.targetUnit === undefined && resolved !== this.unit) {
      this.report([...this.linesPath, i, 'unit'], 'mixed-units', {
        vi: `là '${resolved}' nhưng các dòng trước tính bằng '${this.unit}'; truyền options.unit để quy đổi các đơn vị khác nhau`,
        en: `is '${resolved}' but earlier lines are in '${this.unit}'; pass options.unit to convert mixed units`,
      }, { unit: resolved, earlier: this.unit });
      return false;
    }
    this.lastUnit = this.lineUnit;
    this.shift = e - (unitExponent(this.unit) ?? 0);
    return true;
  }

  /** The label is text; the year is an integer whose taxonomy version agrees with the option and the other lines. */
  private checkLabelAndYear(i: number): boolean {
    let ok = true;
    const year = this.year;
    if (this.label !== undefined && typeof this.label !== 'string') {
      this.report([...this.linesPath, i, 'label'], 'expected-string', { vi: 'phải là chuỗi', en: 'must be a string' });
      ok = false;
    }
    if (year === undefined) return ok;
    if (!Number.isInteger(year)) {
      this.report([...this.linesPath, i, 'year'], 'expected-integer', { vi: 'phải là số nguyên', en: 'must be an integer' });
      return false;
    }
    const v = fundingTaxonomyOfYear(year as number);
    if (v === undefined) {
      this.report([...this.linesPath, i, 'year'], 'no-taxonomy', { vi: `không có danh mục nguồn vốn cho năm ${String(year)} (chỉ đến năm 2035)`, en: `no funding taxonomy for ${String(year)} (only up to 2035)` }, { year: year as number });
      return false;
    }
    if (this.taxonomyOption !== undefined && v !== this.taxonomyOption) {
      this.report([...this.linesPath, i, 'year'], 'taxonomy-mismatch', {
        vi: `năm ${String(year)} thuộc danh mục nguồn vốn ${v}, nhưng options.taxonomy là ${this.taxonomyOption}`,
        en: `${String(year)} belongs to the ${v} taxonomy, but options.taxonomy is ${this.taxonomyOption}`,
      }, { year: year as number, taxonomy: v });
      return false;
    }
    if (this.yearVersion === undefined) {
      this.yearVersion = v;
      this.yearLine = i;
    } else if (v !== this.yearVersion) {
      this.report([...this.linesPath, i, 'year'], 'mixed-taxonomies', {
        vi: `năm ${String(year)} thuộc danh mục nguồn vốn ${v}, nhưng dòng ${this.yearLine} thuộc danh mục ${this.yearVersion}; tách các giai đoạn ra, hoặc nêu options.taxonomy`,
        en: `${String(year)} belongs to the ${v} taxonomy, but line ${this.yearLine} to ${this.yearVersion}; aggregate the periods apart, or pass options.taxonomy`,
      }, { year: year as number, taxonomy: v, other: this.yearVersion });
      return false;
    }
    return ok;
  }

  /** The line's group (0: no component; c + 1: component c); -1 (reported) for an unknown component. */
  private groupOf(i: number): number {
    if (this.component === undefined) return 0;
    const c = componentIndex(this.component);
    if (c === -1) {
      this.report([...this.linesPath, i, 'component'], 'unknown-component', { vi: `không phải hợp phần đã biết (${FUNDING_COMPONENT_IDS.join(', ')})`, en: `is not a known component (${FUNDING_COMPONENT_IDS.join(', ')})` }, { allowed: [...FUNDING_COMPONENT_IDS] });
      return -1;
    }
    if (this.componentLine === -1) this.componentLine = i;
    return c + 1;
  }

  /** The amount as `mantissa × 10^-scale` in the result unit; false (reported) when it is not a decimal in range. */
  private readAmount(i: number): boolean {
    const amount = this.amount;
    this.scale = -this.shift;
    if (typeof amount === 'number' && Number.isInteger(amount) && amount <= 1e15 && amount >= -1e15) {
      this.mantissa = amount;
      return true;
    }
    let text: string;
    if (typeof amount === 'string') text = amount;
    else if (typeof amount === 'number') {
      if (!Number.isFinite(amount)) {
        this.problem(i, 'amount', NOT_FINITE);
        return false;
      }
      text = String(amount); // shortest round-trip form: 0.1 → '0.1', 1e21 → '1e+21'
    } else {
      this.problem(i, 'amount', amount === undefined ? REQUIRED : NOT_DECIMAL);
      return false;
    }
    if (SMALL_INT.test(text)) {
      this.mantissa = Number(text);
      return true;
    }
    if (text.length <= 17 && SMALL_DECIMAL.test(text) && text.length - (text.charCodeAt(0) === 45 ? 2 : 1) <= 15) {
      // At most 15 digits: the nearest double times 10^places is within 0.25 of the
      // integer mantissa (< 10^15), so rounding recovers it exactly, without allocating.
      const places = text.length - text.indexOf('.') - 1;
      this.mantissa = Math.round(Number(text) * POW10[places]!);
      this.scale = places - this.shift;
      return true;
    }
    return this.readLongAmount(i, text);
  }

  /** An amount of more than 15 digits or with an exponent, read digit by digit. */
  private readLongAmount(i: number, text: string): boolean {
    if (text.length > MAX_AMOUNT_LENGTH) {
      this.problem(i, 'amount', OUT_OF_RANGE);
      return false;
    }
    const m = AMOUNT.exec(text);
    if (m === null) {
      this.problem(i, 'amount', NOT_DECIMAL);
      return false;
    }
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    if (exp > MAX_EXPONENT || exp < -MAX_EXPONENT) {
      this.problem(i, 'amount', OUT_OF_RANGE);
      return false;
    }
    const frac = m[3] ?? '';
    const digits = (m[2] ?? '') + frac;
    this.scale = frac.length - exp - this.shift;
    if (digits.length <= 15) this.mantissa = m[1] === '-' ? -Number(digits) : Number(digits);
    else this.mantissa = m[1] === '-' ? -BigInt(digits) : BigInt(digits);
    return true;
  }

  /** Adds the amount read to its node's accumulator of its scale. */
  private add(i: number, idx: number, group: number): void {
    if (this.scale !== this.lastScale) {
      let b = this.buckets.get(this.scale);
      if (b === undefined) {
        b = newBucket(this.scale);
        this.buckets.set(this.scale, b);
      }
      this.bucket = b;
      this.lastScale = this.scale;
    }
    this.lineSource[i] = idx;
    this.lineGroup[i] = group;
    const at = group * N + idx;
    this.hasOwn[at] = true;
    const bucket = this.bucket;
    const mantissa = this.mantissa;
    if (typeof mantissa === 'number') {
      const s = bucket.small[at]! + mantissa;
      if (s > FLUSH_AT || s < -FLUSH_AT) {
        bucket.big[at] = bucket.big[at]! + BigInt(s);
        bucket.small[at] = 0;
      } else bucket.small[at] = s;
    } else bucket.big[at] = bucket.big[at]! + mantissa;
  }
}

