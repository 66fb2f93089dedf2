// Namespace import: `import { z }` defeats tree-shaking and drags every zod locale into bundles.
import * as z from 'zod';
import { toIsoDay } from '../_lib/dates.js';
import { customIssue } from '../_lib/parse.js';
import { ALL_COLUMNS } from '../columns/column.js';
import { CRITERIA_SET_KINDS } from './set-kinds.js';
import type { Condition } from './types/index.js';

// Schemas for rule data (criteria-set definitions and threshold overlays).
// Built on first use: constructing zod schemas at import time would slow every cold start.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The small pieces every schema below uses: texts, days, citations, provenance, columns, numbers. */
function atoms() {
  const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
  const isoDay = z.string().regex(ISO_DAY, 'expected an ISO date YYYY-MM-DD').refine((d) => toIsoDay(d) !== undefined, 'expected a day that exists (YYYY-MM-DD)');
  const citation = z.strictObject({
    instrument: z.string().min(1),
    annex: z.string().optional(),
    article: z.string().optional(),
    item: z.string().optional(),
    source: z.string().optional(),
    note: z.string().optional(),
  });
  const provenance = z.enum(['confirmed', 'secondary']);
  const nameStatus = z.enum(['confirmed', 'secondary', 'unverified']);
  const column = z.enum(ALL_COLUMNS as readonly [string, ...string[]]);
  const columns = z.union([z.literal('all'), z.array(column).min(1)]);
  const finite = z.number().refine(Number.isFinite, 'expected a finite number');
  const setKind = z.enum(CRITERIA_SET_KINDS);
  return { text, isoDay, citation, provenance, nameStatus, columns, finite, setKind };
}
type Atoms = ReturnType<typeof atoms>;

/** A threshold's rule: one per indicator kind; compound rules are conditions over the value's fields. */
function rules({ text, finite }: Atoms) {
  const percent = finite.refine((n) => n >= 0 && n <= 100, 'expected a percentage from 0 to 100');
  const operand = z.union([
    z.strictObject({ field: z.string().min(1) }),
    z.strictObject({ const: z.union([finite, z.boolean()]) }),
    z.strictObject({ percentOf: z.tuple([z.string().min(1), z.string().min(1)]) }),
  ]);
  const condition: z.ZodType<Condition> = z.lazy(() =>
    z.union([
      z.strictObject({ all: z.array(condition).min(1) }),
      z.strictObject({ any: z.array(condition).min(1) }),
      z.strictObject({ if: condition, then: condition, else: condition }),
      z.strictObject({ compare: z.tuple([operand, z.enum(['>=', '>', '<=', '<', '==']), operand]), label: text.optional() }),
    ]),
  );
  const rule = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('boolean') }),
    z.strictObject({ kind: z.literal('none-allowed') }),
    z.strictObject({ kind: z.literal('min-percent'), min: percent }),
    z.strictObject({ kind: z.literal('max-percent'), max: percent }),
    z.strictObject({ kind: z.literal('min-value'), min: finite.nonnegative() }),
    z.strictObject({ kind: z.literal('max-value'), max: finite.nonnegative() }),
    z.strictObject({ kind: z.literal('min-count'), min: z.number().int().nonnegative() }),
    z.strictObject({ kind: z.literal('compound'), rule: condition }),
  ]);
  return { condition, rule };
}
type Rule = ReturnType<typeof rules>['rule'];

/**
 * A threshold in set data (every field required but notes), and one in an overlay (dates,
 * citation and provenance default to the overlay's). `regions` is the former name of
 * `columns` (region columns only), still read; the output always says `columns`.
 */
function thresholds({ isoDay, citation, provenance, columns }: Atoms, rule: Rule) {
  const threshold = z.strictObject({
    columns: columns.optional(),
    regions: columns.optional(),
    validFrom: isoDay,
    validUntil: isoDay.optional(),
    years: z.array(z.number().int()).min(1).optional(),
    rule,
    citation,
    provenance,
    note: z.string().optional(),
    conflict: z.strictObject({ code: z.string().min(1), note: z.string().min(1), citations: z.array(citation).min(2) }).optional(),
  }).superRefine(oneColumnsKey(true)).transform(columnsFirst);
  const overlayThreshold = z.strictObject({
    columns: columns.optional(),
    regions: columns.optional(),
    validFrom: isoDay.optional(),
    validUntil: isoDay.optional(),
    years: z.array(z.number().int()).min(1).optional(),
    rule,
    citation: citation.optional(),
    provenance: provenance.optional(),
    note: z.string().optional(),
  }).superRefine(oneColumnsKey(false)).transform(columnsFirst);
  return { threshold, overlayThreshold };
}

