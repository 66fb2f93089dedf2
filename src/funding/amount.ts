/**
 * Reading amounts at the public boundary: decimal strings, or finite numbers
 * read through their shortest string form (`String(0.1)` is '0.1'). Cheap
 * enough to run on every line of a million-line aggregation.
 */

/** A plain integer string that fits a double exactly (at most 15 digits). */
export const SMALL_INT = /^-?\d{1,15}$/;

/** A plain decimal with a fraction; exact through a double when it has at most 15 digits. */
export const SMALL_DECIMAL = /^-?\d+\.\d+$/;

/** Decimal notation: sign, integer digits, optional fraction, optional exponent. */
export const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Longest amount string accepted, and the largest exponent: keeps every sum exact (see decimal.ts). */
const NONZERO = /[1-9]/;

export const MAX_AMOUNT_LENGTH = 200;
export const MAX_EXPONENT = 200;

export const NOT_DECIMAL = 'must be a decimal string such as "67950" or "24473.5" (use "." as the decimal point, no grouping)';
export const NOT_FINITE = 'must be a finite number';
export const NEGATIVE = 'must not be negative (pass allowNegative: true for adjustments)';
export const OUT_OF_RANGE = `must have at most ${MAX_AMOUNT_LENGTH} characters and an exponent within ±${MAX_EXPONENT}`;

/**
 * Turns an amount into the decimal string to compute with, or returns the
 * message saying why it is not one.
 */
export function parseAmount(value: unknown, allowNegative: boolean): string | ParseFailure {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(NOT_FINITE);
    text = String(value);
  } else return fail(NOT_DECIMAL);
  if (text.length > MAX_AMOUNT_LENGTH) return fail(OUT_OF_RANGE);
  const m = AMOUNT.exec(text);
  if (m === null) return fail(NOT_DECIMAL);
  if (m[4] !== undefined && Math.abs(Number(m[4])) > MAX_EXPONENT) return fail(OUT_OF_RANGE);
  if (m[1] === '-' && !allowNegative && (NONZERO.test(m[2] ?? '') || NONZERO.test(m[3] ?? ''))) {
    return fail(NEGATIVE);
  }
  return text;
}

/** Why an amount was rejected. */
export interface ParseFailure {
  readonly error: string;
}

function fail(error: string): ParseFailure {
  return { error };
}
