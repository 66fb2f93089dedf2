import {
  isNtmError,
  listCriteriaSets,
  NATIONAL_COMMUNE_SCHEME,
  summarizeCommunes,
  THUA_THIEN_HUE_2018_SCHEME,
  type BucketScheme,
  type CommuneSummary,
  type EvaluationResult,
  type NtmError,
  type ScoringRecord,
} from '../../index.js';
import { formatDay } from '../../_lib/dates.js';
import { formatNumber } from '../../_lib/numbers.js';
import { bucketWords } from '../../wording/buckets.js';
import { placeWords } from '../../wording/places.js';
import { printJson, type Context } from '../context.js';
import { EXIT } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { badOption, missingFile, oneFile } from '../messages.js';
import { overlaysNotAppliedLines } from '../render-result.js';
import { renderTable } from '../table.js';
import { ResultsWorkbook } from '../workbook.js';
import { evaluateSubject, readSubjects, reportError, reportRejected, workbookSet, xlsxOutOf, type Subjects } from './evaluate.js';

// A Map, so that `--scheme __proto__` or `--scheme constructor` finds nothing.
const SCHEMES: ReadonlyMap<string, BucketScheme> = new Map([
  [NATIONAL_COMMUNE_SCHEME.id, NATIONAL_COMMUNE_SCHEME],
  [THUA_THIEN_HUE_2018_SCHEME.id, THUA_THIEN_HUE_2018_SCHEME],
]);

/** The average in words: `14,8 (chính xác 89/6 = 14,8333…)`. */
function averageWords(a: NonNullable<CommuneSummary['average']>, lang: Lang): string {
  // A repeating decimal is cut after four places and marked "…" (the fraction is the exact value).
  const shown = a.exact ? String(a.decimal) : String(a.decimal).replace(/(\.\d{4})\d+$/, '$1');
  return `${formatNumber(a.rounded, lang)} (${t(lang, 'tính đúng', 'exactly')} ${formatNumber(a.fraction.numerator, lang)}/${formatNumber(a.fraction.denominator, lang)} = ${formatNumber(shown, lang)}${a.exact ? '' : '…'})`;
}

/** Names of the records at the minimum: read from the records, in the order given (at most ten). */
function lowest(records: readonly ScoringRecord[], minimum: number | null, lang: Lang): string {
  if (minimum === null) return '';
  const names = records.flatMap((r, k) => (r.criteriaMet === minimum ? [r.name ?? t(lang, `xã thứ ${k + 1}`, `commune ${k + 1}`)] : []));
  if (names.length === 0) return '';
  return ` (${names.slice(0, 10).join(', ')}${names.length > 10 ? t(lang, ` và ${names.length - 10} xã khác`, ` and ${names.length - 10} more`) : ''})`;
}

/** The criterion names of the commune set with this many criteria (records name only codes): 19 for 2021-2025, 10 for 2026-2030. */
function namesOfTotal(total: number): Map<string, { readonly vi: string; readonly en: string }> {
  const set = listCriteriaSets('commune').filter((x) => x.criteria.length === total).at(-1);
  return new Map((set?.criteria ?? []).map((c) => [c.code, c.name]));
}

