import {
  aggregateFunding,
  convertAmount,
  formatAmount,
  FUNDING_SOURCES,
  FUNDING_TAXONOMIES,
  isFundingUnit,
  isNtmError,
  readFundingTable,
  reconcileFunding,
  type FundingAggregate,
  type FundingDiscrepancy,
  type FundingLine,
  type FundingSourceId,
  type FundingUnit,
} from '../../index.js';
import { formatNumber } from '../../_lib/numbers.js';
import { placeWords } from '../../wording/places.js';
import { printJson, type Context } from '../context.js';
import { EXIT } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { badOption, missingFile, oneFile } from '../messages.js';
import { DataError, parseJson, readText } from '../read.js';
import { issueLine, noticeLine, readBytes, tableFormatOf, tableOptions } from '../tables.js';
import { renderTable } from '../table.js';

interface FundingFile {
  readonly lines: unknown;
  readonly declared?: unknown;
  readonly unit?: unknown;
  readonly allowNegative?: unknown;
}

const FILE_KEYS = ['lines', 'declared', 'unit', 'allowNegative'];

const UNITS_ALLOWED = {
  vi: 'vnd (đồng), thousand-vnd (nghìn đồng), million-vnd (triệu đồng) hoặc billion-vnd (tỷ đồng)',
  en: 'vnd, thousand-vnd, million-vnd or billion-vnd',
};

const UNIT_PROBLEM = (file: string) => ({ vi: `${file}, đơn vị: cần ${UNITS_ALLOWED.vi}`, en: `${file} unit: expected ${UNITS_ALLOWED.en}` });

