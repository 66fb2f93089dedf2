// JSON Schemas (draft 2020-12) of the results of the public functions, as zod schemas turned into
// dist/schemas/result-*.json by scripts/artifacts.ts. Objects are strict (additionalProperties:
// false): a field the package adds must be added here, and test/package/result-schemas.test.ts
// validates the package's actual outputs on every conformance vector against these files.
import * as z from 'zod';
import { ALL_COLUMNS } from '../src/columns/column.js';
import { CRITERIA_SET_KINDS, FUNDING_COMPONENT_IDS, FUNDING_SOURCE_IDS, FUNDING_TAXONOMY_IDS, FUNDING_UNITS, REGIONS } from '../src/index.js';
import { ruleSchemas } from '../src/engine/schemas.js';
import { planSchema } from '../src/plans/schema.js';

/** The result schemas, keyed by the file name under dist/schemas/ (without `.json`), with a title and description. */
export function resultSchemas(): Map<string, { schema: z.ZodType; title: string; description: string }> {
  const rules = ruleSchemas();
  const text = z.strictObject({ vi: z.string(), en: z.string() });
  const citation = rules.citation;
  const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const count = z.number().int().nonnegative();
  const plainDecimal = z.string().regex(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
  const fixedDecimal = z.string().regex(/^-?\d+(\.\d+)?$/);
  const provenance = z.enum(['confirmed', 'secondary']);
  const nameStatus = z.enum(['confirmed', 'secondary', 'unverified']);
  const region = z.enum(REGIONS as unknown as [string, ...string[]]);
  const column = z.enum(ALL_COLUMNS as unknown as [string, ...string[]]);
  const outcome = z.enum(['met', 'not-met', 'unknown']);
  const path = z.array(z.union([z.string(), z.number().int()]));
  const compoundValue = z.record(z.string(), z.union([z.number(), z.boolean()]));

  const threshold = z.strictObject({
    rule: rules.rule,
    text,
    column: z.union([column, z.literal('all')]),
    validFrom: day,
    validUntil: day.optional(),
    year: z.number().int().optional(),
    citation,
    provenance,
    source: z.string(),
    conflict: z.strictObject({ code: z.string(), note: z.string(), citations: z.array(citation) }).optional(),
  });
  const indicator = z.strictObject({
    code: z.string(),
    name: text,
    kind: z.enum(['boolean', 'none-allowed', 'min-percent', 'max-percent', 'min-value', 'max-value', 'min-count', 'compound']),
    unit: z.string(),
    outcome: z.enum(['met', 'not-met', 'unknown', 'not-applicable']),
    value: z.union([z.boolean(), z.number(), z.null(), z.literal('not-applicable'), compoundValue]).optional(),
    threshold: threshold.nullable(),
    citation,
    shortfall: z.number().optional(),
    failed: z.array(text).optional(),
    reason: z.strictObject({ code: z.enum(['missing-input', 'explicitly-unknown', 'threshold-not-encoded', 'column-unknown', 'not-applicable']), message: text }).optional(),
  });
  const criterion = z.strictObject({
    code: z.string(),
    name: text,
    group: z.string().optional(),
    outcome,
    basis: z.enum(['indicators', 'assessment']),
    indicators: z.array(indicator),
    reason: z.strictObject({ code: z.literal('indicators-not-encoded'), message: text }).optional(),
  });
  const evaluationShape = {
    set: z.strictObject({ id: z.string(), kind: z.enum(CRITERIA_SET_KINDS as unknown as [string, ...string[]]), title: text, validFrom: day, validUntil: day.optional() }),
    name: z.string().optional(),
    year: z.number().int(),
    asOf: day,
    region: region.optional(),
    effectiveRegion: region.optional(),
    effectiveRegionReason: text.optional(),
    group: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]).optional(),
    groupReasons: z.array(text).optional(),
    status: z.enum(['meets-standard', 'not-met', 'undetermined']),
    criteriaMet: count,
    criteriaNotMet: count,
    criteriaUnknown: count,
    criteriaTotal: count,
    criteria: z.array(criterion),
    conditions: z.array(indicator),
    provenance: z.strictObject({ confirmed: count, secondary: count, notEncoded: count, fromOverlay: count }),
    overlays: z.array(z.strictObject({ id: z.string(), title: z.string(), citation })),
    overlaysNotApplied: z.array(z.strictObject({ id: z.string(), title: z.string(), reason: text })).optional().describe('Overlays of the set\'s kind not applied: their validity lies outside the set version\'s (docs/spec.md EVAL-OVERLAY-VALIDITY)'),
    assessment: z.strictObject({ by: z.string().optional(), decision: z.string().optional(), date: day.optional(), note: z.string().optional() }).optional(),
  };
  const evaluation = z.strictObject(evaluationShape);
  const district = z.strictObject({
    ...evaluationShape,
    communes: z.strictObject({ total: count, ntm: count, advanced: count, model: count }),
    towns: z.strictObject({ total: count, civilised: count }).optional(),
  });

  const figure = z.strictObject({
    fraction: z.strictObject({ numerator: z.number().int(), denominator: z.number().int().positive() }),
    exact: z.boolean(),
    decimal: plainDecimal,
    places: z.number().int().nullable(),
    rounded: fixedDecimal,
    roundedDecimals: count,
    roundingRule: z.literal('half-up'),
  });
  const ref = z.strictObject({ index: count, name: z.string().optional() });
  const summary = z.strictObject({
    scheme: z.strictObject({ id: z.string(), criteriaTotal: count }).nullable(),
    criteriaTotal: count,
    schemeNote: text.nullable(),
    sets: z.array(z.string()),
    count,
    meetingStandard: count,
    recognised: z.strictObject({ count, belowStandard: z.array(ref) }),
    totalCriteriaMet: count,
    average: figure.nullable(),
    minimum: count.nullable(),
    maximum: count.nullable(),
    buckets: z.array(z.strictObject({ id: z.string(), min: count, max: count, label: text, basis: z.enum(['stated', 'completes-partition']).optional(), count })),
    criteria: z.array(z.strictObject({ code: z.string(), name: text.optional(), met: count, notMet: count, unknown: count, of: count, ratio: z.string(), text })),
    belowFloor: z.strictObject({ floor: count, count, communes: z.array(ref) }).nullable(),
    undetermined: z.strictObject({ communes: count, criteria: count, averageIfMet: figure.nullable() }),
  });

  const sourceId = z.enum(FUNDING_SOURCE_IDS as unknown as [string, ...string[]]);
  const componentId = z.enum(FUNDING_COMPONENT_IDS as unknown as [string, ...string[]]);
  const node = z.strictObject({ amount: plainDecimal, share: fixedDecimal.nullable(), unallocated: plainDecimal.optional() });
  const nodes = z.partialRecord(sourceId, node);
  const group = z.strictObject({ amount: plainDecimal, share: fixedDecimal.nullable(), bySource: nodes });
  const aggregate = z.strictObject({
    unit: z.enum(FUNDING_UNITS as unknown as [string, ...string[]]),
    total: plainDecimal,
    lineCount: count,
    bySource: nodes,
    taxonomy: z.enum(FUNDING_TAXONOMY_IDS as unknown as [string, ...string[]]),
    byComponent: z.partialRecord(componentId, group).optional(),
    withoutComponent: group.optional(),
  });
  const reconciliation = z.array(
    z.strictObject({
      source: z.union([sourceId, z.literal('total')]),
      check: z.enum(['declared', 'parts']),
      declared: plainDecimal,
      computed: plainDecimal,
      difference: plainDecimal,
      component: componentId.optional(),
    }),
  );

  const numberOrText = z.union([z.number(), z.string()]);
  const findings = z.array(
    z.strictObject({ code: z.string(), severity: z.enum(['error', 'warning', 'info']), message: text, path, expected: numberOrText.optional(), actual: numberOrText.optional(), difference: numberOrText.optional() }),
  );
  const quote = { quote: z.string(), start: count, end: count, line: z.number().int().positive() };
  const params = z.record(z.string(), numberOrText);
  const extraction = z.strictObject({
    plan: planSchema(),
    evidence: z.array(z.strictObject({ ...quote, path, value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]), figure: text, note: text.optional() })),
    unread: z.array(z.strictObject({ code: z.string(), message: text, path: path.optional(), params: params.optional(), quote: z.string().optional(), start: count.optional(), end: count.optional(), line: z.number().int().positive().optional() })),
    findings: z.array(z.strictObject({ code: z.string(), severity: z.enum(['error', 'warning']), path, message: text, params: params.optional(), quotes: z.array(z.strictObject(quote)) })),
  });

  return new Map([
    ['result-evaluation', { schema: evaluation, title: 'ntm-rules evaluation result', description: 'The result of evaluate() and evaluateCommune() (docs/spec.md §3.8).' }],
    ['result-district', { schema: district, title: 'ntm-rules district result', description: 'The result of evaluateDistrict(): an evaluation result with the communes and towns counted (docs/spec.md §3.10).' }],
    ['result-summary', { schema: summary, title: 'ntm-rules commune summary', description: 'The result of summarizeCommunes() (docs/spec.md §5).' }],
    ['result-funding-aggregate', { schema: aggregate, title: 'ntm-rules funding aggregate', description: 'The result of aggregateFunding(): amounts as plain decimal strings, shares as fixed decimal strings (docs/spec.md §6).' }],
    ['result-funding-reconciliation', { schema: reconciliation, title: 'ntm-rules funding reconciliation', description: 'The result of reconcileFunding(): the discrepancies, in tree order (docs/spec.md FUND-RECONCILE).' }],
    ['result-plan-findings', { schema: findings, title: 'ntm-rules plan findings', description: 'The result of checkPlan(): the findings, codes in data/plan-findings.json (docs/spec.md §8.2).' }],
    ['result-plan-extraction', { schema: extraction, title: 'ntm-rules plan extraction', description: 'The result of extractPlan() (ntm-rules/sources): the plan read from a document, with the evidence for each figure, what was not read, and the document\'s own contradictions.' }],
  ]);
}
