import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import type { PlanNamedCommunes, PlanYearBlock } from '../types.js';
import type { PlanBlockKey } from '../summary.js';
import { BLOCK_KEYS, yearLabel, type CheckContext, type YearLabel } from './context.js';

/** Named communes (newly recognised, advanced, model) whose list is longer or shorter than the stated count. */
function communeLists(key: PlanBlockKey, block: PlanYearBlock, y: YearLabel): PlanFinding[] {
  const lists: [string[], PlanNamedCommunes | undefined, { vi: string; en: string }][] = [
    [['meetingStandard', 'newlyRecognised'], block.meetingStandard?.newlyRecognised, { vi: 'xã công nhận mới', en: 'newly recognised communes' }],
    [['advanced'], block.advanced, { vi: 'xã nông thôn mới nâng cao', en: 'advanced communes' }],
    [['model'], block.model, { vi: 'xã nông thôn mới kiểu mẫu', en: 'model communes' }],
  ];
  const out: PlanFinding[] = [];
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
  return out;
}

/** Districts completing criteria whose names are more or fewer than the stated count. */
function districtList(key: PlanBlockKey, block: PlanYearBlock, y: YearLabel): PlanFinding[] {
  const d = block.districtsCompleting;
  if (d?.count === undefined || d.names === undefined || d.names.length === d.count) return [];
  return [
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
  ];
}

/** Villages by district that do not add up to the stated total. */
function villagesSum(key: PlanBlockKey, block: PlanYearBlock, y: YearLabel): PlanFinding[] {
  const v = block.villages;
  if (v?.total === undefined || v.byDistrict === undefined) return [];
  const sum = v.byDistrict.reduce((s, x) => s + x.count, 0);
  if (sum === v.total) return [];
  const parts = v.byDistrict.map((x) => `${x.district} ${x.count}`).join(' + ');
  return [
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
  ];
}

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
    out.push(...communeLists(key, block, y), ...districtList(key, block, y), ...villagesSum(key, block, y));
  }
  return out;
}
