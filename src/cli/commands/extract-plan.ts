// `ntm extract-plan draft.docx|draft.txt` and `ntm check-plan draft.docx|draft.txt`: a plan document read
// into plan data (the library's extractPlan), printed for review, or checked with each finding's sentences.
import {
  checkPlan,
  extractPlan,
  findingEvidence,
  isNtmError,
  readDocxText,
  renderPlanReport,
  renderPlanReportHtml,
  type PlanEvidence,
  type PlanExtraction,
  type PlanFinding,
} from '../../index.js';
import { formatNumber } from '../../_lib/numbers.js';
import { findingTitle, planPlace } from '../../plans/report/places.js';
import { printJson, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { badOption, cannotRead, missingFile, oneFile } from '../messages.js';
import { readText } from '../read.js';
import { renderTable } from '../table.js';
import { findingCounts, findingHead } from './check-plan.js';

/** True for the files read as a plan document rather than as plan JSON. */
export const isPlanDocument = (file: string): boolean => /\.(docx|txt|text|md)$/i.test(file);

const SEVERITY: Record<string, Record<Lang, string>> = {
  error: { vi: 'LỖI', en: 'ERROR' },
  warning: { vi: 'CẢNH BÁO', en: 'WARNING' },
  info: { vi: 'THÔNG TIN', en: 'INFO' },
};

const shorten = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

const lineWord = (lang: Lang) => t(lang, 'dòng', 'line');

/** Reads the document and extracts the plan; prints the reason and returns undefined when it cannot. */
async function read(ctx: Context, file: string): Promise<PlanExtraction | undefined> {
  let text: string;
  if (/\.docx$/i.test(file)) {
    if (!ctx.io.readBytes) throw new UsageError({ vi: `${file}: môi trường này không đọc được tệp nhị phân`, en: `${file}: cannot read binary files here` });
    let bytes: Uint8Array;
    try {
      bytes = await ctx.io.readBytes(file);
    } catch (error) {
      throw cannotRead(file, error);
    }
    try {
      text = await readDocxText(bytes);
    } catch (error) {
      if (!isNtmError(error)) throw error;
      for (const i of error.issues) ctx.io.stderr(`${file}: ${i.text[ctx.lang]}\n`);
      return undefined;
    }
  } else text = (await readText(ctx.io, file)).replace(/^\uFEFF/, '');
  try {
    return extractPlan(text, ctx.province !== undefined ? { province: ctx.province } : {});
  } catch (error) {
    if (!isNtmError(error)) throw error;
    ctx.io.stderr(`${file}: ${t(ctx.lang, 'không đọc được văn bản thành kế hoạch', 'the text could not be read as a plan')}\n`);
    for (const i of error.issues) ctx.io.stderr(`  ${i.path.length > 0 ? `${planPlace(undefined, i.path, ctx.lang)}: ` : ''}${i.text[ctx.lang]}\n`);
    return undefined;
  }
}

function summary(x: PlanExtraction, file: string, lang: Lang): string {
  const notStated = x.unread.filter((u) => u.code === 'not-stated').length;
  const other = x.unread.length - notStated;
  return t(
    lang,
    `Đã đọc ${file}: kế hoạch năm ${x.plan.year}, tỉnh ${x.plan.province}; ${x.evidence.length} số liệu có trích dẫn, ${notStated} mục văn bản không ghi, ${other} chỗ có số liệu chưa đọc được, ${x.findings.length} chỗ mâu thuẫn trong văn bản.`,
    `Read ${file}: ${x.plan.year} plan of ${x.plan.province}; ${x.evidence.length} figures with their quotes, ${notStated} parts not stated, ${other} passages with figures not read, ${x.findings.length} contradictions in the text.`,
  );
}

/** A figure read from the text, in the output language: numbers and decimal amounts by formatNumber. */
function value(e: PlanEvidence, lang: Lang): string {
  if (Array.isArray(e.value)) return e.value.join(', ');
  if (typeof e.value === 'boolean') return e.value ? '✓' : '✗';
  // A year is written as it is (2024, never 2.024).
  if (typeof e.value === 'number' && Number.isFinite(e.value)) return String(e.path[e.path.length - 1]).toLowerCase().includes('year') ? String(e.value) : formatNumber(e.value, lang);
  if (typeof e.value === 'string' && /^-?\d+(\.\d+)?$/.test(e.value)) return formatNumber(e.value, lang);
  // The document's status is a code of the plan data: said in words.
  if (e.path[e.path.length - 1] === 'status' && (e.value === 'draft' || e.value === 'issued')) return e.value === 'draft' ? t(lang, 'bản dự thảo', 'draft') : t(lang, 'đã ban hành', 'issued');
  return String(e.value);
}

function renderUnread(x: PlanExtraction, lang: Lang): string {
  if (x.unread.length === 0) return '';
  const lines = x.unread.map((u) =>
    u.quote !== undefined ? `  ${lineWord(lang)} ${u.line}: ${u.message[lang]}\n      «${shorten(u.quote, 160)}»` : `  ${u.message[lang]}`,
  );
  return `\n${t(lang, 'Chưa đọc được (cần xem lại):', 'Not read (to review):')}\n${lines.join('\n')}\n`;
}

function renderTextFindings(x: PlanExtraction, lang: Lang): string {
  if (x.findings.length === 0) return '';
  const lines = x.findings.map((f) => `  [${SEVERITY[f.severity]![lang]}] ${findingTitle(f.code, lang) ?? ''}${findingTitle(f.code, lang) !== undefined ? ': ' : ''}${f.message[lang]}\n${f.quotes.map((q) => `      ${lineWord(lang)} ${q.line}: «${shorten(q.quote, 160)}»`).join('\n')}`);
  return `\n${t(lang, 'Mâu thuẫn trong văn bản:', 'Contradictions in the text:')}\n${lines.join('\n')}\n`;
}

/** The review table: figure, value, line, quote. */
export function renderExtraction(x: PlanExtraction, file: string, lang: Lang): string {
  // A criterion's denominator and "maintained" share its count's quote: one row, "77/94 (duy trì)".
  const rows: string[][] = [];
  for (const e of x.evidence) {
    const leaf = e.path[e.path.length - 1];
    if ((leaf === 'outOf' || leaf === 'maintained') && e.path[1] === 'criteria') continue;
    let v = value(e, lang);
    if (leaf === 'communes' && e.path[1] === 'criteria' && e.path.length === 4) {
      const same = (k: string) => x.evidence.find((o) => o.path.length === 4 && o.path[0] === e.path[0] && o.path[2] === e.path[2] && o.path[3] === k);
      const outOf = same('outOf');
      if (outOf) v += `/${value(outOf, lang)}`;
      if (same('maintained')) v += t(lang, ' (duy trì)', ' (maintained)');
    }
    rows.push([shorten(e.figure[lang], 70), shorten(v, 50), String(e.line), shorten(e.quote, 90)]);
  }
  const table = renderTable([t(lang, 'Số liệu', 'Figure'), t(lang, 'Giá trị', 'Value'), t(lang, 'Dòng', 'Line'), t(lang, 'Trích văn bản', 'Quote')], rows, [2]);
  return `${summary(x, file, lang)}\n\n${table}${renderUnread(x, lang)}${renderTextFindings(x, lang)}`;
}

/**
 * `ntm extract-plan <draft.docx|draft.txt>`: the plan read from a document, as a review table
 * (figure, value, line, quote; then what could not be read), `--json` the plan JSON (to review, edit
 * and check), `--format extraction` everything (plan, evidence, unread, findings) as JSON.
 * Exits 1 when the text contradicts itself.
 */
export async function extractPlanCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw missingFile('extract-plan', { vi: 'văn bản kế hoạch .docx hoặc .txt', en: 'draft.docx or draft.txt' });
  if (args.length > 1) throw oneFile('extract-plan', args.length);
  if (!isPlanDocument(file)) throw badOption('extract-plan', { vi: 'một tệp .docx hoặc .txt', en: 'a .docx or .txt file' }, file);
  const format = ctx.options.format ?? (ctx.json ? 'plan' : 'table');
  if (format !== 'table' && format !== 'plan' && format !== 'extraction') throw badOption('--format', { vi: 'table (bảng rà soát), plan (dữ liệu kế hoạch) hoặc extraction (toàn bộ kết quả đọc)', en: 'table, plan or extraction' }, format);
  const x = await read(ctx, file);
  if (!x) return EXIT.findings;
  if (format === 'plan') printJson(ctx, x.plan);
  else if (format === 'extraction') printJson(ctx, x);
  else ctx.io.stdout(renderExtraction(x, file, ctx.lang));
  return x.findings.length > 0 ? EXIT.findings : EXIT.ok;
}

