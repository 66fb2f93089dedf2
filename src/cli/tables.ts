// Spreadsheet files for the commands: which files are tables, their bytes, and the places and
// problems the library reports, in the output language.
import type { NumberStyle, TableFormat, TableIssue, TableNotice, TablePlace } from '../index.js';
import type { Context } from './context.js';
import type { Lang } from './i18n.js';
import { badOption, cannotRead } from './messages.js';
import { readText } from './read.js';

/** The table format of a file, by extension; `undefined` for JSON. */
export function tableFormatOf(file: string): TableFormat | 'table' | undefined {
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  if (/\.xlsx$/i.test(file)) return 'xlsx';
  // Old .xls and .xlsm: the library recognises the content and says what to do.
  if (/\.(xls|xlsm)$/i.test(file)) return 'table';
  return undefined;
}

/** Reads a file's bytes, turning a read failure into bad usage (exit 2). */
export async function readBytes(ctx: Context, file: string): Promise<Uint8Array> {
  if (!ctx.io.readBytes) return new TextEncoder().encode(await readText(ctx.io, file));
  try {
    return await ctx.io.readBytes(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** `--sheet`, `--number-style` and the format, as reader options. */
export function tableOptions(ctx: Context, file: string): { format?: TableFormat; sheet?: string; numberStyle?: NumberStyle } {
  const style = ctx.options['number-style'];
  if (style !== undefined && style !== 'vi' && style !== 'en') throw badOption('--number-style', { vi: 'vi (kiểu Việt Nam: 1.234,5) hoặc en (kiểu Anh: 1,234.5)', en: 'vi (1.234,5) or en (1,234.5)' }, style);
  const sheet = ctx.options.sheet;
  const format = tableFormatOf(file);
  return {
    ...(format === 'csv' || format === 'xlsx' ? { format } : {}),
    ...(typeof sheet === 'string' ? { sheet } : {}),
    ...(style !== undefined ? { numberStyle: style } : {}),
  };
}

/** A place in words: `dòng 6, ô H6, cột "2.1" (Xã A)` / `row 6, cell H6, column "2.1" (Xã A)`. */
export function formatPlace(at: TablePlace, lang: Lang): string {
  const parts: string[] = [];
  if (at.sheet !== undefined) parts.push(`${lang === 'vi' ? 'trang' : 'sheet'} "${at.sheet}"`);
  if (at.row !== undefined) parts.push(`${lang === 'vi' ? 'dòng' : 'row'} ${at.row}${at.line !== undefined && at.line !== at.row ? ` (${lang === 'vi' ? `dòng ${at.line} trong tệp` : `file line ${at.line}`})` : ''}`);
  else if (at.line !== undefined) parts.push(`${lang === 'vi' ? 'dòng' : 'line'} ${at.line}`);
  if (at.cell !== undefined) parts.push(`${lang === 'vi' ? 'ô' : 'cell'} ${at.cell}`);
  if (at.header !== undefined) parts.push(`${lang === 'vi' ? 'cột' : 'column'} "${at.header}"`);
  return parts.join(', ') + (at.name !== undefined ? ` (${at.name})` : '');
}

/** A table problem as one line. */
export function issueLine(file: string, i: TableIssue, lang: Lang): string {
  const place = formatPlace(i.at, lang);
  return `${file}${place ? `, ${place}` : ''}: ${i.text[lang]}\n`;
}

/** A notice as one line, marked when it is a warning. */
export function noticeLine(file: string, n: TableNotice, lang: Lang): string {
  const place = formatPlace(n.at, lang);
  const mark = n.severity === 'warning' ? (lang === 'vi' ? 'cảnh báo: ' : 'warning: ') : '';
  return `${file}${place ? `, ${place}` : ''}: ${mark}${n.text[lang]}\n`;
}
