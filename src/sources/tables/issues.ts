// Building the coded, bilingual issues and notices of the table readers.
import type { NtmIssueParam } from '../../errors.js';
import type { LocalizedText } from '../../_lib/text.js';
import type { TableIssue, TableNotice, TablePlace } from './types.js';

type Params = Readonly<Record<string, NtmIssueParam>>;

/** The issue path of a place: `[cell]`, `[sheet, cell]`, or the row as `[sheet?, 'row N']`. */
function pathOf(at: TablePlace): string[] {
  const where = at.cell ?? (at.row !== undefined ? `${at.row}:${at.row}` : undefined);
  return [...(at.sheet !== undefined ? [at.sheet] : []), ...(where !== undefined ? [where] : [])];
}

/** A problem at a place. */
export function tableIssue(at: TablePlace, code: string, text: LocalizedText, params?: Params): TableIssue {
  const base = { path: Object.freeze(pathOf(at)), code, text: Object.freeze({ vi: text.vi, en: text.en }), message: text.en, at: Object.freeze({ ...at }) };
  return Object.freeze(params === undefined ? base : { ...base, params: Object.freeze({ ...params }) });
}

/** Something skipped, or to check. */
export function tableNotice(at: TablePlace, code: string, severity: 'info' | 'warning', text: LocalizedText, params?: Params): TableNotice {
  const base = { code, severity, text: Object.freeze({ vi: text.vi, en: text.en }), at: Object.freeze({ ...at }) };
  return Object.freeze(params === undefined ? base : { ...base, params: Object.freeze({ ...params }) });
}

/** How to save a sheet so it reads without guessing: said in every encoding and format problem. */
export const SAVE_AS_CSV_UTF8: LocalizedText = {
  vi: 'trong Excel chọn Tệp > Lưu thành > "CSV UTF-8 (Comma delimited) (*.csv)", hoặc dùng thẳng tệp .xlsx',
  en: 'in Excel choose File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)", or use the .xlsx file itself',
};

/** Quotes a cell's text for a message, shortened. */
export function quote(text: string): string {
  const t = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${t}"`;
}
