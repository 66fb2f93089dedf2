// The text as the reader sees it: NFC (so patterns written in NFC match NFD input too), a folded copy
// of the same length (lower case, tone and vowel marks dropped, đ → d, dashes and spaces unified) for
// matching with or without diacritics, and a map back to the caller's offsets, so that every quote is
// an exact substring of the text the caller passed.

/** A line of the text (a paragraph of a .docx), in NFC offsets, without its line break. */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  /** 1-based line number. */
  readonly number: number;
}

export interface PreparedText {
  readonly original: string;
  /** The text in NFC. */
  readonly text: string;
  /** Same length as `text`: one folded character per character of `text`. */
  readonly folded: string;
  readonly lines: readonly TextLine[];
  /** Offset in `original` of an offset in `text`. */
  toOriginal(offset: number): number;
}

const COMBINING = /\p{M}/u;
const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** One character folded to one character: lower case, no marks, đ → d; anything that would not stay one character is kept. */
function foldChar(c: string): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let out: string;
  if (c === '\n') out = '\n';
  else if (/\s/.test(c) || c === '\uFEFF') out = ' ';
  else if (c === 'đ' || c === 'Đ' || c === 'ð' || c === 'Ð') out = 'd';
  else if (/[\u2010-\u2015\u2212]/.test(c)) out = '-';
  else if (/[\u201C\u201D\u201E\u00AB\u00BB]/.test(c)) out = '"';
  else if (/[\u2018\u2019]/.test(c)) out = "'";
  else {
    const bare = c.normalize('NFD').replace(MARKS, '').toLowerCase();
    const lower = c.toLowerCase();
    out = bare.length === 1 ? bare : lower.length === 1 ? lower : c;
  }
  if (foldCache.size < 4096) foldCache.set(c, out);
  return out;
}

/** Folds a short string the way the text is folded (for vocabularies and names). */
export function foldText(s: string): string {
  const n = s.normalize('NFC');
  let out = '';
  for (let i = 0; i < n.length; i++) out += foldChar(n[i]!);
  return out;
}

/** The words of a folded string (letters and digits), for comparing names regardless of punctuation. */
export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9\u00C0-\uFFFF]+/).filter((w) => w.length > 0);
}

export function prepareText(original: string): PreparedText {
  let text: string;
  let map: number[] | undefined;
  const nfc = original.normalize('NFC');
  if (nfc === original) {
    text = original;
  } else {
    // Normalise cluster by cluster (a base character and its combining marks), remembering where each began.
    const parts: string[] = [];
    map = [];
    let i = 0;
    while (i < original.length) {
      let j = i + 1;
      while (j < original.length && COMBINING.test(original[j]!)) j++;
      const piece = original.slice(i, j).normalize('NFC');
      parts.push(piece);
      for (let k = 0; k < piece.length; k++) map.push(i);
      i = j;
    }
    text = parts.join('');
  }
  // Printable lower-case ASCII folds to itself: only the other characters go through foldChar.
  const folded = text.replace(/[^\n\x20-\x40\x5b-\x7e]/g, foldChar);
  const lines: TextLine[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end, number });
    if (nl === -1) break;
    start = nl + 1;
    number++;
  }
  const length = original.length;
  return {
    original,
    text,
    folded,
    lines,
    toOriginal: map === undefined ? (o) => o : (o) => (o >= map!.length ? length : map![o]!),
  };
}
