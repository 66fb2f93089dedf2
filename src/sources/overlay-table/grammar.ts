// One threshold cell ↔ what it means, in Vietnamese and English: `≥ 90%`, `>= 90`, `≤ 24%`, `90%`
// (in the indicator's own direction), `Đạt`/`Có`, `Không`/`0`, `≥ 45 triệu đồng/người/năm` (the
// unit checked against the indicator's), `Không quy định` for a part without a requirement, blank
// or `-` for "not specified". Numbers are read by the table readers' number rules: a number that
// reads two ways (`1.234`) is an error at its cell, never a guess.
import type { LocalizedText } from '../../_lib/text.js';
import { formatNumber, type Lang } from '../../_lib/numbers.js';
import type { Indicator, Rule } from '../../engine/types/index.js';
import type { Cell } from '../tables/cells.js';
import { quote } from '../tables/issues.js';
import { decimalOf, evidenceOf, readNumberText, timesHundred } from '../tables/numbers.js';
import type { NumberStyle } from '../tables/types.js';
import { dateCell, errorCell, garbled, numberFromText } from '../tables/values.js';
import { fold } from '../tables/words.js';
import { normalisedPart, type Meaning, type PartSpec } from './model.js';
import { NOT_SPECIFIED, PASS, NONE, NO_REQUIREMENT, type Op, UNITS, unitWords, unitAccepted, parseComparison, splitMark, OP_WORDS } from './vocabulary.js';

/** What a threshold cell fills: a simple indicator's rule, or one part of a compound indicator. */
export type CellTarget =
  | { readonly kind: 'rule'; readonly indicator: Indicator }
  | { readonly kind: 'part'; readonly indicator: Indicator; readonly part: PartSpec };

/** A cell read: not specified, a meaning, or why it cannot be read. */
export type CellRead =
  | { readonly blank: true }
  | { readonly meaning: Meaning }
  | { readonly code: string; readonly text: LocalizedText; readonly params?: Readonly<Record<string, string>> };

const BLANK: CellRead = { blank: true };

const fail = (code: string, vi: string, en: string, text?: string): CellRead => ({ code, text: { vi, en }, ...(text !== undefined ? { params: { text } } : {}) });

// --- Reading -------------------------------------------------------------------------------


/** An example of a cell the target accepts, for messages. */
export function exampleOf(target: CellTarget, lang: Lang): string {
  if (target.kind === 'part') {
    switch (target.part.type) {
      case 'boolean': return lang === 'vi' ? '"Đạt" hoặc "Không quy định"' : '"Met" or "No requirement"';
      case 'share': case 'percent': return lang === 'vi' ? '"≥ 70%", "100%" hoặc "Không quy định"' : '"≥ 70%", "100%" or "No requirement"';
      default: return lang === 'vi' ? '"≥ 2" hoặc "Không quy định"' : '"≥ 2" or "No requirement"';
    }
  }
  const ind = target.indicator;
  switch (ind.kind) {
    case 'boolean': return lang === 'vi' ? '"Đạt"' : '"Met" (or "Đạt")';
    case 'none-allowed': return lang === 'vi' ? '"Không" hoặc 0' : '"None" (or "Không") or 0';
    case 'min-percent': return '"≥ 90%"';
    case 'max-percent': return '"≤ 24%"';
    case 'min-value': return `"≥ 45 ${unitWords(ind.unit, lang)}"`;
    case 'max-value': return `"≤ 10 ${unitWords(ind.unit, lang)}"`;
    case 'min-count': return '"≥ 1"';
    default: return '';
  }
}

function notThreshold(text: string, target: CellTarget): CellRead {
  return fail('not-a-threshold', `${quote(text)} không phải một ngưỡng; ghi ví dụ ${exampleOf(target, 'vi')}, hoặc để trống / "-" nếu không quy định`, `${quote(text)} is not a threshold; write e.g. ${exampleOf(target, 'en')}, or leave it blank / "-" when not specified`, text);
}

/**
 * Reads one threshold cell for its target. Blank and `-` are "not specified"; a cell carrying the
 * package's mark must be split with {@link splitMark} before (its body is read here).
 */
