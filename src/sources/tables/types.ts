// Public types of the office-table readers.
import type { NtmIssue, NtmIssueParam } from '../../errors.js';
import type { LocalizedText } from '../../_lib/text.js';
import type { CriteriaSet, CriteriaSetKind } from '../../engine/types/index.js';
import type { CommuneInput } from '../../engine/evaluate-commune.js';
import type { IndicatorValue } from '../../engine/types/index.js';
import type { FundingLine } from '../../funding/types.js';
import type { FundingUnit } from '../../funding/units.js';

/**
 * How a table is stored: CSV text (any of `,` `;` tab as the delimiter) or an Excel workbook.
 *
 * @example
 * ```ts
 * import type { TableFormat } from 'ntm-rules';
 * const format: TableFormat = 'xlsx';
 * ```
 */
export type TableFormat = 'csv' | 'xlsx';

/**
 * How numbers are written: `'vi'` (`1.234.567,5`: dots group thousands, the comma is the decimal
 * mark) or `'en'` (`1,234,567.5`).
 *
 * @example
 * ```ts
 * import type { NumberStyle } from 'ntm-rules';
 * const style: NumberStyle = 'vi'; // '67.950' reads as 67950
 * ```
 */
export type NumberStyle = 'vi' | 'en';

/**
 * Where something is in a table: the sheet, the row as the spreadsheet shows it, the file line
 * (CSV), the cell (`H6`) and its column header. Only what is known is present.
 *
 * @example
 * ```ts
 * import type { TablePlace } from 'ntm-rules';
 * const at: TablePlace = { sheet: 'Xã 2024', row: 6, cell: 'H6', column: 8, header: '2.1', name: 'Xã A' };
 * ```
 */
export interface TablePlace {
  /** Worksheet name (workbooks only). */
  readonly sheet?: string;
  /** 1-based row number as the spreadsheet shows it (for CSV: the record number, counting title and header rows). */
  readonly row?: number;
  /** 1-based line of a CSV file where the record starts (differs from `row` after cells with line breaks). */
  readonly line?: number;
  /** 1-based column number. */
  readonly column?: number;
  /** Cell reference, e.g. `'H6'`. */
  readonly cell?: string;
  /** The column's header as written. */
  readonly header?: string;
  /** The subject's name on that row, when known. */
  readonly name?: string;
}

/**
 * A problem in a table: a coded, bilingual {@link NtmIssue} with its place. `path` is `[cell]`
 * (`['H6']`), `[sheet, cell]` in a workbook, or `[]` for the file as a whole.
 *
 * @example
 * ```ts
 * import { readCommuneTable, type TableIssue } from 'ntm-rules';
 * const { issues } = await readCommuneTable('tên xã,vùng,năm,10\nXã A,TN,2024,67.950\n');
 * const i: TableIssue | undefined = issues[0];
 * i?.code; // 'ambiguous-number'
 * i?.at.cell; // 'D2'
 * ```
 */
export interface TableIssue extends NtmIssue {
  readonly at: TablePlace;
}

/**
 * Something the reader skipped or wants a person to check, with its place: title, blank and
 * totals rows, bookkeeping columns (`info`), and `warning`s such as duplicate names, a region taken
 * from the province, or a percentage column holding fractions.
 *
 * @example
 * ```ts
 * import { readCommuneTable, type TableNotice } from 'ntm-rules';
 * const { notices } = await readCommuneTable('STT,tên xã,vùng,năm,1.1\n1,Xã A,TN,2024,đạt\n');
 * const n: TableNotice | undefined = notices[0];
 * n?.code; // 'bookkeeping-column'
 * ```
 */
export interface TableNotice {
  readonly code: string;
  readonly severity: 'info' | 'warning';
  readonly text: LocalizedText;
  readonly params?: Readonly<Record<string, NtmIssueParam>>;
  readonly at: TablePlace;
}

/**
 * Where one input came from: its sheet, row, CSV line, name and district.
 *
 * @example
 * ```ts
 * import { readCommuneTable, type TableRowSource } from 'ntm-rules';
 * const { rows } = await readCommuneTable('tên xã;huyện;vùng;năm;2.1\nXã A;Tam Đường;TDMNPB;2024;85,5\n');
 * const r: TableRowSource | undefined = rows[0];
 * r?.row; // 2
 * r?.district; // 'Tam Đường'
 * ```
 */
export interface TableRowSource {
  readonly sheet?: string;
  /** 1-based row as the spreadsheet shows it (CSV: record number). */
  readonly row: number;
  /** CSV: the line where the record starts. */
  readonly line?: number;
  readonly name?: string;
  /** From a district (huyện) column, or the district heading row above. */
  readonly district?: string;
}

/**
 * A column of a table and what the reader made of it: the input it fills (`path`, e.g.
 * `['indicators', '2.1']` or `['indicators', '5', 'schools']`), or `null` when it was skipped.
 *
 * @example
 * ```ts
 * import { readCommuneTable, type TableColumn } from 'ntm-rules';
 * const { columns } = await readCommuneTable('tên xã,vùng,năm,2.1\nXã A,TN,2024,90\n');
 * const c: TableColumn | undefined = columns.find((x) => x.header === '2.1');
 * c?.letter; // 'D'
 * c?.path; // ['indicators', '2.1']
 * ```
 */
export interface TableColumn {
  /** 1-based column number. */
  readonly column: number;
  /** Column letters, e.g. `'H'`. */
  readonly letter: string;
  readonly header: string;
  /** The input field it fills; `null` for skipped columns. District columns have `['district']` (not an input field). */
  readonly path: readonly string[] | null;
}

