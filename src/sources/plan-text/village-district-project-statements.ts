// Counts of projects ("72 dự án"), villages ("45 thôn, bản đạt chuẩn", with the count by district in
// parenthesis) and districts ("hoàn thiện tiêu chí huyện … đối với 2 huyện Tam Đường, Than Uyên").
import { claim } from './body-state.js';
import { districtCriterion } from './criterion-statements.js';
import { fundingLabel } from './funding-lines.js';
import { leadingNames, villageList } from './name-lists.js';
import { advance, done, unread, type Statement } from './statement.js';

const DISTRICTS_COMPLETING = [/(?:hoan thien|hoan thanh)\b.*\bhuyen\b.*\b(?:doi voi|cho|o|tai)\s+(?:cac\s+)?$/, /\btieu chi\s+(?:cap\s+)?huyen\b.*\b(?:doi voi|cho)\s+(?:cac\s+)?$/];

/** The projects of the list; "1. Danh mục dự án dự kiến đầu tư trong năm 2023: Tổng số dự án …: 72 dự án": the list's name is the label. */
export function readProjects(st: Statement, count: number): void {
  const { s, a, line } = st;
  if (line.section !== 'projects' && !/\btong so\b/.test(st.head)) {
    return unread(st, 'not-placed', 'số dự án nằm ngoài phần danh mục dự án', 'a number of projects outside the project list');
  }
  const colon = s.folded.indexOf(':', line.ls);
  let label: string | undefined;
  let start = st.quote;
  if (colon !== -1 && colon < a.start) {
    const span = fundingLabel(s.folded, line.ls, colon);
    const l = s.text.slice(span.start, span.end).trim();
    if (l !== '' && !/^tong so/.test(s.folded.slice(span.start, span.end))) {
      label = l;
      start = span.start;
    }
  }
  s.figures.push({ kind: 'projects', count, ...(label !== undefined ? { label } : {}), span: { start, end: a.end } });
  return done(st, a.end);
}

/** Villages meeting the standard, and their count by district in the parenthesis after. */
export function readVillages(st: Statement, count: number): void {
  const { s, a, line, year } = st;
  const b = line.bounds;
  const m = /^\s*(?:,\s*(?:ban|thon|ap)\s*)?(?:duoc\s+)?(?:cong nhan\s+)?(?:dat chuan|dat)(?:\s+(?:nong thon moi|ntm))?\b/.exec(st.tail);
  if (!m) return unread(st, 'not-placed', 'số thôn, bản nhưng không rõ là số thôn, bản đạt chuẩn', 'a number of villages that is not stated as meeting the standard');
  const end = b.trimEnd(a.end, a.end + m[0].length);
  s.figures.push({ kind: 'villages', year, total: count, label: s.text.slice(st.quote, end), span: { start: st.quote, end } });
  done(st, end);
  const open = b.skipSpace(b.trimEnd(a.end, st.tailEnd));
  if (s.folded[open] !== '(') return;
  const close = b.closeOf(open);
  const list = close !== -1 ? villageList(s.text, open + 1, close, s.convention) : undefined;
  if (!list) return;
  for (const v of list) claim(s, v.tokenStart);
  s.figures.push({ kind: 'villages-by-district', year, byDistrict: list.map(({ district, count: c }) => ({ district, count: c })), span: { start: open, end: close + 1 } });
  advance(line, close + 1);
}

/** Districts completing the district criteria, with their names; a district count under a criterion; or nothing the format holds. */
export function readDistricts(st: Statement, count: number): void {
  const { s, a, year } = st;
  if (DISTRICTS_COMPLETING.some((re) => re.test(st.head))) {
    const ln = leadingNames(s.text, a.end, st.clauseEnd);
    const end = Math.max(a.end, ln.end);
    s.figures.push({ kind: 'districts', year, count, label: s.text.slice(st.quote, end), span: { start: st.quote, end } });
    if (ln.names.length > 0) s.figures.push({ kind: 'districts-names', year, names: ln.names, span: { start: st.line.bounds.skipSpace(a.end), end: ln.end } });
    return done(st, end);
  }
  if (districtCriterion(st, count)) return;
  if (/^\s*(?:duoc\s+cong nhan\s+)?dat chuan\b/.test(st.tail)) {
    return unread(st, 'not-in-format', 'số huyện đạt chuẩn nông thôn mới: định dạng kế hoạch chưa có mục này', 'districts meeting the standard: the plan format has no field for it');
  }
  return unread(st, 'not-placed', 'không xác định được số huyện này thuộc mục nào của kế hoạch', 'this number of districts fits no part of the plan format');
}
