import { finding, type PlanFinding } from '../finding.js';
import type { PlanFundingLine } from '../types.js';
import type { CheckContext } from './context.js';

// "năm 2023", "năm 2024": the year a label speaks of. Ranges ("giai đoạn 2021-2025") are not "năm".
const YEAR_IN_LABEL = /năm\s+(\d{4})(?!\s*[-–]\s*\d)/giu;

function yearsIn(label: string): number[] {
  return [...label.normalize('NFC').matchAll(YEAR_IN_LABEL)].map((m) => Number(m[1]));
}

/**
 * Labels naming a year other than the one their figures belong to: labels of
 * the target, funding and projects against the plan's year, labels of the
 * baseline against the baseline year ("Vốn … giao năm 2023" in a 2024 plan).
 */
export function checkLabelYears(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  const plan = ctx.plan;
  const check = (label: string | undefined, expected: number, path: (string | number)[]): void => {
    if (!label) return;
    for (const year of yearsIn(label)) {
      if (year === expected) continue;
      out.push(
        finding({
          code: 'label-year-mismatch',
          severity: 'warning',
          path,
          expected,
          actual: year,
          difference: year - expected,
          message: {
            vi: `Nhãn "${label}" ghi năm ${year}, nhưng số liệu thuộc năm ${expected}${plan.year === expected ? ` (kế hoạch năm ${plan.year})` : ''}.`,
            en: `The label "${label}" says ${year}, but its figure belongs to ${expected}${plan.year === expected ? ` (the ${plan.year} plan)` : ''}.`,
          },
        }),
      );
    }
  };
  check(plan.title, plan.year, ['title']);
  for (const key of ['baseline', 'target'] as const) {
    const block = plan[key];
    if (!block) continue;
    const y = ctx.summaries[key].year;
    check(block.meetingStandard?.label, y, [key, 'meetingStandard', 'label']);
    check(block.meetingStandard?.newlyRecognised?.label, y, [key, 'meetingStandard', 'newlyRecognised', 'label']);
    check(block.advanced?.label, y, [key, 'advanced', 'label']);
    check(block.model?.label, y, [key, 'model', 'label']);
    check(block.villages?.label, y, [key, 'villages', 'label']);
    check(block.districtsCompleting?.label, y, [key, 'districtsCompleting', 'label']);
    block.criteria?.forEach((c, i) => check(c.label, y, [key, 'criteria', i, 'label']));
  }
  if (plan.funding) {
    check(plan.funding.total?.label, plan.year, ['funding', 'total', 'label']);
    const visit = (l: PlanFundingLine, path: (string | number)[]): void => {
      check(l.label, plan.year, [...path, 'label']);
      l.parts?.forEach((p, i) => visit(p, [...path, 'parts', i]));
    };
    plan.funding.lines.forEach((l, i) => visit(l, ['funding', 'lines', i]));
  }
  check(plan.projects?.label, plan.year, ['projects', 'label']);
  return out;
}
