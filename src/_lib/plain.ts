// One way to read untrusted input at a public entry point: a plain-data copy, made once.
//
// Callers of the library can pass anything: getters and Proxy traps that throw or answer
// differently on each read, arrays with holes or a `length` of 2^32 − 1, objects with a
// million keys, cycles. Validating such a value in place would read it many times (each read
// may differ), throw whatever the trap throws, and walk as far as the value claims to go.
// Instead each entry point copies its input here, once: sizes are checked before anything is
// walked, every read is guarded, and what comes out is plain data (arrays, objects with
// Object.prototype, primitives, Dates) that the rest of the library can read freely.
import { invalidInput, issue, MAX_ISSUES, type IssueInit } from '../errors.js';
import { nfc } from './text.js';

/** How much of an input is walked. Checked before walking: a too-long array is refused without reading its items. */
export interface PlainLimits {
  /** Nesting of objects and arrays below the root. */
  readonly maxDepth: number;
  /** Items of one array. */
  readonly maxArrayLength: number;
  /** Own keys of one object. */
  readonly maxKeys: number;
  /** Values in the whole input (array items and object properties, counted together). */
  readonly maxValues: number;
}

/** What reading an input gave: the copy, or the issues that stopped it (paths from the input's root, under `prefix`). */
export type PlainResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: IssueInit[] };

/** Marks a value left out of the copy by `prune`: the key is kept, its value is not read. */
export const PRUNED: unique symbol = Symbol('pruned');

/** Options of {@link readPlain}. */
export interface PlainOptions {
  /** Path of the root, prefixed to every issue's path (e.g. `['options']`). */
  readonly prefix?: readonly (string | number)[];
  /**
   * Keys whose values are not copied (replaced by {@link PRUNED}): parts of an input the caller
   * never reads, such as the indicator results inside an evaluation result being summarised.
   */
  readonly prune?: ReadonlySet<string>;
  /**
   * A count of values shared by several calls (the records of one list, copied one at a time):
   * `limits.maxValues` then bounds their total.
   */
  readonly counter?: { values: number };
  /** NFC-normalise every string of the copy, keys included (rule data: names, codes, ids). */
  readonly normalize?: boolean;
}

class Stop extends Error {}

const hasOwn = Object.prototype.hasOwnProperty;
const dateTime = Date.prototype.getTime;

/** The kind of a non-plain object, for the message ('a Map', 'an object of class Foo'). */
function describe(v: object): string {
  try {
    const name = Object.getPrototypeOf(v)?.constructor?.name;
    if (typeof name === 'string' && /^[A-Za-z_$][\w$]{0,40}$/.test(name)) return `an object of class ${name}`;
  } catch {
    // a Proxy whose getPrototypeOf trap throws
  }
  return 'an object that is not plain data';
}

/**
 * Copies `value` into plain data, or lists why it cannot be read: a getter or Proxy trap
 * that throws (issue `unreadable` at its path), a hole in an array (`array-hole`), an array,
 * object or whole input over `limits` (`too-large`, `too-deep`; reported at once, nothing
 * further is read), or an object that is not plain data (`not-plain-data`: a Map, a class
 * instance; Dates are copied). At most {@link MAX_ISSUES} issues are collected.
 *
 * Only own enumerable string keys of objects are read, each once; array items are read by
 * index, once; an array's other properties are ignored. The copy's objects have
 * Object.prototype, and a `__proto__` key from JSON.parse stays an own key.
 */
