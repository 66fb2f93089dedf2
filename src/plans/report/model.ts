import { INPUT_LIMITS } from '../../_lib/limits.js';
import { readOptions } from '../../_lib/options.js';
import { plainInput } from '../../_lib/plain.js';
import type { LocalizedText } from '../../_lib/text.js';
import { invalidInput, issue, MAX_ISSUES, type IssueInit } from '../../errors.js';
import { listCriteriaSets } from '../../sets/registry.js';
import { runChecks } from '../checks/index.js';
import { finding, type PlanFinding } from '../finding.js';
import { FUNDING_TAXONOMIES, fundingTaxonomyOfYear, isFundingSource, type FundingTaxonomyId } from '../../funding/taxonomy.js';
import { aggregate, subtract, type AdapterAggregate, type AdapterLine } from '../funding-adapter.js';
import { resolveOptions, type CheckPlanOptions } from '../options.js';
import { planSummaries } from '../sets.js';
import { noSchemeNote } from '../../scoring/summarize.js';
import type { Bucket } from '../../scoring/schemes.js';
import type { PlanBucketRow, PlanYearSummary } from '../summary.js';
import { ensurePlan } from '../schema.js';
import type { Plan, PlanFunding, PlanFundingLine } from '../types.js';

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

/** One bucket row of the summary table: the bucket, and its row in each block where the block's scheme has it. */
export interface BucketRow {
  readonly bucket: Bucket;
  readonly baseline?: PlanBucketRow;
  readonly target?: PlanBucketRow;
}

/** Everything a report shows, computed once for the text and HTML renderers. */
export interface PlanReportModel {
  readonly lang: 'vi' | 'en';
  readonly plan: Plan;
  readonly baseline: PlanYearSummary;
  readonly target: PlanYearSummary;
  /** The buckets of both blocks' schemes (the same scheme in a plan of one period), highest first, without the top bucket (shown as the communes meeting the standard). */
  readonly bucketRows: readonly BucketRow[];
  /** Why a block has no buckets: no bucket scheme applies to its set (the 10 criteria of 2026-2030). */
  readonly schemeNotes: readonly LocalizedText[];
  readonly criteria: readonly CriterionRow[];
  readonly funding?: {
    /** The taxonomy version the lines are read against (the plan year's); it names the sources in English. */
    readonly taxonomy: FundingTaxonomyId;
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
function reportLang(lang: unknown): 'vi' | 'en' {
  if (lang === undefined || lang === 'vi' || lang === 'en') return lang ?? 'vi';
  const got = typeof lang === 'string' ? JSON.stringify(lang.slice(0, 100)) : lang === null ? 'null' : typeof lang;
  throw invalidInput('report options', [issue(['options', 'lang'], 'expected-lang', { vi: `cần "vi" hoặc "en", đang là ${got}`, en: `expected "vi" or "en", got ${got}` })]);
}

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);
const FINDING_KEYS: ReadonlySet<string> = new Set(['code', 'severity', 'message', 'path', 'expected', 'actual', 'difference']);

/**
 * Findings passed in the report options: a plain copy, read once, each checked to be what
 * {@link checkPlan} returns (anything else would print wrongly, or not at all).
 */
function readFindings(value: unknown): PlanFinding[] {
  const at = ['options', 'findings'];
  const list = plainInput(value, 'report options', INPUT_LIMITS.findings, { prefix: at });
  if (!Array.isArray(list)) throw invalidInput('report options', [issue(at, 'expected-array', { vi: 'cần danh sách phát hiện do checkPlan trả về', en: 'expected the list of findings checkPlan returns' })]);
  const issues: IssueInit[] = [];
  const bad = (path: (string | number)[], vi: string, en: string) => issues.length < MAX_ISSUES && issues.push(issue([...at, ...path], 'invalid-finding', { vi, en }));
  const text = (v: unknown) => typeof v === 'string' && v.length <= 100_000;
  const figure = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 1_000);
  const out: PlanFinding[] = [];
  list.forEach((f: unknown, i: number) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) return void bad([i], 'cần một phát hiện { code, severity, message, path }', 'expected a finding { code, severity, message, path }');
    const x = f as Record<string, unknown>;
    const start = issues.length;
    for (const k of Object.keys(x)) if (!FINDING_KEYS.has(k)) bad([i, k], `trường không có: "${k}"`, `unknown field "${k}"`);
    if (typeof x.code !== 'string' || x.code === '' || x.code.length > 200) bad([i, 'code'], 'cần một mã (chuỗi)', 'expected a code (a string)');
    if (!SEVERITIES.has(x.severity)) bad([i, 'severity'], "cần 'error', 'warning' hoặc 'info'", "expected 'error', 'warning' or 'info'");
    const m = x.message as Record<string, unknown> | undefined;
    if (typeof m !== 'object' || m === null || !text(m.vi) || !text(m.en) || Object.keys(m).length !== 2) bad([i, 'message'], 'cần { vi, en } là chuỗi', 'expected { vi, en } strings');
    if (!Array.isArray(x.path) || x.path.length > 100 || !x.path.every((p) => (typeof p === 'string' && p.length <= 1_000) || Number.isSafeInteger(p))) {
      bad([i, 'path'], 'cần một đường dẫn (mảng chuỗi và số)', 'expected a path (an array of strings and numbers)');
    }
    for (const k of ['expected', 'actual', 'difference'] as const) if (!figure(x[k])) bad([i, k], 'cần một số hoặc một chuỗi', 'expected a number or a string');
    if (issues.length === start) out.push(finding(x as unknown as PlanFinding));
  });
  if (issues.length > 0) throw invalidInput('report options', issues);
  return out;
}


