// Counts of communes (or districts) meeting a criterion: "Có 77/94 xã đạt tiêu chí số 2 về Giao thông",
// "4 xã đạt tiêu chí … nâng cao" (an advanced-set count), "có 3 huyện đạt chuẩn tiêu chí số 3 …" (a
// district count under the criterion the sentence just stated).
import { claim } from './body-state.js';
import { criterionRef, leadIn, resolveRef } from './criterion-refs.js';
import { done, unread, type Statement } from './statement.js';

/** "77/94 xã đạt tiêu chí …" with "tiêu chí" at `tcStart`: a criterion named, or named by the line's lead-in. */
export function slashCriterion(st: Statement, count: number, outOf: number, tcStart: number): void {
  const { s, a } = st;
  const ref = criterionRef(s, tcStart, st.tailEnd);
  const resolved = resolveRef(s, ref);
  if (/\bnang cao\b/.test(s.folded.slice(ref.labelEnd, st.tailEnd))) {
    return unread(st, 'not-placed', 'số xã có mẫu số nhưng nói về tiêu chí nâng cao: không rõ thuộc mục nào', 'a count over the communes about an advanced criterion fits no part of the format');
  }
  let code = 'code' in resolved ? resolved.code : undefined;
  let labelStart = ref.labelStart;
  let labelEnd = ref.labelEnd;
  if (code === undefined && 'problem' in resolved && resolved.problem[0] === 'criterion-not-named') {
    const lead = leadIn(s, st.line.ls, a.start);
    if (lead) ({ code, start: labelStart, end: labelEnd } = lead);
  }
  if (code === undefined) {
    const [c, vi, en] = (resolved as { problem: [string, string, string] }).problem;
    return unread(st, c, vi, en, ref.labelEnd);
  }
  emitCriterion(st, code, count, outOf, labelStart, labelEnd, Math.max(ref.labelEnd, a.end));
  return done(st, ref.labelEnd, 'criterion', { criterion: code });
}

/** "N xã đạt tiêu chí …" with "tiêu chí" at `tcStart`: the count of a criterion, or of its advanced level. */
export function countCriterion(st: Statement, count: number, tcStart: number): void {
  const { s, a, line } = st;
  const ref = criterionRef(s, tcStart, st.tailEnd);
  const resolved = resolveRef(s, ref);
  if (/\bnang cao\b/.test(s.folded.slice(a.end, st.clauseEnd))) {
    // An advanced-set count: of the criterion it names, else of the criterion this sentence just stated.
    const end = advancedLabelEnd(st, tcStart);
    const code = 'code' in resolved ? resolved.code : resolved.problem[0] === 'criterion-not-named' && line.lastCriterion?.sentence === st.sentence ? line.lastCriterion.code : undefined;
    if (code === undefined) {
      return unread(st, 'advanced-criterion-unknown', 'số xã đạt tiêu chí nâng cao nhưng không xác định được thuộc tiêu chí nào của bộ tiêu chí xã', 'an advanced-criterion count whose commune-set criterion cannot be identified', end);
    }
    s.figures.push({ kind: 'criterion-advanced', year: st.year, criterion: code, communes: count, label: s.text.slice(tcStart, end), span: { start: st.quote, end } });
    return done(st, end);
  }
  if ('problem' in resolved) {
    const [c, vi, en] = resolved.problem;
    return unread(st, c, vi, en, ref.labelEnd);
  }
  emitCriterion(st, resolved.code, count, undefined, ref.labelStart, ref.labelEnd, ref.labelEnd);
  return done(st, ref.labelEnd, 'criterion', { criterion: resolved.code });
}

/** A criterion's count, labelled by [labelStart, labelEnd) of the text (none when -1); "duy trì" in the head marks it maintained. */
export function emitCriterion(st: Statement, code: string, communes: number, outOf: number | undefined, labelStart: number, labelEnd: number, end: number): void {
  const label = labelStart >= 0 ? st.s.text.slice(labelStart, labelEnd).replace(/\s+/g, ' ') : undefined;
  st.s.figures.push({ kind: 'criterion', year: st.year, criterion: code, communes, ...(outOf !== undefined ? { outOf } : {}), ...(label !== undefined ? { label } : {}), maintained: /\bduy tri\b/.test(st.head), span: { start: st.quote, end } });
  if (!st.paren) st.line.lastCriterion = { code, sentence: st.sentence };
}

/** "có 3 huyện đạt chuẩn tiêu chí số 3 về Thủy lợi … thuộc Bộ tiêu chí quốc gia về huyện nông thôn mới": the criterion just stated. */
export function districtCriterion(st: Statement, count: number): boolean {
  const { s, a, line } = st;
  const f = s.folded;
  const rest = f.slice(a.end, st.clauseEnd);
  const m = /^\s*(?:dat|hoan thanh)\s+(?:chuan\s+)?(?:ve\s+)?tieu chi\b/.exec(rest);
  if (!m || !/\bhuyen\b/.test(rest)) return false;
  if (!line.lastCriterion || line.lastCriterion.sentence !== st.sentence) return false;
  const tcStart = a.end + m[0].length - 'tieu chi'.length;
  let end = st.tailEnd;
  const cut = /\s(?:thuoc|theo)\s/.exec(f.slice(tcStart, st.tailEnd));
  if (cut) end = tcStart + cut.index;
  end = line.bounds.trimEnd(tcStart, end);
  const number = /^tieu chi so (\d{1,2})\b/.exec(f.slice(tcStart, end));
  if (number) claim(s, tcStart + number[0].length - number[1]!.length);
  s.figures.push({ kind: 'criterion-district', year: st.year, criterion: line.lastCriterion.code, districts: count, ...(number ? { districtCriterion: String(Number(number[1])) } : {}), label: s.text.slice(tcStart, end), span: { start: st.quote, end } });
  done(st, end);
  return true;
}

/** Where the label of an advanced-set count ends: before "thuộc", "trong", "và N xã", a comma; through "nâng cao". */
function advancedLabelEnd(st: Statement, tcStart: number): number {
  const s = st.s.folded.slice(tcStart, st.clauseEnd);
  const nc = /\bnang cao\b/.exec(s);
  const stop = /\s(?:thuoc|trong|theo)\s|,|\sva\s+\d/.exec(s);
  if (nc && (!stop || nc.index < stop.index)) return tcStart + nc.index + nc[0].length;
  return st.line.bounds.trimEnd(tcStart, Math.min(stop ? tcStart + stop.index : st.clauseEnd, st.tailEnd));
}