/** An indicator and a criterion, as a set's data module writes them. */
function indicators({ text, citation, nameStatus, finite }: Atoms, threshold: ReturnType<typeof thresholds>['threshold']) {
  const field = z.strictObject({
    key: z.string().min(1),
    type: z.enum(['count', 'percent', 'number', 'boolean']),
    label: text,
    notGreaterThan: z.string().optional(),
    min: finite.optional(),
  });
  const indicator = z.strictObject({
    code: z.string().min(1),
    name: text,
    nameStatus,
    kind: z.enum(['boolean', 'none-allowed', 'min-percent', 'max-percent', 'min-value', 'max-value', 'min-count', 'compound']),
    unit: z.string().min(1),
    fields: z.array(field).min(1).optional(),
    thresholds: z.array(threshold),
    citation,
    missingThreshold: text.optional(),
    ifAny: z.boolean().optional(),
    note: z.string().optional(),
  });
  const criterion = z.strictObject({
    code: z.string().min(1),
    name: text,
    nameStatus,
    group: z.string().optional(),
    indicators: z.array(indicator),
    missingIndicators: text.optional(),
    citation,
  });
  return { indicator, criterion };
}

/** A criteria set; `regional` is the former form of `columns` ('region' or 'none'), still read. */
function criteriaSetSchema({ text, isoDay, citation, nameStatus, setKind }: Atoms, { indicator, criterion }: ReturnType<typeof indicators>) {
  return z.strictObject({
    id: z.string().min(1),
    kind: setKind,
    title: text,
    legalBasis: z.array(citation).min(1),
    period: z.strictObject({ fromYear: z.number().int(), toYear: z.number().int() }),
    validFrom: isoDay,
    validUntil: isoDay.optional(),
    columns: z.enum(['region', 'commune-group', 'none']).optional(),
    regional: z.boolean().optional(),
    province: z.string().min(1).optional(),
    groups: z.array(z.strictObject({ code: z.string().min(1), name: text, nameStatus })).optional(),
    // A set may consist of conditions only (QĐ 319 model commune); define.ts checks it has one or the other.
    criteria: z.array(criterion),
    conditions: z.array(indicator).optional(),
    notes: z.array(text).optional(),
  }).superRefine((s, ctx) => {
    if ((s.columns === undefined) === (s.regional === undefined)) ctx.addIssue(customIssue(['columns'], 'columns-or-regional', { vi: "cần ghi columns: 'region', 'commune-group' hoặc 'none' (hoặc tên cũ regional: true/false), không ghi cả hai", en: "expected columns: 'region', 'commune-group' or 'none' (or the former regional: true/false), not both" }));
  }).transform(({ regional, columns, ...rest }) => ({ ...rest, columns: columns ?? (regional === true ? 'region' : 'none') }));
}

/** A threshold overlay: a province's or ministry's table, by indicator code. */
function overlaySchema({ isoDay, citation, provenance, setKind }: Atoms, overlayThreshold: ReturnType<typeof thresholds>['overlayThreshold']) {
  return z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    setKind,
    province: z.string().min(1).optional(),
    citation,
    provenance,
    validFrom: isoDay.optional(),
    validUntil: isoDay.optional(),
    thresholds: z.record(z.string(), z.union([overlayThreshold, z.array(overlayThreshold).min(1)])),
  });
}

function build() {
  const a = atoms();
  const { condition, rule } = rules(a);
  const { threshold, overlayThreshold } = thresholds(a, rule);
  const { indicator, criterion } = indicators(a, threshold);
  return { text: a.text, citation: a.citation, rule, condition, threshold, indicator, criterion, criteriaSet: criteriaSetSchema(a, { indicator, criterion }), overlay: overlaySchema(a, overlayThreshold) };
}

/** `columns` or its former name `regions`: at most one (exactly one in set data). */
function oneColumnsKey(required: boolean) {
  return (t: { columns?: unknown; regions?: unknown }, ctx: z.RefinementCtx) => {
    if (t.columns !== undefined && t.regions !== undefined) ctx.addIssue(customIssue(['regions'], 'columns-and-regions', { vi: 'chỉ ghi columns (hoặc tên cũ regions), không ghi cả hai', en: 'give columns (or its former name regions), not both' }));
    else if (required && t.columns === undefined && t.regions === undefined) ctx.addIssue(customIssue(['columns'], 'required', { vi: "cần ghi các cột (vùng hoặc nhóm xã) mà giá trị này áp dụng, hoặc 'all' nếu áp dụng chung", en: "required: the threshold columns this value applies to, or 'all'" }));
  };
}

/** Puts `columns` first (as the data modules write it), under its current name. */
function columnsFirst<T extends { columns?: unknown; regions?: unknown }>({ columns, regions, ...rest }: T): Omit<T, 'regions'> {
  const chosen = columns ?? regions;
  return (chosen === undefined ? rest : { columns: chosen, ...rest }) as Omit<T, 'regions'>;
}

let cache: ReturnType<typeof build> | undefined;

/** The zod schemas of rule data, built on first use. */
export function ruleSchemas(): ReturnType<typeof build> {
  cache ??= build();
  return cache;
}
