/** Printing amounts as Vietnamese and English documents do. */
import { formatNumber } from '../_lib/numbers.js';
import { readOptions } from '../_lib/options.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { parseAmount } from './amount.js';
import { Dec, roundHalfUp, toFixedPlaces, toPlain } from '../_lib/decimal.js';
import { unitExponent, unitIssue, type FundingUnit } from './units.js';

/**
 * Options of {@link formatAmount}.
 *
 * @example
 * ```ts
 * import { formatAmount, type FormatAmountOptions } from 'ntm-rules';
 * const options: FormatAmountOptions = { lang: 'en', unit: 'billion-vnd' };
 * formatAmount('4916.475', options); // '4,916.475 billion VND'
 * ```
 */
export interface FormatAmountOptions {
  /** 'vi': 4.916.475,5 — 'en': 4,916,475.5. Default 'vi'. */
  readonly lang?: 'vi' | 'en';
  /** @deprecated The former name of `lang`, read for one more release; give one of the two. */
  readonly locale?: 'vi' | 'en';
  /** Appends the unit's name ('triệu đồng' / 'million VND'). The amount is not converted. */
  readonly unit?: FundingUnit;
  /** Rounds half-up (halves away from zero) to this many decimal places, padding with zeros. Default: as given. */
  readonly decimals?: number;
}

/** The display name of each unit (formatAmount; published in data/funding-taxonomy.json). */
export const UNIT_NAMES: Readonly<Record<FundingUnit, { readonly vi: string; readonly en: string }>> = {
  vnd: { vi: 'đồng', en: 'VND' },
  'thousand-vnd': { vi: 'nghìn đồng', en: 'thousand VND' },
  'million-vnd': { vi: 'triệu đồng', en: 'million VND' },
  'billion-vnd': { vi: 'tỷ đồng', en: 'billion VND' },
};

/**
 * Formats an amount with the grouping and decimal marks of the language (the one number
 * formatter of the library, `formatNumber`): Vietnamese groups thousands with '.' and writes
 * decimals after ','; English uses ',' and '.'; the minus sign is '-' in both. Exact: digits
 * are never lost to floating point.
 *
 * @throws NtmError `invalid-input` naming `amount`, `options.lang` (or `options.locale`), `options.unit` or `options.decimals`.
 *
 * @example
 * ```ts
 * import { formatAmount } from 'ntm-rules';
 * formatAmount('4916475', { lang: 'vi' }); // '4.916.475'
 * formatAmount('4916475', { lang: 'en' }); // '4,916,475'
 * formatAmount('24473.5', { lang: 'vi', unit: 'million-vnd' }); // '24.473,5 triệu đồng'
 * ```
 */
export function formatAmount(amount: string | number, options: FormatAmountOptions = {}): string {
  const issues: IssueInit[] = [];
  const parsed = parseAmount(amount, true);
  if (typeof parsed !== 'string') issues.push(issue(['amount'], parsed.code, parsed.text));
  const o = readOptions(options === undefined ? {} : options, ['lang', 'locale', 'unit', 'decimals']) as { lang?: unknown; locale?: unknown; unit?: unknown; decimals?: unknown };
  const langKey = o.lang !== undefined || o.locale === undefined ? 'lang' : 'locale';
  const lang = o.lang ?? o.locale ?? 'vi';
  if (o.lang !== undefined && o.locale !== undefined && o.lang !== o.locale) {
    issues.push(issue(['options', 'locale'], 'conflicting-options', { vi: "'locale' là tên cũ của 'lang'; chỉ ghi 'lang'", en: "'locale' is the former name of 'lang'; give 'lang' only" }));
  } else if (lang !== 'vi' && lang !== 'en') issues.push(issue(['options', langKey], 'expected-lang', { vi: "phải là 'vi' hoặc 'en'", en: "must be 'vi' or 'en'" }));
  if (o.unit !== undefined && unitExponent(o.unit) === undefined) issues.push(unitIssue(['options', 'unit']));
  if (o.decimals !== undefined && (!Number.isInteger(o.decimals) || (o.decimals as number) < 0 || (o.decimals as number) > 20)) {
    issues.push(issue(['options', 'decimals'], 'out-of-range', { vi: 'phải là số nguyên từ 0 đến 20', en: 'must be an integer from 0 to 20' }, { min: 0, max: 20 }));
  }
  if (issues.length > 0 || typeof parsed !== 'string') throw invalidInput('amount to format', issues);

  const value = new Dec(parsed);
  const places = o.decimals as number | undefined;
  const text = places === undefined ? toPlain(value) : toFixedPlaces(roundHalfUp(value, places), places);
  const number = formatNumber(text, lang as 'vi' | 'en');
  return o.unit === undefined ? number : `${number} ${UNIT_NAMES[o.unit as FundingUnit][lang as 'vi' | 'en']}`;
}

