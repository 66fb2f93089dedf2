// The body of a plan: the statements that carry figures, read clause by clause.
//
// A statement is anchored on a count ("77/94 xã", "5 xã", "3 huyện", "45 thôn, bản", "72 dự án"), an average
// ("15,5 tiêu chí/xã") or an amount ("114.765 triệu đồng"). What precedes the anchor in its clause (the head:
// "Duy trì", "Công nhận mới", "nâng tổng số …", "Số xã đạt từ 15-18 tiêu chí:") and what follows it (the tail:
// "đạt tiêu chí số 2 về Giao thông", "đã được công nhận đạt chuẩn") say which figure it is. The year is the
// one the clause names ("(năm 2023 có 73/94 xã …)"), else the heading's, else the plan's. A count whose
// statement matches no known form is reported, never placed by guess.
import type { FundingSourceId } from '../../funding/taxonomy.js';
import { FUNDING_SOURCES } from '../../funding/taxonomy.js';
import type { PlanCommune } from '../../plans/types.js';
import type { Figure, Span, Unplaced } from './figures.js';
import { YEAR_WORD, type LineLayout } from './layout.js';
import { allSourcesNamed, isUnder, sourcesNamed, wordsIn, type CriterionNames } from './names.js';
import { NUMBER_TOKEN, readCount, readNumber, type NumberConvention } from './numbers.js';
import type { PreparedText } from './prepare.js';
import { UNIT_WORDS } from './vocabulary.js';

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

type AnchorKind = 'slash' | 'plain' | 'average' | 'amount';

interface Anchor {
  readonly kind: AnchorKind;
  readonly start: number;
  readonly end: number;
  /** The number tokens: [count] or [count, denominator] or [amount]. */
  readonly tokens: readonly { readonly text: string; readonly start: number }[];
  /** xa, huyen, thon, ban, du an; or the money unit words. */
  readonly unit?: string;
}

interface LineState {
  readonly ls: number;
  readonly le: number;
  readonly year: number | undefined;
  readonly section: string;
  prevEnd: number;
  last?: LastStatement;
  /** The last criterion stated outside a parenthesis, and in which sentence. */
  lastCriterion?: { readonly code: string; readonly sentence: number };
  lastAmount?: { readonly id: number; readonly source: FundingSourceId; readonly end: number };
}

interface LastStatement {
  readonly kind: 'criterion' | 'bucket' | 'other';
  readonly end: number;
  readonly criterion?: string;
  readonly bucket?: string;
  readonly sentence: number;
}