function renderChecked(x: PlanExtraction, findings: readonly PlanFinding[], file: string, lang: Lang): string {
  let out = `${summary(x, file, lang)}\n${renderTextFindings(x, lang)}\n`;
  if (findings.length === 0) return `${out}${t(lang, 'Không phát hiện chỗ nào không khớp.', 'No inconsistency found.')}\n${renderUnread(x, lang)}`;
  out += `${findingCounts(findings, lang)}\n`;
  for (const [k, f] of findings.entries()) {
    out += `${findingHead(f, k, x.plan, lang)}\n      ${f.message[lang]}\n`;
    const seen = new Set<string>();
    for (const e of findingEvidence(f, x)) {
      const key = `${e.start}:${e.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out += `      ${lineWord(lang)} ${e.line}: «${shorten(e.quote, 200)}»\n`;
    }
  }
  return out + renderUnread(x, lang);
}

/** `ntm check-plan <draft.docx|draft.txt>`: extract, then check; each finding with the sentences its figures came from. */
export async function checkPlanDocument(ctx: Context, file: string, format: string): Promise<number> {
  const x = await read(ctx, file);
  if (!x) return EXIT.findings;
  const findings = checkPlan(x.plan);
  if (ctx.json) printJson(ctx, { findings: findings.map((f) => ({ ...f, evidence: findingEvidence(f, x) })), extraction: x });
  else if (format === 'report') ctx.io.stdout(renderPlanReport(x.plan, { lang: ctx.lang, findings }));
  else if (format === 'html') ctx.io.stdout(renderPlanReportHtml(x.plan, { lang: ctx.lang, findings }));
  else ctx.io.stdout(renderChecked(x, findings, file, ctx.lang));
  return findings.some((f) => f.severity !== 'info') || x.findings.length > 0 ? EXIT.findings : EXIT.ok;
}
