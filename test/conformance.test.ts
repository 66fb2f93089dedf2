// Runs every conformance case under conformance/ against the library and compares the complete
// normative projection of each result with the case's `expected` (docs/conformance.md).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aggregateFunding, checkPlan, checkRecognition, classifyCommuneGroup, classifyCriteriaCount, convertAmount, effectiveRegion, evaluate, evaluateCommune, evaluateDistrict,
  formatAmount, getCriteriaSet, isNtmError, NATIONAL_COMMUNE_SCHEME, reconcileFunding, roundHalfUp, summarizeCommunes, THUA_THIEN_HUE_2018_SCHEME,
} from '../src/index.js';
import { mismatches } from './conformance/match.js';
import { projectAggregate, projectError, projectEvaluation, projectFindings, projectRecognition, projectSummary } from './conformance/project.js';
import { loadCases, specRuleIds, type Case } from './conformance/cases.js';

type Adapter = (input: never, options: Record<string, unknown>) => unknown;

/** Bucket schemes a case may name by id (data/bucket-schemes.json). */
const SCHEMES: Record<string, unknown> = { [NATIONAL_COMMUNE_SCHEME.id]: NATIONAL_COMMUNE_SCHEME, [THUA_THIEN_HUE_2018_SCHEME.id]: THUA_THIEN_HUE_2018_SCHEME };
/** Options with a `scheme` given by id resolved to the scheme. */
function withScheme(o: Record<string, unknown>): Record<string, unknown> {
  return typeof o.scheme === 'string' && SCHEMES[o.scheme] !== undefined ? { ...o, scheme: SCHEMES[o.scheme] } : o;
}

/** Each function a case may name: how it is called and its result projected (docs/conformance.md). */
export const FUNCTIONS: Record<string, Adapter> = {
  evaluateCommune: (input, options) => projectEvaluation(evaluateCommune(input, options)),
  evaluate: (input: { subject: never; input: never }, options) => projectEvaluation(evaluate(input.subject, input.input, options)),
  evaluateDistrict: (input, options) => {
    const r = evaluateDistrict(input, options);
    return { ...(projectEvaluation(r) as object), communes: { ...r.communes }, towns: r.towns ? { ...r.towns } : null };
  },
  getCriteriaSet: (input: { kind: never }, options) => {
    const s = getCriteriaSet(input.kind, options);
    return { id: s.id, kind: s.kind, province: s.province ?? null, validFrom: s.validFrom, validUntil: s.validUntil ?? null, period: { ...s.period }, columns: s.columns, criteriaCount: s.criteria.length, conditionCount: (s.conditions ?? []).length };
  },
  effectiveRegion: (input) => {
    const r = effectiveRegion(input);
    return { region: r.region, adjusted: r.reason !== undefined };
  },
  classifyCommuneGroup: (input, options) => {
    const c = classifyCommuneGroup(input, options);
    return { group: c.group, conflict: c.conflict ? { groups: [...c.conflict.groups], resolvedBy: c.conflict.resolvedBy ?? null } : null };
  },
  classifyCriteriaCount: (input: { n: never }, options) => {
    const b = classifyCriteriaCount(input.n, withScheme(options).scheme as never);
    return { id: b.id, min: b.min, max: b.max, basis: b.basis ?? null };
  },
  summarizeCommunes: (input, options) => projectSummary(summarizeCommunes(input, withScheme(options))),
  roundHalfUp: (input: { value: never; decimals?: number }) => ({ text: input.decimals === undefined ? roundHalfUp(input.value) : roundHalfUp(input.value, input.decimals) }),
  aggregateFunding: (input, options) => projectAggregate(aggregateFunding(input, options)),
  reconcileFunding: (input) => ({ discrepancies: reconcileFunding(input).map((d) => ({ ...d })) }),
  convertAmount: (input: { amount: never; from: never; to: never }) => ({ amount: convertAmount(input.amount, input.from, input.to) }),
  formatAmount: (input: { amount: never }, options) => ({ text: formatAmount(input.amount, options as never) }),
  checkRecognition: (input: { evaluation: never; facts?: never }) => projectRecognition(input.facts === undefined ? checkRecognition(input.evaluation) : checkRecognition(input.evaluation, input.facts)),
  checkPlan: (input, options) => projectFindings(checkPlan(input, withScheme(options) as never)),
};

/** Runs one case: the projected result, or the projected error. */
export function run(c: Case): unknown {
  const fn = FUNCTIONS[c.function];
  if (!fn) throw new Error(`no adapter for function "${c.function}"`);
  try {
    // Cases hold plain JSON; each call gets its own copy (nothing a call does reaches the next).
    return JSON.parse(JSON.stringify(fn(structuredClone(c.input) as never, structuredClone(c.options))));
  } catch (error) {
    if (isNtmError(error)) return projectError(error);
    throw error;
  }
}

describe('conformance vectors', () => {
  const files = loadCases();
  for (const [file, cases] of files) {
    describe(file, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(mismatches(c.expected, run(c)), `${c.description}\nrules: ${c.rule.join(', ')}\nsource: ${c.source}`).toEqual([]);
      });
    });
  }

  const all = [...files.values()].flat();
  it('every case has the fields of the format, a unique name, and cites rules of docs/spec.md', () => {
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    const ids = specRuleIds();
    for (const c of all) {
      expect(Object.keys(c).sort(), c.name).toEqual(['description', 'expected', 'function', 'input', 'name', 'options', 'rule', 'source']);
      expect(c.rule.length, c.name).toBeGreaterThan(0);
      for (const r of c.rule) expect(ids.has(r), `${c.name} cites ${r}, which docs/spec.md does not define`).toBe(true);
      expect(FUNCTIONS[c.function], c.name).toBeDefined();
    }
  });
});
