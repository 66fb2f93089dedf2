import { finding, viNumber, enNumber, type PlanFinding } from '../finding.js';
import type { CheckContext } from './context.js';

/**
 * When a plan states the communes meeting the standard at the baseline, the communes to be
 * newly recognised and the target total, but not how many are maintained: the target total
 * must be the baseline plus the newly recognised. A total above that sum would need communes
 * recognised from nowhere (only a merger of communes could do it): an error. A total below it
 * means communes losing their recognition: a warning naming how many.
 * (With `maintained` stated, checkRecognitionArithmetic compares maintained + new with the total.)
 */
export function checkRecognisedTarget(ctx: CheckContext): PlanFinding[] {
  const ms = ctx.plan.target?.meetingStandard;
  const base = ctx.plan.baseline?.meetingStandard?.total;
  const fresh = ms?.newlyRecognised?.count ?? ms?.newlyRecognised?.communes?.length;
  const total = ms?.total;
  if (ms === undefined || ms.maintained !== undefined || base === undefined || fresh === undefined || total === undefined) return [];
  const sum = base + fresh;
  if (total === sum) return [];
  const ty = ctx.summaries.target.year;
  const by = ctx.summaries.baseline.year;
  const d = Math.abs(total - sum);
  const common = { path: ['target', 'meetingStandard', 'total'], expected: sum, actual: total, difference: total - sum };
  if (total > sum) {
    return [
      finding({
        code: 'recognised-target-above-sum',
        severity: 'error',
        ...common,
        message: {
          vi: `Mục tiêu năm ${ty}: ${viNumber(base)} xã đạt chuẩn năm ${by} + ${viNumber(fresh)} xã công nhận mới = ${viNumber(sum)}, nhưng tổng số xã đạt chuẩn ghi ${viNumber(total)}; thừa ${viNumber(d)} xã không có nguồn gốc (chỉ có thể xảy ra khi sáp nhập xã).`,
          en: `${ty} target: ${enNumber(base)} communes meeting the standard in ${by} + ${enNumber(fresh)} newly recognised = ${enNumber(sum)}, but the total meeting the standard is stated as ${enNumber(total)}; ${enNumber(d)} more than possible (only a merger of communes could explain it).`,
        },
      }),
    ];
  }
  return [
    finding({
      code: 'recognised-target-below-sum',
      severity: 'warning',
      ...common,
      message: {
        vi: `Mục tiêu năm ${ty}: ${viNumber(base)} xã đạt chuẩn năm ${by} + ${viNumber(fresh)} xã công nhận mới = ${viNumber(sum)}, nhưng tổng số xã đạt chuẩn ghi ${viNumber(total)}: ${viNumber(d)} xã đạt chuẩn năm ${by} không còn đạt chuẩn (kế hoạch không nêu số xã duy trì).`,
        en: `${ty} target: ${enNumber(base)} communes meeting the standard in ${by} + ${enNumber(fresh)} newly recognised = ${enNumber(sum)}, but the total meeting the standard is stated as ${enNumber(total)}: ${enNumber(d)} communes recognised in ${by} would lose their recognition (the plan does not state how many are maintained).`,
      },
    }),
  ];
}