/** Renders a summary as report tables. `records` names the communes at the minimum. */
export function renderSummary(s: CommuneSummary, lang: Lang, records: readonly ScoringRecord[] = []): string {
  const total = s.criteriaTotal;
  const lines: string[] = [];
  lines.push(`${t(lang, 'Số xã', 'Communes')}: ${formatNumber(s.count, lang)}; ${t(lang, `đạt đủ ${total}/${total} tiêu chí`, `meeting all ${total} criteria`)}: ${formatNumber(s.meetingStandard, lang)}`);
  if (s.average) lines.push(`${t(lang, 'Bình quân tiêu chí/xã', 'Average criteria per commune')}: ${averageWords(s.average, lang)}`);
  if (s.minimum !== null) lines.push(`${t(lang, 'Thấp nhất', 'Lowest')}: ${s.minimum} ${t(lang, 'tiêu chí', 'criteria')}${lowest(records, s.minimum, lang)}; ${t(lang, 'cao nhất', 'highest')}: ${s.maximum} ${t(lang, 'tiêu chí', 'criteria')}`);
  if (s.belowFloor) lines.push(`${t(lang, `Số xã đạt dưới ${s.belowFloor.floor} tiêu chí`, `Communes under ${s.belowFloor.floor} criteria`)}: ${formatNumber(s.belowFloor.count, lang)}${s.belowFloor.communes.length > 0 ? ` (${s.belowFloor.communes.map((c) => c.name ?? t(lang, `xã thứ ${c.index + 1}`, `commune ${c.index + 1}`)).join(', ')})` : ''}`);
  if (s.undetermined.communes > 0) {
    const ifMet = s.undetermined.averageIfMet ? formatNumber(s.undetermined.averageIfMet.rounded, lang) : '—';
    lines.push(t(lang,
      `Còn ${formatNumber(s.undetermined.communes, lang)} xã có tổng cộng ${formatNumber(s.undetermined.criteria, lang)} tiêu chí chưa xác định được (thiếu số liệu hoặc chưa có ngưỡng); các số liệu trên chỉ tính những tiêu chí đã xác định là đạt. Nếu các tiêu chí chưa xác định đều đạt, bình quân sẽ là ${ifMet} tiêu chí/xã.`,
      `${formatNumber(s.undetermined.communes, lang)} communes have ${formatNumber(s.undetermined.criteria, lang)} criteria not determined (missing data or thresholds); the figures above count only the criteria shown to be met. If all of them were met, the average would be ${ifMet} criteria per commune.`));
  }
  const sets = listCriteriaSets().filter((x) => s.sets.includes(x.id));
  if (sets.length > 0) lines.push(`${t(lang, 'Bộ tiêu chí', 'Criteria set')}: ${sets.map((x) => `${x.title[lang]}, ${t(lang, 'phiên bản áp dụng từ', 'version in force from')} ${formatDay(x.validFrom, lang)}`).join('; ')}`);
  lines.push(...overlaysNotAppliedLines(records as readonly Partial<EvaluationResult>[], lang));
  lines.push('');
  if (s.schemeNote) lines.push(s.schemeNote[lang]);
  else lines.push(renderTable([t(lang, 'Nhóm xã theo số tiêu chí đạt', 'Communes by criteria met'), t(lang, 'Số xã', 'Communes')], s.buckets.map((b) => [bucketWords(b, total, lang), formatNumber(b.count, lang)]), [1]).trimEnd());
  if (s.criteria.length > 0) {
    lines.push('');
    lines.push(renderTable(
      [t(lang, 'Tiêu chí', 'Criterion'), t(lang, 'Tên', 'Name'), t(lang, 'Số xã đạt', 'Met'), t(lang, 'Chưa đạt', 'Not met'), t(lang, 'Chưa xác định', 'Not determined')],
      s.criteria.map((c) => [c.code, c.name?.[lang] ?? namesOfTotal(total).get(c.code)?.[lang] ?? '', `${formatNumber(c.met, lang)}/${formatNumber(c.of, lang)}`, formatNumber(c.notMet, lang), formatNumber(c.unknown, lang)]),
      [2, 3, 4],
    ).trimEnd());
  }
  return lines.join('\n') + '\n';
}

/** The records to summarise, each with where it was read; entries that could not be read or evaluated are reported and counted. */
interface Collected {
  readonly records: ScoringRecord[];
  readonly where: string[];
  failed: number;
}

/**
 * Plain records (criteriaMet given) are summarised as they are; subjects with indicators are
 * evaluated first. The results workbook, when asked for, gets every result and error.
 */
