import { visibleControls } from '../../_lib/safe-text.js';
import { averageOf } from '../summary.js';
import type { Plan } from '../types.js';
import { buildReportModel, type PlanReportModel, type PlanReportOptions } from './model.js';
import { FUNDING_TAXONOMIES, isFundingSource, type FundingTaxonomyId } from '../../funding/taxonomy.js';
import { findingTitle, planPlace } from './places.js';
import { fundingUnitName, WORDS } from './words.js';

const width = (s: string) => [...s].length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

/** Lays out rows as columns: the first left-aligned, the others right-aligned. */
function table(rows: readonly (readonly string[])[]): string[] {
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? padEnd(cell, widths[0] ?? 0) : padStart(cell, widths[i] ?? 0))).join('  ').trimEnd());
}

/**
 * A funding line's name: the plan's own label in Vietnamese; in English the name the taxonomy
 * version of the plan gives its source (the plan's labels are Vietnamese; the names are those of
 * FUNDING_TAXONOMIES, so report and taxonomy agree), the label itself when the version has no such node.
 */
export function sourceLabel(source: string, label: string, lang: 'vi' | 'en', taxonomy: FundingTaxonomyId): string {
  if (lang === 'vi' || !isFundingSource(source)) return label;
  return FUNDING_TAXONOMIES[taxonomy].sources[source]?.label.en ?? label;
}

/** What every section of the text report reads: the model and its language. */
interface TextContext {
  readonly m: PlanReportModel;
  readonly lang: 'vi' | 'en';
  readonly w: (typeof WORDS)['vi' | 'en'];
}

const DASH = '—';
const indent = (lines: readonly string[]) => lines.map((l) => `   ${l}`);

/** The title and the plan's identification line. */
function headLines({ m, w }: TextContext): string[] {
  const p = m.plan;
  const out = [w.title.toUpperCase()];
  out.push(`${w.province}: ${p.province} · ${w.year}: ${p.year}${p.communes !== undefined ? ` · ${w.communes}: ${p.communes}` : ''}${p.document?.status === 'draft' ? ` · ${w.draft}` : ''}`);
  if (p.title) out.push(p.title);
  out.push('');
  return out;
}

/** The rows of the summary table, baseline against target. */
function summaryRows({ m, lang, w }: TextContext): string[][] {
  const p = m.plan;
  const B = m.baseline;
  const T = m.target;
  const rows: string[][] = [['', w.baseline(B.year), w.target(T.year)]];
  const cnt = (n: number | undefined) => (n === undefined ? DASH : w.num(n));
  rows.push([w.recognised, cnt(B.recognised), cnt(T.recognised)]);
  const bucketCell = (row: (typeof B.rows)[number] | undefined) =>
    row?.count === undefined ? DASH : `${w.num(row.count)}${row.source === 'implied' ? ` (${w.implied})` : ''}`;
  for (const r of m.bucketRows) rows.push([r.bucket.label[lang], bucketCell(r.baseline), bucketCell(r.target)]);
  rows.push([w.average, p.baseline?.averageCriteria ? w.num(p.baseline.averageCriteria) : DASH, p.target?.averageCriteria ? w.num(p.target.averageCriteria) : DASH]);
  const range = (r: { min: number; max: number } | undefined, n: number | undefined) =>
    r && n ? `${w.num(averageOf(r.min, n, 2))}–${w.num(averageOf(r.max, n, 2))}` : DASH;
  rows.push([w.averageFromBuckets, range(B.bucketTotals, B.communes), range(T.bucketTotals, T.communes)]);
  rows.push([w.averageFromCriteria, range(B.criteriaTotals, B.communes), range(T.criteriaTotals, T.communes)]);
  const named = (block: 'baseline' | 'target', get: (b: NonNullable<Plan['target']>) => { count?: number; communes?: readonly { name: string; district?: string }[] } | undefined) => {
    const x = p[block] ? get(p[block]) : undefined;
    return x?.count !== undefined ? w.num(x.count) : x?.communes ? w.num(x.communes.length) : DASH;
  };
  rows.push([w.newlyRecognised, named('baseline', (b) => b.meetingStandard?.newlyRecognised), named('target', (b) => b.meetingStandard?.newlyRecognised)]);
  rows.push([w.advanced, named('baseline', (b) => b.advanced), named('target', (b) => b.advanced)]);
  if (p.baseline?.model || p.target?.model) rows.push([w.model, named('baseline', (b) => b.model), named('target', (b) => b.model)]);
  rows.push([w.villages, cnt(p.baseline?.villages?.total), cnt(p.target?.villages?.total)]);
  rows.push([w.districts, cnt(p.baseline?.districtsCompleting?.count), cnt(p.target?.districtsCompleting?.count)]);
  return rows;
}

/** The names behind the summary's counts (communes, villages by district, districts), one line a list and year. */
function namedLists({ m, w }: TextContext): string[] {
  const lists: string[] = [];
  for (const key of ['baseline', 'target'] as const) {
    const b = m.plan[key];
    const y = m[key].year;
    const nr = b?.meetingStandard?.newlyRecognised?.communes;
    if (nr) lists.push(`${w.newlyRecognised} (${y}): ${nr.map((c) => (c.district ? `${c.name} (${c.district})` : c.name)).join(', ')}`);
    if (b?.advanced?.communes) lists.push(`${w.advanced} (${y}): ${b.advanced.communes.map((c) => c.name).join(', ')}`);
    if (b?.villages?.byDistrict) lists.push(`${w.villages} (${y}): ${b.villages.byDistrict.map((v) => `${v.district} ${v.count}`).join(', ')}`);
    if (b?.districtsCompleting?.names) lists.push(`${w.districts} (${y}): ${b.districtsCompleting.names.join(', ')}`);
  }
  return lists;
}

