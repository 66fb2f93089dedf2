// What the conformance vectors must cover beyond "every rule id is cited" (test/conformance.test.ts):
// (a) every code of the published data files that a vector can exercise is exercised by one, and
// (b) every rule of docs/spec.md that describes an error path is cited by a vector expecting an error.
// The data are read as the build publishes them (dist/data), written fresh by buildArtifacts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../scripts/artifacts.js';
import { loadCases, type Case } from './cases.js';

const data = buildArtifacts({ version: '0.0.0-coverage' });
const file = <T>(path: string) => data.get(path) as T;
const cases: Case[] = [...loadCases().values()].flat();
const of = (fn: string) => cases.filter((c) => c.function === fn);
const isError = (c: Case) => typeof c.expected === 'object' && c.expected !== null && 'error' in c.expected;

interface Applied { readonly column: string }
interface ExpectedEvaluation {
  readonly set: { readonly id: string };
  readonly region?: string | null;
  readonly group?: number | null;
  readonly criteria: readonly { readonly indicators: readonly { readonly threshold: Applied | null }[] }[];
  readonly conditions?: readonly { readonly threshold: Applied | null }[];
}
/** The evaluation vectors that succeed, with their complete expected results. */
const evaluations = cases
  .filter((c) => ['evaluate', 'evaluateCommune', 'evaluateDistrict'].includes(c.function) && !isError(c))
  .map((c) => ({ c, r: c.expected as ExpectedEvaluation }));
/** The input year of an evaluation or plan vector, if it has one. */
const yearOf = (c: Case): unknown => {
  const i = c.input as { year?: unknown; input?: { year?: unknown } } | null;
  return i?.year ?? i?.input?.year;
};

/** Codes missing from what the vectors exercise: `missing(all, exercised)`. */
const missing = (all: Iterable<string>, exercised: Iterable<string>) => {
  const seen = new Set(exercised);
  return [...new Set(all)].filter((x) => !seen.has(x));
};

