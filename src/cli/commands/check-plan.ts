import { checkPlan, isNtmError, parsePlan, renderPlanReport, renderPlanReportHtml, type Plan, type PlanFinding } from '../../index.js';
import { formatPath, printJson, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { parseJson, readText } from '../read.js';
import { checkPlanDocument, isPlanDocument } from './extract-plan.js';

const SEVERITY: Record<PlanFinding['severity'], Record<Lang, string>> = {
  error: { vi: 'LỖI', en: 'ERROR' },
  warning: { vi: 'CẢNH BÁO', en: 'WARNING' },
  info: { vi: 'THÔNG TIN', en: 'INFO' },
};

/** Renders findings one per line: severity, code, path, message. */
export function renderFindings(findings: readonly PlanFinding[], lang: Lang): string {
  if (findings.length === 0) return `${t(lang, 'Không phát hiện chỗ nào không khớp.', 'No inconsistency found.')}\n`;
  const counts = (s: PlanFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const head = t(lang,
    `${findings.length} phát hiện: ${counts('error')} lỗi, ${counts('warning')} cảnh báo, ${counts('info')} thông tin`,
    `${findings.length} findings: ${counts('error')} errors, ${counts('warning')} warnings, ${counts('info')} info`);
  return `${head}\n${findings.map((f) => `  [${SEVERITY[f.severity][lang]}] ${f.code} ${t(lang, 'tại', 'at')} ${formatPath(f.path)}: ${f.message[lang]}`).join('\n')}\n`;
}

/**
 * `ntm check-plan <plan.json|draft.docx|draft.txt>`: the plan's consistency checks (totals, buckets, averages, lists, year
 * labels, funding). Exits 1 when an error or warning is found; `--format report|html` prints the full report.
 */
export async function checkPlanCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw new UsageError('check-plan: missing <plan.json|draft.docx|draft.txt>');
  if (args.length > 1) throw new UsageError(`check-plan: one file at a time (got ${args.length})`);
  const format = ctx.options.format ?? 'findings';
  if (format !== 'findings' && format !== 'report' && format !== 'html') throw new UsageError(`--format: expected findings, report or html, got "${String(format)}"`);
  if (isPlanDocument(file)) return checkPlanDocument(ctx, file, format);
  const value = parseJson(await readText(ctx.io, file), file);
  let plan: Plan;
  try {
    plan = parsePlan(value);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) ctx.io.stderr(`${file} ${formatPath(i.path)}: ${i.message}\n`);
    if (error.issues.length === 0) ctx.io.stderr(`${file}: ${error.message}\n`);
    return EXIT.findings;
  }
  const findings = checkPlan(plan);
  if (ctx.json) printJson(ctx, { findings });
  else if (format === 'report') ctx.io.stdout(renderPlanReport(plan, { lang: ctx.lang, findings }));
  else if (format === 'html') ctx.io.stdout(renderPlanReportHtml(plan, { lang: ctx.lang, findings }));
  else ctx.io.stdout(renderFindings(findings, ctx.lang));
  return findings.some((f) => f.severity !== 'info') ? EXIT.findings : EXIT.ok;
}