/** Section 1: the summary table, the notes on the bucket scheme and the named lists. */
function summarySection(ctx: TextContext): string[] {
  const { m, lang, w } = ctx;
  return [`1. ${w.summary}`, ...indent(table(summaryRows(ctx))), ...m.schemeNotes.map((note) => `   ${note[lang]}`), ...indent(namedLists(ctx)), ''];
}

/** Section 2: communes meeting each criterion; none when the plan states no criterion. */
function criteriaSection({ m, lang, w }: TextContext): string[] {
  if (!m.criteria.some((c) => c.baseline !== undefined || c.target !== undefined)) return [];
  const B = m.baseline;
  const T = m.target;
  const cnt = (n: number | undefined) => (n === undefined ? DASH : w.num(n));
  const rows: string[][] = [[w.criterion, w.baseline(B.year), w.target(T.year), w.change, w.advancedShort, w.districtShort]];
  for (const c of m.criteria) {
    const delta = c.baseline !== undefined && c.target !== undefined ? c.target - c.baseline : undefined;
    rows.push([
      `${c.code.padStart(2)}. ${c.name[lang]}`,
      cnt(c.baseline),
      cnt(c.target),
      delta === undefined ? '' : delta > 0 ? `+${delta}` : String(delta),
      c.advanced ? c.advanced.join(' + ') : '',
      c.districts !== undefined ? String(c.districts) : '',
    ]);
  }
  rows.push([`    ${w.statedSum(B.criteriaStated)}`, w.num(B.criteriaSum), w.num(T.criteriaSum), '', '', '']);
  return [`2. ${w.criteria(m.plan.communes)}`, ...indent(table(rows)), ''];
}

/** Section 3: capital by source, with the project count; none when the plan states no funding. */
function fundingSection({ m, lang, w }: TextContext): string[] {
  const p = m.plan;
  const funding = m.funding;
  if (!funding || !p.funding) return [];
  const rows: string[][] = [[w.source, w.amount, w.share]];
  for (const r of funding.rows) rows.push([`${'  '.repeat(r.depth)}${sourceLabel(r.source, r.label, lang, funding.taxonomy)}`, w.num(r.amount), r.share !== undefined ? w.percent(r.share) : '']);
  rows.push([w.sumOfSources, w.num(funding.sumOfLines), w.percent('1')]);
  if (funding.declaredTotal !== undefined) {
    rows.push([w.declaredTotal, w.num(funding.declaredTotal), '']);
    if (funding.difference !== undefined && funding.difference !== '0') rows.push([w.difference, w.num(funding.difference), '']);
  }
  const out = [`3. ${w.funding(fundingUnitName(p.funding, lang))}`, ...indent(table(rows))];
  if (p.projects) out.push(`   ${w.projects}: ${p.projects.count}${p.projects.label ? ` ("${p.projects.label}")` : ''}`);
  out.push('');
  return out;
}

/** Section 4: every finding, numbered, with its place and message. */
function findingsSection({ m, lang, w }: TextContext): string[] {
  const f = m.findings;
  const n = (s: string) => f.filter((x) => x.severity === s).length;
  const out = [`4. ${w.findings}: ${w.counts(n('error'), n('warning'), n('info'))}`];
  if (f.length === 0) out.push(`   ${w.none}`);
  f.forEach((x, i) => {
    const title = findingTitle(x.code, lang);
    const place = planPlace(m.plan, x.path, lang);
    out.push(`   ${String(i + 1).padStart(2)}. [${w.severity[x.severity]}] ${title !== undefined ? `${title} (${place})` : place}`);
    out.push(`       ${x.message[lang]}`);
  });
  return out;
}

/** Renders the model as text lines. */
export function renderModelText(m: PlanReportModel, lang: 'vi' | 'en'): string {
  const ctx: TextContext = { m, lang, w: WORDS[lang] };
  const out = [...headLines(ctx), ...summarySection(ctx), ...criteriaSection(ctx), ...fundingSection(ctx), ...findingsSection(ctx)];
  // Names and labels come from the plan: their control characters must not act (src/_lib/safe-text.ts).
  return visibleControls(out.join('\n') + '\n');
}

/**
 * A plain-text report of a plan: summary baseline against target, the
 * per-criterion table, capital by source, and every finding of
 * {@link checkPlan} with its message. Vietnamese by default.
 *
 * @example
 * ```ts
 * import { parsePlan, renderPlanReport } from 'ntm-rules';
 * const plan = parsePlan({ province: 'Lai Châu', year: 2024, communes: 94 });
 * console.log(renderPlanReport(plan, { lang: 'en' }));
 * ```
 */
export function renderPlanReport(plan: Plan, options?: PlanReportOptions): string {
  const model = buildReportModel(plan, options);
  return renderModelText(model, model.lang);
}