describe('a vector per code of the published data files', () => {
  // The codes a vector can exercise, file by file. Not listed: instruments.json (citations: text for
  // people, not results), the display names of units and regions (not normative, docs/spec.md).

  it('sets.json: every set kind is asked for by getCriteriaSet, every version is returned by it and evaluated', () => {
    const sets = file<{ sets: { id: string; kind: string }[] }>('data/sets.json').sets;
    // SEL-KINDS: the national kinds of sets.json and the provincial kinds, for which the package holds no version.
    const kinds = [...sets.map((s) => s.kind), 'village', 'modern-commune'];
    expect(missing(kinds, of('getCriteriaSet').map((c) => (c.input as { kind: string }).kind))).toEqual([]);
    expect(missing(sets.map((s) => s.id), of('getCriteriaSet').filter((c) => !isError(c)).map((c) => (c.expected as { id: string }).id))).toEqual([]);
    expect(missing(sets.map((s) => s.id), evaluations.map(({ r }) => r.set.id))).toEqual([]);
  });

  it('regions.json and the sets\' threshold columns: every region is evaluated, every column a version lists is applied by a vector of that version', () => {
    const regions = file<{ regions: { code: string }[] }>('data/regions.json').regions.map((r) => r.code);
    expect(missing(regions, evaluations.map(({ r }) => r.region ?? ''))).toEqual([]);
    const sets = file<{ sets: { id: string }[] }>('data/sets.json').sets;
    const listed: string[] = [];
    for (const { id } of sets) {
      const set = file<{ criteria: { indicators: { thresholds: { columns: unknown }[] }[] }[]; conditions?: { thresholds: { columns: unknown }[] }[] }>(`data/sets/${id.replace('/', '--')}.json`);
      const thresholds = [...set.criteria.flatMap((c) => c.indicators), ...(set.conditions ?? [])].flatMap((i) => i.thresholds);
      for (const t of thresholds) if (Array.isArray(t.columns)) for (const col of t.columns as string[]) listed.push(`${id} ${col}`);
    }
    expect(listed.length).toBeGreaterThan(0);
    const applied = evaluations.flatMap(({ r }) =>
      [...r.criteria.flatMap((c) => c.indicators), ...(r.conditions ?? [])].flatMap((i) => (i.threshold && i.threshold.column !== 'all' ? [`${r.set.id} ${i.threshold.column}`] : [])));
    expect(missing(listed, applied)).toEqual([]);
  });

  it('commune-groups.json: every group is the result of an evaluation of each commune-group set, and of classifyCommuneGroup', () => {
    const groups = file<{ groups: { group: number }[]; columns: unknown }>('data/commune-groups.json').groups.map((g) => g.group);
    expect(groups).toEqual([1, 2, 3]);
    const sets = file<{ sets: { id: string }[] }>('data/sets.json').sets.filter((s) => file<{ columns: string }>(`data/sets/${s.id.replace('/', '--')}.json`).columns === 'commune-group');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) {
      const evaluated = evaluations.filter(({ r }) => r.set.id === s.id).map(({ r }) => String(r.group));
      expect(missing(groups.map(String), evaluated), s.id).toEqual([]);
    }
    expect(missing(groups.map(String), of('classifyCommuneGroup').filter((c) => !isError(c)).map((c) => String((c.expected as { group: unknown }).group)))).toEqual([]);
  });

  it('plan-findings.json: every finding code is found by a checkPlan vector', () => {
    const codes = file<{ findings: { code: string }[] }>('data/plan-findings.json').findings.map((f) => f.code);
    const found = of('checkPlan').flatMap((c) => ((c.expected as { findings?: { code: string }[] }).findings ?? []).map((f) => f.code));
    expect(missing(codes, found)).toEqual([]);
  });

  it('funding-taxonomy.json: every source and component of every version is aggregated, every unit is added and converted', () => {
    const taxonomy = file<{ units: string[]; versions: { id: string; sources: { id: string }[]; components?: { id: string }[] }[] }>('data/funding-taxonomy.json');
    const aggregates = of('aggregateFunding').filter((c) => !isError(c)).map((c) => ({ c, r: c.expected as { taxonomy: string; bySource: { source: string }[]; byComponent: { component: string }[] | null } }));
    for (const v of taxonomy.versions) {
      const mine = aggregates.filter(({ r }) => r.taxonomy === v.id);
      expect(missing(v.sources.map((s) => s.id), mine.flatMap(({ r }) => r.bySource.map((s) => s.source))), v.id).toEqual([]);
      expect(missing((v.components ?? []).map((k) => k.id), mine.flatMap(({ r }) => (r.byComponent ?? []).map((k) => k.component))), v.id).toEqual([]);
    }
    const added = aggregates.flatMap(({ c }) => [...(c.input as { unit?: string }[]).map((l) => l.unit ?? 'million-vnd'), ...(typeof c.options.unit === 'string' ? [c.options.unit] : [])]);
    expect(missing(taxonomy.units, added)).toEqual([]);
    const converted = of('convertAmount').filter((c) => !isError(c)).flatMap((c) => { const i = c.input as { from: string; to: string }; return [i.from, i.to]; });
    expect(missing(taxonomy.units, converted)).toEqual([]);
    expect(missing(taxonomy.units, of('formatAmount').filter((c) => !isError(c)).map((c) => String(c.options.unit)))).toEqual([]);
  });

  it('bucket-schemes.json: every bucket of every scheme is returned by classifyCriteriaCount with that scheme (named by id, or the national default)', () => {
    const schemes = file<{ schemes: { id: string; buckets: { id: string }[] }[] }>('data/bucket-schemes.json').schemes;
    const returned = of('classifyCriteriaCount').filter((c) => !isError(c) && (c.options.scheme === undefined || typeof c.options.scheme === 'string'))
      .map((c) => `${(c.options.scheme as string | undefined) ?? 'national-19'} ${(c.expected as { id: string }).id}`);
    expect(missing(schemes.flatMap((s) => s.buckets.map((b) => `${s.id} ${b.id}`)), returned)).toEqual([]);
    // Each scheme also summarises, where it is named by id.
    expect(missing(schemes.map((s) => s.id), of('summarizeCommunes').map((c) => String(c.options.scheme)))).toEqual([]);
  });

  it('programme-targets.json: every target is returned by getProgrammeTarget', () => {
    const ids = file<{ targets: { id: string }[] }>('data/programme-targets.json').targets.map((t) => t.id);
    expect(missing(ids, of('getProgrammeTarget').filter((c) => !isError(c)).map((c) => (c.expected as { id: string }).id))).toEqual([]);
  });

  it('periods.json: every period has a vector in its years (or, for a window without years, a day in it)', () => {
    const periods = file<{ periods: { id: string; fromYear?: number; toYear?: number; validFrom?: string; validUntil?: string }[] }>('data/periods.json').periods;
    const inPeriod = (p: (typeof periods)[number]) => (c: Case) => {
      const y = yearOf(c);
      const day = c.options.asOf;
      if (p.fromYear !== undefined && p.toYear !== undefined) return typeof y === 'number' && y >= p.fromYear && y <= p.toYear;
      return typeof day === 'string' && p.validFrom !== undefined && day >= p.validFrom && (p.validUntil === undefined || day <= p.validUntil);
    };
    expect(periods.filter((p) => !cases.some(inPeriod(p))).map((p) => p.id)).toEqual([]);
  });
});

