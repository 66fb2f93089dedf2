// Numbers as Vietnamese documents write them: "4.916.475" (dots group thousands), "15,5" (comma is the
// decimal mark). A document typed with English conventions ("4,916,475", "15.5") is read the English way
// when nothing in it is written the Vietnamese way; a number that the two conventions read differently
// ("21.000", "1,500") in a document that mixes them is ambiguous and is never guessed.

/** The number-writing convention of a document, from its unambiguous numbers. */
export type NumberConvention = 'vi' | 'en' | 'mixed';

/** A written number token (digits with `.` or `,` between digit groups). */
export const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

const VI_ONLY = /^(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+)$/;
const EN_ONLY = /^(?:\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+)$/;

/** The convention the document's unambiguous numbers follow; 'vi' when none tells. */
export function numberConvention(folded: string): NumberConvention {
  let vi = false;
  let en = false;
  for (const m of folded.matchAll(NUMBER_TOKEN)) {
    if (VI_ONLY.test(m[0])) vi = true;
    else if (EN_ONLY.test(m[0])) en = true;
  }
  return vi && en ? 'mixed' : en ? 'en' : 'vi';
}

/** A number read: a plain decimal string (`"4916475"`, `"15.5"`), or why it cannot be read. */
export type ReadNumber = { readonly value: string } | { readonly ambiguous: true } | { readonly invalid: true };

function plain(int: string, frac: string | undefined): string {
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac?.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** Reads a number token under the document's convention. */
export function readNumber(token: string, convention: NumberConvention): ReadNumber {
  if (/^\d+$/.test(token)) return { value: plain(token, undefined) };
  const dots = token.split('.').length - 1;
  const commas = token.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(token)) return { value: plain(token.slice(0, token.indexOf(',')).replace(/\./g, ''), token.slice(token.indexOf(',') + 1)) };
    if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(token)) return { value: plain(token.slice(0, token.indexOf('.')).replace(/,/g, ''), token.slice(token.indexOf('.') + 1)) };
    return { invalid: true };
  }
  const sep = dots > 0 ? '.' : ',';
  const groups = token.split(sep);
  const grouping = groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
  if (groups.length > 2) return grouping ? { value: plain(groups.join(''), undefined) } : { invalid: true };
  // One separator: a decimal mark, or a thousands separator when exactly three digits follow.
  if (!grouping) return { value: plain(groups[0]!, groups[1]) };
  const asGrouping = { value: plain(groups.join(''), undefined) };
  const asDecimal = { value: plain(groups[0]!, groups[1]) };
  if (convention === 'mixed') return { ambiguous: true };
  const viReading = sep === '.' ? asGrouping : asDecimal;
  const enReading = sep === '.' ? asDecimal : asGrouping;
  return convention === 'vi' ? viReading : enReading;
}

/** A whole number from a token, or undefined (a decimal, an ambiguous or malformed token, or too large). */
export function readCount(token: string, convention: NumberConvention): number | undefined {
  const r = readNumber(token, convention);
  if (!('value' in r) || !/^\d+$/.test(r.value) || r.value.length > 9) return undefined;
  return Number(r.value);
}
