// Counts of communes ("N xã"): a bucket ("12 xã đạt từ 15-18 tiêu chí"), communes meeting the standard
// (maintained, newly recognised, the total), advanced and model communes with the names listed after
// them, a criterion's count, or nothing the format holds.
import { place } from './body-state.js';
import { readBucket } from './buckets.js';
import { criterionAfter } from './criterion-refs.js';
import { countCriterion } from './criterion-statements.js';
import { communeList, leadingNames } from './name-lists.js';
import { done, fitsNothing, type Statement } from './statement.js';

const NEWLY_HEAD = /\b(?:cong nhan moi|cong nhan them|dat chuan moi|them)\s+(?:cho\s+)?(?:co\s+)?$/;
const NEWLY_TAIL = /^\s*(?:duoc\s+)?(?:cong nhan|dat chuan)(?:\s+dat chuan)?\s+moi\b/;
const LEVEL_HEAD = /\b(nang cao|kieu mau)\s+(?:doi voi|cho|tai|o)\s+(?:cac\s+)?$/;
const LEVEL_TAIL = /^\s*(?:xa\s+)?(?:dat chuan\s+|duoc\s+cong nhan\s+(?:dat chuan\s+)?)(?:xa\s+)?(?:nong thon moi|ntm)\s+(nang cao|kieu mau)\b/;

export function readCommunes(st: Statement, count: number): void {
  const { s, a, head, tail } = st;
  if (readBucket(st, count)) return;
  if (maintained(st, count)) return;
  if (NEWLY_HEAD.test(head) || NEWLY_TAIL.test(tail)) return namedCount(st, 'newly', count);
  if (/\bnang tong so\b/.test(head)) {
    s.figures.push({ kind: 'meeting-total', year: st.year, value: count, label: s.text.slice(st.quote, a.end), span: { start: st.quote, end: a.end } });
    return done(st, a.end);
  }
  const level = LEVEL_HEAD.exec(head) ?? LEVEL_TAIL.exec(tail);
  if (level) return namedCount(st, level[1] === 'nang cao' ? 'advanced' : 'model', count);
  const tcStart = criterionAfter(tail, a.end);
  if (tcStart !== undefined) return countCriterion(st, count, tcStart);
  if (meetingTotal(st, count)) return;
  return fitsNothing(st);
}

/** "Duy trì 39 xã đã được công nhận đạt chuẩn": the total of the year before, maintained in the plan's year. */
function maintained(st: Statement, count: number): boolean {
  const { s, a } = st;
  if (!/\bduy tri\b/.test(st.head) || !/^\s*(?:xa\s+)?da\s+(?:duoc\s+)?(?:cong nhan|dat chuan)/.test(st.tail)) return false;
  const m = /^\s*(?:xa\s+)?da\s+(?:duoc\s+)?(?:cong nhan\s*)?(?:dat chuan)?(?:\s+(?:nong thon moi|ntm))?/.exec(st.tail)!;
  const end = st.line.bounds.trimEnd(a.end, a.end + m[0].length);
  const label = s.text.slice(a.start, end);
  s.figures.push({ kind: 'meeting-total', year: st.explicit ? st.year : s.planYear - 1, value: count, label, span: { start: st.quote, end } });
  s.figures.push({ kind: 'meeting-maintained', year: s.planYear, value: count, label, span: { start: st.quote, end } });
  done(st, end);
  return true;
}

/** "39 xã đạt chuẩn nông thôn mới": "đã", "đến nay", "hiện nay", "lũy kế" say the year before the plan's, unless the clause names one. */
function meetingTotal(st: Statement, count: number): boolean {
  const { s, a } = st;
  const standard = /^\s*(?:da\s+)?(?:duoc\s+cong nhan\s+)?dat chuan(?:\s+(?:nong thon moi|ntm))?\b/.exec(st.tail);
  if (!standard || /\b(?:nang cao|kieu mau)\b/.test(st.tail)) return false;
  const end = a.end + standard[0].length;
  const year = !st.explicit && (/\bda\b/.test(standard[0]) || /\b(?:den nay|hien nay|luy ke)\b/.test(st.head)) ? s.planYear - 1 : st.year;
  s.figures.push({ kind: 'meeting-total', year, value: count, label: s.text.slice(st.quote, end), span: { start: st.quote, end } });
  done(st, end);
  return true;
}

/** A count with the communes it names: newly recognised, advanced or model communes. */
function namedCount(st: Statement, kind: 'newly' | 'advanced' | 'model', count: number): void {
  const { s, a, line, year } = st;
  const b = line.bounds;
  let end = b.trimEnd(a.end, st.tailEnd);
  s.figures.push({ kind, year, count, label: s.text.slice(st.quote, end), span: { start: st.quote, end } });
  // The names: in a parenthesis right after, or listed after the count ("4 xã San Thàng, Bản Bo").
  const open = b.skipSpace(end);
  const close = s.folded[open] === '(' ? b.closeOf(open) : -1;
  if (close !== -1 && close < line.le && !/\d/.test(s.folded.slice(open, close))) {
    const list = communeList(s.text, open + 1, close);
    if (list) s.figures.push({ kind: `${kind}-names`, year, communes: list, span: { start: open, end: close + 1 } });
    else place(s, 'names-not-read', { start: open, end: close + 1 }, 'không đọc chắc chắn được danh sách tên xã trong ngoặc', 'the list of commune names in the parenthesis could not be read with certainty');
    end = close + 1;
  } else {
    const ln = leadingNames(s.text, a.end, st.clauseEnd);
    if (ln.names.length > 0) {
      s.figures.push({ kind: `${kind}-names`, year, communes: ln.names.map((name) => ({ name })), span: { start: b.skipSpace(a.end), end: ln.end } });
      end = Math.max(end, ln.end);
    }
  }
  done(st, end);
}
