// Reading one cell as the value its column needs: yes/no, a count, a percentage or a number.
import { cellText, type Cell } from './cells.js';
import type { ValueType } from './headers.js';
import { quote } from './issues.js';
import { decimalOf, evidenceOf, readNumberText, timesHundred } from './numbers.js';
import type { LocalizedText } from '../../_lib/text.js';
import type { NumberStyle } from './types.js';
import { fold, isNoneWord, isNotApplicableWord, isUnknownWord, yesNo } from './words.js';

/** A cell read: a value, nothing (blank: left out), or why it cannot be read. */
export type Read =
  | { readonly value: boolean | number | null | 'not-applicable' | string }
  | { readonly blank: true }
  | { readonly code: string; readonly text: LocalizedText; readonly params?: Readonly<Record<string, string>> };

const BLANK: Read = { blank: true };
const FIGURE = /^[-−]?[0-9][0-9.,]*(\s?%)?$/;

/** How a column's text numbers are read (see numbers.ts). */
export type ColumnStyle = NumberStyle | 'mixed' | undefined;

/** Options of a value column. */
export interface ValueColumn {
  readonly type: ValueType;
  readonly style: ColumnStyle;
  /** The indicator counts what must not exist: "đạt" and "không" are 0. */
  readonly noneAllowed: boolean;
  /** A whole indicator (not a compound field): `?`/`-` and `không áp dụng` are values. */
  readonly whole: boolean;
}

const fail = (code: string, vi: string, en: string, params?: Record<string, string>): Read => (params ? { code, text: { vi, en }, params } : { code, text: { vi, en } });

/** A plain decimal string from text under the column's style, or why not. */
export function numberFromText(text: string, style: ColumnStyle, percentAllowed: boolean): { decimal: string; percent: boolean } | Read {
  const n = readNumberText(text);
  if (n === undefined) return fail('expected-number', `cần nhập số, đang ghi ${quote(text)}`, `expected a number, got ${quote(text)}`, { text });
  if (n.percent && !percentAllowed) return fail('percent-not-allowed', `chỉ tiêu không phải tỷ lệ phần trăm, bỏ dấu % ở ${quote(text)}`, `not a percentage indicator: drop the % in ${quote(text)}`, { text });
  const ev = evidenceOf(n);
  if (ev === 'both') return { decimal: n.vi!, percent: n.percent };
  if (style === 'mixed') {
    return fail('mixed-number-styles', `cột ghi số theo cả hai kiểu (1.234,5 và 1,234.5), không biết đọc ${quote(text)}: thống nhất cách ghi hoặc chọn --number-style vi|en`, `the column writes numbers in both styles (1.234,5 and 1,234.5), so ${quote(text)} cannot be read: make them consistent or pass numberStyle / --number-style vi|en`, { text });
  }
  if (style === undefined) {
    return fail('ambiguous-number', `${quote(text)} có thể là ${n.vi} (kiểu Việt Nam) hoặc ${n.en} (kiểu Anh): chọn --number-style vi|en (tùy chọn numberStyle)`, `${quote(text)} reads as ${n.vi} (Vietnamese style) or ${n.en} (English style): pass numberStyle / --number-style vi|en`, { text, vi: n.vi!, en: n.en! });
  }
  const d = n[style];
  if (d === undefined) {
    const rule = style === 'vi' ? { vi: 'dấu phẩy là dấu thập phân, dấu chấm phân cách hàng nghìn', en: 'a decimal comma and dots between thousands' } : { vi: 'dấu chấm là dấu thập phân, dấu phẩy phân cách hàng nghìn', en: 'a decimal point and commas between thousands' };
    return fail('number-not-in-style', `${quote(text)} không đúng cách ghi số của cột (${rule.vi})`, `${quote(text)} does not follow the column's number style (${rule.en})`, { text, style });
  }
  return { decimal: d, percent: n.percent };
}

