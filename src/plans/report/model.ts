import type { LocalizedText } from '../../_lib/text.js';
import { invalidInput } from '../../errors.js';
import { getCriteriaSet } from '../../sets/registry.js';
import { checkPlan } from '../checks/index.js';
import type { PlanFinding } from '../finding.js';
import { aggregate, subtract, type AdapterAggregate, type AdapterLine } from '../funding-adapter.js';
import { resolveOptions, type CheckPlanOptions } from '../options.js';
import { summarizeBlock, type PlanYearSummary } from '../summary.js';
import { ensurePlan } from '../schema.js';
import type { Plan, PlanFundingLine } from '../types.js';

/**
 * Options of the plan reports.
 *
 * @example
 * ```ts
 * import { checkPlan, parsePlan, renderPlanReport, type PlanReportOptions } from 'ntm-rules';
 * const plan = parsePlan({ province: 'Lai Châu', year: 2024 });
 * const options: PlanReportOptions = { lang: 'en', findings: checkPlan(plan) };
 * renderPlanReport(plan, options);
 * ```
 */
export interface PlanReportOptions {
  /** Language of the report. Default `'vi'`. */
  readonly lang?: 'vi' | 'en';
  /** Findings already computed by {@link checkPlan}; computed with `checkOptions` when absent. */
  readonly findings?: readonly PlanFinding[];
  readonly checkOptions?: CheckPlanOptions;
}

/** One criterion row: baseline against target. */
export interface CriterionRow {
  readonly code: string;
  readonly name: LocalizedText;
  readonly baseline?: number;
  readonly target?: number;
  readonly advanced?: readonly number[];
  readonly districts?: number;
}

/** One funding line flattened with its depth. */
export interface FundingRow {
  readonly depth: number;
  readonly source: string;
  readonly label: string;
  readonly amount: string;
  /** Share of the sum of all sources (0…1, decimal string). */
  readonly share?: string;
}

/** Everything a report shows, computed once for the text and HTML renderers. */
export interface PlanReportModel {
  readonly plan: Plan;
  readonly baseline: PlanYearSummary;
  readonly target: PlanYearSummary;
  readonly criteria: readonly CriterionRow[];
  readonly funding?: {
    readonly rows: readonly FundingRow[];
    /** By source, from the leaf lines (shares). */
    readonly aggregate: AdapterAggregate;
    /** The top-level lines as written, added up. */
    readonly sumOfLines: string;
    readonly declaredTotal?: string;
    readonly difference?: string;
  };
  readonly findings: readonly PlanFinding[];
}

/** The report language, checked: `'vi'` (default) or `'en'`. */
export function reportLang(lang: unknown): 'vi' | 'en' {
  if (lang === undefined || lang === 'vi' || lang === 'en') return lang ?? 'vi';
  throw invalidInput('report options', [{ path: ['lang'], message: `expected "vi" or "en", got ${typeof lang === 'string' ? JSON.stringify(lang.slice(0, 100)) : lang === null ? 'null' : typeof lang}` }]);
}


function criterionNames(year: number): Map<string, LocalizedText> {
  try {
    const set = getCriteriaSet('commune', { asOf: `${year}-07-01` });
    return new Map(set.criteria.map((c) => [c.code, c.name]));
  } catch {
    return new Map();
  }
}

/** Builds the report model: summaries, criterion and funding rows, findings. */
export function buildReportModel(input: Plan, options: PlanReportOptions = {}): PlanReportModel {
  const plan = ensurePlan(input);
  const { scheme } = resolveOptions(options.checkOptions);
  const findings = options.findings ?? checkPlan(plan, options.checkOptions);
  const baseline = summarizeBlock(plan, 'baseline', scheme);
  const target = summarizeBlock(plan, 'target', scheme);
  const names = criterionNames(plan.year);
  const b = new Map((plan.baseline?.criteria ?? []).map((c) => [c.criterion, c]));
  const t = new Map((plan.target?.criteria ?? []).map((c) => [c.criterion, c]));
  const criteria: CriterionRow[] = [];
  for (let i = 1; i <= scheme.criteriaTotal; i++) {
    const code = String(i);
    const bc = b.get(code);
    const tc = t.get(code);
    criteria.push({
      code,
      name: names.get(code) ?? { vi: tc?.label ?? bc?.label ?? `Tiêu chí ${code}`, en: `Criterion ${code}` },
      ...(bc ? { baseline: bc.communes } : {}),
      ...(tc ? { target: tc.communes } : {}),
      ...(tc?.advanced ? { advanced: tc.advanced.map((a) => a.communes) } : {}),
      ...(tc?.district ? { districts: tc.district.districts } : {}),
    });
  }
  let funding: PlanReportModel['funding'];
  if (plan.funding) {
    // Every line, subtotals included: the funding module reads a line naming a node with
    // children as that node's stated subtotal, so shares are of the amounts as written.
    const all: AdapterLine[] = [];
    const flatten = (l: PlanFundingLine): void => {
      all.push({ source: l.source, amount: l.amount });
      l.parts?.forEach(flatten);
    };
    plan.funding.lines.forEach(flatten);
    const agg = aggregate(all, plan.funding.unit);
    const rows: FundingRow[] = [];
    const visit = (l: PlanFundingLine, depth: number): void => {
      const share = agg.bySource[l.source]?.share;
      rows.push({ depth, source: l.source, label: l.label ?? l.source, amount: l.amount, ...(typeof share === 'string' ? { share } : {}) });
      l.parts?.forEach((p) => visit(p, depth + 1));
    };
    plan.funding.lines.forEach((l) => visit(l, 0));
    const declared = plan.funding.total?.amount;
    const sumOfLines = agg.total; // the top-level lines as written
    funding = {
      rows,
      aggregate: agg,
      sumOfLines,
      ...(declared !== undefined ? { declaredTotal: declared, difference: subtract(declared, sumOfLines) } : {}),
    };
  }
  return { plan, baseline, target, criteria, ...(funding ? { funding } : {}), findings };
}
