// The body of a plan: the statements that carry figures, read clause by clause.
//
// A statement is anchored on a count ("77/94 xã", "5 xã", "3 huyện", "45 thôn, bản", "72 dự án"), an average
// ("15,5 tiêu chí/xã") or an amount ("114.765 triệu đồng"): see anchors.ts. What precedes the anchor in its
// clause (the head: "Duy trì", "Công nhận mới", "nâng tổng số …", "Số xã đạt từ 15-18 tiêu chí:") and what
// follows it (the tail: "đạt tiêu chí số 2 về Giao thông", "đã được công nhận đạt chuẩn") say which figure it
// is: see statement.ts, then the reader of each kind of anchor. The year is the one the clause names
// ("(năm 2023 có 73/94 xã …)"), else the heading's, else the plan's. A count whose statement matches no
// known form is reported, never placed by guess; a figure no statement took is listed (leftovers.ts).
import { lineAnchors, type Anchor } from './anchors.js';
import type { BodyState, LineState } from './body-state.js';
import { readCommunes } from './commune-statements.js';
import type { Figure, Unplaced } from './figures.js';
import { readAmount } from './funding-lines.js';
import type { LineLayout } from './layout.js';
import { listLeftovers } from './leftovers.js';
import type { CriterionNames } from './names.js';
import { readCount, readNumber, type NumberConvention } from './numbers.js';
import type { PreparedText, TextLine } from './prepare.js';
import { readSlash } from './slash-statements.js';
import { done, openStatement, unread } from './statement.js';
import { FoldedLine } from './text-bounds.js';
import { readDistricts, readProjects, readVillages } from './village-district-project-statements.js';

export interface BodyContext {
  readonly p: PreparedText;
  readonly lines: readonly LineLayout[];
  readonly convention: NumberConvention;
  readonly names: CriterionNames;
  readonly planYear: number;
}

export interface BodyResult {
  readonly figures: Figure[];
  readonly unplaced: Unplaced[];
}

export function readBody(ctx: BodyContext): BodyResult {
  const { p, lines } = ctx;
  const s: BodyState = {
    text: p.text,
    folded: p.folded,
    convention: ctx.convention,
    names: ctx.names,
    planYear: ctx.planYear,
    figures: [],
    unplaced: [],
    claimed: new Set(),
    funding: { stack: [], unit: undefined, nextId: 0 },
  };
  let previousSection: string | undefined;
  for (let li = 0; li < p.lines.length; li++) {
    const lay = lines[li]!;
    // The funding lines and the declared unit of one section do not reach into the next.
    if (lay.section !== previousSection) {
      s.funding.stack = [];
      s.funding.unit = undefined;
      previousSection = lay.section;
    }
    if (lay.section === 'header' || lay.top) continue;
    readLine(s, p.lines[li]!, lay);
  }
  listLeftovers(s, p.lines, lines);
  return { figures: s.figures, unplaced: s.unplaced };
}

/** The statements of one line, anchor by anchor; an anchor whose numbers a statement has read is skipped. */
function readLine(s: BodyState, line: TextLine, lay: LineLayout): void {
  const { start: ls, end: le } = line;
  const lf = s.folded.slice(ls, le);
  if (lf.trim() === '') return;
  const bounds = new FoldedLine(s.folded, ls, le);
  const anchors = lineAnchors(s, lf, ls, lay.section);
  const st: LineState = { bounds, ls, le, year: lay.year, section: lay.section, prevEnd: ls };
  const read = (a: Anchor) => a.tokens.every((tk) => s.claimed.has(tk.start));
  for (let ai = 0; ai < anchors.length; ai++) {
    const a = anchors[ai]!;
    if (read(a)) continue;
    let next: Anchor | undefined;
    for (let k = ai + 1; k < anchors.length && next === undefined; k++) if (!read(anchors[k]!)) next = anchors[k];
    readAnchor(s, st, a, next);
  }
}

/** The statement around one anchor, read by the anchor's kind and unit. */
function readAnchor(s: BodyState, line: LineState, a: Anchor, next: Anchor | undefined): void {
  const st = openStatement(s, line, a, next);
  if (a.kind === 'average') {
    const r = readNumber(a.tokens[0]!.text, s.convention);
    if (!('value' in r)) return unread(st, 'ambiguous-number', `không đọc chắc chắn được số "${a.tokens[0]!.text}"`, `the number "${a.tokens[0]!.text}" can be read two ways`);
    s.figures.push({ kind: 'average', year: st.year, value: r.value, span: { start: st.quote, end: a.end } });
    return done(st, a.end);
  }
  if (a.kind === 'amount') return readAmount(st);
  const count = readCount(a.tokens[0]!.text, s.convention);
  if (count === undefined) {
    return unread(st, 'ambiguous-number', `không đọc được "${a.tokens[0]!.text}" thành một số nguyên chắc chắn`, `"${a.tokens[0]!.text}" is not a whole number that reads one way`);
  }
  if (a.kind === 'slash') return readSlash(st, count);
  if (a.unit === 'du an') return readProjects(st, count);
  if (a.unit === 'thon' || a.unit === 'ban') return readVillages(st, count);
  if (a.unit === 'huyen') return readDistricts(st, count);
  return readCommunes(st, count);
}