/** Reads a value cell. */
export function readValue(cell: Cell, col: ValueColumn): Read {
  if (cell === undefined) return BLANK;
  if (typeof cell !== 'string') return readTyped(cell, col);
  const text = cell.normalize('NFC').trim();
  if (text === '') return BLANK;
  // Figures (digits, separators, sign, %) skip the words: most cells of a national file are figures.
  if (col.type !== 'boolean' && FIGURE.test(text)) {
    const n = numberFromText(text, col.style, col.type === 'percent');
    return 'decimal' in n ? finish(Number(n.decimal), text, col) : n;
  }
  if (text.includes('\uFFFD')) return garbled(text);
  const f = fold(text);
  if (isUnknownWord(f)) return col.whole ? { value: null } : BLANK;
  if (isNotApplicableWord(f)) {
    return col.whole ? { value: 'not-applicable' } : fail('not-applicable-field', `"không áp dụng" chỉ ghi cho cả chỉ tiêu, không cho một thành phần`, '"not applicable" applies to a whole indicator, not to one field');
  }
  if (col.type === 'boolean') {
    const b = yesNo(f) ?? (text === '1' ? true : text === '0' ? false : undefined);
    return b === undefined ? fail('expected-yes-no', `cần ghi đạt/có/x/1 hoặc chưa đạt/không/0, đang ghi ${quote(text)}`, `expected đạt/có/x/1 or chưa đạt/không/0, got ${quote(text)}`, { text }) : { value: b };
  }
  if (col.type === 'count') {
    if (isNoneWord(f) || (col.noneAllowed && f === 'dat')) return { value: 0 };
    if (yesNo(f) !== undefined) return fail('expected-count', `cần ghi số lượng (ví dụ 0 hoặc 3), đang ghi ${quote(text)}`, `expected a count (e.g. 0 or 3), got ${quote(text)}`, { text });
  } else if (yesNo(f) !== undefined) {
    return fail('expected-number', `cần ghi số liệu của chỉ tiêu (ví dụ 85,5), không phải đánh giá ${quote(text)}`, `expected the indicator's figure (e.g. 85.5), not the assessment ${quote(text)}`, { text });
  }
  const n = numberFromText(text, col.style, col.type === 'percent');
  if (!('decimal' in n)) return n;
  return finish(Number(n.decimal), text, col);
}

function finish(value: number, text: string, col: ValueColumn): Read {
  if (col.type === 'count' && !Number.isInteger(value)) return fail('expected-whole-number', `cần số nguyên, đang ghi ${quote(text)}`, `expected a whole number, got ${quote(text)}`, { text });
  return { value };
}

function readTyped(cell: Exclude<Cell, string | undefined>, col: ValueColumn): Read {
  switch (cell.t) {
    case 'n': {
      if (col.type === 'boolean') {
        return cell.v === 1 ? { value: true } : cell.v === 0 ? { value: false } : fail('expected-yes-no', `cần ghi đạt/có/x/1 hoặc chưa đạt/không/0, đang ghi ${cell.v}`, `expected đạt/có/x/1 or chưa đạt/không/0, got ${cell.v}`, { text: String(cell.v) });
      }
      if (cell.percent) {
        if (col.type !== 'percent') return fail('percent-format-not-allowed', `ô định dạng phần trăm (${timesHundred(decimalOf(cell.v))}%) nhưng chỉ tiêu không phải tỷ lệ`, `the cell is formatted as a percentage (${timesHundred(decimalOf(cell.v))}%) but the indicator is not a percentage`, { text: String(cell.v) });
        return { value: Number(timesHundred(decimalOf(cell.v))) };
      }
      return finish(cell.v, String(cell.v), col);
    }
    case 'b':
      return col.type === 'boolean' ? { value: cell.v } : fail('expected-number', `cần nhập số, đang ghi ${cell.v ? 'TRUE' : 'FALSE'}`, `expected a number, got ${cell.v ? 'TRUE' : 'FALSE'}`, { text: String(cell.v) });
    case 'd':
      return dateCell(cell.v);
    case 'e':
      return errorCell(cell.v);
  }
}

export function dateCell(day: string): Read {
  return fail('date-cell', `ô chứa ngày tháng (${day}), không phải số: Excel có thể đã tự đổi số như "1.2" thành ngày; định dạng ô là Số hoặc Văn bản rồi nhập lại`, `the cell holds a date (${day}), not a number: Excel may have turned a number such as "1.2" into a date; format the cell as Number or Text and enter it again`, { text: day });
}

export function errorCell(error: string): Read {
  return error === ''
    ? fail('formula-without-value', 'ô có công thức nhưng chưa có giá trị tính sẵn: mở tệp bằng Excel và lưu lại', 'the cell has a formula without a computed value: open the file in Excel and save it again')
    : fail('formula-error', `ô báo lỗi ${error}`, `the cell shows the error ${error}`, { text: error });
}

export function garbled(text: string): Read {
  return fail('garbled-text', `ô có ký tự lỗi (�) ${quote(text)}: tệp đã bị đọc sai bảng mã; lưu lại dạng CSV UTF-8`, `the cell has replacement characters (�) ${quote(text)}: the file was decoded with the wrong encoding; save it as CSV UTF-8`, { text });
}

/** A text cell as written (names, provinces), or why not. */
export function readText(cell: Cell): Read {
  if (cell === undefined) return BLANK;
  if (typeof cell !== 'string') {
    if (cell.t === 'e') return errorCell(cell.v);
    if (cell.t === 'd') return { value: cell.v };
    return { value: cellText(cell) };
  }
  const text = cellText(cell);
  if (text === '') return BLANK;
  if (text.includes('\uFFFD')) return garbled(text);
  return { value: text };
}
