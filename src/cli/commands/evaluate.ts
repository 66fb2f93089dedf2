import {
  evaluate,
  evaluateCommune,
  evaluateDistrict,
  getCriteriaSet,
  isNtmError,
  type CommuneInput,
  type DistrictInput,
  type CriteriaSet,
  type CriteriaSetKind,
  type EvaluationInput,
  type EvaluationResult,
  type NtmIssue,
  streamCommuneTable,
  type TableColumn,
  type TableIssue,
  type TablePlace,
  type TableRowSource,
} from '../../index.js';
import { placeWords } from '../../wording/places.js';
import { compactResult } from '../compact.js';
import { EXIT, UsageError } from '../errors.js';
import { printJson, type Context } from '../context.js';
import { JsonList } from '../json-out.js';
import { badOption, missingFile, oneFile } from '../messages.js';
import { subjectCodes } from '../normalize.js';
import { DataError, parseJson, readText } from '../read.js';
import { renderResult, type Printed } from '../render-result.js';
import { formatPlace, issueLine, noticeLine, readBytes, tableFormatOf, tableOptions } from '../tables.js';
import { ResultsWorkbook } from '../workbook.js';

/** Where an entry came from: a JSON list index, or a table's sheet, row and CSV line. */
export interface EntryAt {
  readonly index?: number;
  readonly sheet?: string;
  readonly row?: number;
  readonly line?: number;
}

/** One subject read from a file, with where it came from (for messages and JSON entries). */
export interface Subject {
  readonly input: unknown;
  /** Prefix naming the subject in messages: `file.json [2]`, `file.csv, dòng 3`. */
  readonly where: string;
  readonly at?: EntryAt;
  /** For JSON lists, the index to prefix issue paths with. */
  readonly index?: number;
  /** The name on a table row. */
  readonly name?: string;
  /** For table rows: the file's columns (to name the cell of an issue). */
  readonly columns?: readonly TableColumn[];
  readonly place?: TablePlace;
  /** The table file (table rows only). */
  readonly file?: string;
}

/** A table row the reader could not read: its place and issues. */
export interface Rejected {
  readonly rejected: true;
  readonly file: string;
  readonly where: string;
  readonly at: EntryAt;
  readonly name?: string;
  readonly issues: readonly TableIssue[];
}

/** The subjects of a file, read as they are needed. */
export interface Subjects {
  /** One JSON object (printed as one result, not a list). */
  readonly single: boolean;
  readonly entries: AsyncIterable<Subject | Rejected>;
  /** Problems of the file itself (headers, encoding) seen so far. */
  problems(): number;
  /** The set the table's columns were read against (tables, once their header is read). */
  set(): CriteriaSet | undefined;
}

/** An evaluated subject, or the error it raised. */
export type Outcome = { readonly subject: Subject; readonly result: EvaluationResult } | { readonly subject: Subject; readonly error: { code: string; message: string; issues: readonly (NtmIssue | TableIssue)[] } };

/**
 * The set a table's columns are read against, when --as-of settles it; otherwise the reader
 * chooses it from the years in the table (readCommuneTable's rule).
 */
function columnsSet(ctx: Context): CriteriaSet | undefined {
  if (ctx.asOf === undefined) return undefined;
  try {
    return getCriteriaSet(kindOf(ctx), { asOf: ctx.asOf, ...(ctx.province !== undefined ? { province: ctx.province } : {}) });
  } catch (error) {
    if (isNtmError(error)) throw new UsageError({ vi: `--as-of: ${error.issues.map((i) => i.text.vi).join('; ')}`, en: `--as-of: ${error.message}` });
    throw error;
  }
}

/**
 * The set a results workbook lays its columns out by: the table's, else the version of the
 * first subject (its result's day, or its year), else the kind's newest.
 */
export function workbookSet(ctx: Context, subjects: Subjects, result: EvaluationResult | undefined, input?: unknown): CriteriaSet {
  const kind = kindOf(ctx);
  const province = ctx.province !== undefined ? { province: ctx.province } : {};
  const fromTable = subjects.set();
  if (fromTable) return fromTable;
  if (result !== undefined) return getCriteriaSet(kind, { asOf: result.asOf, ...province });
  const year = (input as { year?: unknown } | null | undefined)?.year;
  const day = ctx.asOf ?? (typeof year === 'number' && Number.isInteger(year) ? `${year}-12-31` : undefined);
  try {
    return getCriteriaSet(kind, { ...(day !== undefined ? { asOf: day } : {}), ...province });
  } catch {
    return getCriteriaSet(kind, province);
  }
}

/** The set kind selected with --kind (default commune). */
export function kindOf(ctx: Context): CriteriaSetKind {
  return (ctx.kind ?? 'commune') as CriteriaSetKind;
}

/** `--year`, for tables without a year column. */
function yearOption(ctx: Context): number | undefined {
  const y = ctx.options.year;
  if (y === undefined) return undefined;
  const n = Number(y);
  if (typeof y !== 'string' || !/^\d{4}$/.test(y) || n < 1900 || n > 2200) throw badOption('--year', { vi: 'một năm, ví dụ 2024', en: 'a year such as 2024' }, y);
  return n;
}

