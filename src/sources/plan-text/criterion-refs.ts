// Which criterion a statement names: "tiêu chí số 2 về Giao thông", "tiêu chí thu nhập", or a line's
// lead-in ("- Giao thông: Có 77/94 xã đạt …"), against the criteria set's numbers and names.
import { claim, type BodyState } from './body-state.js';
import { wordsIn } from './names.js';

/** Words allowed between a count and "tiêu chí": "xã đạt chuẩn về tiêu chí …", "xã hoàn thành tiêu chí …". */
const TO_CRITERION = /^\s*(?:(?:dat|chuan|hoan|thanh|ve|duoc|van|duy|tri|co|giu|vung|cac|theo)\s+){0,6}tieu chi\b/;

export interface CriterionRef {
  readonly number: string | undefined;
  readonly nameCode: string | undefined;
  /** The name fits several criteria equally. */
  readonly ambiguous: boolean;
  readonly labelStart: number;
  readonly labelEnd: number;
}

/** A problem with a reference: its code and its message in Vietnamese and English. */
export type RefProblem = [code: string, vi: string, en: string];

/** Where "tiêu chí" starts when the words after a count lead to it, else undefined. */
export function criterionAfter(tail: string, anchorEnd: number): number | undefined {
  const tc = TO_CRITERION.exec(tail);
  return tc ? anchorEnd + tc[0].length - 'tieu chi'.length : undefined;
}

/** A criterion named at `tcStart` ("tiêu chí số 2 về Giao thông", "tiêu chí thu nhập"); its number's token is read. */
export function criterionRef(s: BodyState, tcStart: number, limit: number): CriterionRef {
  const ws = wordsIn(s.folded, tcStart, limit);
  let i = 2;
  let labelEnd = ws[1]!.end;
  while (ws[i]?.w === 'tieu' && ws[i + 1]?.w === 'chi') i += 2;
  let number: string | undefined;
  if (ws[i]?.w === 'so' && /^\d{1,2}$/.test(ws[i + 1]?.w ?? '')) {
    number = String(Number(ws[i + 1]!.w));
    claim(s, ws[i + 1]!.start);
    labelEnd = ws[i + 1]!.end;
    i += 2;
  }
  let j = i;
  if (ws[j]?.w === 've') j++;
  while (ws[j]?.w === 'tieu' && ws[j + 1]?.w === 'chi') j += 2;
  const named = s.names.match(ws, j);
  let nameCode: string | undefined;
  let ambiguous = false;
  if (named && 'code' in named) {
    nameCode = named.code;
    labelEnd = ws[j + named.length - 1]!.end;
  } else if (named) ambiguous = true;
  return { number, nameCode, ambiguous, labelStart: tcStart, labelEnd };
}

/** A criterion code from a reference, or why there is none. */
export function resolveRef(s: BodyState, ref: CriterionRef): { code: string } | { problem: RefProblem } {
  if (ref.number !== undefined && !s.names.codes.has(ref.number)) {
    return { problem: ['criterion-unknown', `không có tiêu chí số ${ref.number} trong bộ tiêu chí xã áp dụng cho năm của kế hoạch`, `the commune set of the plan's year has no criterion ${ref.number}`] };
  }
  if (ref.number !== undefined && ref.nameCode !== undefined && ref.number !== ref.nameCode) {
    return { problem: ['criterion-number-name-differ', `số tiêu chí (${ref.number}) và tên tiêu chí (tiêu chí ${ref.nameCode}) không khớp nhau`, `the criterion number (${ref.number}) and its name (criterion ${ref.nameCode}) disagree`] };
  }
  const code = ref.number ?? ref.nameCode;
  if (code !== undefined) return { code };
  if (ref.ambiguous) return { problem: ['criterion-ambiguous', 'tên tiêu chí khớp với nhiều tiêu chí', 'the criterion name fits several criteria'] };
  return { problem: ['criterion-not-named', 'không xác định được tiêu chí nào (không có số, tên không khớp với bộ tiêu chí)', 'no criterion could be identified (no number, and the name matches none of the set)'] };
}

/** The criterion a line's lead-in names ("- Giao thông: Có 77/94 xã đạt …", "- Tiêu chí số 5: có …"). */
export function leadIn(s: BodyState, ls: number, anchorStart: number): { code: string; start: number; end: number } | undefined {
  const f = s.folded;
  const colon = f.indexOf(':', ls);
  if (colon === -1 || colon > anchorStart || colon - ls > 120) return undefined;
  const ws = wordsIn(f, ls, colon);
  let i = 0;
  while (i < ws.length && /^(?:[a-z]|\d+|ve|tieu|chi|so)$/.test(ws[i]!.w) && !(ws[i]!.w === 'so' && !/^\d/.test(ws[i + 1]?.w ?? ''))) {
    if (ws[i]!.w === 'so' && /^\d+$/.test(ws[i + 1]?.w ?? '') && s.names.codes.has(String(Number(ws[i + 1]!.w)))) {
      return { code: String(Number(ws[i + 1]!.w)), start: ws[0]!.start, end: ws[i + 1]!.end };
    }
    i++;
  }
  const m = s.names.match(ws, i);
  return m && 'code' in m && i + m.length === ws.length ? { code: m.code, start: ws[0]!.start, end: ws[ws.length - 1]!.end } : undefined;
}
