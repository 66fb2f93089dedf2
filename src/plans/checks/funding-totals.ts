import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import { reconcile, subtract, withinTolerance, compare } from '../funding-adapter.js';
import { fundingTaxonomyOfYear } from '../../funding/taxonomy.js';
import { UNIT_NAMES } from '../report/words.js';
import type { PlanFundingLine } from '../types.js';
import type { CheckContext } from './context.js';



function name(line: PlanFundingLine): string {
  return line.label ? `"${line.label}"` : line.source;
}

/**
 * Each declared line against its own parts, and the declared total against the
 * sum of the top-level sources as written. Declared subtotals against their parts, and the declared total against the
 * sum of the sources. Parts listed as incomplete (`partsComplete: false`) may
 * sum to less than the line, never to more.
 */
export function checkFundingTotals(ctx: CheckContext): PlanFinding[] {
  const funding = ctx.plan.funding;
  if (!funding) return [];
  const unit = { vi: UNIT_NAMES.vi[funding.unit], en: UNIT_NAMES.en[funding.unit] };
  const tolerance = ctx.options.fundingTolerance;
  // The plan year's taxonomy version (parsePlan has checked every source against it).
  const taxonomy = fundingTaxonomyOfYear(ctx.plan.year) ?? '2026-2035';
  const out: PlanFinding[] = [];

  const visit = (line: PlanFundingLine, path: (string | number)[]): void => {
    if (!line.parts) return;
    // Against its own parts as written, so that an error stays at the line that has it (the parts share its component).
    const lines = line.parts.map((part, j) => ({ source: part.source, amount: part.amount, path: [...path, 'parts', j] }));
    const r = reconcile(lines, { source: line.source, amount: line.amount, path }, funding.unit, taxonomy);
    {
      const complete = line.partsComplete !== false;
      const bad = complete ? !withinTolerance(r.difference, tolerance) : compare(subtract(r.computed, r.declared), tolerance) > 0;
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
    }
    line.parts.forEach((p, i) => visit(p, [...path, 'parts', i]));
  };
  funding.lines.forEach((l, i) => visit(l, ['funding', 'lines', i]));

  if (funding.total) {
    const all = funding.lines.map((l, i) => ({ source: l.source, amount: l.amount, path: ['funding', 'lines', i], ...(l.component !== undefined ? { component: l.component } : {}) }));
    const { computed, difference } = reconcile(all, { source: 'total', amount: funding.total.amount, path: ['funding', 'total'] }, funding.unit, taxonomy);
    if (!withinTolerance(difference, tolerance)) {
      const parts = funding.lines.map((l) => l.amount);
      const over = compare(difference, '0') > 0;
      out.push(
        finding({
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
        }),
      );
    }
  }
  return out;
}
