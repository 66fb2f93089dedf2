import { visibleControls } from '../../_lib/safe-text.js';
import { averageOf } from '../summary.js';
import type { Plan, PlanFunding } from '../types.js';
import { buildReportModel, type PlanReportModel, type PlanReportOptions } from './model.js';
import { escapeXml as esc, horizontalBarChart, verticalBarChart } from './svg.js';
import { findingTitle, planPlace } from './places.js';
import { sourceLabel } from './text.js';
import { fundingUnitName, WORDS } from './words.js';

const BASELINE_COLOR = '#9bb7d4';
const TARGET_COLOR = '#1f5f99';
const FUNDING_COLOR = '#3c8d5a';
const TOTAL_COLOR = '#b0413e';

const STYLE = `
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:right}
td:first-child,th:first-child{text-align:left}.muted{color:#777}
.finding{margin:.6rem 0;padding:.5rem .8rem;border-left:4px solid #999;background:#fafafa}
.finding.error{border-color:#b0413e}.finding.warning{border-color:#d99a20}.finding.info{border-color:#1f5f99}
.sev{font-weight:bold;margin-right:.5rem}.place{color:#555}
svg.chart{max-width:100%;height:auto;display:block;margin:.5rem 0}`;

/** What every section of the HTML report reads: the model, its language and how it prints a figure. */
interface HtmlContext {
  readonly m: PlanReportModel;
  readonly lang: 'vi' | 'en';
  readonly w: (typeof WORDS)['vi' | 'en'];
  /** A figure escaped for HTML, '—' when the plan does not state it. */
  readonly num: (n: number | string | undefined) => string;
}

