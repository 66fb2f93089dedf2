import * as z from 'zod'; // namespace import keeps zod tree-shakable
import { toIsoDay } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { INPUT_LIMITS } from '../_lib/limits.js';
import { customIssue, toIssues } from '../_lib/parse.js';
import { readPlain } from '../_lib/plain.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { MAX_AMOUNT_LENGTH } from '../funding/amount.js';
import { FUNDING_COMPONENT_IDS, FUNDING_SOURCE_IDS, FUNDING_TAXONOMIES, fundingTaxonomyOfYear, inTaxonomy, notInTaxonomyText, sourceIndex, type FundingComponentId } from '../funding/taxonomy.js';
import { FUNDING_UNITS, type FundingUnit } from '../funding/units.js';
import { figureIssues, resolvePlanSets } from './sets.js';
import type { Plan, PlanFundingLine, PlanFundingSource } from './types.js';

// The plan schema, built on first use (cold-import time is a tracked goal).
// Strict objects everywhere: a misspelt key is an error, not a silently ignored figure.

const DECIMAL = /^\d+(\.\d+)?$/;
/** An average criteria per commune as a plan writes it: at most 19 (or the scheme's total) and a few decimals. */
const AVERAGE = /^\d{1,4}(\.\d{1,10})?$/;
const BUCKET_ID = /^\d{1,2}(-\d{1,2})?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A criterion number of some encoded commune set (1-19); whether the block's own set has it is checked after the shape (src/plans/sets.ts). */
const CRITERION = /^(1[0-9]|[1-9])$/;

/** The schema's own format checks, each with its code and Vietnamese text (zod carries the English). */
const FORMATS = {
  criterion: { code: 'expected-criterion', vi: 'cần số tiêu chí của bộ tiêu chí xã, ví dụ "2" (từ 1 đến 19 giai đoạn 2021 - 2025, từ 1 đến 10 giai đoạn 2026 - 2030)', en: 'expected a criterion number of the commune set, such as "2" (1-19 in 2021-2025, 1-10 in 2026-2030)' },
  average: { code: 'expected-average', vi: 'cần ghi bình quân dạng chuỗi số thập phân dùng dấu chấm, tối đa 10 chữ số thập phân, ví dụ "13.6"', en: 'expected the average as a decimal string with at most 10 decimals, e.g. "13.6"' },
  bucket: { code: 'expected-bucket-id', vi: 'cần mã nhóm, ví dụ "15-18" hoặc "19"', en: 'expected a bucket id such as "15-18" or "19"' },
  amount: { code: 'expected-amount', vi: 'cần số tiền dạng chuỗi số không âm dùng dấu chấm thập phân, ví dụ "114765"', en: 'expected a non-negative decimal string, e.g. "114765"' },
  day: { code: 'expected-date', vi: 'cần ngày dạng YYYY-MM-DD, ví dụ "2024-03-15"', en: 'expected an ISO date YYYY-MM-DD' },
} as const;
const FORMAT_BY_MESSAGE = new Map<string, { readonly code: string; readonly vi: string }>(Object.values(FORMATS).map((f) => [f.en, f]));

/** The primitives every part of the plan schema shares. */
function primitives() {
  return {
    text: z.string().trim().min(1).transform((s) => s.normalize('NFC')),
    count: z.number().int().nonnegative(),
    year: z.number().int().min(1900).max(2100),
  };
}
type Primitives = ReturnType<typeof primitives>;

/** One criterion's count of communes, with its advanced and district versions. */
function criterionSchema({ text, count }: Primitives) {
  return z.strictObject({
    criterion: z.string().regex(CRITERION, FORMATS.criterion.en),
    communes: count,
    outOf: z.number().int().positive().optional(),
    label: text.optional(),
    maintained: z.boolean().optional(),
    advanced: z.array(z.strictObject({ communes: count, label: text.optional() })).optional(),
    district: z.strictObject({ districts: count, criterion: z.string().min(1).optional(), label: text.optional() }).optional(),
  });
}

