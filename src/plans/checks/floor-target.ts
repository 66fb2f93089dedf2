import { finding, type PlanFinding } from '../finding.js';
import type { CheckContext } from './context.js';

/**
 * The 2021-2025 programme target "no commune under 15 criteria" by 2025
 * (QĐ 263/QĐ-TTg; secondary), against the target year's buckets. Info only: a
 * year before 2025 may still have such communes; the finding says how many.
 * It applies to a target counted on a set of the floor's period only: QĐ 263's
 * floor is never applied to a 2026+ plan, nor to a block on the 10 criteria.
 */
export function checkFloorTarget(ctx: CheckContext): PlanFinding[] {
  const floor = ctx.options.floorTarget;
  const s = ctx.summaries.target;
  if (floor === false || !ctx.plan.target?.buckets || !s.scheme) return [];
  if (s.year < floor.fromYear || s.year > floor.byYear) return [];
  if (s.set.period.fromYear > floor.byYear || s.set.period.toYear < floor.fromYear || floor.criteria > s.set.criteriaTotal) return [];
  const below = s.rows.filter((r) => r.bucket.max < floor.criteria && r.count !== undefined && r.count > 0);
  if (below.length === 0) return [];
  const count = below.reduce((sum, r) => sum + (r.count ?? 0), 0);
  const listVi = below.map((r) => `${r.count} xã đạt ${r.bucket.id} tiêu chí`).join(', ');
  const listEn = below.map((r) => `${r.count} at ${r.bucket.id}`).join(', ');
  const left = floor.byYear - s.year;
  const last = s.year === floor.byYear;
  return [
    finding({
      code: 'below-floor-target',
      severity: 'info',
      path: ['target', 'buckets'],
      expected: 0,
      actual: count,
      difference: count,
      message: {
        vi: `Mục tiêu năm ${s.year} còn ${count} xã đạt dưới ${floor.criteria} tiêu chí (${listVi}); mục tiêu của Chương trình giai đoạn 2021 - 2025 là đến năm ${floor.byYear} không còn xã dưới ${floor.criteria} tiêu chí (QĐ 263/QĐ-TTg, nguồn thứ cấp)${last ? '' : `; còn ${left} năm`}.`,
        en: `The ${s.year} target still has ${count} communes under ${floor.criteria} criteria (${listEn}); the 2021-2025 programme aims for no commune under ${floor.criteria} criteria by ${floor.byYear} (QĐ 263/QĐ-TTg, secondary)${last ? '' : `, ${left} year${left === 1 ? '' : 's'} later`}.`,
      },
    }),
  ];
}
