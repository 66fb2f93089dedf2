import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import type { PlanNamedCommunes } from '../types.js';
import { BLOCK_KEYS, yearLabel, type CheckContext } from './context.js';

/**
 * Named lists whose length differs from the stated count (newly recognised,
 * advanced and model communes, districts completing criteria), and villages by
 * district that do not add up to the stated total.
 */
export function checkNamedLists(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    if (!block) continue;
    const y = yearLabel(ctx.summaries[key]);
    const lists: [string[], PlanNamedCommunes | undefined, { vi: string; en: string }][] = [
      [['meetingStandard', 'newlyRecognised'], block.meetingStandard?.newlyRecognised, { vi: 'xã công nhận mới', en: 'newly recognised communes' }],
      [['advanced'], block.advanced, { vi: 'xã nông thôn mới nâng cao', en: 'advanced communes' }],
      [['model'], block.model, { vi: 'xã nông thôn mới kiểu mẫu', en: 'model communes' }],
    ];
    for (const [path, list, what] of lists) {
      if (list?.count === undefined || list.communes === undefined || list.communes.length === list.count) continue;
      const names = list.communes.map((c) => c.name).join(', ');
      out.push(
        finding({
          code: 'list-length-mismatch',
          severity: 'error',
          path: [key, ...path, 'communes'],
          expected: list.count,
          actual: list.communes.length,
          difference: list.communes.length - list.count,
          message: {
            vi: `${y.vi}: ghi ${list.count} ${what.vi} nhưng kể tên ${list.communes.length} xã (${names}).`,
            en: `${y.en}: ${list.count} ${what.en} stated, but ${list.communes.length} named (${names}).`,
          },
        }),
      );
    }
    const d = block.districtsCompleting;
    if (d?.count !== undefined && d.names !== undefined && d.names.length !== d.count) {
      out.push(
        finding({
          code: 'list-length-mismatch',
          severity: 'error',
          path: [key, 'districtsCompleting', 'names'],
          expected: d.count,
          actual: d.names.length,
          difference: d.names.length - d.count,
          message: {
            vi: `${y.vi}: ghi ${d.count} huyện hoàn thiện tiêu chí nhưng kể tên ${d.names.length} huyện (${d.names.join(', ')}).`,
            en: `${y.en}: ${d.count} districts completing criteria stated, but ${d.names.length} named (${d.names.join(', ')}).`,
          },
        }),
      );
    }
    const v = block.villages;
    if (v?.total !== undefined && v.byDistrict !== undefined) {
      const sum = v.byDistrict.reduce((s, x) => s + x.count, 0);
      if (sum !== v.total) {
        const parts = v.byDistrict.map((x) => `${x.district} ${x.count}`).join(' + ');
        out.push(
          finding({
            code: 'villages-sum-mismatch',
            severity: 'error',
            path: [key, 'villages', 'total'],
            expected: sum,
            actual: v.total,
            difference: v.total - sum,
            message: {
              vi: `${y.vi}: ghi ${viNumber(v.total)} thôn, bản đạt chuẩn nhưng theo huyện cộng lại ${parts} = ${viNumber(sum)}.`,
              en: `${y.en}: ${enNumber(v.total)} villages to reach the standard are stated, but by district they add up to ${parts} = ${enNumber(sum)}.`,
            },
          }),
        );
      }
    }
  }
  return out;
}
