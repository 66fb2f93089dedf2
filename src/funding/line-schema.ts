// Namespace import keeps zod tree-shakable (see src/engine/schemas.ts).
import * as z from 'zod';
import { customIssue } from '../_lib/parse.js';
import { AMOUNT, MAX_AMOUNT_LENGTH, MAX_EXPONENT } from './amount.js';
import { FUNDING_COMPONENT_IDS, FUNDING_SOURCE_IDS, FUNDING_TAXONOMIES, FUNDING_TAXONOMY_IDS, fundingTaxonomyOfYear, type FundingTaxonomyId } from './taxonomy.js';
import { FUNDING_UNITS } from './units.js';

// zod schemas of the funding inputs, for the published JSON Schemas (dist/schemas/funding-*.json).
// aggregateFunding and reconcileFunding validate with hand-written code tuned for million-line
// inputs (compute.ts); these schemas state the same contract and a test keeps the two in agreement
// (test/funding/line-schema.test.ts). Built on first use.

const NONZERO = /[1-9]/;

const exponentOk = (s: string): boolean => {
  const m = AMOUNT.exec(s);
  return m !== null && (m[4] === undefined || Math.abs(Number(m[4])) <= MAX_EXPONENT);
};

function amountSchema(allowNegative: boolean) {
  const text = z
    .string()
    .max(MAX_AMOUNT_LENGTH)
    .regex(AMOUNT, 'a decimal string such as "67950" or "24473.5"')
    .refine(exponentOk, `exponent within ±${MAX_EXPONENT}`)
    .refine((s) => allowNegative || !s.startsWith('-') || !(NONZERO.test(s.split(/[eE]/)[0]!)), 'must not be negative');
  // Numbers are read through their shortest string form (String(5e-324) is '5e-324'), so the same bounds apply.
  const num = z.number().refine(Number.isFinite, 'must be finite').refine((n) => exponentOk(String(n)), `exponent within ±${MAX_EXPONENT}`).refine((n) => allowNegative || n >= 0 || Object.is(n, -0), 'must not be negative');
  return z.union([text, num]).describe(`Decimal string ("." as the decimal point, no grouping) or a finite number${allowNegative ? '' : '; not negative unless allowNegative'}`);
}

type AnyLine = { readonly source: string; readonly unit?: string | undefined; readonly year?: number | undefined; readonly component?: string | undefined };

/**
 * The taxonomy rule of compute.ts, for the schemas: the option, else the lines' years (one version
 * only), else '2021-2025'; every line's source and component must belong to that version.
 */
function versionIssues(lines: readonly AnyLine[], option: FundingTaxonomyId | undefined): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  let fromYears: FundingTaxonomyId | undefined;
  lines.forEach((l, i) => {
    if (l.year === undefined) return;
    const v = fundingTaxonomyOfYear(l.year);
    if (v === undefined) out.push({ path: [i, 'year'], message: 'no funding taxonomy after 2035' });
    else if (option !== undefined && v !== option) out.push({ path: [i, 'year'], message: `the year belongs to the ${v} taxonomy, not options.taxonomy` });
    else if (fromYears === undefined) fromYears = v;
    else if (v !== fromYears) out.push({ path: [i, 'year'], message: 'lines of two taxonomy versions (2021-2025 and 2026-2035)' });
  });
  if (out.length > 0) return out;
  const taxonomy = FUNDING_TAXONOMIES[option ?? fromYears ?? '2021-2025'];
  lines.forEach((l, i) => {
    if ((FUNDING_SOURCE_IDS as readonly string[]).includes(l.source) && taxonomy.sources[l.source as keyof typeof taxonomy.sources] === undefined) {
      out.push({ path: [i, 'source'], message: `not in the ${taxonomy.id} taxonomy` });
    }
    if (l.component !== undefined && taxonomy.components.length === 0) out.push({ path: [i, 'component'], message: `the ${taxonomy.id} taxonomy has no components` });
  });
  return out;
}

/** Without a result unit, every line must be in the same unit. */
const sameUnit = (lines: readonly { unit?: string | undefined }[]) => new Set(lines.map((l) => l.unit ?? 'million-vnd')).size <= 1;

/** A funding line, amounts negative only when allowed. */
function lineSchema(unit: z.ZodType<string>) {
  return (allowNegative: boolean) =>
    z.strictObject({
      source: z.enum(FUNDING_SOURCE_IDS as unknown as [string, ...string[]]).describe('Node of the funding taxonomy (FUNDING_TAXONOMIES), any level, of the version in use'),
      amount: amountSchema(allowNegative),
      unit: unit.optional(),
      label: z.string().optional().describe('What the money is for, as the document says (not summed)'),
      year: z.number().int().optional().describe('Plan or budget year (not summed); chooses the taxonomy version: up to 2025 2021-2025, 2026-2035 2026-2035'),
      component: z.enum(FUNDING_COMPONENT_IDS as unknown as [string, ...string[]]).optional().describe('Component (hợp phần) of the 2026-2035 programme'),
    });
}

/** A reconciliation input as its refinements read it. */
interface ReconcileValue {
  readonly lines: readonly AnyLine[];
  readonly declared: Readonly<Record<string, unknown>>;
  readonly unit?: string | undefined;
  readonly allowNegative?: boolean | undefined;
  readonly taxonomy?: string | undefined;
  readonly declaredByComponent?: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>> | undefined;
}

