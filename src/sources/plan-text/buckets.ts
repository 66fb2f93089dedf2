// The bucket lines: how many communes meet so many criteria, written after the count ("12 xã đạt từ
// 15-18 tiêu chí", "3 xã đạt dưới 5 tiêu chí") or before it ("Số xã đạt từ 15-18 tiêu chí: 12 xã"), and a
// count in parenthesis right after one ("(năm 2023 có 9 xã)"), which is the same bucket's.
import { claim } from './body-state.js';
import type { Span } from './figures.js';
import { advance, done, type Statement } from './statement.js';

// In each list, the second pattern is "dưới N tiêu chí" (below N): the bucket 0 to N-1.
const AFTER = [
  /^\s*(?:dat\s+)?(?:tu\s+)?(\d{1,2})\s*(?:-|den)\s*(\d{1,2})\s+tieu chi\b/d,
  /^\s*(?:dat\s+)?duoi\s+(\d{1,2})\s+tieu chi\b/d,
  /^\s*dat\s+(\d{1,2})(?:\s*\/\s*\d{1,2})?\s+tieu chi\b/d,
];
const BEFORE = [
  /(?:so\s+xa\s+)?(?:dat\s+)?(?:tu\s+)?(\d{1,2})\s*(?:-|den)\s*(\d{1,2})\s+tieu chi\s*:?\s*(?:co\s+|la\s+)?$/d,
  /(?:so\s+xa\s+)?(?:dat\s+)?duoi\s+(\d{1,2})\s+tieu chi\s*:?\s*(?:co\s+|la\s+)?$/d,
  /(?:so\s+xa\s+)?\bdat\s+(\d{1,2})(?:\s*\/\s*\d{1,2})?\s+tieu chi\s*:?\s*(?:co\s+|la\s+)?$/d,
];

/** A bucket count, read; false when the statement is none. */
export function readBucket(st: Statement, count: number): boolean {
  const { s, a, year } = st;
  const bucket = bucketAt(st);
  if (bucket) {
    for (const tk of bucket.tokens) claim(s, tk);
    s.figures.push({ kind: 'bucket', year, id: bucket.id, count, span: bucket.span });
    done(st, bucket.span.end, 'bucket', { bucket: bucket.id });
    return true;
  }
  const last = st.line.last;
  if (st.paren && last?.kind === 'bucket' && s.folded.slice(last.end, st.paren.start).replace(/[\s,;]/g, '') === '' && /^\s*(?:dat)?\s*$/.test(st.tail)) {
    const end = st.line.bounds.trimEnd(a.end, st.tailEnd);
    s.figures.push({ kind: 'bucket', year, id: last.bucket!, count, span: { start: st.quote, end } });
    advance(st.line, end);
    return true;
  }
  return false;
}

/** The bucket the tail or the head names, with the offsets of its numbers and the span to quote. */
function bucketAt(st: Statement): { id: string; tokens: number[]; span: Span } | undefined {
  const { a } = st;
  const after = firstMatch(AFTER, st.tail);
  if (after) return after.id === undefined ? undefined : { id: after.id, tokens: tokensOf(after.m, a.end), span: { start: st.quote, end: a.end + after.m[0].length } };
  const before = firstMatch(BEFORE, st.head);
  if (before) return before.id === undefined ? undefined : { id: before.id, tokens: tokensOf(before.m, st.headStart), span: { start: st.headStart + before.m.index, end: a.end } };
  return undefined;
}

/** The first pattern matching `s`, and its bucket id ("15-18", "0-4", "19"), undefined when the range is none. */
function firstMatch(patterns: readonly RegExp[], s: string): { id: string | undefined; m: RegExpExecArray } | undefined {
  for (const [k, re] of patterns.entries()) {
    const m = re.exec(s);
    if (!m) continue;
    const id = k === 1 ? range('0', String(Number(m[1]) - 1)) : range(m[1]!, m[2]);
    return { id: id === undefined || (k === 1 && Number(m[1]) === 0) ? undefined : id, m };
  }
  return undefined;
}

function range(lo: string, hi: string | undefined): string | undefined {
  const l = Number(lo);
  const h = hi === undefined ? l : Number(hi);
  return l <= h && h <= 99 ? (l === h ? String(l) : `${l}-${h}`) : undefined;
}

/** Offsets of the bucket's numbers, from the offset `base` where the matched string starts. */
const tokensOf = (m: RegExpExecArray, base: number) => [m.indices![1]![0], ...(m[2] !== undefined ? [m.indices![2]![0]] : [])].map((i) => base + i);
