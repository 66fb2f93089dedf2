// Namespace import keeps zod tree-shakable (see src/engine/schemas.ts).
import * as z from 'zod';
import { customIssue } from '../_lib/parse.js';
import { AMOUNT, MAX_AMOUNT_LENGTH, MAX_EXPONENT } from './amount.js';
import { FUNDING_SOURCE_IDS } from './taxonomy.js';
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

function build() {
  const unit = z.enum(FUNDING_UNITS as [string, ...string[]]).describe('vnd, thousand-vnd, million-vnd (triệu đồng, the default) or billion-vnd');
  const line = (allowNegative: boolean) =>
    z.strictObject({
      source: z.enum(FUNDING_SOURCE_IDS as unknown as [string, ...string[]]).describe('Node of the funding taxonomy (FUNDING_SOURCES), any level'),
      amount: amountSchema(allowNegative),
      unit: unit.optional(),
      label: z.string().optional().describe('What the money is for, as the document says (not summed)'),
      year: z.number().int().optional().describe('Plan or budget year (not summed)'),
    });
  // Without a result unit, every line must be in the same unit.
  const sameUnit = (lines: readonly { unit?: string | undefined }[]) => new Set(lines.map((l) => l.unit ?? 'million-vnd')).size <= 1;
  const lines = z.array(line(false)).refine(sameUnit, 'lines in different units need a result unit');
  const declared = z.partialRecord(z.enum(['total', ...FUNDING_SOURCE_IDS] as [string, ...string[]]), z.union([z.string(), z.number()])).describe('Amounts the document states, by node and for "total", in the result unit');
  const reconcile = z
    .strictObject({ lines: z.array(line(true)), declared, unit: unit.optional(), allowNegative: z.boolean().optional() })
    .superRefine((v, ctx) => {
      for (const [i, l] of v.lines.entries()) {
        const parsed = line(v.allowNegative === true).safeParse(l);
        if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['lines', i, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message });
      }
      if (v.unit === undefined && !sameUnit(v.lines)) ctx.addIssue(customIssue(['lines'], 'mixed-units', { vi: 'các dòng ghi đơn vị khác nhau thì cần ghi đơn vị của kết quả', en: 'lines in different units need a result unit' }));
      for (const [k, amount] of Object.entries(v.declared)) {
        if (!amountSchema(v.allowNegative === true).safeParse(amount).success) ctx.addIssue(customIssue(['declared', k], 'expected-amount', { vi: 'cần một số tiền dạng chuỗi số thập phân', en: 'must be a decimal amount' }));
      }
    });
  return { lines, reconcile };
}

let cache: ReturnType<typeof build> | undefined;

/** zod schemas of funding lines (as `aggregateFunding` takes them) and of a reconciliation input. */
export function fundingSchemas(): ReturnType<typeof build> {
  cache ??= build();
  return cache;
}