/** The file's top level: a list of lines, or `{ lines, declared?, unit?, allowNegative? }` with nothing else (a misspelt "unti" is an error, never ignored). */
function readFundingFile(value: unknown, file: string): FundingFile {
  if (Array.isArray(value)) return { lines: value };
  if (typeof value !== 'object' || value === null || !('lines' in value)) {
    throw new DataError({
      vi: `${file}: cần danh sách dòng vốn (một mảng JSON [ … ]) hoặc một đối tượng { "lines": [ … ], "declared": { … }, "unit": … }`,
      en: `${file}: expected an array of funding lines or { lines, declared?, unit?, allowNegative? }`,
    });
  }
  const v = value as Record<string, unknown>;
  const problems: { vi: string; en: string }[] = Object.keys(v)
    .filter((k) => !FILE_KEYS.includes(k))
    .map((k) => ({ vi: `${file}: khóa "${k}" không có trong tệp nguồn vốn (các khóa: ${FILE_KEYS.join(', ')})`, en: `${file}: unknown key "${k}" (expected ${FILE_KEYS.join(', ')})` }));
  if (v.unit !== undefined && !isFundingUnit(v.unit)) problems.push(UNIT_PROBLEM(file));
  if (v.allowNegative !== undefined && typeof v.allowNegative !== 'boolean') problems.push({ vi: `${file}, cho phép số âm: cần true hoặc false`, en: `${file} allowNegative: expected true or false` });
  if (problems.length > 0) throw new DataError({ vi: problems.slice(0, 100).map((p) => p.vi).join('\n'), en: problems.slice(0, 100).map((p) => p.en).join('\n') });
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

/** A share ('0.0297') as a percentage ('2,97%'), by moving the decimal point: no floating point. */
export function percentOf(share: string, lang: Lang): string {
  const negative = share.startsWith('-');
  const [int = '0', frac = ''] = share.replace('-', '').split('.');
  const padded = frac.padEnd(2, '0');
  const whole = (int + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  return `${formatNumber(`${negative ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`, lang)}%`;
}

function fmt(amount: string, lang: Lang): string {
  return formatAmount(amount, { lang });
}

/** A key of the stated totals in words: `Tổng cộng`, or the taxonomy's name of the source. */
function totalKeyWords(key: string, lang: Lang): string {
  if (key === 'total') return t(lang, 'Tổng cộng', 'Total');
  return Object.hasOwn(FUNDING_SOURCES, key) ? FUNDING_SOURCES[key as FundingSourceId].label[lang] : key;
}

function renderAggregate(a: FundingAggregate, lang: Lang): string {
  const rows = Object.entries(a.bySource).map(([id, node]) => {
    const depth = id.split('.').length - 1;
    // The labels of the taxonomy version the lines were read against (2026-2035 names some nodes differently).
    const src = FUNDING_TAXONOMIES[a.taxonomy].sources[id as FundingSourceId] ?? FUNDING_SOURCES[id as FundingSourceId];
    const share = node!.share === null ? '—' : percentOf(node!.share, lang);
    return [`${'  '.repeat(depth)}${src.label[lang]}`, fmt(node!.amount, lang), share, node!.unallocated !== undefined ? fmt(node!.unallocated, lang) : ''];
  });
  const header = lang === 'vi' ? ['Nguồn vốn', 'Số tiền', 'Tỷ lệ', 'Chưa phân bổ'] : ['Source', 'Amount', 'Share', 'Unallocated'];
  // The unallocated column only when some source has an amount not given to its parts.
  if (rows.every((r) => r[3] === '')) {
    header.pop();
    for (const r of rows) r.pop();
  }
  const unit = { vnd: t(lang, 'đồng', 'VND'), 'thousand-vnd': t(lang, 'nghìn đồng', 'thousand VND'), 'million-vnd': t(lang, 'triệu đồng', 'million VND'), 'billion-vnd': t(lang, 'tỷ đồng', 'billion VND') }[a.unit];
  const count = t(lang, `${formatNumber(a.lineCount, lang)} dòng vốn`, `${formatNumber(a.lineCount, lang)} ${a.lineCount === 1 ? 'line' : 'lines'}`);
  return `${t(lang, 'Đơn vị tính', 'Unit')}: ${unit}; ${count}\n${renderTable(header, rows, [1, 2, 3])}${t(lang, 'Tổng cộng', 'Total')}: ${fmt(a.total, lang)}\n`;
}

function renderDiscrepancies(ds: readonly FundingDiscrepancy[], lang: Lang): string {
  if (ds.length === 0) return `${t(lang, 'Đối chiếu: các số tổng khớp với các dòng chi tiết.', 'Reconciliation: every stated total agrees with its lines.')}\n`;
  const lines = ds.map((d) => {
    const name = totalKeyWords(d.source, lang);
    const what = d.check === 'parts'
      ? t(lang, `số ghi của "${name}" khác tổng các khoản chi tiết`, `the stated amount of "${name}" differs from the sum of its parts`)
      : t(lang, `số tổng "${name}" ghi trong văn bản khác số cộng từ các dòng vốn`, `the stated "${name}" differs from the amount computed from the lines`);
    return `  - ${what}: ${t(lang, 'ghi', 'stated')} ${fmt(d.declared, lang)}, ${t(lang, 'cộng được', 'computed')} ${fmt(d.computed, lang)}, ${t(lang, 'chênh lệch', 'difference')} ${fmt(d.difference, lang)}`;
  });
  const head = t(lang, `Đối chiếu: ${formatNumber(ds.length, lang)} số tổng không khớp`, `Reconciliation: ${ds.length} ${ds.length === 1 ? 'stated total does' : 'stated totals do'} not agree`);
  return `${head}\n${lines.join('\n')}\n`;
}

/** A place in a funding file in words; a line is named by its number and, when it has one, its label. */
function fundingPlace(path: readonly (string | number)[], input: FundingFile, lang: Lang): string {
  const [head, index] = path;
  const line = head === 'lines' && typeof index === 'number' && Array.isArray(input.lines) ? (input.lines[index] as { label?: unknown } | undefined) : undefined;
  const label = typeof line?.label === 'string' ? ` ("${line.label}")` : '';
  const words = placeWords(path, lang);
  return label === '' ? words : words.replace(/^([^,]+)/, `$1${label}`);
}

/** `ntm funding <file>`: exact totals over the funding taxonomy and, when totals are declared, their reconciliation. */
export async function fundingCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw missingFile('funding', { vi: 'các dòng vốn dạng JSON, hoặc bảng tính .xlsx, .csv', en: 'funding lines as JSON, CSV or .xlsx' });
  if (args.length > 1) throw oneFile('funding', args.length);
  const unitOption = ctx.options.unit;
  if (unitOption !== undefined && !isFundingUnit(unitOption)) throw badOption('--unit', UNITS_ALLOWED, unitOption);
  let input: FundingFile;
  let tableProblems = 0;
  if (tableFormatOf(file) !== undefined) {
    const table = await readFundingTable(await readBytes(ctx, file), tableOptions(ctx, file));
    for (const n of table.notices) ctx.io.stderr(noticeLine(file, n, ctx.lang));
    for (const i of table.issues) ctx.io.stderr(issueLine(file, i, ctx.lang));
    if (table.issues.length > 0 && table.lines.length === 0) return EXIT.findings;
    tableProblems = table.issues.length;
    input = { lines: table.lines, ...(table.unit !== undefined ? { unit: table.unit } : {}), ...(table.declared !== undefined ? { declared: table.declared } : {}) };
  } else {
    input = readFundingFile(parseJson(await readText(ctx.io, file), file), file);
  }
  // The file's unit is the unit of its lines that name none and of its declared totals alike
  // (a file saying "vnd" is never summed as million VND); --unit only chooses the output unit.
  const fileUnit = input.unit as FundingUnit | undefined;
  if (fileUnit !== undefined && !isFundingUnit(fileUnit)) {
    ctx.io.stderr(`${UNIT_PROBLEM(file)[ctx.lang]}\n`);
    return EXIT.findings;
  }
  const lines = fileUnit !== undefined && Array.isArray(input.lines)
    ? input.lines.map((l: unknown) => (typeof l === 'object' && l !== null && !Array.isArray(l) && !Object.prototype.hasOwnProperty.call(l, 'unit') ? { ...(l as object), unit: fileUnit } : l))
    : input.lines;
  const unit = (unitOption ?? fileUnit) as FundingUnit | undefined;
  const allowNegative = input.allowNegative === true;
  try {
    const aggregate = aggregateFunding(lines as FundingLine[], { ...(unit !== undefined ? { unit } : {}), allowNegative });
    // Declared amounts are written in the file's unit; they are converted (exactly) to the output unit.
    const declaredUnit = fileUnit ?? 'million-vnd';
    const declared = unit !== undefined && unit !== declaredUnit && typeof input.declared === 'object' && input.declared !== null
      ? Object.fromEntries(Object.entries(input.declared).map(([k, v]) => [k, convertDeclared(v, declaredUnit, unit)]))
      : input.declared;
    const discrepancies = declared !== undefined
      ? reconcileFunding({ lines: lines as FundingLine[], declared: declared as Record<string, string>, ...(unit !== undefined ? { unit } : {}), allowNegative })
      : undefined;
    if (ctx.json) printJson(ctx, { aggregate, ...(discrepancies !== undefined ? { discrepancies } : {}) });
    else ctx.io.stdout(renderAggregate(aggregate, ctx.lang) + (discrepancies !== undefined ? renderDiscrepancies(discrepancies, ctx.lang) : ''));
    return tableProblems > 0 || (discrepancies !== undefined && discrepancies.length > 0) ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) ctx.io.stderr(`${file}${i.path.length > 0 ? `, ${fundingPlace(i.path, input, ctx.lang)}` : ''}: ${i.text[ctx.lang]}\n`);
    if (error.issues.length === 0) ctx.io.stderr(`${file}: ${error.message}\n`);
    return EXIT.findings;
  }
}
