// One way to print a number per language: Vietnamese groups thousands with '.' and writes
// decimals after ',' (4.916.475; 15,5); English uses ',' and '.'. Exact: a decimal string
// is printed digit for digit, and a number by its shortest round-trip form, never in
// exponent notation. The minus sign is the ASCII hyphen-minus in both languages, so that
// printed figures can be pasted back into a spreadsheet.

/** Output language of texts. */
export type Lang = 'vi' | 'en';

/** The plain decimal digits of a finite number (no exponent): 1e-7 → '0.0000001'. */
export function plainDigits(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const negative = n < 0;
  const [mantissa = '', exp = '0'] = (negative ? s.slice(1) : s).split(/e/i);
  const e = Number(exp);
  const [int = '', frac = ''] = mantissa.split('.');
  const digits = int + frac;
  const point = int.length + e;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}

/**
 * Formats a number or a decimal string (`'-1234567.5'`) with the marks of the language.
 * Strings must be plain decimals; they are printed exactly, digit for digit.
 */
export function formatNumber(value: number | string, lang: Lang): string {
  const s = typeof value === 'number' ? plainDigits(value) : value;
  const negative = s.startsWith('-');
  const [int = '', frac] = (negative ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return (negative ? '-' : '') + grouped + (frac === undefined ? '' : (lang === 'vi' ? ',' : '.') + frac);
}

/** A number in both languages, for bilingual texts. */
export function bothNumbers(value: number | string): { readonly vi: string; readonly en: string } {
  return { vi: formatNumber(value, 'vi'), en: formatNumber(value, 'en') };
}
