import { checkPlan, isNtmError, parsePlan, renderPlanReport, renderPlanReportHtml, type Plan, type PlanFinding } from '../../index.js';
import { findingTitle, planPlace } from '../../plans/report/places.js';
import { printJson, type Context } from '../context.js';
import { EXIT } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { badOption, missingFile, oneFile } from '../messages.js';
import { parseJson, readText } from '../read.js';
import { checkPlanDocument, isPlanDocument } from './extract-plan.js';

const SEVERITY: Record<PlanFinding['severity'], Record<Lang, string>> = {
  error: { vi: 'LỖI', en: 'ERROR' },
  warning: { vi: 'CẢNH BÁO', en: 'WARNING' },
  info: { vi: 'THÔNG TIN', en: 'INFO' },
};

/** The count line of findings: `12 phát hiện: 3 lỗi, 7 cảnh báo, 2 thông tin`. */
export function findingCounts(findings: readonly { severity: string }[], lang: Lang): string {
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  return t(lang,
    `${findings.length} phát hiện: ${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} thông tin`,
    `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}: ${n('error')} ${n('error') === 1 ? 'error' : 'errors'}, ${n('warning')} ${n('warning') === 1 ? 'warning' : 'warnings'}, ${n('info')} info`);
}

/** The head line of one finding: number, severity, title and the place of its figure in the plan. */
export function findingHead(f: PlanFinding, k: number, plan: Plan | undefined, lang: Lang): string {
  const title = findingTitle(f.code, lang);
  const place = planPlace(plan, f.path, lang);
  return `  ${String(k + 1).padStart(2)}. [${SEVERITY[f.severity][lang]}] ${title !== undefined ? `${title} (${place})` : place}`;
}

/** Renders findings: a head line each (severity, title, place), then its message. */
export function renderFindings(findings: readonly PlanFinding[], lang: Lang, plan?: Plan): string {
  if (findings.length === 0) return `${t(lang, 'Không phát hiện chỗ nào không khớp.', 'No inconsistency found.')}\n`;
  return `${findingCounts(findings, lang)}\n${findings.map((f, k) => `${findingHead(f, k, plan, lang)}\n      ${f.message[lang]}`).join('\n')}\n`;
}

/**
 * `ntm check-plan <plan.json|draft.docx|draft.txt>`: the plan's consistency checks (totals, buckets, averages, lists, year
 * labels, funding). Exits 1 when an error or warning is found; `--format report|html` prints the full report.
 */
export async function checkPlanCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw missingFile('check-plan', { vi: 'kế hoạch dạng JSON, hoặc văn bản kế hoạch .docx, .txt', en: 'plan.json, draft.docx or draft.txt' });
  if (args.length > 1) throw oneFile('check-plan', args.length);
  const format = ctx.options.format ?? 'findings';
  if (format !== 'findings' && format !== 'report' && format !== 'html') throw badOption('--format', { vi: 'findings (các phát hiện), report (báo cáo đầy đủ) hoặc html (báo cáo HTML)', en: 'findings, report or html' }, format);
  if (isPlanDocument(file)) return checkPlanDocument(ctx, file, format);
  const value = parseJson(await readText(ctx.io, file), file);
  let plan: Plan;
  try {
    plan = parsePlan(value);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) ctx.io.stderr(`${file}${i.path.length > 0 ? `, ${planPlace(value as Plan, i.path, ctx.lang)}` : ''}: ${i.text[ctx.lang]}\n`);
    if (error.issues.length === 0) ctx.io.stderr(`${file}: ${error.message}\n`);
    return EXIT.findings;
  }
  const findings = checkPlan(plan);
  if (ctx.json) printJson(ctx, { findings });
  else if (format === 'report') ctx.io.stdout(renderPlanReport(plan, { lang: ctx.lang, findings }));
  else if (format === 'html') ctx.io.stdout(renderPlanReportHtml(plan, { lang: ctx.lang, findings }));
  else ctx.io.stdout(renderFindings(findings, ctx.lang, plan));
  return findings.some((f) => f.severity !== 'info') ? EXIT.findings : EXIT.ok;
}
