// The funding section's amounts: the total ("Tổng nguồn vốn: 4.916.475 triệu đồng") and the lines of the
// funding taxonomy, each under the open line it belongs to ("- Vốn đầu tư: …" under "Ngân sách Trung
// ương: …"), with its label, its unit (written, or the section's declared unit) and its amount as written.
import { FUNDING_SOURCES, type FundingSourceId } from '../../funding/taxonomy.js';
import type { FundingUnit } from '../../funding/units.js';
import type { BodyState } from './body-state.js';
import type { Span } from './figures.js';
import { allSourcesNamed, isUnder, sourcesNamed } from './names.js';
import { readNumber } from './numbers.js';
import { advance, unread, type Statement } from './statement.js';
import { UNIT_WORDS } from './vocabulary.js';

interface Amount {
  readonly amount: string;
  readonly unit: FundingUnit;
  readonly unitLabel: string;
}

type OpenLine = { readonly id: number; readonly source: FundingSourceId };

/** An amount: the total, or a line under the line it belongs to. */
export function readAmount(st: Statement): void {
  const { s, a, line } = st;
  if (line.section !== 'funding') {
    return unread(st, 'amount-outside-funding', 'số tiền nằm ngoài phần nguồn vốn, không đưa vào nguồn vốn của kế hoạch', 'an amount outside the funding section is not taken as a funding line', a.end);
  }
  const lab = amountLabel(st);
  const r = readNumber(a.tokens[0]!.text, s.convention);
  const unit = a.unit !== undefined ? UNIT_WORDS.find((w) => w.words === a.unit)!.unit : s.funding.unit?.unit;
  if (!('value' in r)) return unread(st, 'ambiguous-number', `không đọc chắc chắn được số tiền "${a.tokens[0]!.text}"`, `the amount "${a.tokens[0]!.text}" can be read two ways`, a.end, lab.start);
  if (unit === undefined) return unread(st, 'unit-missing', 'số tiền không ghi đơn vị', 'the amount has no unit', a.end, lab.start);
  const amount: Amount = { amount: r.value, unit, unitLabel: a.unit !== undefined ? s.text.slice(a.end - a.unit.length, a.end) : s.funding.unit!.label };
  const label = s.text.slice(lab.start, lab.end).replace(/\s+/g, ' ');
  const lastAmount = line.lastAmount;
  const inParenOfLast = lastAmount !== undefined && st.paren !== undefined && st.paren.start >= lastAmount.end;
  const open: readonly OpenLine[] = inParenOfLast ? [...s.funding.stack, { id: lastAmount.id, source: lastAmount.source }] : s.funding.stack;
  const named = sourcesNamed(label);
  const span = { start: lab.start < a.start ? lab.start : a.start, end: a.end };
  if (named.length === 0) {
    if (/\btong\b|nguon von|kinh phi/.test(s.folded.slice(lab.start, lab.end)) && s.funding.stack.length === 0 && !inParenOfLast) {
      s.figures.push({ kind: 'funding-total', ...amount, label, span });
      advance(line, a.end);
      line.lastAmount = undefined;
      return;
    }
    return unread(st, 'funding-source-unknown', `không xác định được nguồn vốn "${label}" trong danh mục nguồn vốn`, `the funding source "${label}" matches none of the funding taxonomy`, a.end, lab.start);
  }
  const placed = placeSource(named, open, label);
  if (!placed) return unread(st, 'funding-source-ambiguous', `không xác định chắc chắn nguồn vốn "${label}" thuộc dòng nào`, `cannot tell which funding line "${label}" belongs to`, a.end, lab.start);
  const id = addLine(s, open, placed, amount, label, span);
  line.lastAmount = { id, source: placed.source, end: a.end };
  advance(line, a.end);
  partInParenthesis(st, { id, source: placed.source }, amount);
}