/** The names of the criteria of the set a block is counted on. */
function criterionNames(setId: string): Map<string, LocalizedText> {
  const set = listCriteriaSets('commune').find((s) => s.id === setId);
  return new Map((set?.criteria ?? []).map((c) => [c.code, c.name]));
}

/** The criterion rows, baseline against target, on the codes of the target's set (the baseline's share them unless the set changed). */
function criterionRows(plan: Plan, target: PlanYearSummary): CriterionRow[] {
  const names = criterionNames(target.set.id);
  const b = new Map((plan.baseline?.criteria ?? []).map((c) => [c.criterion, c]));
  const t = new Map((plan.target?.criteria ?? []).map((c) => [c.criterion, c]));
  return target.set.codes.map((code) => {
    const bc = b.get(code);
    const tc = t.get(code);
    return {
      code,
      name: names.get(code) ?? { vi: tc?.label ?? bc?.label ?? `Tiêu chí ${code}`, en: `Criterion ${code}` },
      ...(bc ? { baseline: bc.communes } : {}),
      ...(tc ? { target: tc.communes } : {}),
      ...(tc?.advanced ? { advanced: tc.advanced.map((a) => a.communes) } : {}),
      ...(tc?.district ? { districts: tc.district.districts } : {}),
    };
  });
}

/**
 * Every funding line, subtotals included, for the funding module: it reads a line naming a node
 * with children as that node's stated subtotal, so shares are of the amounts as written.
 */
function adapterLines(funding: PlanFunding): AdapterLine[] {
  const all: AdapterLine[] = [];
  const flatten = (l: PlanFundingLine, path: readonly (string | number)[], component: PlanFundingLine['component']): void => {
    all.push({ source: l.source, amount: l.amount, path, ...(component !== undefined ? { component } : {}) });
    l.parts?.forEach((p, j) => flatten(p, [...path, 'parts', j], p.component ?? component));
  };
  funding.lines.forEach((l, i) => flatten(l, ['funding', 'lines', i], l.component));
  return all;
}

