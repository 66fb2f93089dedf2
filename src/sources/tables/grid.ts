// Opening a table: a workbook's sheet, or CSV text with its encoding and delimiter settled.
import { cellText, type Cell, type Grid, type RawRow } from './cells.js';
import { csvRows, CsvSyntaxError } from './csv.js';
import { detectDelimiter, type Delimiter } from './dialect.js';
import { detectEncoding, NotTextError, sniff } from './encoding.js';
import { quote, SAVE_AS_CSV_UTF8, tableIssue, tableNotice } from './issues.js';
import { fold } from './words.js';
import { openWorkbook, sheetNames, worksheetGrid } from './xlsx.js';
import type { TableFormat, TableIssue, TableNotice } from './types.js';

/** The file-level choices a reader accepts. */
export interface OpenOptions {
  readonly format?: TableFormat;
  readonly sheet?: string;
  readonly delimiter?: Delimiter;
}

export type Opened = { readonly grid: Grid; readonly notices: readonly TableNotice[] } | { readonly issue: TableIssue };

// The header is within the first rows: this much text is enough to find the delimiter.
const HEAD_CHARS = 32 * 1024;

/** Opens the data as a grid; `score` rates a row of text cells as the header (to find the CSV delimiter). */
export async function openGrid(data: string | Uint8Array, o: OpenOptions, score: (cells: readonly Cell[]) => number): Promise<Opened> {
  // Reading starts on a later turn: the caller gets its promise at once, whatever the file.
  await Promise.resolve();
  const kind = typeof data === 'string' ? 'text' : sniff(data);
  if (o.format === 'xlsx' || (o.format === undefined && kind === 'zip')) {
    if (typeof data === 'string' || kind !== 'zip') {
      return { issue: tableIssue({}, 'not-a-workbook', { vi: 'tệp không phải sổ tính Excel .xlsx (phải truyền dữ liệu dạng bytes, Uint8Array)', en: 'the data is not an Excel .xlsx workbook (pass it as bytes, a Uint8Array)' }) };
    }
    return openSheet(data, o.sheet);
  }
  if (kind === 'ole') {
    return { issue: tableIssue({}, 'old-excel-format', { vi: `tệp Excel 97-2003 (.xls) chưa đọc được: mở bằng Excel và lưu lại dạng "Sổ làm việc Excel (*.xlsx)"; hoặc ${SAVE_AS_CSV_UTF8.vi}`, en: `Excel 97-2003 files (.xls) are not read: open it in Excel and save it as "Excel Workbook (*.xlsx)"; or ${SAVE_AS_CSV_UTF8.en}` }) };
  }
  if (kind === 'zip') {
    return { issue: tableIssue({}, 'workbook-as-csv', { vi: 'tệp là sổ tính Excel (.xlsx), không phải CSV: đặt tên tệp đuôi .xlsx hoặc bỏ tùy chọn định dạng csv', en: 'the file is an Excel workbook (.xlsx), not CSV: name it .xlsx or drop the csv format option' }) };
  }
  const notices: TableNotice[] = [];
  let source: Parameters<typeof csvRows>[0];
  let head: string;
  if (typeof data === 'string') {
    source = data;
    head = data.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  } else {
    const decoding = detectEncoding(data);
    source = { bytes: data, decoding };
    if (decoding.encoding !== 'utf-8') {
      notices.push(tableNotice({}, 'utf-16-text', 'info', { vi: 'tệp văn bản Unicode UTF-16 (ví dụ "Unicode Text" của Excel) đã được đọc đúng mã', en: 'the file is UTF-16 text (e.g. Excel\'s "Unicode Text") and was decoded as such' }));
    }
    head = new TextDecoder(decoding.encoding, { ignoreBOM: true }).decode(data.subarray(decoding.skip, decoding.skip + HEAD_CHARS * 2));
  }
  const delimiter = o.delimiter ?? detectDelimiter(head, score);
  if (delimiter === 'ambiguous') {
    return { issue: tableIssue({ row: 1 }, 'ambiguous-delimiter', { vi: 'không xác định được ký tự phân cách cột (dấu phẩy, chấm phẩy hay tab đều cho một dòng tiêu đề): ghi rõ bằng tùy chọn delimiter', en: 'cannot tell the column delimiter (comma, semicolon and tab all give a header row): pass the delimiter option' }) };
  }
  return { grid: { rows: () => csvRows(source, delimiter) }, notices };
}

async function openSheet(bytes: Uint8Array, sheet: string | undefined): Promise<Opened> {
  let wb: Awaited<ReturnType<typeof openWorkbook>>;
  try {
    wb = await openWorkbook(bytes);
  } catch (error) {
    if (isModuleMissing(error)) throw error;
    return { issue: tableIssue({}, 'unreadable-workbook', { vi: `không đọc được sổ tính Excel (tệp hỏng hoặc có mật khẩu): ${String((error as Error)?.message ?? error).slice(0, 200)}`, en: `cannot read the Excel workbook (damaged or password-protected): ${String((error as Error)?.message ?? error).slice(0, 200)}` }) };
  }
  const names = sheetNames(wb);
  const ws = sheet === undefined ? wb.worksheets[0] : (wb.worksheets.find((w) => w.name === sheet) ?? wb.worksheets.find((w) => fold(w.name) === fold(sheet)));
  if (!ws) {
    const list = names.map(quote).join(', ');
    return sheet === undefined
      ? { issue: tableIssue({}, 'no-sheet', { vi: 'sổ tính không có trang tính nào', en: 'the workbook has no worksheet' }) }
      : { issue: tableIssue({ sheet }, 'sheet-not-found', { vi: `không có trang tính ${quote(sheet)}; các trang: ${list}`, en: `no worksheet ${quote(sheet)}; the sheets are: ${list}` }, { sheet, sheets: names }) };
  }
  return { grid: worksheetGrid(ws), notices: [] };
}

function isModuleMissing(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ERR_MODULE_NOT_FOUND' || (error as { code?: unknown })?.code === 'MODULE_NOT_FOUND';
}

/** Rows of a grid; a file that stops being readable midway ends with an issue instead of a throw. */
export async function* safeRows(grid: Grid, onIssue: (i: TableIssue) => void): AsyncGenerator<RawRow> {
  try {
    yield* grid.rows();
  } catch (error) {
    if (error instanceof NotTextError) onIssue(tableIssue({ line: error.line }, 'not-utf8', error.text));
    else if (error instanceof CsvSyntaxError) {
      onIssue(tableIssue({ line: error.line }, 'csv-syntax', { vi: `không tách được các ô (thường do dấu ngoặc kép " không đóng): ${error.message}`, en: `cannot split the cells (usually a " quote that is never closed): ${error.message}` }));
    } else throw error;
  }
}

/** Text cells of a row (for the header score on CSV sniffing). */
export const textOf = (cells: readonly Cell[]): string[] => cells.map(cellText);
