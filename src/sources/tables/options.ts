// The file options and data argument shared by the table readers, checked before anything is read.
import { invalidInput, issue, type IssueInit } from '../../errors.js';
import type { Delimiter } from './dialect.js';
import type { NumberStyle } from './types.js';

/** Checks the arguments shared by the table readers; throws an `invalid-input` NtmError. */
export function checkData(data: unknown): asserts data is string | Uint8Array {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    throw invalidInput('table', [issue(['data'], 'expected-table-data', { vi: 'dữ liệu bảng phải là văn bản (CSV) hoặc bytes (Uint8Array, ví dụ nội dung tệp .xlsx hay .csv)', en: 'table data must be text (CSV) or bytes (a Uint8Array, e.g. the contents of an .xlsx or .csv file)' })]);
  }
}

/** The file options shared by both readers, checked. */
export function fileOptions(o: Readonly<Record<string, unknown>>, issues: IssueInit[]): { format?: 'csv' | 'xlsx'; sheet?: string; numberStyle?: NumberStyle; delimiter?: Delimiter } {
  const out: { format?: 'csv' | 'xlsx'; sheet?: string; numberStyle?: NumberStyle; delimiter?: Delimiter } = {};
  if (o.format !== undefined) {
    if (o.format === 'csv' || o.format === 'xlsx') out.format = o.format;
    else issues.push(issue(['options', 'format'], 'expected-one-of', { vi: 'phải là "csv" hoặc "xlsx"', en: 'must be "csv" or "xlsx"' }, { allowed: ['csv', 'xlsx'] }));
  }
  if (o.sheet !== undefined) {
    if (typeof o.sheet === 'string' && o.sheet.length <= 200) out.sheet = o.sheet;
    else issues.push(issue(['options', 'sheet'], 'expected-string', { vi: 'phải là tên trang tính', en: 'must be a sheet name' }));
  }
  if (o.numberStyle !== undefined) {
    if (o.numberStyle === 'vi' || o.numberStyle === 'en') out.numberStyle = o.numberStyle;
    else issues.push(issue(['options', 'numberStyle'], 'expected-one-of', { vi: 'phải là "vi" (1.234,5) hoặc "en" (1,234.5)', en: 'must be "vi" (1.234,5) or "en" (1,234.5)' }, { allowed: ['vi', 'en'] }));
  }
  if (o.delimiter !== undefined) {
    if (o.delimiter === ',' || o.delimiter === ';' || o.delimiter === '\t') out.delimiter = o.delimiter;
    else issues.push(issue(['options', 'delimiter'], 'expected-one-of', { vi: 'phải là ",", ";" hoặc tab', en: 'must be ",", ";" or a tab' }, { allowed: [',', ';', '\t'] }));
  }
  return out;
}