/** The funding lines in order, each at its depth with its name and its share. */
function fundingRows(funding: PlanFunding, agg: AdapterAggregate, taxonomy: FundingTaxonomyId): FundingRow[] {
  // A line without its own label is named by the taxonomy's Vietnamese name of its source, never its id.
  const named = (l: PlanFundingLine): string => l.label ?? (isFundingSource(l.source) ? FUNDING_TAXONOMIES[taxonomy].sources[l.source]?.label.vi : undefined) ?? l.source;
  const rows: FundingRow[] = [];
  // A line's share is its node's in its own component (lines of two components may name one source).
  const visit = (l: PlanFundingLine, depth: number, component: PlanFundingLine['component']): void => {
    const nodes = agg.byComponent ? agg.byComponent[component ?? 'none'] : agg.bySource;
    const share = nodes?.[l.source]?.share;
    rows.push({ depth, source: l.source, label: named(l), amount: l.amount, ...(typeof share === 'string' ? { share } : {}) });
    l.parts?.forEach((p) => visit(p, depth + 1, p.component ?? component));
  };
  funding.lines.forEach((l) => visit(l, 0, l.component));
  return rows;
}

/** The funding part of the model: rows, shares, the sum of the lines against the declared total. */
function fundingModel(plan: Plan, funding: PlanFunding): NonNullable<PlanReportModel['funding']> {
  const taxonomy = fundingTaxonomyOfYear(plan.year) ?? '2026-2035';
  const agg = aggregate(adapterLines(funding), funding.unit, taxonomy);
  const declared = funding.total?.amount;
  const sumOfLines = agg.total; // the top-level lines as written
  return {
    taxonomy,
    rows: fundingRows(funding, agg, taxonomy),
    aggregate: agg,
    sumOfLines,
    ...(declared !== undefined ? { declaredTotal: declared, difference: subtract(declared, sumOfLines) } : {}),
  };
}

/** The buckets of both blocks' schemes, each once, without the top bucket (the communes meeting the standard, shown apart). */
function bucketRowsOf(baseline: PlanYearSummary, target: PlanYearSummary): BucketRow[] {
  const bucketRows: BucketRow[] = [];
  for (const [key, s] of [['baseline', baseline], ['target', target]] as const) {
    for (const r of s.rows) {
      if (r.bucket.min === s.set.criteriaTotal) continue;
      const at = bucketRows.findIndex((x) => x.bucket.id === r.bucket.id && x.bucket.min === r.bucket.min && x.bucket.max === r.bucket.max);
      if (at === -1) bucketRows.push({ bucket: r.bucket, [key]: r });
      else bucketRows[at] = { ...bucketRows[at]!, [key]: r };
    }
  }
  return bucketRows;
}

/** Why a block has no buckets, once per set size. */
function schemeNotesOf(baseline: PlanYearSummary, target: PlanYearSummary): LocalizedText[] {
  const schemeNotes: LocalizedText[] = [];
  for (const s of [baseline, target]) {
    if (s.scheme) continue;
    const note = noSchemeNote(s.set.criteriaTotal);
    if (!schemeNotes.some((n) => n.en === note.en)) schemeNotes.push(note);
  }
  return schemeNotes;
}

/** Builds the report model: summaries, criterion and funding rows, findings. Options are read once and checked. */
export function buildReportModel(input: Plan, options?: PlanReportOptions): PlanReportModel {
  const plan = ensurePlan(input);
  const o = readOptions(options, ['lang', 'findings', 'checkOptions']);
  const lang = reportLang(o.lang);
  // Checked even when findings are given: the scheme also lays out the report.
  const check = resolveOptions(o.checkOptions, ['options', 'checkOptions']);
  const findings = o.findings !== undefined ? readFindings(o.findings) : runChecks(plan, check);
  const { baseline, target } = planSummaries(plan, check.scheme, ['options', 'checkOptions']);
  const criteria = criterionRows(plan, target);
  const funding = plan.funding ? fundingModel(plan, plan.funding) : undefined;
  const bucketRows = bucketRowsOf(baseline, target);
  const schemeNotes = schemeNotesOf(baseline, target);
  return { lang, plan, baseline, target, bucketRows, schemeNotes, criteria, ...(funding ? { funding } : {}), findings };
}