/** The document head and the plan's identification line. */
function headLines({ m, lang, w }: HtmlContext): string[] {
  const p = m.plan;
  const out = [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(`${w.title} — ${p.province} ${p.year}`)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${esc(w.title)}</h1>`,
    `<p>${esc(w.province)}: <strong>${esc(p.province)}</strong> · ${esc(w.year)}: <strong>${p.year}</strong>${p.communes !== undefined ? ` · ${esc(w.communes)}: <strong>${p.communes}</strong>` : ''}${p.document?.status === 'draft' ? ` · <em>${esc(w.draft)}</em>` : ''}</p>`,
  ];
  if (p.title) out.push(`<p class="muted">${esc(p.title)}</p>`);
  return out;
}

/** The findings, first in the report: they are why one opens it. */
function findingsSection({ m, lang, w }: HtmlContext): string[] {
  const f = m.findings;
  const count = (s: string) => f.filter((x) => x.severity === s).length;
  const out = [`<section id="findings"><h2>${esc(w.findings)}: ${esc(w.counts(count('error'), count('warning'), count('info')))}</h2>`];
  if (f.length === 0) out.push(`<p>${esc(w.none)}</p>`);
  for (const x of f) {
    const title = findingTitle(x.code, lang);
    const place = planPlace(m.plan, x.path, lang);
    out.push(`<div class="finding ${x.severity}" data-code="${esc(x.code)}"><span class="sev">${esc(w.severity[x.severity])}</span><span class="place">${esc(title !== undefined ? `${title} · ${place}` : place)}</span><p>${esc(x.message[lang])}</p></div>`);
  }
  out.push('</section>');
  return out;
}

type Block = NonNullable<Plan['target']>;

/** Count cells with the names the plan lists after them, for the summary table. */
function summaryCells(num: HtmlContext['num']) {
  const muted = (text: string) => ` <span class="muted">(${esc(text)})</span>`;
  return {
    names: (list: readonly { name: string; district?: string }[] | undefined, n: number | undefined) =>
      n === undefined && !list ? '—' : `${num(n ?? list?.length)}${list ? muted(list.map((c) => (c.district ? `${c.name}, ${c.district}` : c.name)).join('; ')) : ''}`,
    villages: (v: Block['villages']) =>
      v?.total === undefined ? '—' : `${num(v.total)}${v.byDistrict ? muted(v.byDistrict.map((d) => `${d.district} ${d.count}`).join(', ')) : ''}`,
    districts: (d: Block['districtsCompleting']) =>
      d?.count === undefined ? '—' : `${num(d.count)}${d.names ? muted(d.names.join(', ')) : ''}`,
  };
}

/** The summary table, baseline against target, and the notes on the bucket scheme. */
function summarySection({ m, lang, w, num }: HtmlContext): string[] {
  const p = m.plan;
  const B = m.baseline;
  const T = m.target;
  const out = [`<section id="summary"><h2>${esc(w.summary)}</h2><table><thead><tr><th></th><th>${esc(w.baseline(B.year))}</th><th>${esc(w.target(T.year))}</th></tr></thead><tbody>`];
  const row = (label: string, a: string, b: string) => out.push(`<tr><td>${esc(label)}</td><td>${a}</td><td>${b}</td></tr>`);
  row(w.recognised, num(B.recognised), num(T.recognised));
  const bucketCell = (x: (typeof B.rows)[number] | undefined) =>
    x?.count === undefined ? '—' : `${num(x.count)}${x.source === 'implied' ? ` <span class="muted">(${esc(w.implied)})</span>` : ''}`;
  for (const r of m.bucketRows) row(r.bucket.label[lang], bucketCell(r.baseline), bucketCell(r.target));
  row(w.average, num(p.baseline?.averageCriteria), num(p.target?.averageCriteria));
  const range = (r: { min: number; max: number } | undefined, n: number | undefined) =>
    r && n ? `${num(averageOf(r.min, n, 2))}–${num(averageOf(r.max, n, 2))}` : '—';
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  row(cap(w.averageFromBuckets.trim()), range(B.bucketTotals, B.communes), range(T.bucketTotals, T.communes));
  row(cap(w.averageFromCriteria.trim()), range(B.criteriaTotals, B.communes), range(T.criteriaTotals, T.communes));
  const { names, villages, districts } = summaryCells(num);
  const newly = (b: Block | undefined) => names(b?.meetingStandard?.newlyRecognised?.communes, b?.meetingStandard?.newlyRecognised?.count);
  row(w.newlyRecognised, newly(p.baseline), newly(p.target));
  row(w.advanced, names(p.baseline?.advanced?.communes, p.baseline?.advanced?.count), names(p.target?.advanced?.communes, p.target?.advanced?.count));
  row(w.villages, villages(p.baseline?.villages), villages(p.target?.villages));
  row(w.districts, districts(p.baseline?.districtsCompleting), districts(p.target?.districtsCompleting));
  out.push('</tbody></table>');
  for (const note of m.schemeNotes) out.push(`<p class="muted">${esc(note[lang])}</p>`);
  out.push('</section>');
  return out;
}

/** The two series every chart but the funding one draws. */
function baselineAndTarget({ m, w }: HtmlContext) {
  return [
    { key: 'baseline', label: w.baseline(m.baseline.year), color: BASELINE_COLOR },
    { key: 'target', label: w.target(m.target.year), color: TARGET_COLOR },
  ];
}

/** Chart 1: communes per bucket; none without a bucket scheme (the summary says why). */
function bucketsSection(ctx: HtmlContext): string[] {
  const { m, w } = ctx;
  const B = m.baseline;
  const T = m.target;
  const bucketCount = (bucket: string, s: string) => (s === 'baseline' ? B : T).rows.find((r) => r.bucket.id === bucket)?.count;
  const bucketIds = [...new Map([...B.rows, ...T.rows].map((r) => [r.bucket.id, { key: r.bucket.id, label: r.bucket.id }])).values()];
  if (bucketIds.length === 0) return [];
  return [
    `<section id="buckets"><h2>${esc(w.chartBuckets)}</h2>`,
    verticalBarChart({
      id: 'chart-buckets',
      title: w.chartBuckets,
      categories: bucketIds,
      axisLabel: w.criteriaMetAxis,
      series: baselineAndTarget(ctx),
      value: bucketCount,
      format: (v) => w.num(v),
      missing: w.notStated,
    }),
    '</section>',
  ];
}

/** Chart 2: communes meeting each criterion, with the table; none when the plan states no criterion. */
function criteriaSection(ctx: HtmlContext): string[] {
  const { m, lang, w, num } = ctx;
  const B = m.baseline;
  const T = m.target;
  if (!m.criteria.some((c) => c.baseline !== undefined || c.target !== undefined)) return [];
  const out = [`<section id="criteria"><h2>${esc(w.criteria(m.plan.communes))}</h2>`];
  out.push(
    horizontalBarChart({
      id: 'chart-criteria',
      title: w.chartCriteria,
      categories: m.criteria.map((c) => ({ key: c.code, label: `${c.code}. ${c.name[lang]}` })),
      series: baselineAndTarget(ctx),
      value: (code, s) => {
        const c = m.criteria.find((x) => x.code === code);
        return s === 'baseline' ? c?.baseline : c?.target;
      },
      format: (v) => w.num(v),
      missing: w.notStated,
    }, 370),
  );
  out.push(`<table><thead><tr><th>${esc(w.criterion)}</th><th>${esc(w.baseline(B.year))}</th><th>${esc(w.target(T.year))}</th><th>${esc(w.change)}</th><th>${esc(w.advancedShort)}</th><th>${esc(w.districtShort)}</th></tr></thead><tbody>`);
  for (const c of m.criteria) {
    const d = c.baseline !== undefined && c.target !== undefined ? c.target - c.baseline : undefined;
    out.push(`<tr data-criterion="${esc(c.code)}"><td>${esc(`${c.code}. ${c.name[lang]}`)}</td><td>${num(c.baseline)}</td><td>${num(c.target)}</td><td>${d === undefined ? '' : d > 0 ? `+${d}` : d}</td><td>${c.advanced ? esc(c.advanced.join(' + ')) : ''}</td><td>${c.districts ?? ''}</td></tr>`);
  }
  out.push(`<tr><td>${esc(w.statedSum(B.criteriaStated))}</td><td>${num(B.criteriaSum)}</td><td>${num(T.criteriaSum)}</td><td></td><td></td><td></td></tr>`);
  out.push('</tbody></table></section>');
  return out;
}

type FundingModel = NonNullable<PlanReportModel['funding']>;

/** The capital-by-source chart: one bar a funding line, then the sum of the lines and the declared total. */
function fundingChart({ w }: HtmlContext, funding: FundingModel, plan: PlanFunding, label: (source: string, written: string) => string): string {
  // Number() only sizes the bars; every printed figure is the exact decimal string (`exact`).
  const bar = (key: string, text: string, amount: string, color?: string) => ({ key, label: text, amount, size: Number(amount), ...(color ? { color } : {}) });
  const cats = plan.lines.map((l, i) => bar(`${i}:${l.source}`, label(l.source, l.label ?? l.source), l.amount));
  cats.push(bar('sum', w.sumOfSources, funding.sumOfLines, TOTAL_COLOR));
  if (funding.declaredTotal !== undefined) cats.push(bar('declared-total', w.declaredTotal, funding.declaredTotal, TOTAL_COLOR));
  const byKey = new Map(cats.map((c) => [c.key, c]));
  return horizontalBarChart(
    {
      id: 'chart-funding',
      title: w.chartFunding,
      categories: cats,
      series: [{ key: 'amount', label: w.amount, color: FUNDING_COLOR }],
      value: (key) => byKey.get(key)?.size,
      exact: (key) => byKey.get(key)?.amount,
      format: (v) => w.num(v),
      missing: w.notStated,
    },
    340,
  );
}
/** The funding table: each line at its depth with its share, the sum of the lines, the declared total and the difference. */
function fundingTable({ w, num }: HtmlContext, funding: FundingModel, label: (source: string, written: string) => string): string[] {
  const out = [`<table><thead><tr><th>${esc(w.source)}</th><th>${esc(w.amount)}</th><th>${esc(w.share)}</th></tr></thead><tbody>`];
  for (const r of funding.rows) {
    out.push(`<tr data-source="${esc(r.source)}"><td style="padding-left:${0.6 + r.depth * 1.2}rem">${esc(label(r.source, r.label))}</td><td>${num(r.amount)}</td><td>${r.share !== undefined ? esc(w.percent(r.share)) : ''}</td></tr>`);
  }
  out.push(`<tr><td><strong>${esc(w.sumOfSources)}</strong></td><td><strong>${num(funding.sumOfLines)}</strong></td><td>${esc(w.percent('1'))}</td></tr>`);
  if (funding.declaredTotal !== undefined) {
    out.push(`<tr><td><strong>${esc(w.declaredTotal)}</strong></td><td><strong>${num(funding.declaredTotal)}</strong></td><td></td></tr>`);
    if (funding.difference !== undefined && funding.difference !== '0') out.push(`<tr><td>${esc(w.difference)}</td><td>${num(funding.difference)}</td><td></td></tr>`);
  }
  out.push('</tbody></table>');
  return out;
}

/** Chart 3: capital by source, with the table and the project count; none when the plan states no funding. */
function fundingSection(ctx: HtmlContext): string[] {
  const { m, lang, w } = ctx;
  const p = m.plan;
  const funding = m.funding;
  if (!funding || !p.funding) return [];
  const label = (source: string, written: string) => sourceLabel(source, written, lang, funding.taxonomy);
  const out = [`<section id="funding"><h2>${esc(w.funding(fundingUnitName(p.funding, lang)))}</h2>`];
  out.push(fundingChart(ctx, funding, p.funding, label));
  out.push(...fundingTable(ctx, funding, label));
  if (p.projects) out.push(`<p>${esc(w.projects)}: <strong>${p.projects.count}</strong>${p.projects.label ? ` <span class="muted">(“${esc(p.projects.label)}”)</span>` : ''}</p>`);
  out.push('</section>');
  return out;
}

/** Renders the model as one self-contained HTML document. */
export function renderModelHtml(m: PlanReportModel, lang: 'vi' | 'en'): string {
  const w = WORDS[lang];
  const ctx: HtmlContext = { m, lang, w, num: (n) => (n === undefined ? '—' : esc(w.num(n))) };
  const out = [
    ...headLines(ctx),
    ...findingsSection(ctx),
    ...summarySection(ctx),
    ...bucketsSection(ctx),
    ...criteriaSection(ctx),
    ...fundingSection(ctx),
    `<footer><p class="muted">${esc(w.generated)}</p></footer></body></html>`,
  ];
  // Names and labels come from the plan: a right-to-left override in a label would reorder the
  // figures after it, so bidirectional and other control characters are shown, not obeyed.
  return visibleControls(out.join('\n') + '\n');
}

/**
 * The plan report as one self-contained HTML document: findings, summary,
 * inline SVG bar charts (communes per bucket and per criterion, baseline
 * against target; capital by source) and tables. No script, stylesheet, font
 * or image is loaded from anywhere: it opens offline. Vietnamese by default.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { parsePlan, renderPlanReportHtml } from 'ntm-rules';
 * const plan = parsePlan({ province: 'Lai Châu', year: 2024, communes: 94 });
 * writeFileSync('plan.html', renderPlanReportHtml(plan, { lang: 'vi' }));
 * ```
 */
export function renderPlanReportHtml(plan: Plan, options?: PlanReportOptions): string {
  const model = buildReportModel(plan, options);
  return renderModelHtml(model, model.lang);
}
