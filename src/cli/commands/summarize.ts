import {
  isNtmError,
  NATIONAL_COMMUNE_SCHEME,
  summarizeCommunes,
  THUA_THIEN_HUE_2018_SCHEME,
  type BucketScheme,
  type CommuneSummary,
  type EvaluationResult,
  type ScoringRecord,
} from '../../index.js';
import { printJson, formatPath, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { renderTable } from '../table.js';
import { ResultsWorkbook } from '../workbook.js';
import { evaluateSubject, readSubjects, reportError, reportRejected, workbookSet, xlsxOutOf } from './evaluate.js';

// A Map, so that `--scheme __proto__` or `--scheme constructor` finds nothing.
const SCHEMES: ReadonlyMap<string, BucketScheme> = new Map([
  [NATIONAL_COMMUNE_SCHEME.id, NATIONAL_COMMUNE_SCHEME],
  [THUA_THIEN_HUE_2018_SCHEME.id, THUA_THIEN_HUE_2018_SCHEME],
]);

/** Renders a summary as report tables. */
export function renderSummary(s: CommuneSummary, lang: Lang): string {
  const lines: string[] = [];
  lines.push(`${t(lang, 'Số xã', 'Communes')}: ${s.count}; ${t(lang, 'đạt chuẩn (đạt tất cả tiêu chí)', 'meeting every criterion')}: ${s.meetingStandard}`);
  if (s.average) lines.push(`${t(lang, 'Bình quân tiêu chí/xã', 'Average criteria per commune')}: ${s.average.rounded} (${t(lang, 'chính xác', 'exact')} ${s.average.fraction.numerator}/${s.average.fraction.denominator} = ${s.average.decimal}${s.average.exact ? '' : '…'})`);
  if (s.minimum !== null) lines.push(`${t(lang, 'Thấp nhất', 'Minimum')}: ${s.minimum}; ${t(lang, 'cao nhất', 'maximum')}: ${s.maximum}`);
  if (s.belowFloor) lines.push(`${t(lang, `Dưới ${s.belowFloor.floor} tiêu chí`, `Under ${s.belowFloor.floor} criteria`)}: ${s.belowFloor.count}${s.belowFloor.communes.length > 0 ? ` (${s.belowFloor.communes.map((c) => c.name ?? `#${c.index}`).join(', ')})` : ''}`);
  if (s.undetermined.communes > 0) {
    lines.push(t(lang,
      `Còn ${s.undetermined.communes} xã có ${s.undetermined.criteria} tiêu chí chưa xác định (tính là chưa đạt ở trên); bình quân nếu đạt hết: ${s.undetermined.averageIfMet?.rounded ?? '—'}`,
      `${s.undetermined.communes} communes have ${s.undetermined.criteria} criteria still unknown (counted as not met above); average if all were met: ${s.undetermined.averageIfMet?.rounded ?? '—'}`));
  }
  if (s.sets.length > 0) lines.push(`${t(lang, 'Bộ tiêu chí', 'Criteria sets')}: ${s.sets.join(', ')}`);
  lines.push('');
  if (s.schemeNote) lines.push(s.schemeNote[lang]);
  else lines.push(renderTable([t(lang, 'Nhóm', 'Bucket'), t(lang, 'Số xã', 'Communes')], s.buckets.map((b) => [b.label[lang], String(b.count)]), [1]).trimEnd());
  if (s.criteria.length > 0) {
    lines.push('');
    lines.push(renderTable(
      [t(lang, 'Tiêu chí', 'Criterion'), t(lang, 'Tên', 'Name'), t(lang, 'Đạt', 'Met'), t(lang, 'Chưa đạt', 'Not met'), t(lang, 'Chưa xác định', 'Unknown')],
      s.criteria.map((c) => [c.code, c.name?.[lang] ?? '', c.ratio, String(c.notMet), String(c.unknown)]),
      [2, 3, 4],
    ).trimEnd());
  }
  return lines.join('\n') + '\n';
}

/**
 * `ntm summarize <file>`: province figures (buckets, average, minimum, per-criterion tally) from
 * communes to evaluate (JSON, CSV or .xlsx) or from plain records `{ name, criteriaMet, criteria? }`.
 */
export async function summarizeCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw new UsageError('summarize: missing <file> (communes as JSON, CSV or .xlsx, or records { name, criteriaMet })');
  if (args.length > 1) throw new UsageError(`summarize: one file at a time (got ${args.length})`);
  const schemeId = ctx.options.scheme;
  // Without --scheme the library picks: the national scheme for 19 criteria, none for a set without one.
  const scheme = typeof schemeId === 'string' ? SCHEMES.get(schemeId) : undefined;
  if (typeof schemeId === 'string' && !scheme) throw new UsageError(`--scheme: expected one of ${[...SCHEMES.keys()].join(', ')}, got "${String(schemeId)}"`);
  const floorText = ctx.options.floor;
  // Digits only: Number() would read "0x10" as 16 and "" as 0.
  if (typeof floorText === 'string' && !/^\d{1,3}$/.test(floorText)) throw new UsageError(`--floor: expected a whole number, got "${floorText}"`);
  const floor = typeof floorText === 'string' ? Number(floorText) : undefined;

  const xlsxOut = xlsxOutOf(ctx);
  const subjects = await readSubjects(ctx, file);
  let workbook: ResultsWorkbook | undefined;
  const book = (result?: EvaluationResult, input?: unknown) => (xlsxOut === undefined ? undefined : (workbook ??= new ResultsWorkbook(workbookSet(ctx, subjects, result, input), ctx.lang)));
  // Plain records (criteriaMet given) are summarised as they are; subjects with indicators are evaluated first.
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null && 'criteriaMet' in v && !('indicators' in v);
  const records: ScoringRecord[] = [];
  const where: string[] = [];
  let failed = 0;
  for await (const s of subjects.entries) {
    if ('rejected' in s) {
      failed++;
      reportRejected(ctx, s);
      book()?.addError(s.name, s.at, s.issues[0]?.text[ctx.lang] ?? '');
      continue;
    }
    if (isRecord(s.input)) {
      records.push(s.input as ScoringRecord);
      where.push(s.where);
      continue;
    }
    const o = evaluateSubject(ctx, s);
    if ('error' in o) {
      failed++;
      reportError(ctx, o);
      book(undefined, s.input)?.addError(s.name, s.at, o.error.issues[0]?.text[ctx.lang] ?? o.error.message, s.input);
      continue;
    }
    records.push(o.result);
    where.push(s.where);
    book(o.result)?.addResult(o.result, s.at, s.input);
  }
  if (failed + subjects.problems() > 0) return EXIT.findings;
  let summary: CommuneSummary;
  try {
    summary = summarizeCommunes(records, { ...(scheme ? { scheme } : {}), ...(floor !== undefined ? { floor } : {}) });
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) {
      const [head, index, ...rest] = i.path;
      const at = head === 'records' && typeof index === 'number' ? `${where[index] ?? file} ${formatPath(rest)}` : `${file} ${formatPath(i.path)}`;
      ctx.io.stderr(`${at}: ${i.text[ctx.lang]}\n`);
    }
    if (error.issues.length === 0) ctx.io.stderr(`${file}: ${error.message}\n`);
    return EXIT.findings;
  }
  if (xlsxOut !== undefined) {
    const w = book()!;
    w.setSummary(summary);
    await w.write(ctx, xlsxOut);
  }
  if (ctx.json) printJson(ctx, summary);
  else ctx.io.stdout(renderSummary(summary, ctx.lang));
  return EXIT.ok;
}
