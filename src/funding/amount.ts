import type { LocalizedText } from '../_lib/text.js';

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

const NONZERO = /[1-9]/;

/** Longest amount string accepted, and the largest exponent: keeps every sum exact (see decimal.ts). */
export const MAX_AMOUNT_LENGTH = 200;
export const MAX_EXPONENT = 200;

/** Why an amount was rejected: a coded, bilingual reason (see `issue` in errors.ts). */
export interface ParseFailure {
  readonly code: string;
  readonly text: LocalizedText;
}

export const NOT_DECIMAL: ParseFailure = Object.freeze({
  code: 'expected-decimal',
  text: { vi: 'cần một số thập phân dạng chuỗi như "67950" hoặc "24473.5" (dấu "." ngăn phần thập phân, không dùng dấu phân cách hàng nghìn)', en: 'must be a decimal string such as "67950" or "24473.5" (use "." as the decimal point, no grouping)' },
});
export const NOT_FINITE: ParseFailure = Object.freeze({ code: 'expected-finite-number', text: { vi: 'cần một số hữu hạn', en: 'must be a finite number' } });
export const NEGATIVE: ParseFailure = Object.freeze({
  code: 'negative-amount',
  text: { vi: 'không được âm (khoản điều chỉnh giảm: xem cách cho phép số âm trong docs/huong-dan.md)', en: 'must not be negative (pass allowNegative: true for adjustments)' },
});
export const OUT_OF_RANGE: ParseFailure = Object.freeze({
  code: 'amount-out-of-range',
  text: { vi: `tối đa ${MAX_AMOUNT_LENGTH} ký tự và số mũ trong khoảng ±${MAX_EXPONENT}`, en: `must have at most ${MAX_AMOUNT_LENGTH} characters and an exponent within ±${MAX_EXPONENT}` },
});
export const REQUIRED: ParseFailure = Object.freeze({ code: 'required', text: { vi: 'bắt buộc phải có', en: 'is required' } });

/**
 * Turns an amount into the decimal string to compute with, or returns why it is not one.
 */
export function parseAmount(value: unknown, allowNegative: boolean): string | ParseFailure {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return NOT_FINITE;
    text = String(value);
  } else return NOT_DECIMAL;
  if (text.length > MAX_AMOUNT_LENGTH) return OUT_OF_RANGE;
  const m = AMOUNT.exec(text);
  if (m === null) return NOT_DECIMAL;
  if (m[4] !== undefined && Math.abs(Number(m[4])) > MAX_EXPONENT) return OUT_OF_RANGE;
  if (m[1] === '-' && !allowNegative && (NONZERO.test(m[2] ?? '') || NONZERO.test(m[3] ?? ''))) {
    return NEGATIVE;
  }
  return text;
}
