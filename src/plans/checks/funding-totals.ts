import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import { reconcile, subtract, withinTolerance, compare } from '../funding-adapter.js';
import { fundingTaxonomyOfYear, type FundingTaxonomyId } from '../../funding/taxonomy.js';
import { UNIT_NAMES } from '../report/words.js';
import type { PlanFunding, PlanFundingLine } from '../types.js';
import type { CheckContext } from './context.js';

function name(line: PlanFundingLine): string {
  return line.label ? `"${line.label}"` : line.source;
}

/** What the funding checks read: the funding, its unit in words, the tolerance and the taxonomy version. */
interface FundingCheck {
  readonly funding: PlanFunding;
  readonly unit: { vi: string; en: string };
  readonly tolerance: string;
  readonly taxonomy: FundingTaxonomyId;
}

/**
 * Each line with parts against its own parts as written, so that an error stays at the line that has
 * it (the parts share its component); parts listed as incomplete may sum to less, never to more.
 */
function subtotalFindings(f: FundingCheck, line: PlanFundingLine, path: (string | number)[], out: PlanFinding[]): void {
  if (!line.parts) return;
  const { unit } = f;
  const lines = line.parts.map((part, j) => ({ source: part.source, amount: part.amount, path: [...path, 'parts', j] }));
  const r = reconcile(lines, { source: line.source, amount: line.amount, path }, f.funding.unit, f.taxonomy);
  const complete = line.partsComplete !== false;
  const bad = complete ? !withinTolerance(r.difference, f.tolerance) : compare(subtract(r.computed, r.declared), f.tolerance) > 0;
  if (bad) {
    out.push(
      finding({
        code: complete ? 'funding-subtotal-mismatch' : 'funding-parts-exceed',
        severity: 'error',
        path: [...path, 'amount'],
        expected: r.computed,
        actual: r.declared,
        difference: r.difference,
        message: {
          vi: `Dòng vốn ${name(line)} ghi ${viNumber(r.declared)} ${unit.vi}, nhưng các khoản chi tiết cộng lại ${viNumber(r.computed)} ${unit.vi} (chênh lệch ${viNumber(r.difference)}).`,
          en: `The funding line ${name(line)} states ${enNumber(r.declared)} ${unit.en}, but its parts add up to ${enNumber(r.computed)} ${unit.en} (difference ${enNumber(r.difference)}).`,
        },
      }),
    );
  }
  line.parts.forEach((p, i) => subtotalFindings(f, p, [...path, 'parts', i], out));
}

/** The declared total against the sum of the top-level sources as written. */
function totalFinding({ funding, unit, tolerance, taxonomy }: FundingCheck): PlanFinding | undefined {
  if (!funding.total) return undefined;
  const all = funding.lines.map((l, i) => ({ source: l.source, amount: l.amount, path: ['funding', 'lines', i], ...(l.component !== undefined ? { component: l.component } : {}) }));
  const { computed, difference } = reconcile(all, { source: 'total', amount: funding.total.amount, path: ['funding', 'total'] }, funding.unit, taxonomy);
  if (withinTolerance(difference, tolerance)) return undefined;
  const parts = funding.lines.map((l) => l.amount);
  const over = compare(difference, '0') > 0;
  return finding({
    code: 'funding-total-mismatch',
    severity: 'error',
    path: ['funding', 'total', 'amount'],
    expected: computed,
    actual: funding.total.amount,
    difference,
    message: {
      vi: `Tổng nguồn vốn ghi ${viNumber(funding.total.amount)} ${unit.vi}, nhưng các nguồn cộng lại ${parts.map(viNumber).join(' + ')} = ${viNumber(computed)} ${unit.vi}; ${
        over ? `${viNumber(difference)} ${unit.vi} của tổng không thuộc nguồn nào` : `các nguồn vượt tổng ${viNumber(subtract(computed, funding.total.amount))} ${unit.vi}`
      }.`,
      en: `The total capital is stated as ${enNumber(funding.total.amount)} ${unit.en}, but the sources add up to ${parts.map(enNumber).join(' + ')} = ${enNumber(computed)} ${unit.en}; ${
        over ? `${enNumber(difference)} ${unit.en} of the total belong to no source` : `the sources exceed the total by ${enNumber(subtract(computed, funding.total.amount))} ${unit.en}`
      }.`,
    },
  });
}

/**
 * Each declared line against its own parts, and the declared total against the
 * sum of the top-level sources as written. Parts listed as incomplete
 * (`partsComplete: false`) may sum to less than the line, never to more.
 */
export function checkFundingTotals(ctx: CheckContext): PlanFinding[] {
  const funding = ctx.plan.funding;
  if (!funding) return [];
  const f: FundingCheck = {
    funding,
    unit: { vi: UNIT_NAMES.vi[funding.unit], en: UNIT_NAMES.en[funding.unit] },
    tolerance: ctx.options.fundingTolerance,
    // The plan year's taxonomy version (parsePlan has checked every source against it).
    taxonomy: fundingTaxonomyOfYear(ctx.plan.year) ?? '2026-2035',
  };
  const out: PlanFinding[] = [];
  funding.lines.forEach((l, i) => subtotalFindings(f, l, ['funding', 'lines', i], out));
  const total = totalFinding(f);
  if (total) out.push(total);
  return out;
}
