// The anchors of a line: the counts ("77/94 xã", "5 xã", "3 huyện", "45 thôn, bản", "72 dự án"), the
// averages ("15,5 tiêu chí/xã", "bình quân đạt 15,5 tiêu chí") and the amounts ("114.765 triệu đồng",
// or "NSTW: 300.000" under a declared unit) a statement is read around, in the order of the line.
import { claim, type BodyState } from './body-state.js';
import { NUMBER_TOKEN } from './numbers.js';
import { lastBelow } from './text-bounds.js';
import { UNIT_WORDS } from './vocabulary.js';

export type AnchorKind = 'slash' | 'plain' | 'average' | 'amount';

export interface Anchor {
  readonly kind: AnchorKind;
  readonly start: number;
  readonly end: number;
  /** The number tokens: [count] or [count, denominator] or [amount]. */
  readonly tokens: readonly { readonly text: string; readonly start: number }[];
  /** xa, huyen, thon, ban, du an; or the money unit words. */
  readonly unit?: string;
}

const SLASH = /(?<![\d/.,])(\d+)\s*\/\s*(\d+)(?![\d/])\s*(xa|huyen)\b/g;
const PLAIN = /(?<![\d/.,])(\d+(?:[.,]\d+)*)\s*(xa|huyen|thon|ban|du an)\b/g;
const AVERAGE = /(?<![\d/.,])(\d+(?:[.,]\d+)?)\s*tieu chi\s*\/\s*xa\b/g;
const AVERAGE_WORDS = /binh quan\b[^;()\n]{0,160}?\bdat\s+(\d+(?:[.,]\d+)?)\s+tieu chi\b(?!\s*\/)/g;
const AMOUNT = /(?<![\d/.,])(\d+(?:[.,]\d+)*)\s*(trieu dong|ty dong|nghin dong|ngan dong|dong)\b/g;
const UNIT_DECLARED = /(?:don vi(?: tinh)?|dvt)\s*:?\s*(trieu dong|ty dong|nghin dong|ngan dong|dong)\b/;
/** An amount without its unit, under "Đơn vị tính: triệu đồng": after a label ("NSTW: 300.000", "ngân sách tỉnh 100.000"). */
const LABEL_AMOUNT = /(?<=[a-z):]\s*)(\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d{3,}(?:,\d+)?)(?=\s*(?:$|[;,.()]))/g;
/** Words after which a number is no amount: "năm 2024", "số 12", "mục 3". */
export const NOT_AMOUNT_BEFORE = /\b(?:nam|so|ngay|luc|bieu|muc|giai doan)\s*:?\s*$/;

/**
 * The anchors of the line [ls, ls + lf.length) of the folded text, in order, none inside another (an
 * average's "/xã" is no count of communes). In the funding section, a declared unit ("Đơn vị tính: triệu
 * đồng") becomes the section's unit, and its own words are no amount.
 */
export function lineAnchors(s: BodyState, lf: string, ls: number, section: string): Anchor[] {
  const anchors: Anchor[] = [];
  countAnchors(anchors, lf, ls);
  averageAnchors(anchors, lf, ls);
  const declared = section === 'funding' ? declareUnit(s, lf, ls) : null;
  for (const m of lf.matchAll(AMOUNT)) {
    if (declared && m.index >= declared.index && m.index < declared.index + declared[0].length) continue;
    anchors.push({ kind: 'amount', start: ls + m.index, end: ls + m.index + m[0].length, unit: m[2]!, tokens: [{ text: m[1]!, start: ls + m.index }] });
  }
  if (section === 'funding' && s.funding.unit) labelAmountAnchors(anchors, lf, ls);
  anchors.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return anchors.filter((a) => {
    const inside = a.end <= reach;
    reach = Math.max(reach, a.end);
    return !inside;
  });
}

/** "77/94 xã", "3/8 huyện"; then "5 xã", "45 thôn", "72 dự án" outside those. */
function countAnchors(anchors: Anchor[], lf: string, ls: number): void {
  for (const m of lf.matchAll(SLASH)) {
    const afterSlash = m[0].slice(m[0].indexOf('/') + 1);
    const second = ls + m.index + m[0].indexOf('/') + 1 + (afterSlash.length - afterSlash.trimStart().length);
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
}

/** "15,5 tiêu chí/xã", and "bình quân … đạt 15,5 tiêu chí" where no such anchor starts at the number. */
function averageAnchors(anchors: Anchor[], lf: string, ls: number): void {
  for (const m of lf.matchAll(AVERAGE)) anchors.push({ kind: 'average', start: ls + m.index, end: ls + m.index + m[0].length, tokens: [{ text: m[1]!, start: ls + m.index }] });
  for (const m of lf.matchAll(AVERAGE_WORDS)) {
    const at = ls + m.index + m[0].lastIndexOf(m[1]!);
    if (anchors.some((a) => a.kind === 'average' && a.start === at)) continue;
    anchors.push({ kind: 'average', start: at, end: ls + m.index + m[0].length, tokens: [{ text: m[1]!, start: at }] });
  }
}

/** "Đơn vị tính: triệu đồng": the section's unit from here on; the numbers in those words are read. */
function declareUnit(s: BodyState, lf: string, ls: number): RegExpExecArray | null {
  const declared = UNIT_DECLARED.exec(lf);
  if (!declared) return null;
  const u = UNIT_WORDS.find((w) => w.words === declared[1])!;
  const end = ls + declared.index + declared[0].length;
  s.funding.unit = { unit: u.unit, label: s.text.slice(end - declared[1]!.length, end) };
  for (const m of lf.matchAll(NUMBER_TOKEN)) if (m.index >= declared.index && m.index < declared.index + declared[0].length) claim(s, ls + m.index);
  return declared;
}

/** Under a declared unit: "NSTW: 300.000", unless an amount with its unit starts there or the words before say it is no amount. */
function labelAmountAnchors(anchors: Anchor[], lf: string, ls: number): void {
  const amountStarts = new Set(anchors.filter((a) => a.kind === 'amount').map((a) => a.tokens[0]!.start));
  for (const m of lf.matchAll(LABEL_AMOUNT)) {
    const at = ls + m.index + m[0].indexOf(m[1]!);
    if (amountStarts.has(at) || NOT_AMOUNT_BEFORE.test(lf.slice(Math.max(0, m.index - 30), m.index))) continue;
    anchors.push({ kind: 'amount', start: at, end: at + m[1]!.length, tokens: [{ text: m[1]!, start: at }] });
  }
}