/** Each rule of docs/spec.md with its text (a list item or table row, and the indented lines after it). */
function specRules(): { id: string; text: string; table: boolean }[] {
  const lines = readFileSync(new URL('../../docs/spec.md', import.meta.url), 'utf8').split('\n');
  const rules: { id: string; text: string; table: boolean }[] = [];
  let current: { id: string; text: string; table: boolean } | undefined;
  for (const line of lines) {
    const m = /^\s*(- |\| )\*\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\*\*/.exec(line);
    if (m) rules.push((current = { id: m[2]!, text: line, table: m[1] === '| ' }));
    else if (current !== undefined && !current.table && /^\s{2,}\S/.test(line)) current.text += ` ${line.trim()}`;
    else current = undefined;
  }
  return rules;
}

/**
 * A rule describes an error path when its text names an error code of ERR-SHAPE, an issue, a path a
 * problem is reported at, something refused, or an error. The plan findings' table rows are not
 * error paths (a finding is a result; its severity `error` is written in backquotes and not counted).
 */
const ERROR_WORDS = /\b(?:issues?|invalid-input|invalid-definition|no-set-in-force|unknown-reference|not-available|refused|reported,? at)\b|(?<!`)\berrors?\b/i;
/** Rules whose error path is implicit in their words: a record that must have…, a denominator not 0. */
const IMPLICIT_ERROR_RULES = ['SUM-EVALUATION-RECORD', 'ROUND-HALF-UP'];

describe('a negative vector per error-path rule', () => {
  const rules = specRules();
  const errorRules = rules.filter((r) => (!r.table && ERROR_WORDS.test(r.text)) || IMPLICIT_ERROR_RULES.includes(r.id)).map((r) => r.id);

  it('finds the error-path rules of docs/spec.md (the ERR-* rules among them)', () => {
    expect(rules.length).toBeGreaterThan(100);
    const errRules = rules.filter((r) => r.id.startsWith('ERR-')).map((r) => r.id);
    expect(errRules.length).toBeGreaterThan(0);
    expect(missing(errRules, errorRules)).toEqual([]);
    for (const id of [...IMPLICIT_ERROR_RULES, 'OPT-UNKNOWN-KEYS', 'SEL-VERSION-BY-DAY', 'EVAL-INPUT-COMPOUND', 'PROG-SUMMARY-TARGET']) expect(errorRules).toContain(id);
    // Rules that only compute results are not error paths.
    for (const id of ['EVAL-JUDGE-MIN', 'FUND-SHARES', 'PLAN-ORDER', 'PLAN-FUNDING-TOTAL-MISMATCH']) expect(errorRules).not.toContain(id);
  });

  it('cites every error-path rule in a vector whose expected result is an error', () => {
    const cited = new Set(cases.filter(isError).flatMap((c) => c.rule));
    expect(errorRules.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives every negative vector an error code of ERR-SHAPE and at least one issue path (an error at the root has the path [])', () => {
    const codes = ['invalid-input', 'invalid-definition', 'no-set-in-force', 'unknown-reference', 'not-available'];
    for (const c of cases.filter(isError)) {
      const e = (c.expected as { error: { code: string; paths: unknown[] } }).error;
      expect(codes, c.name).toContain(e.code);
      expect(e.paths.length, c.name).toBeGreaterThan(0);
      for (const p of e.paths) expect(Array.isArray(p) && p.every((k) => typeof k === 'string' || Number.isInteger(k)), `${c.name}: ${JSON.stringify(p)}`).toBe(true);
    }
  });
});
