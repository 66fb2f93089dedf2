// Namespace import: `import { z }` defeats tree-shaking and drags every zod locale into bundles.
import * as z from 'zod';
import { customIssue } from '../_lib/parse.js';
import { REGIONS } from '../columns/regions.js';
import { memoOne } from './cache.js';
import type { CompoundField, CriteriaSet, Indicator } from './types/index.js';

// A zod schema of a set's evaluation input, built from the set's own data (indicator kinds, fields,
// "if any" flags). The engine validates input with hand-written checks (evaluate.ts, kinds/); this
// schema states the same contract declaratively so that it can be published as JSON Schema. A test
// (test/engine/input-schema.test.ts) keeps the two in agreement on valid and invalid samples.
// Cross-field rules (a field not greater than another) cannot be said in JSON Schema; they are in
// the description and enforced by refinements here.

const percent = () => z.number().min(0).max(100);
const count = () => z.number().int().min(0);
const amount = () => z.number().min(0);

function fieldSchema(f: CompoundField): z.ZodType {
  const number = () => (f.type === 'percent' ? percent() : f.type === 'count' ? count() : amount());
  const base = f.type === 'boolean' ? z.boolean() : f.min !== undefined ? number().min(f.min) : number();
  return base.describe(`${f.label.vi} (${f.label.en})${f.notGreaterThan ? `; not greater than "${f.notGreaterThan}"` : ''}`);
}

function valueSchema(ind: Indicator): z.ZodType {
  let value: z.ZodType;
  switch (ind.kind) {
    case 'boolean': value = z.boolean(); break;
    case 'none-allowed':
    case 'min-count': value = count(); break;
    case 'min-percent':
    case 'max-percent': value = percent(); break;
    case 'min-value':
    case 'max-value': value = amount(); break;
    case 'compound': {
      const fields = ind.fields ?? [];
      const shape = Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)]));
      value = z.strictObject(shape).superRefine((v, ctx) => {
        const rec = v as Record<string, unknown>;
        for (const f of fields) {
          const other = f.notGreaterThan;
          if (other !== undefined && typeof rec[f.key] === 'number' && typeof rec[other] === 'number' && (rec[f.key] as number) > (rec[other] as number)) {
            ctx.addIssue(customIssue([f.key], 'exceeds-field', { vi: `không được lớn hơn "${other}"`, en: `cannot exceed "${other}"` }, { other }));
          }
        }
      });
      break;
    }
  }
  const options: z.ZodType[] = [value, z.null()];
  if (ind.ifAny) options.push(z.literal('not-applicable'));
  return z.union(options).describe(`${ind.code}: ${ind.name.vi} (${ind.name.en}) [${ind.kind}, ${ind.unit}]. null = explicitly unknown; leaving it out = unknown${ind.ifAny ? '; "not-applicable" for "nếu có"' : ''}.`);
}

/** The schema of an `indicators` map for a set: each code of the set, typed by its kind, optional. */
export function indicatorValuesSchema(set: CriteriaSet) {
  return valuesSchema(set.criteria.flatMap((c) => c.indicators));
}

function valuesSchema(inds: readonly Indicator[]) {
  return z.strictObject(Object.fromEntries(inds.map((i) => [i.code, valueSchema(i).optional()])));
}

const schemas = new WeakMap<CriteriaSet, z.ZodType>();

/**
 * The zod schema of the input `evaluate(set, input)` accepts, derived from the set's data. Built on
 * first use per set and cached.
 */
export function evaluationInputSchema(set: CriteriaSet): z.ZodType {
  return memoOne(schemas, set, () => {
    const indicators = set.criteria.flatMap((c) => c.indicators);
    const common = {
      name: z.string().optional(),
      province: z.string().optional(),
      year: z.number().int().describe(`Assessment year (năm đánh giá), ${set.period.fromYear}-${set.period.toYear}`),
      indicators: valuesSchema(indicators).optional().describe('Indicator code → value; a code left out is unknown, never not-met'),
      conditions: (set.conditions && set.conditions.length > 0 ? valuesSchema(set.conditions) : z.strictObject({})).optional(),
      criteria: z
        .strictObject(Object.fromEntries(set.criteria.map((c) => [c.code, z.enum(['met', 'not-met', 'unknown']).optional()])))
        .optional()
        .describe('Criterion code → assessed outcome (đánh giá theo từng tiêu chí); must agree with the indicators when they decide'),
      assessment: z
        .strictObject({ by: z.string().min(1).optional(), decision: z.string().min(1).optional(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), note: z.string().min(1).optional() })
        .optional()
        .describe('Who assessed the criteria given in `criteria`, in which record, on which day'),
    };
    const region = z.enum(REGIONS).describe('Region code (vùng): TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL');
    const regional = {
      region: set.columns === 'region' ? region : region.optional(),
      especiallyDifficult: z.boolean().optional().describe('Xã đặc biệt khó khăn: the TDMNPB column applies'),
      safeZone: z.boolean().optional().describe('Safe-zone commune of a poor district: the TDMNPB column applies'),
    };
    const grouped = {
      group: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]).optional().describe('Commune group (xã nhóm) 1, 2 or 3; null or absent when not known'),
      groupFacts: z
        .strictObject({
          adjacentToUrbanArea: z.boolean().optional(),
          urbanOriented: z.boolean().optional(),
          agricultureSharePercent: z.number().min(0).max(100).optional(),
          plannedNewUrbanArea: z.boolean().optional(),
          ethnicMinorityArea: z.enum(['I', 'II', 'III', 'none']).optional(),
        })
        .optional()
        .describe('The facts that place the commune in a group, instead of group'),
    };
    return z
      .strictObject({ ...common, ...(set.columns === 'commune-group' ? grouped : regional) })
      .describe(`Evaluation input for ${set.id}: ${set.title.en}`);
  });
}
