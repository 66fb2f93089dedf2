// Runs every conformance case under conformance/ against the library (docs/conformance.md).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan, evaluate, evaluateDistrict, aggregateFunding, convertAmount, formatAmount, reconcileFunding, classifyCommuneGroup, classifyCriteriaCount, effectiveRegion, evaluateCommune, getCriteriaSet, isNtmError, NATIONAL_COMMUNE_SCHEME, summarizeCommunes, THUA_THIEN_HUE_2018_SCHEME } from '../src/index.js';
import type { ClassifyCommuneGroupOptions, CommuneGroupFacts, DistrictInput, EvaluationInput, AggregateFundingOptions, FormatAmountOptions, FundingLine, FundingUnit, ReconcileFundingInput, BucketScheme, CommuneSummary, ScoringRecord, CommuneInput, CriteriaSetKind, EvaluateOptions, SpecialCommuneStatus } from '../src/index.js';
import { mismatches } from './conformance/match.js';
import { projectError, projectEvaluation, projectSummary } from './conformance/project.js';

interface Case {
  readonly name: string;
  readonly description: string;
  readonly function: string;
  readonly options: Record<string, unknown>;
  readonly input: unknown;
  readonly expected: Record<string, unknown>;
  readonly rule: string;
}

type Adapter = (input: unknown, options: Record<string, unknown>) => unknown;

/** Bucket schemes a case may name by id. */
const SCHEMES: Record<string, BucketScheme> = { [NATIONAL_COMMUNE_SCHEME.id]: NATIONAL_COMMUNE_SCHEME, [THUA_THIEN_HUE_2018_SCHEME.id]: THUA_THIEN_HUE_2018_SCHEME };
const scheme = (o: Record<string, unknown>) => (typeof o.scheme === 'string' ? { scheme: SCHEMES[o.scheme]! } : {});

/** Each function a case may name, and how its result is projected. */
const FUNCTIONS: Record<string, Adapter> = {
  evaluateCommune: (input, options) => projectEvaluation(evaluateCommune(input as CommuneInput, options as EvaluateOptions)),
  effectiveRegion: (input) => effectiveRegion(input as SpecialCommuneStatus),
  classifyCommuneGroup: (input, options) => {
    const c = classifyCommuneGroup(input as CommuneGroupFacts, options as ClassifyCommuneGroupOptions);
    return { group: c.group, conflict: c.conflict ?? null };
  },
  classifyCriteriaCount: (input, options) => classifyCriteriaCount((input as { n: number }).n, scheme(options).scheme),
  summarizeCommunes: (input, options) => projectSummary(summarizeCommunes(input as ScoringRecord[], { ...options, ...scheme(options) } as never) as CommuneSummary),
  aggregateFunding: (input, options) => aggregateFunding(input as FundingLine[], options as AggregateFundingOptions),
  reconcileFunding: (input) => ({ discrepancies: reconcileFunding(input as ReconcileFundingInput) }),
  convertAmount: (input, options) => ({ amount: convertAmount((input as { amount: string }).amount, options.from as FundingUnit, options.to as FundingUnit) }),
  formatAmount: (input, options) => ({ text: formatAmount((input as { amount: string }).amount, options as unknown as FormatAmountOptions) }),
  evaluateDistrict: (input, options) => {
    const r = evaluateDistrict(input as DistrictInput, options as EvaluateOptions);
    return { ...projectEvaluation(r), communes: r.communes };
  },
  evaluate: (input, options) => {
    const { setKind, setAsOf, province, ...rest } = options as { setKind: CriteriaSetKind; setAsOf?: string; province?: string };
    const year = (input as { year: number }).year;
    const set = getCriteriaSet(setKind, { asOf: setAsOf ?? (rest as EvaluateOptions).asOf ?? `${year}-12-31`, ...(province !== undefined ? { province } : {}) });
    return projectEvaluation(evaluate(set, input as EvaluationInput, rest as EvaluateOptions));
  },
  checkPlan: (input, options) => {
    const findings = checkPlan(parsePlan(input), options);
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    return {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      // A code not found counts 0.
      byCode: new Proxy(counts, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? 0) : undefined) }),
    };
  },
  getCriteriaSet: (input) => {
    const { kind, ...opts } = input as { kind: CriteriaSetKind; asOf?: string; province?: string };
    const s = getCriteriaSet(kind, opts);
    return { id: s.id, kind: s.kind, validFrom: s.validFrom, validUntil: s.validUntil ?? null, criteriaCount: s.criteria.length };
  },
};

const dir = new URL('../conformance/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function run(c: Case): unknown {
  const fn = FUNCTIONS[c.function];
  if (!fn) throw new Error(`no adapter for function "${c.function}"`);
  try {
    return fn(structuredClone(c.input), structuredClone(c.options));
  } catch (error) {
    if (isNtmError(error)) return projectError(error);
    throw error;
  }
}

describe('conformance vectors', () => {
  const all: Case[] = [];
  for (const file of files) {
    const { cases } = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { cases: Case[] };
    all.push(...cases);
    describe(file, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(c.rule.length, 'every case cites the rule it pins').toBeGreaterThan(0);
        const actual = run(c);
        expect(mismatches(c.expected, actual), `${c.description}\nrule: ${c.rule}`).toEqual([]);
      });
    });
  }

  it('has at least 100 cases with unique names, each citing a rule', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    for (const c of all) for (const k of ['name', 'description', 'function', 'options', 'input', 'expected', 'rule']) expect(c, `${c.name}.${k}`).toHaveProperty(k);
  });
});