const SLASH = /(?<![\d/.,])(\d+)\s*\/\s*(\d+)(?![\d/])\s*(xa|huyen)\b/g;
const PLAIN = /(?<![\d/.,])(\d+(?:[.,]\d+)*)\s*(xa|huyen|thon|ban|du an)\b/g;
const AVERAGE = /(?<![\d/.,])(\d+(?:[.,]\d+)?)\s*tieu chi\s*\/\s*xa\b/g;
const AVERAGE_WORDS = /binh quan\b[^;()\n]{0,160}?\bdat\s+(\d+(?:[.,]\d+)?)\s+tieu chi\b(?!\s*\/)/g;
const AMOUNT = /(?<![\d/.,])(\d+(?:[.,]\d+)*)\s*(trieu dong|ty dong|nghin dong|ngan dong|dong)\b/g;
const UNIT_DECLARED = /(?:don vi(?: tinh)?|dvt)\s*:?\s*(trieu dong|ty dong|nghin dong|ngan dong|dong)\b/;
/** An amount without its unit, under "Đơn vị tính: triệu đồng": after a label ("NSTW: 300.000", "ngân sách tỉnh 100.000"). */
const LABEL_AMOUNT = /(?<=[a-z):]\s*)(\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d{3,}(?:,\d+)?)(?=\s*(?:$|[;,.()]))/g;
const NOT_AMOUNT_BEFORE = /\b(?:nam|so|ngay|luc|bieu|muc|giai doan)\s*:?\s*$/;
/** Words allowed between a count and "tiêu chí": "xã đạt chuẩn về tiêu chí …", "xã hoàn thành tiêu chí …". */
const TO_CRITERION = /^\s*(?:(?:dat|chuan|hoan|thanh|ve|duoc|van|duy|tri|co|giu|vung|cac|theo)\s+){0,6}tieu chi\b/;
/** What follows a number that is a figure: a unit of the format, money, a share (read with lastIndex: sticky). */
const FIGURE_LOOKING = /\s*(?:\/\s*\d+\s*)?(?:(?:xa|huyen|thon|ban|tieu chi|du an|trieu|ty dong|nghin dong|dong|phan tram)\b|%)/y;
const NAME_RE = /^\p{Lu}[\p{Ll}\p{M}'’]*(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]*){0,4}$/u;
const DISTRICT_PREFIX = /^(?:huyện|thị xã|thành phố|TP\.?)\s+/iu;

const msg = (vi: string, en: string) => ({ vi, en });

export function readBody(ctx: BodyContext): BodyResult {
  const { p, lines, convention, names, planYear } = ctx;
  const f = p.folded;
  const t = p.text;
  const figures: Figure[] = [];
  const unplaced: Unplaced[] = [];
  const claimed = new Set<number>();
  const claim = (start: number) => claimed.add(start);

  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const sentenceDot = (i: number) => (f[i] === '.' || f[i] === '!' || f[i] === '?') && !(isDigit(f[i - 1]) && isDigit(f[i + 1]));

  // Clause and sentence boundaries and parentheses of the line being read, found once per line, so that
  // every lookup is a binary search (a hostile line of a million characters stays linear).
  interface Bounds {
    readonly hard: number[];
    readonly dots: number[];
    readonly pairs: { open: number; close: number; parent: number }[];
  }
  let bounds: Bounds = { hard: [], dots: [], pairs: [] };
  const boundsOf = (ls: number, le: number): Bounds => {
    const out: Bounds = { hard: [], dots: [], pairs: [] };
    const stack: number[] = [];
    for (let i = ls; i < le; i++) {
      const c = f[i];
      const dot = (c === '.' || c === '!' || c === '?') && sentenceDot(i);
      if (c === ';' || c === '(' || c === ')' || dot) out.hard.push(i);
      if (dot) out.dots.push(i);
      if (c === '(') {
        stack.push(out.pairs.length);
        out.pairs.push({ open: i, close: le, parent: stack.length > 1 ? stack[stack.length - 2]! : -1 });
      } else if (c === ')' && stack.length > 0) out.pairs[stack.pop()!]!.close = i;
    }
    return out;
  };
  /** Index of the last element below `pos`, or -1. */
  const lastBelow = (arr: readonly number[], pos: number) => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const clauseStart = (pos: number, ls: number) => {
    const i = lastBelow(bounds.hard, pos);
    return i === -1 ? ls : Math.max(ls, bounds.hard[i]! + 1);
  };
  const clauseEnd = (pos: number, le: number) => {
    const i = lastBelow(bounds.hard, pos) + 1;
    return i < bounds.hard.length ? Math.min(le, bounds.hard[i]!) : le;
  };
  const sentenceStart = (pos: number, ls: number) => {
    const i = lastBelow(bounds.dots, pos);
    return i === -1 ? ls : Math.max(ls, bounds.dots[i]! + 1);
  };
  /** Where the parenthesis opening at `open` closes in the line, or -1 (unclosed, or too long to be a list). */
  const closeOf = (open: number, le: number): number => {
    const k = lastBelow(bounds.pairs.map((p) => p.open), open + 1);
    const pair = k === -1 ? undefined : bounds.pairs[k];
    return pair && pair.open === open && pair.close < le && pair.close - open < 2000 ? pair.close : -1;
  };
  /** The parenthesis enclosing `pos` in the line, if any (an unclosed one runs to the end of the line). */
  const parenAt = (pos: number, _ls: number, le: number): Span | undefined => {
    const opens = bounds.pairs.map((p) => p.open);
    let k = lastBelow(opens, pos);
    for (let steps = 0; k !== -1 && steps < 64; steps++) {
      const pair = bounds.pairs[k]!;
      if (pair.close >= pos) return { start: pair.open, end: pair.close >= le ? le : pair.close + 1 };
      k = pair.parent;
    }
    return undefined;
  };
  const skipSpace = (i: number, le: number) => {
    while (i < le && f[i] === ' ') i++;
    return i;
  };
  /** Trims spaces, commas, colons and a dangling "và" off the end of [start, end). */
  const trimEnd = (start: number, end: number) => {
    for (;;) {
      while (end > start && ' ,:'.includes(f[end - 1]!)) end--;
      if (end - start >= 3 && f.slice(end - 3, end) === ' va') end -= 3;
      else return end;
    }
  };
  /** Where a quote of a statement begins: after the last ":" or "," of its head, past bullets and spaces. */
  const quoteStart = (headStart: number, anchorStart: number) => {
    const head = f.slice(headStart, anchorStart);
    const cut = Math.max(head.lastIndexOf(':'), head.lastIndexOf(','));
    let s = cut >= 0 ? headStart + cut + 1 : headStart;
    while (s < anchorStart && ' -+*\u2022\t'.includes(f[s]!)) s++;
    if (f.startsWith('va ', s)) s += 3;
    return s;
  };
  const yearAt = (pos: number, ls: number, le: number, lineYear: number | undefined): { year: number; explicit: boolean } => {
    const cs = Math.max(clauseStart(pos, ls), pos - 600);
    let back: number | undefined;
    for (const m of f.slice(cs, pos).matchAll(YEAR_WORD)) back = Number(m[1]);
    if (back !== undefined) return { year: back, explicit: true };
    const fwd = YEAR_WORD.exec(f.slice(pos, Math.min(clauseEnd(pos, le), pos + 400)));
    YEAR_WORD.lastIndex = 0;
    if (fwd) return { year: Number(fwd[1]), explicit: true };
    return { year: lineYear ?? planYear, explicit: false };
  };
  const place = (code: string, span: Span, vi: string, en: string) => unplaced.push({ code, span, message: msg(vi, en) });

  /** A criterion named at `tcStart` ("tiêu chí số 2 về Giao thông", "tiêu chí thu nhập"). */
  const criterionRef = (tcStart: number, limit: number) => {
    const ws = wordsIn(f, tcStart, limit);
    let i = 2;
    let labelEnd = ws[1]!.end;
    while (ws[i]?.w === 'tieu' && ws[i + 1]?.w === 'chi') i += 2;
    let number: string | undefined;
    if (ws[i]?.w === 'so' && /^\d{1,2}$/.test(ws[i + 1]?.w ?? '')) {
      number = String(Number(ws[i + 1]!.w));
      claim(ws[i + 1]!.start);
      labelEnd = ws[i + 1]!.end;
      i += 2;
    }
    let j = i;
    if (ws[j]?.w === 've') j++;
    while (ws[j]?.w === 'tieu' && ws[j + 1]?.w === 'chi') j += 2;
    const named = names.match(ws, j);
    let nameCode: string | undefined;
    let ambiguous = false;
    if (named && 'code' in named) {
      nameCode = named.code;
      labelEnd = ws[j + named.length - 1]!.end;
    } else if (named) ambiguous = true;
    return { number, nameCode, ambiguous, labelStart: tcStart, labelEnd };
  };

  /** A criterion code from a reference, or why there is none. */
  const resolveRef = (ref: ReturnType<typeof criterionRef>): { code: string } | { problem: [string, string, string] } => {
    if (ref.number !== undefined && !names.codes.has(ref.number)) {
      return { problem: ['criterion-unknown', `không có tiêu chí số ${ref.number} trong bộ tiêu chí xã áp dụng cho năm của kế hoạch`, `the commune set of the plan's year has no criterion ${ref.number}`] };
    }
    if (ref.number !== undefined && ref.nameCode !== undefined && ref.number !== ref.nameCode) {
      return { problem: ['criterion-number-name-differ', `số tiêu chí (${ref.number}) và tên tiêu chí (tiêu chí ${ref.nameCode}) không khớp nhau`, `the criterion number (${ref.number}) and its name (criterion ${ref.nameCode}) disagree`] };
    }
    const code = ref.number ?? ref.nameCode;
    if (code !== undefined) return { code };
    if (ref.ambiguous) return { problem: ['criterion-ambiguous', 'tên tiêu chí khớp với nhiều tiêu chí', 'the criterion name fits several criteria'] };
    return { problem: ['criterion-not-named', 'không xác định được tiêu chí nào (không có số, tên không khớp với bộ tiêu chí)', 'no criterion could be identified (no number, and the name matches none of the set)'] };
  };

  /** The criterion a line's lead-in names ("- Giao thông: Có 77/94 xã đạt …"). */
  const leadIn = (ls: number, anchorStart: number): { code: string; start: number; end: number } | undefined => {
    const colon = f.indexOf(':', ls);
    if (colon === -1 || colon > anchorStart || colon - ls > 120) return undefined;
    const ws = wordsIn(f, ls, colon);
    let i = 0;
    while (i < ws.length && /^(?:[a-z]|\d+|ve|tieu|chi|so)$/.test(ws[i]!.w) && !(ws[i]!.w === 'so' && !/^\d/.test(ws[i + 1]?.w ?? ''))) {
      if (ws[i]!.w === 'so' && /^\d+$/.test(ws[i + 1]?.w ?? '') && names.codes.has(String(Number(ws[i + 1]!.w)))) {
        return { code: String(Number(ws[i + 1]!.w)), start: ws[0]!.start, end: ws[i + 1]!.end };
      }
      i++;
    }
    const m = names.match(ws, i);
    return m && 'code' in m && i + m.length === ws.length ? { code: m.code, start: ws[0]!.start, end: ws[ws.length - 1]!.end } : undefined;
  };

  // --- Names -----------------------------------------------------------------------------

  const cleanName = (s: string) => s.trim().replace(/^(?:các\s+)?(?:xã|thị trấn)\s+/iu, '').trim();

  /** The proper names at the start of [start, end): "San Thàng, Bản Bo, Phúc Khoa, Pha Mu và …". */
  const leadingNames = (start: number, end: number): { names: string[]; end: number } => {
    const out: string[] = [];
    let last = start;
    const s = t.slice(start, end);
    const re = /\s*(?:,|\svà\s|:)?\s*([^,;:()]+?)(?=\s*(?:,|\svà\s|;|$))/gu;
    let m: RegExpExecArray | null;
    let pos = 0;
    while ((m = re.exec(s)) !== null && m.index === pos && m[0].length > 0) {
      const name = cleanName(m[1]!);
      if (!NAME_RE.test(name)) break;
      out.push(name);
      last = start + m.index + m[0].length;
      pos = m.index + m[0].length;
    }
    return { names: out, end: last };
  };

  /** Communes with their districts, as a whole list: "Sơn Bình huyện Tam Đường; Khoen On, Tà Mung huyện Than Uyên". */
  const communeList = (start: number, end: number): PlanCommune[] | undefined => {
    const out: PlanCommune[] = [];
    for (const group of t.slice(start, end).split(';')) {
      const g = group.trim();
      if (g === '') continue;
      let names = g;
      let district: string | undefined;
      const after = /^(.*?)[\s,]*(?:huyện|thị xã|thành phố|TP\.?)\s+([^,:()]+)$/u.exec(g);
      const before = /^(?:huyện|thị xã|thành phố|TP\.?)\s+([^,:()]+?)\s*[:(]\s*(.*?)\)?$/u.exec(g);
      if (before && NAME_RE.test(before[1]!.trim())) {
        district = before[1]!.trim();
        names = before[2]!;
      } else if (after && NAME_RE.test(after[2]!.trim()) && after[1]!.trim() !== '') {
        district = after[2]!.trim();
        names = after[1]!;
      }
      for (const part of names.split(/\s*,\s*|\s+và\s+/u)) {
        const one = /^(.+?)\s*\(\s*(?:huyện\s+|thị xã\s+|thành phố\s+)?([^()]+?)\s*\)$/u.exec(part.trim());
        const name = cleanName(one ? one[1]! : part);
        const d = one ? one[2]!.trim() : district;
        if (!NAME_RE.test(name) || (d !== undefined && !NAME_RE.test(d))) return undefined;
        out.push(d !== undefined ? { name, district: d } : { name });
      }
    }
    return out.length > 0 ? out : undefined;
  };

  /** "Tam Đường 20 bản, Than Uyên 20 bản, Mường Tè 5 bản". */
  const villageList = (start: number, end: number): { district: string; count: number; tokenStart: number }[] | undefined => {
    const out: { district: string; count: number; tokenStart: number }[] = [];
    const s = t.slice(start, end);
    const re = /([^,;:]+?)\s*:?\s*(\d+(?:[.,]\d+)*)\s*(?:thôn,?\s*bản|thôn|bản|ấp|làng)?\s*(?:[,;]|$)/gu;
    let pos = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (s.slice(pos, m.index).trim() !== '') return undefined;
      const district = m[1]!.trim().replace(DISTRICT_PREFIX, '');
      const count = readCount(m[2]!, convention);
      if (!NAME_RE.test(district) || count === undefined) return undefined;
      out.push({ district, count, tokenStart: start + m.index + m[0].indexOf(m[2]!, m[1]!.length) });
      pos = m.index + m[0].length;
    }
    return out.length > 0 && s.slice(pos).trim() === '' ? out : undefined;
  };

  // --- The lines ---------------------------------------------------------------------------

  let fundingStack: { id: number; source: FundingSourceId }[] = [];
  let fundingUnit: { unit: (typeof UNIT_WORDS)[number]['unit']; label: string } | undefined;
  let fundingId = 0;
  let previousSection: string | undefined;

  for (let li = 0; li < p.lines.length; li++) {
    const line = p.lines[li]!;
    const lay = lines[li]!;
    if (lay.section !== previousSection) {
      fundingStack = [];
      fundingUnit = undefined;
      previousSection = lay.section;
    }
    if (lay.section === 'header' || lay.top) continue;
    const ls = line.start;
    const le = line.end;
    const lf = f.slice(ls, le);
    if (lf.trim() === '') continue;
    bounds = boundsOf(ls, le);

    // Anchors of the line, in order.
    const anchors: Anchor[] = [];
    for (const m of lf.matchAll(SLASH)) {
      const second = ls + m.index + m[0].indexOf('/') + 1 + (m[0].slice(m[0].indexOf('/') + 1).length - m[0].slice(m[0].indexOf('/') + 1).trimStart().length);
      anchors.push({ kind: 'slash', start: ls + m.index, end: ls + m.index + m[0].length, unit: m[3]!, tokens: [{ text: m[1]!, start: ls + m.index }, { text: m[2]!, start: second }] });
    }
    const slashes = anchors.map((a) => a.start);
    const inSlash = (i: number) => {
      const k = lastBelow(slashes, i + 1);
      return k !== -1 && i < anchors[k]!.end;
    };
    for (const m of lf.matchAll(PLAIN)) {
      if (inSlash(ls + m.index)) continue;
      anchors.push({ kind: 'plain', start: ls + m.index, end: ls + m.index + m[0].length, unit: m[2]!, tokens: [{ text: m[1]!, start: ls + m.index }] });
    }
    for (const m of lf.matchAll(AVERAGE)) anchors.push({ kind: 'average', start: ls + m.index, end: ls + m.index + m[0].length, tokens: [{ text: m[1]!, start: ls + m.index }] });
    for (const m of lf.matchAll(AVERAGE_WORDS)) {
      const at = ls + m.index + m[0].lastIndexOf(m[1]!);
      if (anchors.some((a) => a.kind === 'average' && a.start === at)) continue;
      anchors.push({ kind: 'average', start: at, end: ls + m.index + m[0].length, tokens: [{ text: m[1]!, start: at }] });
    }
    const declared = lay.section === 'funding' ? UNIT_DECLARED.exec(lf) : null;
    if (declared) {
      const u = UNIT_WORDS.find((w) => w.words === declared[1])!;
      const end = ls + declared.index + declared[0].length;
      fundingUnit = { unit: u.unit, label: t.slice(end - declared[1]!.length, end) };
      for (const m of lf.matchAll(NUMBER_TOKEN)) if (m.index >= declared.index && m.index < declared.index + declared[0].length) claim(ls + m.index);
    }
    for (const m of lf.matchAll(AMOUNT)) {
      if (declared && m.index >= declared.index && m.index < declared.index + declared[0].length) continue;
      anchors.push({ kind: 'amount', start: ls + m.index, end: ls + m.index + m[0].length, unit: m[2]!, tokens: [{ text: m[1]!, start: ls + m.index }] });
    }
    if (lay.section === 'funding' && fundingUnit) {
      const amountStarts = new Set(anchors.filter((a) => a.kind === 'amount').map((a) => a.tokens[0]!.start));
      for (const m of lf.matchAll(LABEL_AMOUNT)) {
        const at = ls + m.index + m[0].indexOf(m[1]!);
        if (amountStarts.has(at) || NOT_AMOUNT_BEFORE.test(lf.slice(Math.max(0, m.index - 30), m.index))) continue;
        anchors.push({ kind: 'amount', start: at, end: at + m[1]!.length, tokens: [{ text: m[1]!, start: at }] });
      }
    }
    anchors.sort((a, b) => a.start - b.start || b.end - a.end);
    // An anchor inside another (an average's "/xã" is no count of communes) is dropped.
    let reach = -1;
    const kept = anchors.filter((a) => {
      const inside = a.end <= reach;
      reach = Math.max(reach, a.end);
      return !inside;
    });

    const st: LineState = { ls, le, year: lay.year, section: lay.section, prevEnd: ls };
    for (let ai = 0; ai < kept.length; ai++) {
      const a = kept[ai]!;
      if (a.tokens.every((tk) => claimed.has(tk.start))) continue;
      let next: Anchor | undefined;
      for (let k = ai + 1; k < kept.length && next === undefined; k++) if (!kept[k]!.tokens.every((tk) => claimed.has(tk.start))) next = kept[k];
      readAnchor(st, a, next);
    }
  }

  // --- One anchor ----------------------------------------------------------------------------

  function readAnchor(st: LineState, a: Anchor, next: Anchor | undefined): void {
    const { ls, le } = st;
    // A statement's words lie near its anchor: heads and tails are bounded, so no line costs more than linear time.
    const ce = Math.min(clauseEnd(a.end, le), a.end + 1000);
    const tailEnd = Math.min(next ? next.start : le, ce, a.end + 400);
    const headStart = Math.max(st.prevEnd, clauseStart(a.start, ls), a.start - 400);
    const H = f.slice(headStart, a.start);
    const T = f.slice(a.end, tailEnd);
    const sentence = sentenceStart(a.start, ls);
    const paren = parenAt(a.start, ls, le);
    const { year, explicit } = yearAt(a.start, ls, le, st.year);
    const q0 = quoteStart(headStart, a.start);
    for (const tk of a.tokens) claim(tk.start);
    const advance = (end: number) => {
      st.prevEnd = Math.max(st.prevEnd, end);
    };
    const unread = (code: string, vi: string, en: string, end = trimEnd(a.start, tailEnd), start = q0) => {
      place(code, { start: Math.min(start, a.start), end: Math.max(end, a.end) }, vi, en);
      advance(a.end);
    };
    const done = (end: number, last: LastStatement['kind'] = 'other', extra: Partial<LastStatement> = {}) => {
      advance(end);
      st.last = { kind: last, end, sentence, ...extra };
    };

    if (a.kind === 'average') {
      const r = readNumber(a.tokens[0]!.text, convention);
      if (!('value' in r)) return unread('ambiguous-number', `không đọc chắc chắn được số "${a.tokens[0]!.text}"`, `the number "${a.tokens[0]!.text}" can be read two ways`);
      figures.push({ kind: 'average', year, value: r.value, span: { start: q0, end: a.end } });
      return done(a.end);
    }

    if (a.kind === 'amount') return readAmount(st, a, q0, paren, unread);

    const count = readCount(a.tokens[0]!.text, convention);
    if (count === undefined) {
      return unread('ambiguous-number', `không đọc được "${a.tokens[0]!.text}" thành một số nguyên chắc chắn`, `"${a.tokens[0]!.text}" is not a whole number that reads one way`);
    }

    if (a.kind === 'slash') {
      const outOf = readCount(a.tokens[1]!.text, convention);
      if (outOf === undefined) return unread('ambiguous-number', `không đọc được mẫu số "${a.tokens[1]!.text}"`, `the denominator "${a.tokens[1]!.text}" cannot be read`);
      if (a.unit === 'huyen') {
        if (districtCriterion(st, a, count, ce, tailEnd, year, q0, sentence)) return;
        return unread('not-placed', 'không xác định được số liệu này thuộc mục nào của kế hoạch', 'this figure fits no part of the plan format');
      }
      figures.push({ kind: 'denominator', value: outOf, span: { start: a.start, end: a.end } });
      const tc = TO_CRITERION.exec(T);
      if (tc) {
        const ref = criterionRef(a.end + tc[0].length - 'tieu chi'.length, tailEnd);
        const resolved = resolveRef(ref);
        if (/\bnang cao\b/.test(f.slice(ref.labelEnd, tailEnd))) {
          return unread('not-placed', 'số xã có mẫu số nhưng nói về tiêu chí nâng cao: không rõ thuộc mục nào', 'a count over the communes about an advanced criterion fits no part of the format');
        }
        let code = 'code' in resolved ? resolved.code : undefined;
        let labelStart = ref.labelStart;
        let labelEnd = ref.labelEnd;
        if (code === undefined && 'problem' in resolved && resolved.problem[0] === 'criterion-not-named') {
          const lead = leadIn(ls, a.start);
          if (lead) ({ code, start: labelStart, end: labelEnd } = lead);
        }
        if (code === undefined) {
          const [c, vi, en] = (resolved as { problem: [string, string, string] }).problem;
          return unread(c, vi, en, ref.labelEnd);
        }
        emitCriterion(st, code, count, outOf, labelStart, labelEnd, H, year, q0, Math.max(ref.labelEnd, a.end), paren, sentence);
        return done(ref.labelEnd, 'criterion', { criterion: code });
      }
      const standard = /^\s*(?:da\s+)?(?:duoc\s+)?(?:cong nhan\s+)?dat chuan(?:\s+(?:nong thon moi|ntm))?(\s+nang cao|\s+kieu mau)?\b/.exec(T);
      if (standard) {
        const end = a.end + standard[0].length;
        const y = !explicit && /\bda\b/.test(standard[0]) ? planYear - 1 : year;
        const label = t.slice(q0, end);
        if (standard[1]?.includes('nang cao')) figures.push({ kind: 'advanced', year: y, count, label, span: { start: q0, end } });
        else if (standard[1]?.includes('kieu mau')) figures.push({ kind: 'model', year: y, count, label, span: { start: q0, end } });
        else figures.push({ kind: 'meeting-total', year: y, value: count, label, span: { start: q0, end } });
        return done(end);
      }
      // "(năm 2023: 73/94 xã)" right after a criterion's statement, or under a lead-in naming the criterion.
      const follow = paren && st.last?.kind === 'criterion' && st.last.sentence === sentence && f.slice(st.last.end, paren.start).replace(/[\s,;]/g, '') === '' ? st.last.criterion : undefined;
      const lead = follow === undefined ? leadIn(ls, a.start) : undefined;
      const code = follow ?? lead?.code;
      if (code !== undefined && /^\s*(?:dat|co)?\s*$/.test(T)) {
        const labelSpan = lead ? { start: lead.start, end: lead.end } : undefined;
        emitCriterion(st, code, count, outOf, labelSpan?.start ?? -1, labelSpan?.end ?? -1, H, year, q0, a.end, paren, sentence);
        return done(a.end, 'criterion', { criterion: code });
      }
      return unread('not-placed', 'số xã đạt (x/y xã) nhưng không nói rõ đạt tiêu chí nào', 'a count of communes (x/y) that names no criterion');
    }

    // Plain counts.
    if (a.unit === 'du an') {
      if (st.section === 'projects' || /\btong so\b/.test(H)) {
        // "1. Danh mục dự án dự kiến đầu tư trong năm 2023: Tổng số dự án …: 72 dự án": the list's name is the label.
        const colon = f.indexOf(':', ls);
        let label: string | undefined;
        let start = q0;
        if (colon !== -1 && colon < a.start) {
          const span = fundingLabel(ls, colon);
          const l = t.slice(span.start, span.end).trim();
          if (l !== '' && !/^tong so/.test(f.slice(span.start, span.end))) {
            label = l;
            start = span.start;
          }
        }
        figures.push({ kind: 'projects', count, ...(label !== undefined ? { label } : {}), span: { start, end: a.end } });
        return done(a.end);
      }
      return unread('not-placed', 'số dự án nằm ngoài phần danh mục dự án', 'a number of projects outside the project list');
    }

    if (a.unit === 'thon' || a.unit === 'ban') {
      const m = /^\s*(?:,\s*(?:ban|thon|ap)\s*)?(?:duoc\s+)?(?:cong nhan\s+)?(?:dat chuan|dat)(?:\s+(?:nong thon moi|ntm))?\b/.exec(T);
      if (!m) return unread('not-placed', 'số thôn, bản nhưng không rõ là số thôn, bản đạt chuẩn', 'a number of villages that is not stated as meeting the standard');
      const end = trimEnd(a.end, a.end + m[0].length);
      figures.push({ kind: 'villages', year, total: count, label: t.slice(q0, end), span: { start: q0, end } });
      done(end);
      const open = skipSpace(trimEnd(a.end, tailEnd), le);
      if (f[open] === '(') {
        const close = closeOf(open, le);
        const list = close !== -1 ? villageList(open + 1, close) : undefined;
        if (list) {
          for (const v of list) claim(v.tokenStart);
          figures.push({ kind: 'villages-by-district', year, byDistrict: list.map(({ district, count: c }) => ({ district, count: c })), span: { start: open, end: close + 1 } });
          advance(close + 1);
        }
      }
      return;
    }

    if (a.unit === 'huyen') {
      if (/(?:hoan thien|hoan thanh)\b.*\bhuyen\b.*\b(?:doi voi|cho|o|tai)\s+(?:cac\s+)?$/.test(H) || /\btieu chi\s+(?:cap\s+)?huyen\b.*\b(?:doi voi|cho)\s+(?:cac\s+)?$/.test(H)) {
        const ln = leadingNames(a.end, ce);
        const end = Math.max(a.end, ln.end);
        figures.push({ kind: 'districts', year, count, label: t.slice(q0, end), span: { start: q0, end } });
        if (ln.names.length > 0) figures.push({ kind: 'districts-names', year, names: ln.names, span: { start: skipSpace(a.end, le), end: ln.end } });
        return done(end);
      }
      if (districtCriterion(st, a, count, ce, tailEnd, year, q0, sentence)) return;
      if (/^\s*(?:duoc\s+cong nhan\s+)?dat chuan\b/.test(T)) {
        return unread('not-in-format', 'số huyện đạt chuẩn nông thôn mới: định dạng kế hoạch chưa có mục này', 'districts meeting the standard: the plan format has no field for it');
      }
      return unread('not-placed', 'không xác định được số huyện này thuộc mục nào của kế hoạch', 'this number of districts fits no part of the plan format');
    }

    // Communes ("N xã").
    const bucket = bucketAt(a, T, H, headStart);
    if (bucket) {
      for (const tk of bucket.tokens) claim(tk);
      figures.push({ kind: 'bucket', year, id: bucket.id, count, span: bucket.span });
      return done(bucket.span.end, 'bucket', { bucket: bucket.id });
    }
    if (paren && st.last?.kind === 'bucket' && f.slice(st.last.end, paren.start).replace(/[\s,;]/g, '') === '' && /^\s*(?:dat)?\s*$/.test(T)) {
      const end = trimEnd(a.end, tailEnd);
      figures.push({ kind: 'bucket', year, id: st.last.bucket!, count, span: { start: q0, end } });
      return advance(end);
    }
    if (/\bduy tri\b/.test(H) && /^\s*(?:xa\s+)?da\s+(?:duoc\s+)?(?:cong nhan|dat chuan)/.test(T)) {
      const m = /^\s*(?:xa\s+)?da\s+(?:duoc\s+)?(?:cong nhan\s*)?(?:dat chuan)?(?:\s+(?:nong thon moi|ntm))?/.exec(T)!;
      const end = trimEnd(a.end, a.end + m[0].length);
      const label = t.slice(a.start, end);
      figures.push({ kind: 'meeting-total', year: explicit ? year : planYear - 1, value: count, label, span: { start: q0, end } });
      figures.push({ kind: 'meeting-maintained', year: planYear, value: count, label, span: { start: q0, end } });
      return done(end);
    }
    if (/\b(?:cong nhan moi|cong nhan them|dat chuan moi|them)\s+(?:cho\s+)?(?:co\s+)?$/.test(H) || /^\s*(?:duoc\s+)?(?:cong nhan|dat chuan)(?:\s+dat chuan)?\s+moi\b/.test(T)) {
      return namedCount(st, 'newly', a, count, year, q0, tailEnd, ce, sentence);
    }
    if (/\bnang tong so\b/.test(H)) {
      figures.push({ kind: 'meeting-total', year, value: count, label: t.slice(q0, a.end), span: { start: q0, end: a.end } });
      return done(a.end);
    }
    const level =
      /\b(nang cao|kieu mau)\s+(?:doi voi|cho|tai|o)\s+(?:cac\s+)?$/.exec(H) ??
      /^\s*(?:xa\s+)?(?:dat chuan\s+|duoc\s+cong nhan\s+(?:dat chuan\s+)?)(?:xa\s+)?(?:nong thon moi|ntm)\s+(nang cao|kieu mau)\b/.exec(T);
    if (level) return namedCount(st, level[1] === 'nang cao' ? 'advanced' : 'model', a, count, year, q0, tailEnd, ce, sentence);
    const tc = TO_CRITERION.exec(T);
    if (tc) {
      const tcStart = a.end + tc[0].length - 'tieu chi'.length;
      const ref = criterionRef(tcStart, tailEnd);
      const resolved = resolveRef(ref);
      if (/\bnang cao\b/.test(f.slice(a.end, ce))) {
        // An advanced-set count: of the criterion it names, else of the criterion this sentence just stated.
        const end = advancedLabelEnd(tcStart, ce, tailEnd);
        const code = 'code' in resolved ? resolved.code : resolved.problem[0] === 'criterion-not-named' && st.lastCriterion?.sentence === sentence ? st.lastCriterion.code : undefined;
        if (code === undefined) {
          return unread('advanced-criterion-unknown', 'số xã đạt tiêu chí nâng cao nhưng không xác định được thuộc tiêu chí nào của bộ tiêu chí xã', 'an advanced-criterion count whose commune-set criterion cannot be identified', end);
        }
        figures.push({ kind: 'criterion-advanced', year, criterion: code, communes: count, label: t.slice(tcStart, end), span: { start: q0, end } });
        return done(end);
      }
      if ('problem' in resolved) {
        const [c, vi, en] = resolved.problem;
        return unread(c, vi, en, ref.labelEnd);
      }
      emitCriterion(st, resolved.code, count, undefined, ref.labelStart, ref.labelEnd, H, year, q0, ref.labelEnd, paren, sentence);
      return done(ref.labelEnd, 'criterion', { criterion: resolved.code });
    }
    const standard = /^\s*(?:da\s+)?(?:duoc\s+cong nhan\s+)?dat chuan(?:\s+(?:nong thon moi|ntm))?\b/.exec(T);
    if (standard && !/\b(?:nang cao|kieu mau)\b/.test(T)) {
      const end = a.end + standard[0].length;
      const y = !explicit && (/\bda\b/.test(standard[0]) || /\b(?:den nay|hien nay|luy ke)\b/.test(H)) ? planYear - 1 : year;
      figures.push({ kind: 'meeting-total', year: y, value: count, label: t.slice(q0, end), span: { start: q0, end } });
      return done(end);
    }
    return unread('not-placed', 'không xác định được số liệu này thuộc mục nào của kế hoạch', 'this figure fits no part of the plan format');
  }

  function emitCriterion(st: LineState, code: string, communes: number, outOf: number | undefined, labelStart: number, labelEnd: number, head: string, year: number, q: number, end: number, paren: Span | undefined, sentence: number): void {
    const label = labelStart >= 0 ? t.slice(labelStart, labelEnd).replace(/\s+/g, ' ') : undefined;
    figures.push({ kind: 'criterion', year, criterion: code, communes, ...(outOf !== undefined ? { outOf } : {}), ...(label !== undefined ? { label } : {}), maintained: /\bduy tri\b/.test(head), span: { start: q, end } });
    if (!paren) st.lastCriterion = { code, sentence };
  }

  /** "có 3 huyện đạt chuẩn tiêu chí số 3 về Thủy lợi … thuộc Bộ tiêu chí quốc gia về huyện nông thôn mới": the criterion just stated. */
  function districtCriterion(st: LineState, a: Anchor, count: number, ce: number, tailEnd: number, year: number, q: number, sentence: number): boolean {
    const rest = f.slice(a.end, ce);
    const m = /^\s*(?:dat|hoan thanh)\s+(?:chuan\s+)?(?:ve\s+)?tieu chi\b/.exec(rest);
    if (!m || !/\bhuyen\b/.test(rest)) return false;
    if (!st.lastCriterion || st.lastCriterion.sentence !== sentence) return false;
    const tcStart = a.end + m[0].length - 'tieu chi'.length;
    let end = tailEnd;
    const cut = /\s(?:thuoc|theo)\s/.exec(f.slice(tcStart, tailEnd));
    if (cut) end = tcStart + cut.index;
    end = trimEnd(tcStart, end);
    const number = /^tieu chi so (\d{1,2})\b/.exec(f.slice(tcStart, end));
    if (number) claim(tcStart + number[0].length - number[1]!.length);
    figures.push({ kind: 'criterion-district', year, criterion: st.lastCriterion.code, districts: count, ...(number ? { districtCriterion: String(Number(number[1])) } : {}), label: t.slice(tcStart, end), span: { start: q, end } });
    st.prevEnd = Math.max(st.prevEnd, end);
    st.last = { kind: 'other', end, sentence };
    return true;
  }

  /** A count with the communes it names: newly recognised, advanced or model communes. */
  function namedCount(st: LineState, kind: 'newly' | 'advanced' | 'model', a: Anchor, count: number, year: number, q: number, tailEnd: number, ce: number, sentence: number): void {
    const le = st.le;
    let end = trimEnd(a.end, tailEnd);
    figures.push({ kind, year, count, label: t.slice(q, end), span: { start: q, end } });
    // The names: in a parenthesis right after, or listed after the count ("4 xã San Thàng, Bản Bo").
    const open = skipSpace(end, le);
    const close = f[open] === '(' ? closeOf(open, le) : -1;
    if (close !== -1 && close < le && !/\d/.test(f.slice(open, close))) {
      const list = communeList(open + 1, close);
      if (list) figures.push({ kind: `${kind}-names`, year, communes: list, span: { start: open, end: close + 1 } });
      else place('names-not-read', { start: open, end: close + 1 }, 'không đọc chắc chắn được danh sách tên xã trong ngoặc', 'the list of commune names in the parenthesis could not be read with certainty');
      end = close + 1;
    } else {
      const ln = leadingNames(a.end, ce);
      if (ln.names.length > 0) {
        figures.push({ kind: `${kind}-names`, year, communes: ln.names.map((name) => ({ name })), span: { start: skipSpace(a.end, le), end: ln.end } });
        end = Math.max(end, ln.end);
      }
    }
    st.prevEnd = Math.max(st.prevEnd, end);
    st.last = { kind: 'other', end, sentence };
  }

  /** A funding amount: the total, or a line under the line it belongs to. */
  function readAmount(st: LineState, a: Anchor, q0: number, paren: Span | undefined, unread: (code: string, vi: string, en: string, end?: number, start?: number) => void): void {
    const { ls, le } = st;
    if (st.section !== 'funding') {
      return unread('amount-outside-funding', 'số tiền nằm ngoài phần nguồn vốn, không đưa vào nguồn vốn của kế hoạch', 'an amount outside the funding section is not taken as a funding line', a.end);
    }
    // The label: back to the previous amount, an opening parenthesis or a semicolon.
    let from = Math.max(ls, st.lastAmount ? st.lastAmount.end : ls, a.start - 300);
    for (let i = a.start - 1; i >= from; i--) {
      if (f[i] === '(' || f[i] === ';') {
        from = i + 1;
        break;
      }
    }
    const lab = fundingLabel(from, a.start);
    const r = readNumber(a.tokens[0]!.text, convention);
    const unit = a.unit !== undefined ? UNIT_WORDS.find((w) => w.words === a.unit)!.unit : fundingUnit?.unit;
    if (!('value' in r)) return unread('ambiguous-number', `không đọc chắc chắn được số tiền "${a.tokens[0]!.text}"`, `the amount "${a.tokens[0]!.text}" can be read two ways`, a.end, lab.start);
    if (unit === undefined) return unread('unit-missing', 'số tiền không ghi đơn vị', 'the amount has no unit', a.end, lab.start);
    const unitLabel = a.unit !== undefined ? t.slice(a.end - a.unit.length, a.end) : fundingUnit!.label;
    const labelText = t.slice(lab.start, lab.end).replace(/\s+/g, ' ');
    const lastAmount = st.lastAmount;
    const inParenOfLast = lastAmount !== undefined && paren !== undefined && paren.start >= lastAmount.end;
    const open = inParenOfLast ? [...fundingStack, { id: lastAmount.id, source: lastAmount.source }] : fundingStack;
    const named = sourcesNamed(labelText);
    const span = { start: lab.start < a.start ? lab.start : a.start, end: a.end };
    if (named.length === 0) {
      if (/\btong\b|nguon von|kinh phi/.test(f.slice(lab.start, lab.end)) && fundingStack.length === 0 && !inParenOfLast) {
        figures.push({ kind: 'funding-total', amount: r.value, unit, unitLabel, label: labelText, span });
        st.prevEnd = Math.max(st.prevEnd, a.end);
        st.lastAmount = undefined;
        return;
      }
      return unread('funding-source-unknown', `không xác định được nguồn vốn "${labelText}" trong danh mục nguồn vốn`, `the funding source "${labelText}" matches none of the funding taxonomy`, a.end, lab.start);
    }
    const placed = placeSource(named, open, labelText);
    if (!placed) return unread('funding-source-ambiguous', `không xác định chắc chắn nguồn vốn "${labelText}" thuộc dòng nào`, `cannot tell which funding line "${labelText}" belongs to`, a.end, lab.start);
    const id = fundingId++;
    figures.push({ kind: 'funding-line', id, source: placed.source, amount: r.value, unit, unitLabel, label: labelText, span, ...(placed.parent !== undefined ? { parent: placed.parent } : {}) });
    if (placed.parent === undefined) fundingStack = [{ id, source: placed.source }];
    else {
      const depth = open.findIndex((s) => s.id === placed.parent);
      fundingStack = [...open.slice(0, depth + 1), { id, source: placed.source }];
    }
    st.lastAmount = { id, source: placed.source, end: a.end };
    st.prevEnd = Math.max(st.prevEnd, a.end);
    // "21.000 triệu đồng (NS tỉnh)": a parenthesis naming one part and no amount is the whole line's part.
    const after = skipSpace(a.end, le);
    if (f[after] === '(') {
      const close = closeOf(after, le);
      if (close !== -1 && !/\d/.test(f.slice(after, close))) {
        const inner = sourcesNamed(t.slice(after + 1, close)).filter((s) => s !== placed.source && isUnder(s, placed.source));
        if (inner.length === 1) {
          figures.push({ kind: 'funding-line', id: fundingId++, source: inner[0]!, amount: r.value, unit, unitLabel, label: t.slice(after + 1, close).trim(), parent: id, span: { start: a.start, end: close + 1 } });
          st.prevEnd = Math.max(st.prevEnd, close + 1);
        }
      }
    }
  }

  /** "Vốn đầu tư", from the text between [from, to): bullets, "trong đó", ":" and "là" trimmed. */
  function fundingLabel(from: number, to: number): Span {
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
  function placeSource(named: FundingSourceId[], open: readonly { id: number; source: FundingSourceId }[], label: string): { source: FundingSourceId; parent?: number } | undefined {
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

  /** Where the label of an advanced-set count ends: before "thuộc", "trong", "và N xã", a comma; through "nâng cao". */
  function advancedLabelEnd(tcStart: number, ce: number, tailEnd: number): number {
    const s = f.slice(tcStart, ce);
    const nc = /\bnang cao\b/.exec(s);
    const stop = /\s(?:thuoc|trong|theo)\s|,|\sva\s+\d/.exec(s);
    if (nc && (!stop || nc.index < stop.index)) return tcStart + nc.index + nc[0].length;
    return trimEnd(tcStart, Math.min(stop ? tcStart + stop.index : ce, tailEnd));
  }

  /** A bucket: "đạt từ 15-18 tiêu chí" after the count, or "Số xã đạt từ 15-18 tiêu chí:" before it. */
  function bucketAt(a: Anchor, T: string, H: string, headStart: number): { id: string; tokens: number[]; span: Span } | undefined {
    const range = (lo: string, hi: string | undefined): string | undefined => {
      const l = Number(lo);
      const h = hi === undefined ? l : Number(hi);
      return l <= h && h <= 99 ? (l === h ? String(l) : `${l}-${h}`) : undefined;
    };
    const after = [
      /^\s*(?:dat\s+)?(?:tu\s+)?(\d{1,2})\s*(?:-|den)\s*(\d{1,2})\s+tieu chi\b/d,
      /^\s*(?:dat\s+)?duoi\s+(\d{1,2})\s+tieu chi\b/d,
      /^\s*dat\s+(\d{1,2})(?:\s*\/\s*\d{1,2})?\s+tieu chi\b/d,
    ];
    const before = [
      /(?:so\s+xa\s+)?(?:dat\s+)?(?:tu\s+)?(\d{1,2})\s*(?:-|den)\s*(\d{1,2})\s+tieu chi\s*:?\s*(?:co\s+|la\s+)?$/d,
      /(?:so\s+xa\s+)?(?:dat\s+)?duoi\s+(\d{1,2})\s+tieu chi\s*:?\s*(?:co\s+|la\s+)?$/d,
      /(?:so\s+xa\s+)?\bdat\s+(\d{1,2})(?:\s*\/\s*\d{1,2})?\s+tieu chi\s*:?\s*(?:co\s+|la\s+)?$/d,
    ];
    for (const [k, re] of after.entries()) {
      const m = re.exec(T);
      if (!m) continue;
      const id = k === 1 ? range('0', String(Number(m[1]) - 1)) : range(m[1]!, m[2]);
      if (id === undefined || (k === 1 && Number(m[1]) === 0)) return undefined;
      const tokens = [m.indices![1]![0], ...(m[2] !== undefined ? [m.indices![2]![0]] : [])].map((i) => a.end + i);
      return { id, tokens, span: { start: quoteStart(headStart, a.start), end: a.end + m[0].length } };
    }
    for (const [k, re] of before.entries()) {
      const m = re.exec(H);
      if (!m) continue;
      const id = k === 1 ? range('0', String(Number(m[1]) - 1)) : range(m[1]!, m[2]);
      if (id === undefined || (k === 1 && Number(m[1]) === 0)) return undefined;
      const tokens = [m.indices![1]![0], ...(m[2] !== undefined ? [m.indices![2]![0]] : [])].map((i) => headStart + i);
      return { id, tokens, span: { start: headStart + m.index, end: a.end } };
    }
    return undefined;
  }

  // Figures the statements above did not take: each sentence holding one is listed once.
  const seen = new Set<number>();
  for (let li = 0; li < p.lines.length; li++) {
    const lay = lines[li]!;
    if (lay.section === 'header' || lay.top) continue;
    const line = p.lines[li]!;
    const lf = f.slice(line.start, line.end);
    let lineBounds = false;
    for (const m of lf.matchAll(NUMBER_TOKEN)) {
      const at = line.start + m.index;
      if (claimed.has(at)) continue;
      const before = lf.slice(Math.max(0, m.index - 30), m.index);
      const after = m.index + m[0].length;
      const bare = lay.section === 'funding' && /^(?:\d{1,3}(?:[.,]\d{3})+|\d{3,})/.test(m[0]) && !NOT_AMOUNT_BEFORE.test(before) && lf[after] !== '/' && !/\/\s*$/.test(before);
      FIGURE_LOOKING.lastIndex = after;
      if (!(bare || FIGURE_LOOKING.test(lf))) continue;
      if (/\d\s*\/\s*$/.test(before)) continue;
      if (!lineBounds) {
        bounds = boundsOf(line.start, line.end);
        lineBounds = true;
      }
      const s = sentenceStart(at, line.start);
      if (seen.has(s)) continue;
      seen.add(s);
      const d = lastBelow(bounds.dots, at) + 1;
      const e = d < bounds.dots.length ? bounds.dots[d]! : line.end;
      place('not-placed', { start: s + (f.slice(s, e).length - f.slice(s, e).trimStart().length), end: trimEnd(s, e) }, 'câu có số liệu nhưng không đọc được vào mục nào của kế hoạch', 'a sentence with a figure that fits no part of the plan format');
    }
  }
  return { figures, unplaced };
}