export function readThresholdCell(cell: Cell, target: CellTarget, style: NumberStyle | undefined): CellRead {
  if (cell === undefined) return BLANK;
  if (typeof cell !== 'string') return readTyped(cell, target);
  const text = cell.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return BLANK;
  if (text.includes('\uFFFD')) return garbled(text) as CellRead;
  // Folding strips combining marks: "≠", "≯" would otherwise read as "=", ">".
  if (text.normalize('NFD').includes('\u0338')) return notThreshold(text, target);
  const f = fold(text);
  if (NOT_SPECIFIED.has(f)) return BLANK;
  if (PASS.has(f)) return fromPass(text, target);
  if (NONE.has(f)) return fromNone(text, target);
  if (NO_REQUIREMENT.has(f)) {
    if (target.kind === 'part') return { meaning: { t: 'no-requirement' } };
    return fail('no-requirement-on-indicator', `${quote(text)} chỉ dùng cho một thành phần của chỉ tiêu nhiều thành phần; quyết định không quy định chỉ tiêu này ở cột này thì để trống hoặc ghi "-" (giữ giá trị của thư viện, nếu có)`, `${quote(text)} is for one part of a compound indicator; when the decision sets nothing for this indicator in this column, leave it blank or write "-" (the package's value, if any, stays)`, text);
  }
  if ((target.kind === 'rule' && target.indicator.kind === 'boolean') || (target.kind === 'part' && target.part.type === 'boolean')) return fromNumber(text, undefined, 0, false, '', target);
  const c = parseComparison(f);
  if (c === 'conflict') return fail('conflicting-comparison', `${quote(text)} ghi hai dấu so sánh ngược nhau`, `${quote(text)} states two opposite comparisons`, text);
  if (c === undefined) return notThreshold(text, target);
  const written = c.number + (c.percent ? '%' : '');
  // A cell stands alone: a number that reads one way only (16,5 or 16.5) is read so; one that
  // reads two ways (1.234) takes the table's number style, and without one it is an error.
  const readings = readNumberText(written);
  const evidence = readings ? evidenceOf(readings) : undefined;
  const n = numberFromText(written, evidence === 'vi' || evidence === 'en' ? evidence : style, true);
  if (!('decimal' in n)) return n as CellRead;
  return fromNumber(text, c.op, Number(n.decimal), c.percent, c.unit, target, writtenUnit(text));
}

/** The unit as written (for messages): what follows the number, without "trở lên" / "trở xuống". */
function writtenUnit(text: string): string {
  const tail = /[0-9][0-9.,]*\s*%?\s*(.*)$/u.exec(text)?.[1] ?? '';
  return tail.replace(/\s*tr[ởo]\s+(lên|len|xuống|xuong)$/iu, '').trim();
}

function readTyped(cell: Exclude<Cell, string | undefined>, target: CellTarget): CellRead {
  switch (cell.t) {
    case 'n': {
      const text = cell.percent ? `${timesHundred(decimalOf(cell.v))}%` : decimalOf(cell.v);
      return fromNumber(text, undefined, cell.percent ? Number(timesHundred(decimalOf(cell.v))) : cell.v, cell.percent, '', target);
    }
    case 'b':
      return cell.v ? fromPass('TRUE', target) : notThreshold('FALSE', target);
    case 'd':
      return dateCell(cell.v) as CellRead;
    case 'e':
      return errorCell(cell.v) as CellRead;
  }
}

function fromPass(text: string, target: CellTarget): CellRead {
  if (target.kind === 'part' && target.part.type === 'boolean') return { meaning: { t: 'part', op: '==', value: true } };
  if (target.kind === 'rule' && target.indicator.kind === 'boolean') return { meaning: { t: 'rule', rule: { kind: 'boolean' } } };
  return fail('expected-figure', `${quote(text)} là kết luận đạt/không đạt, không phải ngưỡng của chỉ tiêu này; ghi ví dụ ${exampleOf(target, 'vi')}`, `${quote(text)} is a pass verdict, not a threshold of this indicator; write e.g. ${exampleOf(target, 'en')}`, text);
}

function fromNone(text: string, target: CellTarget): CellRead {
  if (target.kind === 'rule' && target.indicator.kind === 'none-allowed') return { meaning: { t: 'rule', rule: { kind: 'none-allowed' } } };
  if (target.kind === 'part') {
    return fail('ambiguous-none', `${quote(text)} có thể là "không quy định" hoặc "bằng 0": ghi "Không quy định" nếu quyết định không đặt yêu cầu cho thành phần này, hoặc "= 0"`, `${quote(text)} could mean "no requirement" or "equal to 0": write "No requirement" when the decision sets none for this part, or "= 0"`, text);
  }
  return notThreshold(text, target);
}

