import { parse } from 'csv-parse/sync';
import {
  aggregateFunding,
  convertAmount,
  formatAmount,
  FUNDING_SOURCES,
  isFundingUnit,
  isNtmError,
  reconcileFunding,
  type FundingAggregate,
  type FundingDiscrepancy,
  type FundingLine,
  type FundingSourceId,
  type FundingUnit,
} from '../../index.js';
import { formatPath, printJson, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { DataError, isCsv, parseJson, readText } from '../read.js';
import { renderTable } from '../table.js';

interface FundingFile {
  readonly lines: unknown;
  readonly declared?: unknown;
  readonly unit?: unknown;
  readonly allowNegative?: unknown;
}

/** Reads CSV lines: columns source, amount, unit, label, year (amounts as written, "." decimal point). */
function linesFromCsv(text: string, file: string): Record<string, unknown>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { bom: true, columns: (h: string[]) => h.map((c) => c.trim()), delimiter: [',', ';', '\t'], skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    throw new DataError(`${file}: cannot parse CSV: ${(error as Error).message}`);
  }
  return rows.map((r) => {
    const line: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (v === '') continue;
      line[k] = k === 'year' && /^\d+$/.test(v) ? Number(v) : v;
    }
    return line;
  });
}

const FILE_KEYS = ['lines', 'declared', 'unit', 'allowNegative'];

/** The file's top level: a list of lines, or `{ lines, declared?, unit?, allowNegative? }` with nothing else (a misspelt "unti" is an error, never ignored). */
function readFundingFile(value: unknown, file: string): FundingFile {
  if (Array.isArray(value)) return { lines: value };
  if (typeof value !== 'object' || value === null || !('lines' in value)) {
    throw new DataError(`${file}: expected an array of funding lines or { lines, declared?, unit?, allowNegative? }`);
  }
  const v = value as Record<string, unknown>;
  const problems = Object.keys(v)
    .filter((k) => !FILE_KEYS.includes(k))
    .map((k) => `${file} ${formatPath([k])}: unknown key (expected ${FILE_KEYS.join(', ')})`);
  if (v.unit !== undefined && !isFundingUnit(v.unit)) problems.push(`${file} unit: expected vnd, thousand-vnd, million-vnd or billion-vnd`);
  if (v.allowNegative !== undefined && typeof v.allowNegative !== 'boolean') problems.push(`${file} allowNegative: expected true or false`);
  if (problems.length > 0) throw new DataError(problems.slice(0, 100).join('\n'));
  return v as unknown as FundingFile;
}

/** A declared amount converted to the --unit; one that is not an amount is left for reconcileFunding to name at `declared.<key>`. */
function convertDeclared(amount: unknown, from: FundingUnit, to: FundingUnit): unknown {
  try {
    return convertAmount(amount as string, from, to);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    return amount;
  }
}