/** A year block (baseline or target): communes meeting the standard, the tiers, the average, buckets, criteria, villages, districts. */
function blockSchema(p: Primitives) {
  const { text, count, year } = p;
  const commune = z.strictObject({ name: text, district: text.optional() });
  const namedCommunes = z.strictObject({ count: count.optional(), communes: z.array(commune).optional(), label: text.optional() });
  return z.strictObject({
    year: year.optional(),
    criteriaSet: z.string().min(1).max(100).optional(),
    meetingStandard: z
      .strictObject({ total: count.optional(), maintained: count.optional(), newlyRecognised: namedCommunes.optional(), label: text.optional() })
      .optional(),
    advanced: namedCommunes.optional(),
    model: namedCommunes.optional(),
    modern: namedCommunes.optional(),
    averageCriteria: z.string().regex(AVERAGE, FORMATS.average.en).optional(),
    buckets: z.record(z.string().regex(BUCKET_ID, FORMATS.bucket.en), count).optional(),
    criteria: z
      .array(criterionSchema(p))
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((c, i) => {
          if (seen.has(c.criterion)) ctx.addIssue(customIssue([i, 'criterion'], 'duplicate-criterion', { vi: `tiêu chí ${c.criterion} được ghi hai lần`, en: `criterion ${c.criterion} is listed twice` }, { criterion: c.criterion }));
          seen.add(c.criterion);
        });
      })
      .optional(),
    villages: z
      .strictObject({ total: count.optional(), byDistrict: z.array(z.strictObject({ district: text, count })).optional(), label: text.optional() })
      .optional(),
    districtsCompleting: z.strictObject({ count: count.optional(), names: z.array(text).optional(), label: text.optional() }).optional(),
  });
}

/** A funding line: its source and amount, and the parts it declares under it (each a sub-source of the same component). */
function fundingLineSchema({ text }: Primitives, amount: z.ZodType<string>): z.ZodType<PlanFundingLine> {
  const source = z.enum(FUNDING_SOURCE_IDS as [PlanFundingSource, ...PlanFundingSource[]]);
  const component = z.enum(FUNDING_COMPONENT_IDS as [FundingComponentId, ...FundingComponentId[]]);
  const line: z.ZodType<PlanFundingLine> = z.lazy(() =>
    z
      .strictObject({
        source,
        amount,
        component: component.optional(),
        label: text.optional(),
        parts: z.array(line).min(1).optional(),
        partsComplete: z.boolean().optional(),
      })
      .superRefine((l, ctx) => {
        l.parts?.forEach((p, i) => {
          if (!p.source.startsWith(`${l.source}.`)) {
            ctx.addIssue(customIssue(['parts', i, 'source'], 'not-a-sub-source', { vi: `nguồn "${p.source}" không phải nguồn con của "${l.source}"`, en: `"${p.source}" is not a sub-source of "${l.source}"` }, { source: p.source, parent: l.source }));
          }
          if (l.component !== undefined && p.component !== undefined && p.component !== l.component) {
            ctx.addIssue(customIssue(['parts', i, 'component'], 'component-mismatch', { vi: `phần này thuộc hợp phần "${l.component}" của dòng chứa nó, không phải "${p.component}"`, en: `a part belongs to its line's component "${l.component}", not "${p.component}"` }, { component: p.component, parent: l.component }));
          }
        });
      }),
  );
  return line;
}

/** The plan's capital: the unit, the declared total and the lines. */
function fundingSchema(p: Primitives) {
  // The funding module's bound on amounts (src/funding/amount.ts): every amount the schema accepts, funding sums exactly.
  const amount = z
    .string()
    .max(MAX_AMOUNT_LENGTH, `expected at most ${MAX_AMOUNT_LENGTH} characters`)
    .regex(DECIMAL, FORMATS.amount.en);
  return z.strictObject({
    unit: z.enum(FUNDING_UNITS as [FundingUnit, ...FundingUnit[]]),
    unitLabel: p.text.optional(),
    total: z.strictObject({ amount, label: p.text.optional() }).optional(),
    lines: z.array(fundingLineSchema(p, amount)),
  });
}

