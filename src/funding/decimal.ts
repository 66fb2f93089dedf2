/**
 * The funding layer's private decimal type. A clone, so that no caller's
 * `Decimal.set()` can change precision or rounding under us.
 */
import Decimal from 'decimal.js';

/**
 * Significant digits kept by division (shares) and the bound on any result.
 * Amounts are limited (see amount.ts) so that sums of up to 10^15 lines need far
 * fewer digits: additions and unit shifts are therefore always exact.
 */
export const FUNDING_PRECISION = 1000;

/** Decimal constructor with explicit precision and half-up rounding; never prints exponents. */
export const FundingDecimal = Decimal.clone({
  precision: FUNDING_PRECISION,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of {@link FundingDecimal}. */
export type FundingDecimalValue = InstanceType<typeof FundingDecimal>;

export const ZERO: FundingDecimalValue = new FundingDecimal(0);

/**
 * Rounds to `places` decimal places, halves away from zero (0.5 → 1, -0.5 → -1),
 * the rule Vietnamese financial tables print with.
 */
export function roundHalfUp(value: FundingDecimalValue, places: number): FundingDecimalValue {
  return value.toDecimalPlaces(places, FundingDecimal.ROUND_HALF_UP);
}

/** Plain decimal string without exponent or trailing zeros; zero is '0' (never '-0'). */
export function toPlain(value: FundingDecimalValue): string {
  return value.isZero() ? '0' : value.toFixed();
}
