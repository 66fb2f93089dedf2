// Numbers written as text, in Vietnamese style (1.234.567,5) or English style (1,234,567.5).
// A text is read under both styles; a column's style is settled by its values, and a value whose
// two readings differ while nothing settles the style is an issue, never a guess.
import type { NumberStyle } from './types.js';

/** The readings of one number text, as plain decimal strings ('-1234.5'). */
export interface NumberText {
  /** The value in Vietnamese style, when the text is valid in it. */
  readonly vi?: string;
  /** The value in English style, when the text is valid in it. */
  readonly en?: string;
  /** Written with a `%` sign. */
  readonly percent: boolean;
}

const SHAPE = /^([-−]?)([0-9][0-9.,]*)(\s?%)?$/;

// Digits grouped by threes: the first group has no leading zero ("0.950" is not 950).
const GROUPED = { '.': /^[1-9]\d{0,2}(\.\d{3})+$/, ',': /^[1-9]\d{0,2}(,\d{3})+$/ } as const;

const DIGITS = /^\d+$/;

function under(body: string, group: '.' | ',', decimal: '.' | ','): string | undefined {
  const at = body.indexOf(decimal);
  if (at >= 0 && body.indexOf(decimal, at + 1) >= 0) return undefined;
  const int = at < 0 ? body : body.slice(0, at);
  const frac = at < 0 ? undefined : body.slice(at + 1);
  if (frac !== undefined && !DIGITS.test(frac)) return undefined;
  let digits: string;
  if (DIGITS.test(int)) digits = int;
  else if (GROUPED[group].test(int)) digits = int.split(group).join('');
  else return undefined;
  return canonical(digits, frac);
}

/** `digits[.frac]` without leading zeros in the integer part nor trailing zeros in the fraction. */
function canonical(digits: string, frac: string | undefined): string {
  const int = digits.replace(/^0+(?=\d)/, '');
  const f = frac?.replace(/0+$/, '') ?? '';
  return f === '' ? int : `${int}.${f}`;
}

/** Reads a number written as text; `undefined` when it is not one in either style. */
export function readNumberText(text: string): NumberText | undefined {
  const m = SHAPE.exec(text.trim());
  if (m === null) return undefined;
  const sign = m[1] ? '-' : '';
  const body = m[2]!;
  const percent = m[3] !== undefined;
  if (DIGITS.test(body)) {
    // A whole number reads the same in both styles (the common case).
    const v = canonical(body, undefined);
    const signedV = sign && v !== '0' ? `-${v}` : v;
    return { vi: signedV, en: signedV, percent };
  }
  const vi = under(body, '.', ',');
  const en = under(body, ',', '.');
  if (vi === undefined && en === undefined) return undefined;
  const signed = (v: string | undefined) => (v === undefined ? undefined : sign && v !== '0' ? `-${v}` : v);
  const out: { vi?: string; en?: string; percent: boolean } = { percent };
  const a = signed(vi);
  const b = signed(en);
  if (a !== undefined) out.vi = a;
  if (b !== undefined) out.en = b;
  return out;
}

/** What a text says about the style: `'both'` when its readings agree, `'ambiguous'` when they differ. */
export function evidenceOf(n: NumberText): NumberStyle | 'both' | 'ambiguous' {
  if (n.vi !== undefined && n.en !== undefined) return n.vi === n.en ? 'both' : 'ambiguous';
  return n.vi !== undefined ? 'vi' : 'en';
}

/** Per-column tally of style evidence. */
export interface StyleTally {
  vi: number;
  en: number;
  ambiguous: number;
}

export const emptyTally = (): StyleTally => ({ vi: 0, en: 0, ambiguous: 0 });

/**
 * The style of a column: the option when given; otherwise the one its values settle (a decimal
 * comma or repeated dot groups say vi, the converse en). `'mixed'` when its values say both.
 */
export function columnStyle(t: StyleTally, option: NumberStyle | undefined): NumberStyle | 'mixed' | undefined {
  if (option !== undefined) return option;
  if (t.vi > 0 && t.en > 0) return 'mixed';
  return t.vi > 0 ? 'vi' : t.en > 0 ? 'en' : undefined;
}

/** Moves the decimal point of a plain decimal string two places right (a fraction as a percentage), exactly. */
export function timesHundred(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [int = '0', frac = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const padded = frac.padEnd(2, '0');
  const out = canonical(int + padded.slice(0, 2), padded.slice(2) || undefined);
  return negative && out !== '0' ? `-${out}` : out;
}

/** The plain decimal string of a finite double (its shortest form, without exponent). */
export function decimalOf(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  // Rare in sheets (≥ 1e21 or < 1e-6): expand the exponent exactly from the shortest digits.
  const [mant = '', expText = '0'] = s.toLowerCase().split('e');
  const negative = mant.startsWith('-');
  const [i = '', f = ''] = (negative ? mant.slice(1) : mant).split('.');
  const digits = i + f;
  const point = i.length + Number(expText);
  const body = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const [bi = '0', bf] = body.split('.');
  const c = canonical(bi, bf);
  return negative && c !== '0' ? `-${c}` : c;
}