const atOf = (s: TableRowSource): EntryAt => ({ ...(s.sheet !== undefined ? { sheet: s.sheet } : {}), row: s.row, ...(s.line !== undefined ? { line: s.line } : {}) });

/** Reads the subjects of a JSON (one object or a list) or table (CSV, .xlsx) file. Table rows stream; the file's problems go to stderr as they come. */
export async function readSubjects(ctx: Context, file: string): Promise<Subjects> {
  if (tableFormatOf(file) !== undefined) {
    const options = tableOptions(ctx, file);
    const year = yearOption(ctx);
    const set = columnsSet(ctx);
    const bytes = await readBytes(ctx, file);
    const stream = streamCommuneTable(bytes, { ...options, ...(set !== undefined ? { set } : {}), ...(ctx.province !== undefined ? { province: ctx.province } : {}), kind: kindOf(ctx), ...(year !== undefined ? { year } : {}) });
    let problems = 0;
    let readAgainst: CriteriaSet | undefined = set;
    async function* entries(): AsyncGenerator<Subject | Rejected> {
      let columns: readonly TableColumn[] = [];
      for await (const e of stream) {
        if (e.type === 'columns') {
          columns = e.columns;
          readAgainst = e.set;
        }
        else if (e.type === 'issue') {
          problems++;
          ctx.io.stderr(issueLine(file, e.issue, ctx.lang));
        } else if (e.type === 'notice') ctx.io.stderr(noticeLine(file, e.notice, ctx.lang));
        else {
          const place: TablePlace = { ...atOf(e.source), ...(e.source.name !== undefined ? { name: e.source.name } : {}) };
          const where = `${file}, ${formatPlace(place, ctx.lang)}`;
          if (e.type === 'rejected') yield { rejected: true, file, where, at: atOf(e.source), ...(e.source.name !== undefined ? { name: e.source.name } : {}), issues: e.issues };
          else yield { input: e.input, where, at: atOf(e.source), ...(e.source.name !== undefined ? { name: e.source.name } : {}), columns, place, file };
        }
      }
    }
    return { single: false, entries: entries(), problems: () => problems, set: () => readAgainst };
  }
  const value = parseJson(await readText(ctx.io, file), file);
  const list = (subjects: Subject[]): Subjects => ({ single: false, entries: iterate(subjects), problems: () => 0, set: () => undefined });
  // Regions and commune groups are read as people write them (ĐBSH, Đồng bằng sông Hồng, xã nhóm 2).
  const item = (n: number) => (ctx.lang === 'vi' ? `mục thứ ${n + 1}` : `item ${n + 1}`);
  if (Array.isArray(value)) return list(value.map((input, index) => ({ input: subjectCodes(input), where: `${file}, ${item(index)}`, index, at: { index } })));
  if (typeof value === 'object' && value !== null) return { ...list([{ input: subjectCodes(value), where: file }]), single: true };
  throw new DataError({ vi: `${file}: cần số liệu một xã (một đối tượng JSON { … }) hoặc danh sách xã (một mảng JSON [ … ])`, en: `${file}: expected one subject (an object) or a list of them (an array)` });
}

async function* iterate<T>(xs: readonly T[]): AsyncGenerator<T> {
  yield* xs;
}

function evaluateOne(ctx: Context, input: unknown): EvaluationResult {
  const options = { ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), overlays: ctx.overlays };
  const kind = kindOf(ctx);
  // A district's commune conditions are derived from its communes' statuses.
  if (kind === 'district') return evaluateDistrict(input as DistrictInput, options);
  return evaluate({ kind, ...(ctx.province !== undefined ? { province: ctx.province } : {}) }, input as EvaluationInput, options);
}

/** Evaluates one subject; a library error is its outcome. Issues of a table row get their cell. */
export function evaluateSubject(ctx: Context, subject: Subject): Outcome {
  try {
    return { subject, result: evaluateOne(ctx, subject.input) };
  } catch (error) {
    if (!isNtmError(error)) throw error;
    const issues = subject.columns && subject.place ? error.issues.map((i) => ({ ...i, at: cellOfIssue(subject.columns!, subject.place!, i.path) })) : error.issues;
    return { subject, error: { code: error.code, message: error.message.split('\n')[0]!, issues } };
  }
}

/** The cell of an input path on a table row: the column filling it, or the row. */
function cellOfIssue(columns: readonly TableColumn[], place: TablePlace, path: readonly (string | number)[]): TablePlace {
  const p = path.map(String);
  const col = columns.find((c) => c.path !== null && c.path.length === p.length && c.path.every((x, k) => x === p[k])) ?? columns.find((c) => c.path !== null && p.length >= 2 && c.path.length > p.length && p.every((x, k) => x === c.path![k]));
  return col && place.row !== undefined ? { ...place, column: col.column, cell: `${col.letter}${place.row}`, header: col.header } : place;
}

