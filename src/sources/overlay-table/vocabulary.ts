// The words of threshold cells, in Vietnamese and English: comparison signs and words, units, the
// package's mark on pre-filled cells.
import type { LocalizedText } from '../../_lib/text.js';
import { type Lang } from '../../_lib/numbers.js';
import type { ComparisonOperator } from '../../engine/types/index.js';
import type { Provenance } from '../../legal/citation.js';
import { fold } from '../tables/words.js';

export const NOT_SPECIFIED = new Set(['-', '–', '—']);
export const PASS = new Set(['dat', 'co', 'met', 'yes', 'pass', 'true']);
export const NONE = new Set(['khong', 'khong co', 'none']);
export const NO_REQUIREMENT = new Set(['khong quy dinh', 'khong yeu cau', 'no requirement', 'not required']);

export type Op = ComparisonOperator;

const SYMBOLS: readonly (readonly [string, Op])[] = [['>=', '>='], ['=>', '>='], ['≥', '>='], ['<=', '<='], ['=<', '<='], ['≤', '<='], ['==', '=='], ['=', '=='], ['>', '>'], ['<', '<']];

// Longest first, so that "không thấp hơn" is not read as "không".
const WORDS: readonly (readonly [string, Op])[] = ([
  ['khong thap hon', '>='], ['khong nho hon', '>='], ['khong duoi', '>='], ['toi thieu', '>='], ['it nhat', '>='], ['at least', '>='], ['minimum', '>='], ['min', '>='], ['tu', '>='],
  ['khong vuot qua', '<='], ['khong cao hon', '<='], ['khong lon hon', '<='], ['khong qua', '<='], ['khong tren', '<='], ['toi da', '<='], ['at most', '<='], ['maximum', '<='], ['max', '<='],
  ['lon hon', '>'], ['more than', '>'], ['tren', '>'], ['above', '>'], ['over', '>'],
  ['nho hon', '<'], ['less than', '<'], ['duoi', '<'], ['below', '<'], ['under', '<'],
  ['bang', '=='],
] as const).slice().sort((a, b) => b[0].length - a[0].length);

const SUFFIXES: readonly (readonly [string, Op])[] = [['tro len', '>='], ['tro xuong', '<=']];

/** Units written after a value, compared without spaces or dots. */
export const UNITS: Readonly<Record<string, { readonly vi: string; readonly en: string; readonly accepted: readonly string[] }>> = {
  'million-vnd/person/year': {
    vi: 'triệu đồng/người/năm',
    en: 'million VND/person/year',
    accepted: ['trieudong/nguoi/nam', 'trieu/nguoi/nam', 'trd/nguoi/nam', 'trieudong', 'trieu', 'trd', 'millionvnd/person/year', 'vndmillion/person/year', 'million/person/year', 'millionvnd', 'million'],
  },
  'm2/person': { vi: 'm²/người', en: 'm²/person', accepted: ['m2/nguoi', 'm²/nguoi', 'm2', 'm²', 'm2/person', 'm²/person'] },
};

const squash = (s: string) => fold(s).replace(/[\s.]/g, '');

/** The unit of a value indicator in words (for the template), or its code when the package has no words for it. */
export function unitWords(unit: string, lang: Lang): string {
  return UNITS[unit]?.[lang] ?? unit;
}

export function unitAccepted(unit: string, written: string): boolean {
  const w = squash(written);
  return (UNITS[unit]?.accepted ?? []).includes(w) || w === squash(unit);
}

interface Comparison {
  readonly op?: Op;
  readonly number: string;
  readonly percent: boolean;
  readonly unit: string;
}

/** `≥ 90%`, `tối thiểu 90 %`, `từ 45 triệu đồng/người/năm trở lên` → operator, number text, %, unit; `undefined` when the shape is not one. */
export function parseComparison(folded: string): Comparison | 'conflict' | undefined {
  let s = folded;
  let op: Op | undefined;
  for (const [sym, o] of SYMBOLS) {
    if (s.startsWith(sym)) {
      op = o;
      s = s.slice(sym.length);
      break;
    }
  }
  if (op === undefined) {
    for (const [word, o] of WORDS) {
      if (s.startsWith(word) && !/[a-z]/.test(s.charAt(word.length))) {
        op = o;
        s = s.slice(word.length).replace(/^\s*:/, '');
        break;
      }
    }
  }
  const m = /^\s*([-−]?[0-9][0-9.,]*)\s*(%?)\s*(.*)$/.exec(s);
  if (m === null) return undefined;
  let rest = m[3]!.trim();
  for (const [word, o] of SUFFIXES) {
    if (rest === word || rest.endsWith(` ${word}`)) {
      if (op !== undefined && op !== o) return 'conflict';
      op = o;
      rest = rest.slice(0, rest.length - word.length).trim();
      break;
    }
  }
  return { ...(op !== undefined ? { op } : {}), number: m[1]!, percent: m[2] === '%', unit: rest };
}

// --- The package's mark on pre-filled cells -----------------------------------------------

const MARK = /^\[\s*(co san|package)\s*[,:]\s*(nguon thu cap|thu cap|secondary|van ban goc|confirmed)\s*\]$/;

/** The mark the template puts after a value the package already holds. */
export function markText(p: Provenance, lang: Lang): string {
  if (lang === 'vi') return p === 'confirmed' ? '[có sẵn, văn bản gốc]' : '[có sẵn, nguồn thứ cấp]';
  return p === 'confirmed' ? '[package, confirmed]' : '[package, secondary]';
}

/** A pre-filled cell's value and the provenance its mark states; `undefined` when the text carries no mark. */
export function splitMark(text: string): { readonly body: string; readonly provenance: Provenance } | undefined {
  const at = text.lastIndexOf('[');
  if (at < 0) return undefined;
  const m = MARK.exec(fold(text.slice(at)));
  if (m === null) return undefined;
  return { body: text.slice(0, at).trim(), provenance: m[2] === 'van ban goc' || m[2] === 'confirmed' ? 'confirmed' : 'secondary' };
}

export const OP_WORDS: Readonly<Record<Op, LocalizedText>> = {
  '>=': { vi: '≥ (tối thiểu)', en: '≥ (at least)' },
  '<=': { vi: '≤ (tối đa)', en: '≤ (at most)' },
  '>': { vi: '> (lớn hơn)', en: '> (more than)' },
  '<': { vi: '< (nhỏ hơn)', en: '< (less than)' },
  '==': { vi: '= (bằng)', en: '= (equal to)' },
};