function opProblem(text: string, op: Op, allowed: Op, target: CellTarget): CellRead {
  const wrong = (op === '<=' || op === '<') !== (allowed === '<=');
  const kind = target.indicator.kind;
  const what = allowed === '>='
    ? { vi: 'chỉ tiêu so sánh "tối thiểu" (giá trị của xã phải ≥ ngưỡng)', en: 'the indicator is compared "at least" (the commune\'s value must be ≥ the threshold)' }
    : { vi: 'chỉ tiêu so sánh "tối đa" (giá trị của xã phải ≤ ngưỡng)', en: 'the indicator is compared "at most" (the commune\'s value must be ≤ the threshold)' };
  if (wrong && op !== '==') {
    return { code: 'wrong-direction', text: { vi: `${quote(text)} ghi dấu ${OP_WORDS[op].vi} nhưng ${what.vi}; ghi ví dụ ${exampleOf(target, 'vi')}`, en: `${quote(text)} uses ${OP_WORDS[op].en} but ${what.en}; write e.g. ${exampleOf(target, 'en')}` }, params: { text, operator: op, kind } };
  }
  return { code: 'comparison-not-allowed', text: { vi: `${quote(text)} ghi dấu ${OP_WORDS[op].vi}; ${what.vi}, chỉ ghi được ${allowed === '>=' ? '≥' : '≤'} hoặc để không dấu; ghi ví dụ ${exampleOf(target, 'vi')}`, en: `${quote(text)} uses ${OP_WORDS[op].en}; ${what.en}, so only ${allowed === '>=' ? '≥' : '≤'} (or no sign) can be written; write e.g. ${exampleOf(target, 'en')}` }, params: { text, operator: op, kind } };
}

function outOfRange(text: string, vi: string, en: string): CellRead {
  return fail('out-of-range', `${quote(text)}: ${vi}`, `${quote(text)}: ${en}`, text);
}

function unitMismatch(text: string, written: string, target: CellTarget): CellRead {
  const expected = target.kind === 'part'
    ? (target.part.type === 'share' || target.part.type === 'percent' ? { vi: 'tỷ lệ phần trăm (%)', en: 'a percentage (%)' } : { vi: 'một số không kèm đơn vị', en: 'a number without a unit' })
    : target.indicator.unit === 'percent' ? { vi: 'tỷ lệ phần trăm (%)', en: 'a percentage (%)' }
    : UNITS[target.indicator.unit] ? { vi: UNITS[target.indicator.unit]!.vi, en: UNITS[target.indicator.unit]!.en }
    : { vi: 'một số không kèm đơn vị', en: 'a number without a unit' };
  const w = written === '%' ? '%' : written;
  return { code: 'unit-mismatch', text: { vi: `${quote(text)} ghi đơn vị "${w}" nhưng chỉ tiêu tính bằng ${expected.vi}; ghi ví dụ ${exampleOf(target, 'vi')}`, en: `${quote(text)} has the unit "${w}" but the indicator is measured in ${expected.en}; write e.g. ${exampleOf(target, 'en')}` }, params: { text, unit: w } };
}

/** `unit` is folded (for the checks), `shown` as written (for messages). */
function fromNumber(text: string, op: Op | undefined, value: number, percent: boolean, unit: string, target: CellTarget, shown = unit): CellRead {
  return target.kind === 'part' ? partNumber(text, op, value, percent, unit, target, shown) : ruleNumber(text, op, value, percent, unit, target, shown);
}

function ruleNumber(text: string, op: Op | undefined, value: number, percent: boolean, unit: string, target: Extract<CellTarget, { kind: 'rule' }>, shown: string): CellRead {
  const ind = target.indicator;
  switch (ind.kind) {
    case 'boolean':
      return fail('expected-pass', `chỉ tiêu đạt/không đạt: ghi "Đạt" (hoặc "Có"), đang ghi ${quote(text)}`, `a pass/fail indicator: write "Met" / "Đạt" (or "Có"), got ${quote(text)}`, text);
    case 'none-allowed':
      if (value === 0 && !percent && unit === '' && (op === undefined || op === '==' || op === '<=')) return { meaning: { t: 'rule', rule: { kind: 'none-allowed' } } };
      return fail('expected-none', `chỉ tiêu "không có" (phải bằng 0): ghi "Không" hoặc 0, đang ghi ${quote(text)}`, `a "none allowed" indicator (must be 0): write "None" / "Không" or 0, got ${quote(text)}`, text);
    case 'min-percent':
    case 'max-percent': {
      const allowed: Op = ind.kind === 'min-percent' ? '>=' : '<=';
      if (unit !== '') return unitMismatch(text, shown, target);
      if (op !== undefined && op !== allowed) return opProblem(text, op, allowed, target);
      if (value < 0 || value > 100) return outOfRange(text, 'tỷ lệ phải từ 0% đến 100%', 'a percentage must be from 0% to 100%');
      const rule: Rule = ind.kind === 'min-percent' ? { kind: 'min-percent', min: value } : { kind: 'max-percent', max: value };
      return { meaning: { t: 'rule', rule } };
    }
    case 'min-value':
    case 'max-value': {
      const allowed: Op = ind.kind === 'min-value' ? '>=' : '<=';
      if (percent) return unitMismatch(text, '%', target);
      if (unit !== '' && !unitAccepted(ind.unit, unit)) return unitMismatch(text, shown, target);
      if (op !== undefined && op !== allowed) return opProblem(text, op, allowed, target);
      if (value < 0) return outOfRange(text, 'ngưỡng không được âm', 'a threshold cannot be negative');
      const rule: Rule = ind.kind === 'min-value' ? { kind: 'min-value', min: value } : { kind: 'max-value', max: value };
      return { meaning: { t: 'rule', rule } };
    }
    case 'min-count': {
      if (percent) return unitMismatch(text, '%', target);
      if (unit !== '') return unitMismatch(text, shown, target);
      if (op !== undefined && op !== '>=') return opProblem(text, op, '>=', target);
      if (!Number.isInteger(value) || value < 0) return fail('expected-whole-number', `cần một số nguyên không âm, đang ghi ${quote(text)}`, `expected a whole number (0 or more), got ${quote(text)}`, text);
      return { meaning: { t: 'rule', rule: { kind: 'min-count', min: value } } };
    }
    default:
      return notThreshold(text, target);
  }
}

