// The figures no statement took: each sentence holding a number that looks like a figure (a count, an
// amount, a share) and that no statement read is listed once, so that nothing with a figure is passed over.
import { NOT_AMOUNT_BEFORE } from './anchors.js';
import { place, type BodyState } from './body-state.js';
import type { LineLayout } from './layout.js';
import { NUMBER_TOKEN } from './numbers.js';
import type { TextLine } from './prepare.js';
import { FoldedLine } from './text-bounds.js';

/** What follows a number that is a figure: a unit of the format, money, a share (read with lastIndex: sticky). */
const FIGURE_LOOKING = /\s*(?:\/\s*\d+\s*)?(?:(?:xa|huyen|thon|ban|tieu chi|du an|trieu|ty dong|nghin dong|dong|phan tram)\b|%)/y;

export function listLeftovers(s: BodyState, lines: readonly TextLine[], layouts: readonly LineLayout[]): void {
  const f = s.folded;
  const seen = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    const lay = layouts[li]!;
    if (lay.section === 'header' || lay.top) continue;
    const line = lines[li]!;
    const lf = f.slice(line.start, line.end);
    let bounds: FoldedLine | undefined;
    for (const m of lf.matchAll(NUMBER_TOKEN)) {
      const at = line.start + m.index;
      if (s.claimed.has(at) || !looksLikeFigure(lf, m.index, m[0], lay.section)) continue;
      bounds ??= new FoldedLine(f, line.start, line.end);
      const start = bounds.sentenceStart(at);
      if (seen.has(start)) continue;
      seen.add(start);
      const end = bounds.sentenceEnd(at);
      const sentence = f.slice(start, end);
      place(s, 'not-placed', { start: start + (sentence.length - sentence.trimStart().length), end: bounds.trimEnd(start, end) }, 'câu có số liệu nhưng không đọc được vào mục nào của kế hoạch', 'a sentence with a figure that fits no part of the plan format');
    }
  }
}

/** The number `token` at `index` of the folded line is followed by a unit, or is a bare amount in the funding section; not a "x/" denominator. */
function looksLikeFigure(lf: string, index: number, token: string, section: string): boolean {
  const before = lf.slice(Math.max(0, index - 30), index);
  const after = index + token.length;
  const bare = section === 'funding' && /^(?:\d{1,3}(?:[.,]\d{3})+|\d{3,})/.test(token) && !NOT_AMOUNT_BEFORE.test(before) && lf[after] !== '/' && !/\/\s*$/.test(before);
  FIGURE_LOOKING.lastIndex = after;
  if (!(bare || FIGURE_LOOKING.test(lf))) return false;
  return !/\d\s*\/\s*$/.test(before);
}