/**
 * Options of {@link readCommuneTable}.
 *
 * @example
 * ```ts
 * import type { ReadCommuneTableOptions } from 'ntm-rules';
 * const options: ReadCommuneTableOptions = { format: 'xlsx', sheet: 'Xã 2024', numberStyle: 'vi', kind: 'commune', asOf: '2024-12-31' };
 * ```
 */
export interface ReadCommuneTableOptions {
  /** `'csv'` or `'xlsx'`; by default a workbook is recognised by its content (a zip), anything else is CSV. */
  readonly format?: TableFormat;
  /** Worksheet name (workbooks); the first sheet by default. */
  readonly sheet?: string;
  /** How numbers written as text are read; by default inferred per column, and a value that stays ambiguous is an issue. */
  readonly numberStyle?: NumberStyle;
  /** The CSV delimiter; by default detected from the header line. */
  readonly delimiter?: ',' | ';' | '\t';
  /** The criteria-set kind whose indicator codes the columns name (default `'commune'`). */
  readonly kind?: CriteriaSetKind;
  /** The day whose set version gives the columns (default: the version in force today, or the last one). */
  readonly asOf?: string;
  /** Province, for provincial sets (village). */
  readonly province?: string;
  /** A set to read against instead of `kind` (e.g. one made with `defineCriteriaSet`). */
  readonly set?: CriteriaSet;
  /** Assessment year of rows without a year column or cell. */
  readonly year?: number;
}

/**
 * What {@link readCommuneTable} returns: `inputs` ready for `evaluateCommune`/`evaluate`,
 * `rows[i]` telling where `inputs[i]` came from, every problem (`issues`: a row with one is
 * not in `inputs`, and is named there) and what was skipped or should be checked (`notices`).
 *
 * @example
 * ```ts
 * import { evaluateCommune, readCommuneTable, type CommuneTable } from 'ntm-rules';
 * const table: CommuneTable = await readCommuneTable('tên xã;vùng;năm;2.1\nXã A;TDMNPB;2024;85,5\n');
 * evaluateCommune(table.inputs[0]!).name; // 'Xã A'
 * ```
 */
export interface CommuneTable {
  readonly inputs: readonly TableInput[];
  readonly rows: readonly TableRowSource[];
  readonly columns: readonly TableColumn[];
  readonly issues: readonly TableIssue[];
  readonly notices: readonly TableNotice[];
}

/**
 * One step of {@link streamCommuneTable}, in file order: the columns (once, after the header),
 * a row read (`input`), a row with problems (`rejected`, with its issues), a problem of the file
 * or a column (`issue`), or a `notice`.
 *
 * @example
 * ```ts
 * import type { CommuneTableEntry } from 'ntm-rules';
 * const describe = (e: CommuneTableEntry): string => (e.type === 'row' ? `row ${e.source.row}` : e.type);
 * ```
 */
export type CommuneTableEntry =
  | { readonly type: 'columns'; readonly columns: readonly TableColumn[]; readonly sheet?: string; /** The criteria set the columns were read against. */ readonly set: CriteriaSet }
  | { readonly type: 'row'; readonly input: TableInput; readonly source: TableRowSource }
  | { readonly type: 'rejected'; readonly source: TableRowSource; readonly issues: readonly TableIssue[] }
  | { readonly type: 'issue'; readonly issue: TableIssue }
  | { readonly type: 'notice'; readonly notice: TableNotice };

/**
 * Options of {@link readFundingTable}.
 *
 * @example
 * ```ts
 * import type { ReadFundingTableOptions } from 'ntm-rules';
 * const options: ReadFundingTableOptions = { numberStyle: 'vi', unit: 'million-vnd' };
 * ```
 */
export interface ReadFundingTableOptions {
  readonly format?: TableFormat;
  readonly sheet?: string;
  readonly numberStyle?: NumberStyle;
  readonly delimiter?: ',' | ';' | '\t';
  /** Unit of amounts whose line names none, when the sheet does not say it ("Đơn vị tính: triệu đồng"). */
  readonly unit?: FundingUnit;
}

/**
 * What {@link readFundingTable} returns: funding lines (each with its unit), the sheet's own unit
 * when a title row states it, a declared grand total when a totals row gives one, and the issues
 * and notices as for commune tables. `lineRows[i]` is where `lines[i]` came from.
 *
 * @example
 * ```ts
 * import { aggregateFunding, readFundingTable, type FundingTable } from 'ntm-rules';
 * const t: FundingTable = await readFundingTable('Đơn vị tính: triệu đồng\nnguồn;số tiền\ncentral.recurrent;22.342\n', { numberStyle: 'vi' });
 * t.unit; // 'million-vnd'
 * aggregateFunding(t.lines).total; // '22342'
 * ```
 */
export interface FundingTable {
  readonly lines: readonly FundingLine[];
  readonly lineRows: readonly TableRowSource[];
  readonly unit?: FundingUnit;
  /** Amounts the sheet states for the whole table (a "Tổng cộng" row), in `unit` (or million VND). */
  readonly declared?: { readonly total: string };
  readonly issues: readonly TableIssue[];
  readonly notices: readonly TableNotice[];
}

/**
 * An evaluation input read from a table: a row's facts and its indicator values (always
 * present, possibly empty), ready for `evaluateCommune` or `evaluate`.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type TableInput } from 'ntm-rules';
 * const input: TableInput = { name: 'Xã A', region: 'TDMNPB', year: 2024, indicators: { '1.1': true } };
 * evaluateCommune(input).criteria[0]?.indicators[0]?.outcome; // 'met'
 * ```
 */
export type TableInput = CommuneInput & { readonly indicators: { readonly [code: string]: IndicatorValue } };
