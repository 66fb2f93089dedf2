// The result JSON Schemas (dist/schemas/result-*.json) validate the package's actual outputs: the
// full result (not the conformance projection) of every conformance vector, and plan extractions.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../scripts/artifacts.js';
import {
  aggregateFunding, checkPlan, evaluate, evaluateCommune, evaluateDistrict, extractPlan, isNtmError, NATIONAL_COMMUNE_SCHEME, reconcileFunding, summarizeCommunes, THUA_THIEN_HUE_2018_SCHEME,
} from '../../src/index.js';
import { loadCases } from '../conformance/cases.js';

const files = buildArtifacts({ version: '0.0.0-test' });
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validator = (name: string) => ajv.compile(files.get(`schemas/${name}.json`) as object);

const SCHEMES: Record<string, unknown> = { [NATIONAL_COMMUNE_SCHEME.id]: NATIONAL_COMMUNE_SCHEME, [THUA_THIEN_HUE_2018_SCHEME.id]: THUA_THIEN_HUE_2018_SCHEME };
const withScheme = (o: Record<string, unknown>) => (typeof o.scheme === 'string' && SCHEMES[o.scheme] !== undefined ? { ...o, scheme: SCHEMES[o.scheme] } : o);

/** Each function with a result schema: how a vector calls it (as test/conformance.test.ts does) and its schema. */
const CALLS: Record<string, [string, (input: never, options: Record<string, unknown>) => unknown]> = {
  evaluateCommune: ['result-evaluation', (input, options) => evaluateCommune(input, options)],
  evaluate: ['result-evaluation', (input: { subject: never; input: never }, options) => evaluate(input.subject, input.input, options)],
  evaluateDistrict: ['result-district', (input, options) => evaluateDistrict(input, options)],
  summarizeCommunes: ['result-summary', (input, options) => summarizeCommunes(input, withScheme(options))],
  aggregateFunding: ['result-funding-aggregate', (input, options) => aggregateFunding(input, options)],
  reconcileFunding: ['result-funding-reconciliation', (input) => reconcileFunding(input)],
  checkPlan: ['result-plan-findings', (input, options) => checkPlan(input, withScheme(options) as never)],
};

describe('result JSON Schemas (dist/schemas/result-*.json)', () => {
  it('are draft 2020-12 and close every object they define', () => {
    for (const [path, schema] of files) {
      if (!path.startsWith('schemas/result-')) continue;
      expect((schema as { $schema: string }).$schema, path).toBe('https://json-schema.org/draft/2020-12/schema');
      const open: string[] = [];
      const walk = (s: unknown, at: string): void => {
        if (Array.isArray(s)) s.forEach((x, i) => walk(x, `${at}/${i}`));
        else if (typeof s === 'object' && s !== null) {
          const o = s as Record<string, unknown>;
          if (o.type === 'object' && o.properties !== undefined && o.additionalProperties !== false) open.push(at);
          for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
        }
      };
      walk(schema, path);
      expect(open, path).toEqual([]);
    }
  });

  const cases = [...loadCases().values()].flat().filter((c) => CALLS[c.function] !== undefined);
  it(`validate the full result of every conformance vector they cover (${cases.length} vectors)`, () => {
    const validators = new Map(Object.values(CALLS).map(([name]) => [name, validator(name)]));
    let validated = 0;
    for (const c of cases) {
      const [name, call] = CALLS[c.function]!;
      let out: unknown;
      try {
        out = JSON.parse(JSON.stringify(call(structuredClone(c.input) as never, structuredClone(c.options))));
      } catch (error) {
        if (isNtmError(error)) continue;
        throw error;
      }
      const validate = validators.get(name)!;
      expect(validate(out), `${c.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      validated++;
    }
    expect(validated).toBeGreaterThan(400);
  });

  it('refuse a result with a field the schema does not know', () => {
    const validate = validator('result-evaluation');
    const r = JSON.parse(JSON.stringify(evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '9.1': 0 } })));
    expect(validate(r)).toBe(true);
    expect(validate({ ...r, score: 1 })).toBe(false);
    expect(validate({ ...r, criteria: [{ ...r.criteria[0], weight: 1 }] })).toBe(false);
  });

  it('validate plan extractions (the Lai Châu 2024 and Yên Bái 2023 plans)', () => {
    const validate = validator('result-plan-extraction');
    for (const file of ['examples/lai-chau-2024/plan.txt', 'test/sources/plan-text/fixtures/yen-bai-2023.txt']) {
      const x = JSON.parse(JSON.stringify(extractPlan(readFileSync(file, 'utf8'))));
      expect(validate(x), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });
});
