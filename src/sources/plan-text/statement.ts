// One statement: an anchor with the words around it in its clause (the head before it, the tail after
// it), the sentence and the parenthesis it stands in, its year and where its quote starts. A statement's
// words lie near its anchor: heads and tails are bounded, so no line costs more than linear time.
import type { Anchor } from './anchors.js';
import { claim, place, type BodyState, type LastStatement, type LineState } from './body-state.js';
import type { Span } from './figures.js';
import { YEAR_WORD } from './layout.js';

export interface Statement {
  readonly s: BodyState;
  readonly line: LineState;
  readonly a: Anchor;
  /** The end of the anchor's clause (at most 1,000 characters on). */
  readonly clauseEnd: number;
  /** The end of the tail: the next anchor, the clause's end, or 400 characters on. */
  readonly tailEnd: number;
  readonly headStart: number;
  /** The folded words before the anchor in its clause ("Duy trì", "nâng tổng số", "Số xã đạt từ 15-18 tiêu chí:"). */
  readonly head: string;
  /** The folded words after it ("đạt tiêu chí số 2 về Giao thông", "đã được công nhận đạt chuẩn"). */
  readonly tail: string;
  /** The start of the sentence, which names it. */
  readonly sentence: number;
  readonly paren: Span | undefined;
  readonly year: number;
  /** The clause writes the year (not taken from the heading or the plan). */
  readonly explicit: boolean;
  /** Where the statement's quote starts. */
  readonly quote: number;
}

/** The statement around `a`; its number tokens are read. */
export function openStatement(s: BodyState, line: LineState, a: Anchor, next: Anchor | undefined): Statement {
  const b = line.bounds;
  const clauseEnd = Math.min(b.clauseEnd(a.end), a.end + 1000);
  const tailEnd = Math.min(next ? next.start : line.le, clauseEnd, a.end + 400);
  const headStart = Math.max(line.prevEnd, b.clauseStart(a.start), a.start - 400);
  const { year, explicit } = yearAt(s, line, a.start);
  const st: Statement = {
    s,
    line,
    a,
    clauseEnd,
    tailEnd,
    headStart,
    head: s.folded.slice(headStart, a.start),
    tail: s.folded.slice(a.end, tailEnd),
    sentence: b.sentenceStart(a.start),
    paren: b.parenAt(a.start),
    year,
    explicit,
    quote: b.quoteStart(headStart, a.start),
  };
  for (const tk of a.tokens) claim(s, tk.start);
  return st;
}

/** The year the clause names ("(năm 2023 có 73/94 xã …)"), before the anchor or after it; else the heading's, else the plan's. */
function yearAt(s: BodyState, line: LineState, pos: number): { year: number; explicit: boolean } {
  const f = s.folded;
  const cs = Math.max(line.bounds.clauseStart(pos), pos - 600);
  let back: number | undefined;
  for (const m of f.slice(cs, pos).matchAll(YEAR_WORD)) back = Number(m[1]);
  if (back !== undefined) return { year: back, explicit: true };
  const fwd = YEAR_WORD.exec(f.slice(pos, Math.min(line.bounds.clauseEnd(pos), pos + 400)));
  YEAR_WORD.lastIndex = 0;
  if (fwd) return { year: Number(fwd[1]), explicit: true };
  return { year: line.year ?? s.planYear, explicit: false };
}

/** The statements of the line reach at least to `end`. */
export function advance(line: LineState, end: number): void {
  line.prevEnd = Math.max(line.prevEnd, end);
}

/** The statement is read: it reaches `end`, and the next one may refer to it. */
export function done(st: Statement, end: number, last: LastStatement['kind'] = 'other', extra: Partial<LastStatement> = {}): void {
  advance(st.line, end);
  st.line.last = { kind: last, end, sentence: st.sentence, ...extra };
}

/** The statement cannot be placed: its words from `start` to `end` are reported with why. */
export function unread(st: Statement, code: string, vi: string, en: string, end = st.line.bounds.trimEnd(st.a.start, st.tailEnd), start = st.quote): void {
  place(st.s, code, { start: Math.min(start, st.a.start), end: Math.max(end, st.a.end) }, vi, en);
  advance(st.line, st.a.end);
}

/** The figure fits no part of the plan format. */
export function fitsNothing(st: Statement): void {
  unread(st, 'not-placed', 'không xác định được số liệu này thuộc mục nào của kế hoạch', 'this figure fits no part of the plan format');
}
