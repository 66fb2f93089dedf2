/** Money units of NTM documents: đồng, nghìn đồng, triệu đồng (the default), tỷ đồng. */
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { Dec, toPlain } from '../_lib/decimal.js';
import { parseAmount } from './amount.js';

/**
 * A money unit: 'million-vnd' (triệu đồng) is what plans print and the default.
 *
 * @example
 * ```ts
 * import type { FundingUnit } from 'ntm-rules';
 * const unit: FundingUnit = 'billion-vnd'; // tỷ đồng
 * ```
 */
export type FundingUnit = 'vnd' | 'thousand-vnd' | 'million-vnd' | 'billion-vnd';

/**
 * The units, smallest first.
 *
 * @example
 * ```ts
 * import { FUNDING_UNITS } from 'ntm-rules';
 * FUNDING_UNITS; // ['vnd', 'thousand-vnd', 'million-vnd', 'billion-vnd']
 * ```
 */
export const FUNDING_UNITS: readonly FundingUnit[] = Object.freeze(['vnd', 'thousand-vnd', 'million-vnd', 'billion-vnd']);

/** The unit used when neither a line nor an option names one. */
export const DEFAULT_FUNDING_UNIT: FundingUnit = 'million-vnd';

/** Power of ten of one unit in đồng. A Map so that '__proto__' never resolves. */
const EXPONENT = new Map<unknown, number>([
  ['vnd', 0],
  ['thousand-vnd', 3],
  ['million-vnd', 6],
  ['billion-vnd', 9],
]);

/** Power of ten of `unit` in đồng, or undefined when `unit` is not a unit. */
export function unitExponent(unit: unknown): number | undefined {
  return EXPONENT.get(unit);
}

/**
 * Tells whether a value is a {@link FundingUnit}.
 *
 * @example
 * ```ts
 * import { isFundingUnit } from 'ntm-rules';
 * isFundingUnit('billion-vnd'); // true
 * isFundingUnit('tỷ đồng'); // false
 * ```
 */
export function isFundingUnit(value: unknown): value is FundingUnit {
  return EXPONENT.has(value);
}

/** The issue for a value that is not a unit. */
export function unitIssue(path: readonly (string | number)[]): IssueInit {
  const units = FUNDING_UNITS.map((u) => `'${u}'`).join(', ');
  return issue(path, 'unknown-unit', { vi: `đơn vị phải là một trong ${units}`, en: `must be one of ${units}` }, { allowed: [...FUNDING_UNITS] });
}

/**
 * Converts an amount between units, exactly in both directions (a shift of the
 * decimal point: no rounding ever happens). Negative amounts are allowed.
 *
 * @param amount - a decimal string such as `'24473.5'`, or a finite number (read through its shortest string form).
 * @returns the converted amount as a plain decimal string.
 * @throws NtmError `invalid-input` naming `amount`, `from` or `to`.
 *
 * @example
 * ```ts
 * import { convertAmount } from 'ntm-rules';
 * convertAmount('4916475', 'million-vnd', 'billion-vnd'); // '4916.475'
 * convertAmount('4916.475', 'billion-vnd', 'vnd'); // '4916475000000'
 * ```
 */
export function convertAmount(amount: string | number, from: FundingUnit, to: FundingUnit): string {
  const eFrom = unitExponent(from);
  const eTo = unitExponent(to);
  const parsed = parseAmount(amount, true);
  const issues: IssueInit[] = [];
  if (typeof parsed !== 'string') issues.push(issue(['amount'], parsed.code, parsed.text));
  if (eFrom === undefined) issues.push(unitIssue(['from']));
  if (eTo === undefined) issues.push(unitIssue(['to']));
  if (typeof parsed !== 'string' || eFrom === undefined || eTo === undefined) {
    throw invalidInput('amount conversion', issues);
  }
  return toPlain(new Dec(parsed).times(new Dec(`1e${eFrom - eTo}`)));
}