/** Prints the errors of a failed subject to stderr, each with its place in words (or its cell). */
export function reportError(ctx: Context, o: Outcome): void {
  if (!('error' in o)) return;
  const { subject, error } = o;
  if (error.issues.length === 0) ctx.io.stderr(`${subject.where}: ${error.message}\n`);
  for (const issue of error.issues) {
    if ('at' in issue && subject.file !== undefined) ctx.io.stderr(issueLine(subject.file, issue, ctx.lang));
    else ctx.io.stderr(`${subject.where}${issue.path.length > 0 ? `, ${placeWords(issue.path, ctx.lang, columnsSetOf(ctx))}` : ''}: ${issue.text[ctx.lang]}\n`);
  }
}

/** The set whose compound parts name the places of issues: the version of --as-of, else the kind's newest. */
function columnsSetOf(ctx: Context): CriteriaSet | undefined {
  try {
    return getCriteriaSet(kindOf(ctx), { ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), ...(ctx.province !== undefined ? { province: ctx.province } : {}) });
  } catch {
    return undefined;
  }
}

/** Prints a rejected table row's issues. */
export function reportRejected(ctx: Context, r: Rejected): void {
  for (const i of r.issues) ctx.io.stderr(issueLine(r.file, i, ctx.lang));
}

/** `--detail compact|full`. */
export function detailOf(ctx: Context): 'compact' | 'full' {
  const d = ctx.options.detail;
  if (d === undefined || d === 'full') return 'full';
  if (d === 'compact') return 'compact';
  throw badOption('--detail', { vi: 'full (đầy đủ) hoặc compact (rút gọn)', en: 'full or compact' }, d);
}

/** `--xlsx <out.xlsx>`. */
export function xlsxOutOf(ctx: Context): string | undefined {
  const x = ctx.options.xlsx;
  if (x === undefined) return undefined;
  if (typeof x !== 'string' || !/\.xlsx$/i.test(x)) throw badOption('--xlsx', { vi: 'tên tệp có đuôi .xlsx', en: 'a file name ending in .xlsx' }, x);
  return x;
}

/** The JSON entry of a failed subject or rejected row. */
export function errorEntry(at: EntryAt | undefined, name: string | undefined, error: { code: string; message: string; issues: readonly unknown[] }): Record<string, unknown> {
  return { ...(at ? { at } : {}), ...(name !== undefined ? { name } : {}), error };
}

/** `ntm evaluate <file>`: evaluates one subject or a list (JSON, CSV or .xlsx), streaming the results. */
export async function evaluateCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw missingFile('evaluate', { vi: 'số liệu một xã hoặc danh sách xã dạng JSON, hoặc bảng tính .xlsx, .csv, .tsv, .txt', en: 'a JSON commune, a JSON list, or a spreadsheet: .csv, .tsv, .txt, .xlsx' });
  if (args.length > 1) throw oneFile('evaluate', args.length);
  const detail = detailOf(ctx);
  const xlsxOut = xlsxOutOf(ctx);
  const subjects = await readSubjects(ctx, file);
  let workbook: ResultsWorkbook | undefined;
  const book = (result?: EvaluationResult, input?: unknown) => (xlsxOut === undefined ? undefined : (workbook ??= new ResultsWorkbook(workbookSet(ctx, subjects, result, input), ctx.lang)));
  const list = ctx.json && !subjects.single ? new JsonList(ctx) : undefined;
  let failed = 0;
  let first = true;
  const printed: Printed = {};
  for await (const s of subjects.entries) {
    if ('rejected' in s) {
      failed++;
      reportRejected(ctx, s);
      list?.push(errorEntry(s.at, s.name, { code: 'invalid-input', message: s.issues[0]?.text[ctx.lang] ?? '', issues: s.issues }));
      book()?.addError(s.name, s.at, s.issues[0]?.text[ctx.lang] ?? '');
    } else {
      const o = evaluateSubject(ctx, s);
      if ('error' in o) {
        failed++;
        reportError(ctx, o);
        list?.push(errorEntry(s.at, s.name ?? nameOf(s.input), o.error));
        book(undefined, s.input)?.addError(s.name ?? nameOf(s.input), s.at, o.error.issues[0]?.text[ctx.lang] ?? o.error.message, s.input);
      } else {
        const body = detail === 'compact' ? compactResult(o.result) : o.result;
        if (list) list.push(s.at ? { at: s.at, ...body } : body);
        else if (ctx.json) printJson(ctx, body);
        else {
          // The set's heading (title, basis, notes) and the sources once while they stay the same.
          ctx.io.stdout((first ? '' : '\n') + renderResult(o.result, ctx.lang, printed));
          first = false;
        }
        book(o.result)?.addResult(o.result, s.at, s.input);
      }
    }
    if (list) await list.flushed();
  }
  list?.end();
  if (xlsxOut !== undefined) await book()!.write(ctx, xlsxOut);
  return failed + subjects.problems() > 0 ? EXIT.findings : EXIT.ok;
}

function nameOf(input: unknown): string | undefined {
  const n = (input as { name?: unknown } | null)?.name;
  return typeof n === 'string' ? n : undefined;
}