/** A share ('0.0297') as a percentage ('2.97%'), by moving the decimal point: no floating point. */
export function percentOf(share: string, lang: Lang): string {
  const negative = share.startsWith('-');
  const [int = '0', frac = ''] = share.replace('-', '').split('.');
  const padded = frac.padEnd(2, '0');
  const whole = (int + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  return `${negative ? '-' : ''}${whole}${rest ? (lang === 'vi' ? ',' : '.') + rest : ''}%`;
}

function fmt(amount: string, lang: Lang): string {
  return formatAmount(amount, { locale: lang });
}

function renderAggregate(a: FundingAggregate, lang: Lang): string {
  const rows = Object.entries(a.bySource).map(([id, node]) => {
    const depth = id.split('.').length - 1;
    const src = FUNDING_SOURCES[id as FundingSourceId];
    const share = node!.share === null ? '—' : percentOf(node!.share, lang);
    return [`${'  '.repeat(depth)}${id}`, src.label[lang], fmt(node!.amount, lang), share, node!.unallocated !== undefined ? fmt(node!.unallocated, lang) : ''];
  });
  const header = lang === 'vi' ? ['Nguồn', 'Tên', 'Số tiền', 'Tỷ lệ', 'Chưa phân bổ'] : ['Source', 'Name', 'Amount', 'Share', 'Unallocated'];
  const unit = { vnd: t(lang, 'đồng', 'VND'), 'thousand-vnd': t(lang, 'nghìn đồng', 'thousand VND'), 'million-vnd': t(lang, 'triệu đồng', 'million VND'), 'billion-vnd': t(lang, 'tỷ đồng', 'billion VND') }[a.unit];
  return `${t(lang, 'Đơn vị', 'Unit')}: ${unit}; ${a.lineCount} ${t(lang, 'dòng', 'lines')}\n${renderTable(header, rows, [2, 3, 4])}${t(lang, 'Tổng cộng', 'Total')}: ${fmt(a.total, lang)}\n`;
}

function renderDiscrepancies(ds: readonly FundingDiscrepancy[], lang: Lang): string {
  if (ds.length === 0) return `${t(lang, 'Đối chiếu: các số tổng khớp với các dòng chi tiết.', 'Reconciliation: every stated total agrees with its lines.')}\n`;
  const lines = ds.map((d) => {
    const what = d.check === 'parts'
      ? t(lang, `số ghi của "${d.source}" khác tổng các khoản con`, `the stated amount of "${d.source}" differs from the sum of its parts`)
      : t(lang, `số khai báo "${d.source}" khác số tính từ các dòng`, `declared "${d.source}" differs from the amount computed from the lines`);
    return `  ${what}: ${t(lang, 'ghi', 'stated')} ${fmt(d.declared, lang)}, ${t(lang, 'tính được', 'computed')} ${fmt(d.computed, lang)}, ${t(lang, 'chênh lệch', 'difference')} ${fmt(d.difference, lang)}`;
  });
  return `${t(lang, `Đối chiếu: ${ds.length} chỗ không khớp`, `Reconciliation: ${ds.length} discrepancies`)}\n${lines.join('\n')}\n`;
}

/** `ntm funding <file>`: exact totals over the funding taxonomy and, when totals are declared, their reconciliation. */
export async function fundingCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw new UsageError('funding: missing <file> (funding lines as JSON or CSV)');
  if (args.length > 1) throw new UsageError(`funding: one file at a time (got ${args.length})`);
  const unitOption = ctx.options.unit;
  if (unitOption !== undefined && !isFundingUnit(unitOption)) throw new UsageError(`--unit: expected vnd, thousand-vnd, million-vnd or billion-vnd, got "${String(unitOption)}"`);
  const text = await readText(ctx.io, file);
  const value = isCsv(file) ? linesFromCsv(text, file) : parseJson(text, file);
  const input = readFundingFile(value, file);
  const unit = (unitOption ?? input.unit) as FundingUnit | undefined;
  const allowNegative = input.allowNegative === true;
  try {
    const aggregate = aggregateFunding(input.lines as FundingLine[], { ...(unit !== undefined ? { unit } : {}), allowNegative });
    // Declared amounts are written in the file's unit; --unit converts them (exactly) with the lines.
    const fileUnit = (input.unit ?? 'million-vnd') as FundingUnit;
    const declared = unitOption !== undefined && unitOption !== fileUnit && typeof input.declared === 'object' && input.declared !== null
      ? Object.fromEntries(Object.entries(input.declared).map(([k, v]) => [k, convertDeclared(v, fileUnit, unitOption as FundingUnit)]))
      : input.declared;
    const discrepancies = declared !== undefined
      ? reconcileFunding({ lines: input.lines as FundingLine[], declared: declared as Record<string, string>, ...(unit !== undefined ? { unit } : {}), allowNegative })
      : undefined;
    if (ctx.json) printJson(ctx, { aggregate, ...(discrepancies !== undefined ? { discrepancies } : {}) });
    else ctx.io.stdout(renderAggregate(aggregate, ctx.lang) + (discrepancies !== undefined ? renderDiscrepancies(discrepancies, ctx.lang) : ''));
    return discrepancies !== undefined && discrepancies.length > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) ctx.io.stderr(`${file} ${formatPath(i.path)}: ${i.message}\n`);
    if (error.issues.length === 0) ctx.io.stderr(`${file}: ${error.message}\n`);
    return EXIT.findings;
  }
}
