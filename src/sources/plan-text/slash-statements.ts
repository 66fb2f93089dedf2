// Counts over a whole ("77/94 xã", "3/8 huyện"): the denominator is the number of communes; the count
// is a criterion's ("đạt tiêu chí số 2"), the standard's ("đạt chuẩn nông thôn mới", "… nâng cao",
// "… kiểu mẫu"), or, with no words of its own, that of the criterion just stated or named by the lead-in.
import { criterionAfter, leadIn } from './criterion-refs.js';
import { districtCriterion, emitCriterion, slashCriterion } from './criterion-statements.js';
import { readCount } from './numbers.js';
import { done, fitsNothing, unread, type Statement } from './statement.js';

export function readSlash(st: Statement, count: number): void {
  const { s, a } = st;
  const outOf = readCount(a.tokens[1]!.text, s.convention);
  if (outOf === undefined) return unread(st, 'ambiguous-number', `không đọc được mẫu số "${a.tokens[1]!.text}"`, `the denominator "${a.tokens[1]!.text}" cannot be read`);
  if (a.unit === 'huyen') {
    if (districtCriterion(st, count)) return;
    return fitsNothing(st);
  }
  s.figures.push({ kind: 'denominator', value: outOf, span: { start: a.start, end: a.end } });
  const tcStart = criterionAfter(st.tail, a.end);
  if (tcStart !== undefined) return slashCriterion(st, count, outOf, tcStart);
  if (slashStandard(st, count)) return;
  return slashUnderCriterion(st, count, outOf);
}

/** "x/y xã đạt chuẩn nông thôn mới (nâng cao, kiểu mẫu)"; "đã đạt" is the year before the plan's unless the clause names one. */
function slashStandard(st: Statement, count: number): boolean {
  const { s, a } = st;
  const standard = /^\s*(?:da\s+)?(?:duoc\s+)?(?:cong nhan\s+)?dat chuan(?:\s+(?:nong thon moi|ntm))?(\s+nang cao|\s+kieu mau)?\b/.exec(st.tail);
  if (!standard) return false;
  const end = a.end + standard[0].length;
  const year = !st.explicit && /\bda\b/.test(standard[0]) ? s.planYear - 1 : st.year;
  const label = s.text.slice(st.quote, end);
  const span = { start: st.quote, end };
  if (standard[1]?.includes('nang cao')) s.figures.push({ kind: 'advanced', year, count, label, span });
  else if (standard[1]?.includes('kieu mau')) s.figures.push({ kind: 'model', year, count, label, span });
  else s.figures.push({ kind: 'meeting-total', year, value: count, label, span });
  done(st, end);
  return true;
}

/** "(năm 2023: 73/94 xã)" right after a criterion's statement, or under a lead-in naming the criterion. */
function slashUnderCriterion(st: Statement, count: number, outOf: number): void {
  const { s, a, line, paren } = st;
  const last = line.last;
  const follow = paren && last?.kind === 'criterion' && last.sentence === st.sentence && s.folded.slice(last.end, paren.start).replace(/[\s,;]/g, '') === '' ? last.criterion : undefined;
  const lead = follow === undefined ? leadIn(s, line.ls, a.start) : undefined;
  const code = follow ?? lead?.code;
  if (code !== undefined && /^\s*(?:dat|co)?\s*$/.test(st.tail)) {
    emitCriterion(st, code, count, outOf, lead?.start ?? -1, lead?.end ?? -1, a.end);
    return done(st, a.end, 'criterion', { criterion: code });
  }
  return unread(st, 'not-placed', 'số xã đạt (x/y xã) nhưng không nói rõ đạt tiêu chí nào', 'a count of communes (x/y) that names no criterion');
}
