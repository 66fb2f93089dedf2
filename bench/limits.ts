// Budget per call at the documented limits (docs/limits.md): each function outside the engine given
// the largest input its limits accept, timed (median of rounds), against the budget README states;
// and inputs beyond the limits, which must be refused before they are walked. Unit tests assert no
// time: this table is where "every call finishes quickly" is shown.
import { INPUT_LIMITS } from '../src/_lib/limits.js';
import { runCli } from '../src/cli/run.js';
import { MAX_FUNDING_LINES } from '../src/funding/compute.js';
import {
  aggregateFunding,
  checkPlan,
  compareSummaries,
  evaluateCommune,
  FUNDING_SOURCES,
  getCriteriaSet,
  parsePlan,
  progressTowardTarget,
  reconcileFunding,
  renderPlanReport,
  renderPlanReportHtml,
  summarizeCommunes,
  type CommuneRecord,
  type FundingLine,
} from '../src/index.js';
import type { Row } from './funding.js';
import { generateCommunes, generateFundingLines } from '../test/_support/generate.js';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Counts the values of a plain input as src/_lib/plain.ts does (array items and object properties). */
function values(v: unknown): number {
  if (typeof v !== 'object' || v === null) return 0;
  const keys = Object.keys(v);
  return keys.reduce((n, k) => n + values((v as Record<string, unknown>)[k]), keys.length);
}

/**
 * The heaviest plan within INPUT_LIMITS.plan: every criterion of both years, 600 named communes,
 * and funding lines whose parts fill the rest of the values (the attack that took 1.3 s to render
 * had 19 lines of 4,999 parts; such a plan is now refused).
 */
function planAtLimits(): unknown {
  const criteria = (n: number) => Array.from({ length: 19 }, (_, i) => ({ criterion: String(i + 1), communes: n, outOf: 600, label: `tiêu chí số ${i + 1}` }));
  const communes = Array.from({ length: 600 }, (_, i) => ({ name: `Xã số ${i + 1}`, district: `Huyện ${i % 10}` }));
  const plan: Record<string, unknown> = {
    province: 'Tỉnh thử',
    year: 2024,
    communes: 600,
    baseline: { meetingStandard: { total: 100 }, averageCriteria: '15.2', buckets: { '15-18': 200, '10-14': 300 }, criteria: criteria(400) },
    target: { meetingStandard: { total: 600, maintained: 100, newlyRecognised: { count: 500, communes: communes.slice(0, 500) } }, criteria: criteria(600) },
    funding: { unit: 'million-vnd', total: { amount: '1' }, lines: [] as unknown[] },
  };
  const lines = (plan.funding as { lines: unknown[] }).lines;
  const roots = ['central', 'local', 'integrated', 'community'] as const;
  const child = (id: string) => (FUNDING_SOURCES as Record<string, { children: readonly string[] }>)[id]!.children[0]!;
  for (let k = 0; values(plan) + 2_000 < INPUT_LIMITS.plan.maxValues; k++) {
    const source = roots[k % roots.length]!;
    lines.push({ source, amount: '1000000.5', label: `Dòng ${k}`, parts: Array.from({ length: 500 }, (_, j) => ({ source: child(source), amount: `${j}.25` })) });
  }
  return plan;
}