export function readPlain(value: unknown, limits: PlainLimits, options: PlainOptions = {}): PlainResult {
  const copier = new PlainCopy(limits, options);
  let out: unknown;
  try {
    out = copier.copy(value, 0);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return copier.issues.length > 0 ? { ok: false, issues: copier.issues } : { ok: true, value: out };
}

/** One copy in progress: where it is in the input, what went wrong so far, and what it may walk. */
class PlainCopy {
  readonly issues: IssueInit[] = [];
  private readonly path: (string | number)[];
  private readonly prune: ReadonlySet<string> | undefined;
  private readonly counter: { values: number };
  private readonly normalize: boolean;

  constructor(private readonly limits: PlainLimits, options: PlainOptions) {
    this.path = [...(options.prefix ?? [])];
    this.prune = options.prune;
    this.counter = options.counter ?? { values: 0 };
    this.normalize = options.normalize === true;
  }

  /** Records an issue; a fatal one, or the last one collected, stops the copy. */
  private add(i: IssueInit, fatal: boolean): void {
    this.issues.push(i);
    if (fatal || this.issues.length >= MAX_ISSUES) throw new Stop();
  }

  private unreadable(what: string): void {
    this.add(issue([...this.path], 'unreadable', { vi: `không đọc được ${what} (getter hoặc Proxy báo lỗi)`, en: `the ${what} could not be read (a getter or Proxy trap threw)` }), false);
  }

  private tooLarge(count: number, max: number, vi: string, en: string): void {
    this.add(issue([...this.path], 'too-large', { vi: `quá lớn: ${count} ${vi} (tối đa ${max})`, en: `too large: ${count} ${en} (at most ${max})` }, { count, max }), true);
  }

  /** Counts values against the whole input's limit (shared by the calls of one `counter`). */
  private countValues(n: number): void {
    this.counter.values += n;
    if (this.counter.values > this.limits.maxValues) this.tooLarge(this.counter.values, this.limits.maxValues, 'giá trị trong toàn bộ dữ liệu', 'values in the whole input');
  }

  /** Any value: primitives as they are (strings normalised when asked), arrays and plain objects copied, others refused. */
  copy(v: unknown, depth: number): unknown {
    if (typeof v !== 'object' || v === null) return this.normalize && typeof v === 'string' ? nfc(v) : v;
    if (depth > this.limits.maxDepth) {
      this.add(issue([...this.path], 'too-deep', { vi: `lồng nhau quá sâu (quá ${this.limits.maxDepth} cấp)`, en: `nested too deeply (more than ${this.limits.maxDepth} levels)` }, { max: this.limits.maxDepth }), true);
    }
    let isArray: boolean;
    try {
      isArray = Array.isArray(v); // throws for a revoked Proxy
    } catch {
      this.unreadable('value');
      return undefined;
    }
    if (isArray) return this.copyArray(v as readonly unknown[], depth);
    let proto: unknown;
    try {
      proto = Object.getPrototypeOf(v);
    } catch {
      this.unreadable('value');
      return undefined;
    }
    // Plain: no prototype, or a realm's Object.prototype (objects from another realm are plain too).
    if (proto !== Object.prototype && proto !== null && Object.getPrototypeOf(proto) !== null) return this.copyNotPlain(v);
    return this.copyObject(v as Record<string, unknown>, depth);
  }

  /** An object with a prototype of its own: a Date is copied, anything else is `not-plain-data`. */
  private copyNotPlain(v: object): unknown {
    if (v instanceof Date) {
      try {
        return new Date(dateTime.call(v));
      } catch {
        this.unreadable('date');
        return undefined;
      }
    }
    this.add(issue([...this.path], 'not-plain-data', { vi: `cần dữ liệu thuần (đối tượng, mảng, chuỗi, số, true/false, null), đang là ${describe(v)}`, en: `expected plain data (an object, array, string, number, boolean or null), got ${describe(v)}` }), false);
    return undefined;
  }

  private copyArray(a: readonly unknown[], depth: number): unknown[] {
    const { path } = this;
    let length: unknown;
    try {
      length = a.length;
    } catch {
      this.unreadable('array length');
      return [];
    }
    // A Proxy may claim any length: anything but a small whole number is refused before a single item is read.
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      this.add(issue([...path], 'unreadable', { vi: 'độ dài mảng không hợp lệ', en: 'the array has an invalid length' }), true);
      return [];
    }
    if (length > this.limits.maxArrayLength) this.tooLarge(length, this.limits.maxArrayLength, 'phần tử', 'items');
    this.countValues(length);
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      path.push(i);
      let item: unknown;
      try {
        item = a[i];
        if (item === undefined && !hasOwn.call(a, i)) {
          this.add(issue([...path], 'array-hole', { vi: 'mảng có chỗ trống (phần tử bị thiếu)', en: 'a hole in the array (a missing item)' }), false);
        }
      } catch (e) {
        if (e instanceof Stop) throw e;
        this.unreadable('item');
      }
      out[i] = this.copy(item, depth + 1);
      path.pop();
    }
    return out;
  }

  private copyObject(o: Record<string, unknown>, depth: number): Record<string, unknown> {
    const { path, prune, normalize } = this;
    let keys: string[];
    try {
      keys = Object.keys(o);
    } catch {
      this.unreadable('object');
      return {};
    }
    if (keys.length > this.limits.maxKeys) this.tooLarge(keys.length, this.limits.maxKeys, 'khóa', 'keys');
    this.countValues(keys.length);
    const out: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      let v: unknown = PRUNED;
      if (prune === undefined || !prune.has(key)) {
        try {
          v = o[key];
        } catch {
          path.push(key);
          this.unreadable('value');
          path.pop();
          v = undefined;
        }
        if (typeof v === 'object' && v !== null) {
          path.push(key);
          v = this.copy(v, depth + 1);
          path.pop();
        } else if (normalize && typeof v === 'string') v = nfc(v);
      }
      const name = normalize ? nfc(key) : key;
      // JSON.parse makes "__proto__" an own key; plain assignment would set the prototype instead.
      if (name === '__proto__') Object.defineProperty(out, name, { value: v, enumerable: true, writable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
}

/**
 * Reads the top level of an object once, like {@link readOptions} (src/_lib/options.ts) but for
 * an input's fields: every own key must be in `allowed` (an unknown key is an `unknown-key`
 * issue at its path, never ignored), and each value is read once, a throwing getter becoming an
 * `unreadable` issue. Values are not copied: the caller reads each one with the reader it needs.
 * Returns the values, or the issues.
 */
export function readFields(value: object, allowed: readonly string[], prefix: readonly (string | number)[] = []): { ok: true; fields: Readonly<Record<string, unknown>> } | { ok: false; issues: IssueInit[] } {
  const issues: IssueInit[] = [];
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return { ok: false, issues: [issue([...prefix], 'unreadable', { vi: 'không đọc được đối tượng (getter hoặc Proxy báo lỗi)', en: 'the object could not be read (a getter or Proxy trap threw)' })] };
  }
  const fields: Record<string, unknown> = {};
  for (const key of keys) {
    if (!allowed.includes(key)) {
      issues.push(issue([...prefix, key], 'unknown-key', { vi: `trường không có: "${key}" (có: ${allowed.join(', ')})`, en: `unknown field "${key}" (expected ${allowed.join(', ')})` }, { key, allowed: [...allowed] }));
    } else {
      try {
        fields[key] = (value as Record<string, unknown>)[key];
      } catch {
        issues.push(issue([...prefix, key], 'unreadable', { vi: 'không đọc được giá trị (getter hoặc Proxy báo lỗi)', en: 'the value could not be read (a getter or Proxy trap threw)' }));
      }
    }
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, fields };
}

/**
 * {@link readPlain}, throwing an `invalid-input` NtmError (`Invalid <what>`) with the issues
 * when the value cannot be read. Returns the copy.
 */
export function plainInput(value: unknown, what: string, limits: PlainLimits, options: PlainOptions = {}): unknown {
  const r = readPlain(value, limits, options);
  if (!r.ok) throw invalidInput(what, r.issues);
  return r.value;
}

/**
 * The items of an array, read once by index (holes, a length that is not a whole number or is
 * above `maxLength`, and throwing traps are issues, the length checked before any item is read),
 * not copied: for a long list whose items the caller copies one at a time with {@link readPlain}
 * (a copy that dies young costs the garbage collector far less than a copy of the whole list).
 */
export function readItems(value: unknown, maxLength: number, prefix: readonly (string | number)[]): { ok: true; items: unknown[] } | { ok: false; issues: IssueInit[] } {
  const unreadable = (path: readonly (string | number)[], what: { vi: string; en: string }) => ({ ok: false as const, issues: [issue(path, 'unreadable', what)] });
  let length: unknown;
  try {
    if (!Array.isArray(value)) return { ok: false, issues: [issue([...prefix], 'expected-array', { vi: 'cần một mảng', en: 'expected an array' })] };
    length = value.length;
  } catch {
    return unreadable([...prefix], { vi: 'không đọc được mảng (getter hoặc Proxy báo lỗi)', en: 'the array could not be read (a getter or Proxy trap threw)' });
  }
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return unreadable([...prefix], { vi: 'độ dài mảng không hợp lệ', en: 'the array has an invalid length' });
  if (length > maxLength) {
    return { ok: false, issues: [issue([...prefix], 'too-large', { vi: `quá lớn: ${length} phần tử (tối đa ${maxLength})`, en: `too large: ${length} items (at most ${maxLength})` }, { count: length, max: maxLength })] };
  }
  const items = new Array<unknown>(length);
  const issues: IssueInit[] = [];
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i++) {
    try {
      const item = (value as readonly unknown[])[i];
      if (item === undefined && !hasOwn.call(value, i)) issues.push(issue([...prefix, i], 'array-hole', { vi: 'mảng có chỗ trống (phần tử bị thiếu)', en: 'a hole in the array (a missing item)' }));
      items[i] = item;
    } catch {
      issues.push(issue([...prefix, i], 'unreadable', { vi: 'không đọc được phần tử (getter hoặc Proxy báo lỗi)', en: 'the item could not be read (a getter or Proxy trap threw)' }));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, items };
}