/** The document the plan comes from: number, date, status, issuer. */
function documentSchema({ text }: Primitives) {
  return z.strictObject({
    number: text.optional(),
    date: z
      .string()
      .regex(ISO_DAY, FORMATS.day.en)
      .refine((s) => toIsoDay(s) !== undefined, { message: 'not a day of the calendar (e.g. 2024-02-30)', params: { code: 'not-a-day', vi: 'ngày không có trong lịch (ví dụ 2024-02-30)' } })
      .optional(),
    status: z.enum(['draft', 'issued']).optional(),
    issuer: text.optional(),
    source: text.optional(),
  });
}

function build() {
  const p = primitives();
  const { text, count, year } = p;
  const block = blockSchema(p);
  return z.strictObject({
    province: text,
    year,
    title: text.optional(),
    document: documentSchema(p).optional(),
    communes: z.number().int().positive().optional(),
    baseline: block.optional(),
    target: block.optional(),
    funding: fundingSchema(p).optional(),
    projects: z.strictObject({ count, label: text.optional() }).optional(),
    notes: z.array(text).optional(),
  });
}

let cached: ReturnType<typeof build> | undefined;

// Plans returned by parsePlan (frozen, so they stay valid): checks and reports skip re-validating them.
const validated = new WeakSet<object>();

/** The plan itself when parsePlan returned it; otherwise the plan validated (a JS caller may pass anything). */
export function ensurePlan(plan: unknown): Plan {
  return typeof plan === 'object' && plan !== null && validated.has(plan) ? (plan as Plan) : parsePlan(plan);
}

/** The plan's zod schema (built on first call, then cached). */
export function planSchema(): ReturnType<typeof build> {
  cached ??= build();
  return cached;
}

/** Longest plan text `parsePlan` reads: far above a plan within INPUT_LIMITS.plan (the Lai Châu plan is 14 kB). */
export const MAX_PLAN_TEXT = 2_000_000;

/**
 * Validates a plan (an object, or its JSON text) and returns it typed, frozen,
 * with Vietnamese text in NFC. Unknown keys are rejected. The input is not changed.
 *
 * @throws NtmError `invalid-input` naming every offending path.
 * @example
 * ```ts
 * import { parsePlan } from 'ntm-rules';
 * const plan = parsePlan('{"province":"Lai Châu","year":2024,"communes":94}');
 * plan.communes; // 94
 * parsePlan({ province: 'Lai Châu', year: 2024, comunes: 94 }); // throws NtmError, issues[0].path ['comunes']
 * ```
 */
export function parsePlan(json: unknown): Plan {
  let input = json;
  if (typeof json === 'string') {
    if (json.length > MAX_PLAN_TEXT) {
      throw invalidInput('plan', [issue([], 'too-large', { vi: `văn bản JSON quá dài: ${json.length} ký tự (tối đa ${MAX_PLAN_TEXT})`, en: `the JSON text is too long: ${json.length} characters (at most ${MAX_PLAN_TEXT})` }, { count: json.length, max: MAX_PLAN_TEXT })]);
    }
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw invalidInput('plan', [issue([], 'invalid-json', { vi: 'văn bản không phải JSON hợp lệ', en: `not valid JSON: ${(error as Error).message}` })]);
    }
  }
  // A plain copy, read once, with its size checked before it is walked (src/_lib/plain.ts): the schema
  // then reads plain data only, and would otherwise report each element of a huge array (slowly).
  const copy = readPlain(input, INPUT_LIMITS.plan);
  if (!copy.ok) throw invalidInput('plan', copy.issues);
  const protoKeys = protoBucketIssues(copy.value);
  const result = planSchema().safeParse(copy.value);
  if (result.success && protoKeys.length === 0) {
    // The shape is right; now what depends on the plan's year: the criteria set of each block and
    // the funding taxonomy version.
    const data = result.data as Plan;
    const sets = resolvePlanSets(data);
    const issues = [...sets.issues, ...(sets.sets ? figureIssues(data, sets.sets) : []), ...fundingIssues(data)];
    if (issues.length > 0) throw invalidInput('plan', issues);
    const plan = deepFreeze(result.data) as Plan;
    validated.add(plan);
    return plan;
  }
  throw invalidInput('plan', [...protoKeys, ...(result.success ? [] : result.error.issues.flatMap(toPlanIssues))]);
}

