/**
 * The library's one decimal type for exact arithmetic (funding sums and shares, averages, plan
 * figures). A private clone of decimal.js, so that no caller's `Decimal.set()` changes precision
 * or rounding under us.
 *
 * Rounding is named at each call: {@link roundHalfUp} (ties away from zero, how Vietnamese tables
 * print) or {@link roundHalfEven}. Additions, subtractions and multiplications of values within the
 * input bounds never round: see {@link DECIMAL_PRECISION}. Only a quotient that does not terminate
 * is cut at that precision (with the clone's half-up rule), before it is rounded by name.
 */
import Decimal from 'decimal.js';

/**
 * Significant digits kept. The widest exact value comes from funding amounts: at most
 * MAX_AMOUNT_LENGTH (200) characters with an exponent within ±MAX_EXPONENT (200, src/funding/amount.ts), so a sum or
 * difference spans at most 2 × (200 + 200) = 800 digits, plus 7 for a million lines and 12 for a
 * unit conversion: 819 < 1,000. Counts and fractions of the other layers are safe integers
 * (16 digits), their products 32.
 */
export const DECIMAL_PRECISION = 1000;

/** The decimal constructor: {@link DECIMAL_PRECISION} digits; never prints exponents. */
export const Dec = Decimal.clone({
  precision: DECIMAL_PRECISION,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of {@link Dec}. */
export type DecimalValue = InstanceType<typeof Dec>;

export const ZERO: DecimalValue = new Dec(0);

/** Rounds to `places` decimal places, halves away from zero (0.5 → 1, -0.5 → -1): the rule Vietnamese tables print with. */
export function roundHalfUp(value: DecimalValue, places: number): DecimalValue {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

/** Rounds to `places` decimal places, halves to the even digit (0.5 → 0, 1.5 → 2). */
export function roundHalfEven(value: DecimalValue, places: number): DecimalValue {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN);
}

/** Plain decimal string without exponent or trailing zeros; zero is '0' (never '-0'). */
export function toPlain(value: DecimalValue): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** `places` decimals written out (no rounding: round first, by name); zero is never '-0.0'. */
export function toFixedPlaces(value: DecimalValue, places: number): string {
  return value.isZero() ? ZERO.toFixed(places) : value.toFixed(places);
}
