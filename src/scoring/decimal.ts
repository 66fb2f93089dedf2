import { Dec, roundHalfUp as roundDecimalHalfUp, toPlain } from '../_lib/decimal.js';
import { INPUT_LIMITS } from '../_lib/limits.js';
import { plainInput } from '../_lib/plain.js';
import { invalidInput, issue } from '../errors.js';


/**
 * An exact ratio of two whole numbers (not reduced unless said).
 *
 * @example
 * ```ts
 * import { roundHalfUp, type Fraction } from 'ntm-rules';
 * const f: Fraction = { numerator: 5, denominator: 4 };
 * roundHalfUp(f, 1); // '1.3'
 * ```
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * An average (or a difference of averages) as an exact fraction, a decimal string, and the figure reports print.
 *
 * @example
 * ```ts
 * import { summarizeCommunes, type AverageFigure } from 'ntm-rules';
 * const avg: AverageFigure | null = summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 12 }]).average;
 * avg?.rounded; // '15.5'
 * ```
 */
export interface AverageFigure {
  /** The exact value: for an average, total criteria met over the number of communes (not reduced). */
  readonly fraction: Fraction;
  /** Whether `decimal` is the exact value (the quotient terminates). */
  readonly exact: boolean;
  /** The exact decimal when it terminates; otherwise rounded half-up to `places` decimals. */
  readonly decimal: string;
  /** Decimals of `decimal` when it is not exact; `null` when it is exact. */
  readonly places: number | null;
  /** The figure as reports print it: {@link roundHalfUp} of the exact fraction to `roundedDecimals` places. */
  readonly rounded: string;
  readonly roundedDecimals: number;
  /** The rounding rule of `rounded` and of an inexact `decimal`. */
  readonly roundingRule: 'half-up';
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

function terminates(f: Fraction): boolean {
  let d = f.denominator / gcd(f.numerator, f.denominator);
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  return d === 1;
}


/** Rounds an exact fraction to `places` decimals, half-up (ties away from zero), using integer arithmetic only. */
function roundFraction(f: Fraction, places: number): string {
  const n = new Dec(f.numerator);
  const d = new Dec(f.denominator);
  const sign = n.isNegative() !== d.isNegative() && !n.isZero() ? -1 : 1;
  const scaled = n.abs().times(new Dec(10).pow(places));
  const q = scaled.times(2).plus(d.abs()).divToInt(d.abs().times(2)); // floor(x + 1/2) for x ≥ 0
  if (q.isZero()) return new Dec(0).toFixed(places);
  return q.div(new Dec(10).pow(places)).times(sign).toFixed(places);
}

function checkPlaces(places: unknown, path: readonly (string | number)[]): number {
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > 40) {
    throw invalidInput('options', [issue(path, 'out-of-range', { vi: 'cần số chữ số thập phân là số nguyên từ 0 đến 40', en: 'expected a whole number of decimals from 0 to 40' }, { min: 0, max: 40 })]);
  }
  return places;
}

/**
 * Rounds a decimal string or an exact fraction to `decimals` places, **half-up**
 * (a tie goes away from zero: 13.55 → 13.6, -1.25 → -1.3), the rule the
 * library uses for the one-decimal figures reports print ("13,6 tiêu chí/xã").
 * A fraction is rounded from its exact value, never from a truncated decimal.
 *
 * @throws {NtmError} `invalid-input` for a value that is not a decimal string or a fraction with a non-zero denominator.
 *
 * @example
 * ```ts
 * import { roundHalfUp } from 'ntm-rules';
 * roundHalfUp({ numerator: 1278, denominator: 94 }); // '13.6'
 * roundHalfUp('15.45'); // '15.5'
 * roundHalfUp('2.675', 2); // '2.68'
 * ```
 */
export function roundHalfUp(value: string | Fraction, decimals = 1): string {
  const places = checkPlaces(decimals, ['decimals']);
  value = plainInput(value, 'value', INPUT_LIMITS.small, { prefix: ['value'] }) as string | Fraction; // a plain copy, read once
  if (typeof value === 'string') {
    if (!/^-?\d+(\.\d+)?$/.test(value.trim())) throw invalidInput('value', [issue(['value'], 'expected-decimal', { vi: 'cần chuỗi số thập phân dùng dấu chấm, ví dụ "13.6"', en: 'expected a decimal string such as "13.6"' })]);
    const out = roundDecimalHalfUp(new Dec(value.trim()), places);
    return out.isZero() ? new Dec(0).toFixed(places) : out.toFixed(places);
  }
  checkFraction(value, ['value']);
  return roundFraction(value, places);
}

function checkFraction(f: unknown, path: (string | number)[]): asserts f is Fraction {
  const o = f as { numerator?: unknown; denominator?: unknown } | null;
  const okInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v);
  if (typeof f !== 'object' || f === null || !okInt(o!.numerator) || !okInt(o!.denominator) || o!.denominator === 0) {
    throw invalidInput('fraction', [issue(path, 'expected-fraction', { vi: 'cần phân số { numerator, denominator } là các số nguyên, mẫu số khác 0', en: 'expected { numerator, denominator } whole numbers, denominator not 0' })]);
  }
}

/** Builds the figure of an exact fraction: exact decimal when it terminates, else `places` decimals half-up; plus the printed rounding. */
export function averageFigure(f: Fraction, places: number, roundedDecimals: number): AverageFigure {
  const exact = terminates(f);
  const q = new Dec(f.numerator).div(f.denominator);
  return {
    fraction: { numerator: f.numerator, denominator: f.denominator },
    exact,
    decimal: exact ? toPlain(q) : toPlain(roundDecimalHalfUp(q, places)),
    places: exact ? null : places,
    rounded: roundFraction(f, roundedDecimals),
    roundedDecimals,
    roundingRule: 'half-up',
  };
}

/** a/b − c/d as an exact (unreduced) fraction b·d in the denominator. */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/** Difference of two decimal strings, exact. */
export function subtractDecimals(a: string, b: string): string {
  return toPlain(new Dec(a).minus(b));
}

/** Whether a string is a non-negative decimal such as "15.5". */
export function isDecimalString(v: unknown): v is string {
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v);
}

/** The smallest whole k ≥ 0 with (sum + k) / count ≥ target (exact), or with its half-up rounding to `decimals` ≥ target when `printed`. */
export function criteriaToReach(sum: number, count: number, target: string, decimals: number, printed: boolean): number {
  const t = new Dec(target);
  // Exact: k ≥ target·count − sum. Printed: the rounded figure reaches target once the exact value reaches target − half a unit.
  const bound = printed ? t.minus(new Dec(5).times(new Dec(10).pow(-(decimals + 1)))) : t;
  const need = bound.times(count).minus(sum).ceil();
  return need.isNegative() ? 0 : need.toNumber();
}

export { checkPlaces };