/** Each line against the line schema with the input's allowNegative; whether every line passed. */
function reconcileLineIssues(v: ReconcileValue, line: ReturnType<typeof lineSchema>, ctx: z.RefinementCtx): boolean {
  let linesOk = true;
  for (const [i, l] of v.lines.entries()) {
    const parsed = line(v.allowNegative === true).safeParse(l);
    if (!parsed.success) {
      linesOk = false;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['lines', i, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message });
    }
  }
  return linesOk;
}

/** Every declared amount, overall and per component, is a decimal amount (negative only when allowed). */
function declaredAmountIssues(v: ReconcileValue, ctx: z.RefinementCtx): void {
  const amount = amountSchema(v.allowNegative === true);
  const notAmount = { vi: 'cần một số tiền dạng chuỗi số thập phân', en: 'must be a decimal amount' };
  for (const [k, a] of Object.entries(v.declared)) {
    if (!amount.safeParse(a).success) ctx.addIssue(customIssue(['declared', k], 'expected-amount', notAmount));
  }
  for (const [c, table] of Object.entries(v.declaredByComponent ?? {})) {
    for (const [k, a] of Object.entries(table ?? {})) {
      if (!amount.safeParse(a).success) ctx.addIssue(customIssue(['declaredByComponent', c, k], 'expected-amount', notAmount));
    }
  }
}

/** The lines, then the declared nodes and components, must belong to the taxonomy version in use. */
function declaredVersionIssues(v: ReconcileValue, ctx: z.RefinementCtx): void {
  const version = versionIssues(v.lines, v.taxonomy as FundingTaxonomyId | undefined);
  for (const i of version) ctx.addIssue({ code: 'custom', path: ['lines', ...i.path], message: i.message });
  if (version.length > 0) return;
  let fromYears: FundingTaxonomyId | undefined;
  for (const l of v.lines) if (l.year !== undefined) fromYears ??= fundingTaxonomyOfYear(l.year);
  const t = FUNDING_TAXONOMIES[(v.taxonomy as FundingTaxonomyId | undefined) ?? fromYears ?? '2021-2025'];
  const inVersion = (k: string) => k === 'total' || t.sources[k as keyof typeof t.sources] !== undefined;
  const notInVersion = { vi: `không có trong danh mục nguồn vốn ${t.id}`, en: `not in the ${t.id} taxonomy` };
  for (const k of Object.keys(v.declared)) if (!inVersion(k)) ctx.addIssue(customIssue(['declared', k], 'not-in-taxonomy', notInVersion));
  for (const [c, table] of Object.entries(v.declaredByComponent ?? {})) {
    if (t.components.length === 0) ctx.addIssue(customIssue(['declaredByComponent', c], 'no-components', { vi: `danh mục nguồn vốn ${t.id} không chia hợp phần`, en: `the ${t.id} taxonomy has no components` }));
    else for (const k of Object.keys(table ?? {})) if (!inVersion(k)) ctx.addIssue(customIssue(['declaredByComponent', c, k], 'not-in-taxonomy', notInVersion));
  }
}

function build() {
  const unit = z.enum(FUNDING_UNITS as [string, ...string[]]).describe('vnd, thousand-vnd, million-vnd (triệu đồng, the default) or billion-vnd');
  const taxonomy = z.enum(FUNDING_TAXONOMY_IDS as unknown as [string, ...string[]]).describe("Taxonomy version: '2021-2025' or '2026-2035' (default: from the lines' years, else '2021-2025')");
  const line = lineSchema(unit);
  const lines = z
    .array(line(false))
    .refine(sameUnit, 'lines in different units need a result unit')
    .superRefine((v, ctx) => {
      for (const i of versionIssues(v, undefined)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
    });
  const declaredTable = z.partialRecord(z.enum(['total', ...FUNDING_SOURCE_IDS] as [string, ...string[]]), z.union([z.string(), z.number()]));
  const declared = declaredTable.describe('Amounts the document states, by node and for "total", in the result unit');
  const declaredByComponent = z
    .partialRecord(z.enum(FUNDING_COMPONENT_IDS as unknown as [string, ...string[]]), declaredTable)
    .describe('Amounts the document states per component (2026-2035), each by node and for "total"');
  const reconcile = z
    .strictObject({ lines: z.array(line(true)), declared, unit: unit.optional(), allowNegative: z.boolean().optional(), taxonomy: taxonomy.optional(), declaredByComponent: declaredByComponent.optional() })
    .superRefine((v, ctx) => {
      const linesOk = reconcileLineIssues(v, line, ctx);
      if (v.unit === undefined && !sameUnit(v.lines)) ctx.addIssue(customIssue(['lines'], 'mixed-units', { vi: 'các dòng ghi đơn vị khác nhau thì cần ghi đơn vị của kết quả', en: 'lines in different units need a result unit' }));
      declaredAmountIssues(v, ctx);
      // The declared nodes and components are checked against the version only when every line is sound.
      if (linesOk) declaredVersionIssues(v, ctx);
    });
  return { lines, reconcile };
}

let cache: ReturnType<typeof build> | undefined;

/** zod schemas of funding lines (as `aggregateFunding` takes them) and of a reconciliation input. */
export function fundingSchemas(): ReturnType<typeof build> {
  cache ??= build();
  return cache;
}