function partNumber(text: string, op: Op | undefined, value: number, percent: boolean, unit: string, target: Extract<CellTarget, { kind: 'part' }>, shown: string): CellRead {
  const { part } = target;
  if (part.type === 'boolean') return fail('expected-pass', `thành phần đạt/không đạt: ghi "Đạt" hoặc "Không quy định", đang ghi ${quote(text)}`, `a pass/fail part: write "Met" / "Đạt" or "No requirement", got ${quote(text)}`, text);
  const percentLike = part.type === 'share' || part.type === 'percent';
  if (unit !== '') return unitMismatch(text, shown, target);
  if (percent && !percentLike) return unitMismatch(text, '%', target);
  if (op === undefined) {
    // "100%" can only mean all of them; any other bare value needs its sign (parts have no direction of their own).
    if (percentLike && value === 100) return { meaning: normalisedPart(part.type, '>=', 100) };
    return fail('operator-required', `ghi rõ dấu so sánh cho thành phần (≥, ≤, >, <, =), ví dụ "≥ ${text}"; đang ghi ${quote(text)}`, `write the comparison for a part (≥, ≤, >, <, =), e.g. "≥ ${text}"; got ${quote(text)}`, text);
  }
  if (percentLike && (value < 0 || value > 100)) return outOfRange(text, 'tỷ lệ phải từ 0% đến 100%', 'a percentage must be from 0% to 100%');
  if (part.type === 'count' && (!Number.isInteger(value) || value < 0)) return fail('expected-whole-number', `cần một số nguyên không âm, đang ghi ${quote(text)}`, `expected a whole number (0 or more), got ${quote(text)}`, text);
  const min = part.field.min ?? 0;
  if (part.type === 'number' && value < min) return outOfRange(text, `phải từ ${formatNumber(min, 'vi')} trở lên`, `must be at least ${formatNumber(min, 'en')}`);
  return { meaning: normalisedPart(part.type, op, value) };
}

// --- Writing (the template) ----------------------------------------------------------------

const SYM: Readonly<Record<Op, string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '==': '=' };

/** A meaning as the template writes it in a cell (read back to the same meaning). */
export function meaningText(m: Meaning, target: CellTarget | { readonly kind: 'compound' }, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  switch (m.t) {
    case 'no-requirement': return lang === 'vi' ? 'Không quy định' : 'No requirement';
    case 'json-only': return lang === 'vi' ? 'Quy tắc có điều kiện (chỉ ghi được bằng tệp JSON)' : 'Conditional rule (overlay JSON only)';
    case 'part': {
      if (m.value === true) return lang === 'vi' ? 'Đạt' : 'Met';
      const part = target.kind === 'part' ? target.part : undefined;
      const pct = part?.type === 'share' || part?.type === 'percent' ? '%' : '';
      if (pct && m.value === 100 && m.op === '>=') return '100%';
      return `${SYM[m.op]} ${n(m.value)}${pct}`;
    }
    case 'rule': {
      const r = m.rule;
      const unit = target.kind === 'rule' ? target.indicator.unit : '';
      switch (r.kind) {
        case 'boolean': return lang === 'vi' ? 'Đạt' : 'Met';
        case 'none-allowed': return lang === 'vi' ? 'Không' : 'None';
        case 'min-percent': return `≥ ${n(r.min)}%`;
        case 'max-percent': return `≤ ${n(r.max)}%`;
        case 'min-value': return `≥ ${n(r.min)} ${unitWords(unit, lang)}`;
        case 'max-value': return `≤ ${n(r.max)} ${unitWords(unit, lang)}`;
        case 'min-count': return `≥ ${n(r.min)}`;
        default: return '';
      }
    }
  }
}

/** The fixed text of a compound heading cell whose package rule only JSON can express (either language). */
export function isJsonOnlyText(body: string): boolean {
  const f = fold(body);
  return f === fold(meaningText({ t: 'json-only' }, { kind: 'compound' }, 'vi')) || f === fold(meaningText({ t: 'json-only' }, { kind: 'compound' }, 'en'));
}