/** The label of an amount: back to the previous amount, an opening parenthesis or a semicolon. */
function amountLabel(st: Statement): Span {
  const { s, a, line } = st;
  let from = Math.max(line.ls, line.lastAmount ? line.lastAmount.end : line.ls, a.start - 300);
  for (let i = a.start - 1; i >= from; i--) {
    if (s.folded[i] === '(' || s.folded[i] === ';') {
      from = i + 1;
      break;
    }
  }
  return fundingLabel(s.folded, from, a.start);
}

/** Adds a funding line and makes it the deepest open line; returns its id. */
function addLine(s: BodyState, open: readonly OpenLine[], placed: { source: FundingSourceId; parent?: number }, amount: Amount, label: string, span: Span): number {
  const id = s.funding.nextId++;
  s.figures.push({ kind: 'funding-line', id, source: placed.source, ...amount, label, span, ...(placed.parent !== undefined ? { parent: placed.parent } : {}) });
  if (placed.parent === undefined) s.funding.stack = [{ id, source: placed.source }];
  else {
    const depth = open.findIndex((o) => o.id === placed.parent);
    s.funding.stack = [...open.slice(0, depth + 1), { id, source: placed.source }];
  }
  return id;
}

/** "21.000 triệu đồng (NS tỉnh)": a parenthesis naming one part and no amount is the whole line's part. */
function partInParenthesis(st: Statement, whole: OpenLine, amount: Amount): void {
  const { s, a, line } = st;
  const after = line.bounds.skipSpace(a.end);
  if (s.folded[after] !== '(') return;
  const close = line.bounds.closeOf(after);
  if (close === -1 || /\d/.test(s.folded.slice(after, close))) return;
  const inner = sourcesNamed(s.text.slice(after + 1, close)).filter((x) => x !== whole.source && isUnder(x, whole.source));
  if (inner.length !== 1) return;
  s.figures.push({ kind: 'funding-line', id: s.funding.nextId++, source: inner[0]!, ...amount, label: s.text.slice(after + 1, close).trim(), parent: whole.id, span: { start: a.start, end: close + 1 } });
  advance(line, close + 1);
}

/** "Vốn đầu tư", from the folded text between [from, to): bullets, "trong đó", ":" and "là" trimmed. */
export function fundingLabel(f: string, from: number, to: number): Span {
  let s = from;
  let e = to;
  for (;;) {
    const before = s;
    while (s < e && /[\s,\-+*\u2022:=]/.test(f[s]!)) s++;
    const m = /^(?:trong do|bao gom|gom|[a-z]\)|\d{1,2}[.)])(?=[\s:])/.exec(f.slice(s, e));
    if (m) s += m[0].length;
    if (s === before) break;
  }
  for (;;) {
    const before = e;
    while (e > s && /[\s:=,]/.test(f[e - 1]!)) e--;
    const m = /(?:\bla|\bkhoang|\bdu kien|\btong cong|\bdat)$/.exec(f.slice(s, e));
    if (m) e -= m[0].length;
    if (e === before) break;
  }
  return { start: s, end: e };
}

/**
 * The funding line a named source goes on: under the deepest open line it belongs to, or at the top. A part
 * with no line above it stands alone only when its label also names its source ("Vốn sự nghiệp NSTW"): "Vốn đầu
 * tư" alone may be any budget's investment.
 */
function placeSource(named: FundingSourceId[], open: readonly OpenLine[], label: string): { source: FundingSourceId; parent?: number } | undefined {
  const under = named.flatMap((s) => {
    for (let i = open.length - 1; i >= 0; i--) if (s !== open[i]!.source && isUnder(s, open[i]!.source)) return [{ source: s, parent: open[i]!.id }];
    return [];
  });
  if (under.length === 1) return under[0];
  if (under.length > 1) return undefined;
  const top = named.filter((s) => FUNDING_SOURCES[s].parent === null);
  if (top.length === 1) return { source: top[0]! };
  if (named.length === 1 && open.length === 0) {
    const top = named[0]!.split('.')[0] as FundingSourceId;
    if (allSourcesNamed(label).includes(top)) return { source: named[0]! };
  }
  return undefined;
}