async function collectRecords(ctx: Context, subjects: Subjects, book: (result?: EvaluationResult, input?: unknown) => ResultsWorkbook | undefined): Promise<Collected> {
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null && 'criteriaMet' in v && !('indicators' in v);
  const c: Collected = { records: [], where: [], failed: 0 };
  for await (const s of subjects.entries) {
    if ('rejected' in s) {
      c.failed++;
      reportRejected(ctx, s);
      book()?.addError(s.name, s.at, s.issues[0]?.text[ctx.lang] ?? '');
      continue;
    }
    if (isRecord(s.input)) {
      c.records.push(s.input as ScoringRecord);
      c.where.push(s.where);
      continue;
    }
    const o = evaluateSubject(ctx, s);
    if ('error' in o) {
      c.failed++;
      reportError(ctx, o);
      book(undefined, s.input)?.addError(s.name, s.at, o.error.issues[0]?.text[ctx.lang] ?? o.error.message, s.input);
      continue;
    }
    c.records.push(o.result);
    c.where.push(s.where);
    book(o.result)?.addResult(o.result, s.at, s.input);
  }
  return c;
}

/** A summary the library refused: each issue at the entry it names (`records[3]` is the entry read at `where[3]`). */
function reportSummaryError(ctx: Context, error: NtmError, where: readonly string[], file: string): void {
  for (const i of error.issues) {
    const [head, index, ...rest] = i.path;
    const at = head === 'records' && typeof index === 'number'
      ? `${where[index] ?? file}${rest.length > 0 ? `, ${placeWords(rest, ctx.lang)}` : ''}`
      : `${file}${i.path.length > 0 ? `, ${placeWords(i.path, ctx.lang)}` : ''}`;
    ctx.io.stderr(`${at}: ${i.text[ctx.lang]}\n`);
  }
  if (error.issues.length === 0) ctx.io.stderr(`${file}: ${error.message}\n`);
}

/**
 * `ntm summarize <file>`: province figures (buckets, average, minimum, per-criterion tally) from
 * communes to evaluate (JSON, CSV or .xlsx) or from plain records `{ name, criteriaMet, criteria? }`.
 */
export async function summarizeCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw missingFile('summarize', { vi: 'danh sách xã dạng JSON, bảng tính .xlsx hoặc .csv, hoặc danh sách xã đã có số tiêu chí đạt', en: 'communes as JSON, CSV or .xlsx, or records { name, criteriaMet }' });
  if (args.length > 1) throw oneFile('summarize', args.length);
  const schemeId = ctx.options.scheme;
  // Without --scheme the library picks: the national scheme for 19 criteria, none for a set without one.
  const scheme = typeof schemeId === 'string' ? SCHEMES.get(schemeId) : undefined;
  if (typeof schemeId === 'string' && !scheme) throw badOption('--scheme', { vi: `một trong: ${[...SCHEMES.keys()].join(', ')}`, en: `one of ${[...SCHEMES.keys()].join(', ')}` }, schemeId);
  const floorText = ctx.options.floor;
  // Digits only: Number() would read "0x10" as 16 and "" as 0.
  if (typeof floorText === 'string' && !/^\d{1,3}$/.test(floorText)) throw badOption('--floor', { vi: 'một số nguyên', en: 'a whole number' }, floorText);
  const floor = typeof floorText === 'string' ? Number(floorText) : undefined;

  const xlsxOut = xlsxOutOf(ctx);
  const subjects = await readSubjects(ctx, file);
  let workbook: ResultsWorkbook | undefined;
  const book = (result?: EvaluationResult, input?: unknown) => (xlsxOut === undefined ? undefined : (workbook ??= new ResultsWorkbook(workbookSet(ctx, subjects, result, input), ctx.lang)));
  const { records, where, failed } = await collectRecords(ctx, subjects, book);
  if (failed + subjects.problems() > 0) return EXIT.findings;
  let summary: CommuneSummary;
  try {
    summary = summarizeCommunes(records, { ...(scheme ? { scheme } : {}), ...(floor !== undefined ? { floor } : {}) });
  } catch (error) {
    if (!isNtmError(error)) throw error;
    reportSummaryError(ctx, error, where, file);
    return EXIT.findings;
  }
  if (xlsxOut !== undefined) {
    const w = book()!;
    w.setSummary(summary);
    await w.write(ctx, xlsxOut);
  }
  if (ctx.json) printJson(ctx, summary);
  else ctx.io.stdout(renderSummary(summary, ctx.lang, records));
  return EXIT.ok;
}