/**
 * A plan's funding follows the taxonomy version of the plan year (FUNDING_TAXONOMIES: 2021-2025 up
 * to 2025, 2026-2035 from 2026): every line's source must belong to it, and components exist in
 * 2026-2035 only.
 */
function fundingIssues(plan: Plan): IssueInit[] {
  const issues: IssueInit[] = [];
  if (!plan.funding) return issues;
  const version = fundingTaxonomyOfYear(plan.year);
  if (version === undefined) {
    return [issue(['funding'], 'no-taxonomy', { vi: `không có danh mục nguồn vốn cho năm ${plan.year} (chỉ đến năm 2035)`, en: `no funding taxonomy for ${plan.year} (only up to 2035)` }, { year: plan.year })];
  }
  const hasComponents = FUNDING_TAXONOMIES[version].components.length > 0;
  const visit = (l: PlanFundingLine, path: (string | number)[]): void => {
    if (!inTaxonomy(version, sourceIndex(l.source))) issues.push(issue([...path, 'source'], 'not-in-taxonomy', notInTaxonomyText(l.source, version), { source: l.source, taxonomy: version }));
    if (l.component !== undefined && !hasComponents) {
      issues.push(issue([...path, 'component'], 'no-components', { vi: `kế hoạch năm ${plan.year} theo danh mục nguồn vốn ${version}, không có hợp phần`, en: `a ${plan.year} plan follows the ${version} taxonomy, which has no components` }, { taxonomy: version }));
    }
    l.parts?.forEach((p, i) => visit(p, [...path, 'parts', i]));
  };
  plan.funding.lines.forEach((l, i) => visit(l, ['funding', 'lines', i]));
  return issues;
}

// zod's records skip a "__proto__" key (JSON.parse makes it an own key): reported here, so that a
// bucket count is never dropped without a word.
function protoBucketIssues(plan: unknown): IssueInit[] {
  const out: IssueInit[] = [];
  for (const block of ['baseline', 'target'] as const) {
    const buckets = (plan as Record<string, { buckets?: unknown } | undefined> | null)?.[block]?.buckets;
    if (typeof buckets === 'object' && buckets !== null && Object.prototype.hasOwnProperty.call(buckets, '__proto__')) {
      out.push(issue([block, 'buckets', '__proto__'], 'unknown-bucket', { vi: 'không phải mã nhóm (ví dụ "15-18" hoặc "19")', en: 'not a bucket id such as "15-18" or "19"' }, { key: '__proto__' }));
    }
  }
  return out;
}

// Coded and bilingual, an unknown key at its own path (`["comunes"]`); the schema's format checks with their own texts.
function toPlanIssues(i: z.core.$ZodIssue): IssueInit[] {
  const format = i.code === 'invalid_format' ? FORMAT_BY_MESSAGE.get(i.message) : undefined;
  if (format !== undefined) return [issue(i.path.map((p) => (typeof p === 'symbol' ? String(p.description ?? '') : p)), format.code, { vi: format.vi, en: i.message })];
  return toIssues([i]);
}