export async function limitsSection(time: (rounds: number, fn: () => void) => number): Promise<Row[]> {
  const rows: Row[] = [];
  const row = (measure: string, ms: number, budgetMs: number, note = '') =>
    rows.push({ measure, value: `${fmt(ms, ms < 10 ? 2 : 0)} ms`, ratio: note, goal: `≤ ${fmt(budgetMs)} ms`, met: ms <= budgetMs });

  // Funding: the most lines one call reads.
  const lines = generateFundingLines(MAX_FUNDING_LINES, FUNDING_SOURCES, 5);
  row(`aggregateFunding, ${fmt(MAX_FUNDING_LINES)} lines (the limit)`, time(3, () => aggregateFunding(lines)), 1_000);
  row(`reconcileFunding, ${fmt(MAX_FUNDING_LINES)} lines, every total declared`, time(3, () => reconcileFunding({ lines, declared: { total: '1', central: '1', local: '1', integrated: '1', credit: '1' } })), 1_500);

  // Scoring: the most records one summary reads.
  const n = INPUT_LIMITS.records.maxArrayLength;
  const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
  const results = generateCommunes(n, set, 7).map((c) => evaluateCommune(c));
  row(`summarizeCommunes, ${fmt(n)} evaluation results (the limit)`, time(3, () => summarizeCommunes(results, { floor: 15 })), 3_000);
  const records: CommuneRecord[] = results.map((r) => ({ name: r.name ?? 'x', criteriaMet: r.criteriaMet, criteria: Object.fromEntries(r.criteria.filter((c) => c.outcome !== 'unknown').map((c) => [c.code, c.outcome === 'met'])) }));
  row(`summarizeCommunes, ${fmt(n)} plain records with per-criterion flags`, time(3, () => summarizeCommunes(records)), 1_000);
  const before = summarizeCommunes(records.slice(0, n / 2));
  const after = summarizeCommunes(records.slice(n / 2));
  row('compareSummaries + progressTowardTarget, two such summaries', time(5, () => { compareSummaries(before, after); progressTowardTarget(before, after); }), 50);

  // Plans: the heaviest plan within the limits, parsed, checked and rendered.
  const planInput = planAtLimits();
  const planText = JSON.stringify(planInput);
  const plan = parsePlan(planInput);
  const findings = checkPlan(plan);
  const v = values(planInput);
  row(`parsePlan, a plan at the limits (${fmt(v)} values, ${fmt(planText.length / 1024)} kB of JSON)`, time(5, () => parsePlan(planText)), 500);
  row('checkPlan, the same plan', time(5, () => checkPlan(plan)), 500);
  row('renderPlanReport (text), the same plan', time(5, () => renderPlanReport(plan, { findings })), 1_000);
  row('renderPlanReportHtml, the same plan', time(5, () => renderPlanReportHtml(plan, { findings })), 1_000);

  // Beyond the limits: refused before anything is walked.
  const lying = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) });
  const holes = new Array(10 ** 8);
  const refuse = (fn: () => unknown) => () => {
    try {
      fn();
    } catch {
      return;
    }
    throw new Error('expected a refusal');
  };
  row('aggregateFunding, an array claiming 2^32 − 1 lines: refused', time(5, refuse(() => aggregateFunding(lying as never))), 5, 'never returned before');
  row('summarizeCommunes, 10^8 holes: refused', time(5, refuse(() => summarizeCommunes(holes))), 5, '4 s before');
  const huge = { ...(planInput as object), funding: { unit: 'million-vnd', lines: Array.from({ length: 19 }, () => ({ source: 'central', amount: '1', parts: Array.from({ length: 4_999 }, () => ({ source: 'central.recurrent', amount: '1' })) })) } };
  row('parsePlan, 19 funding lines × 4,999 parts: refused', time(5, refuse(() => parsePlan(huge))), 50, '1.3 s to render before');

  // The CLI on a CSV with 100,000 unknown columns: 101 lines printed (21 MB before).
  const header = ['name', 'region', 'year', ...Array.from({ length: 100_000 }, (_, k) => `x${k}`)].join(',');
  const csv = `${header}\nA,TDMNPB,2024${','.repeat(100_000)}\n`;
  let printed = 0;
  const io = { stdout: (s: string) => void (printed += s.length), stderr: (s: string) => void (printed += s.length), readFile: async () => csv };
  let cliMs = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    await runCli(['evaluate', 'c.csv'], io);
    cliMs = Math.min(cliMs, performance.now() - t0);
  }
  row('ntm evaluate, a CSV with 100,000 unknown columns', cliMs, 2_000, `${fmt(printed / 3 / 1024, 1)} kB printed (21 MB before)`);
  return rows;
}
