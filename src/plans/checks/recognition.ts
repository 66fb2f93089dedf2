import { vietnameseKey } from '../../_lib/text.js';
import { finding, type PlanFinding } from '../finding.js';
import type { CheckContext } from './context.js';
import type { PlanMeetingStandard, PlanYearBlock } from '../types.js';

/** The target's recognition figures and the baseline's recognised communes they are read against. */
interface Recognition {
  readonly ms: PlanMeetingStandard | undefined;
  /** Communes newly recognised in the target year: the count, else the length of the list. */
  readonly fresh: number | undefined;
  readonly base: number | undefined;
  readonly ty: number;
  readonly by: number;
}

/** Maintained + newly recognised = the total meeting the standard. */
function recognisedSum({ ms, fresh, ty }: Recognition): PlanFinding[] {
  if (ms?.total === undefined || ms.maintained === undefined || fresh === undefined || ms.maintained + fresh === ms.total) return [];
  return [
    finding({
      code: 'recognised-sum-mismatch',
      severity: 'error',
      path: ['target', 'meetingStandard', 'total'],
      expected: ms.maintained + fresh,
      actual: ms.total,
      difference: ms.total - (ms.maintained + fresh),
      message: {
        vi: `Năm ${ty}: ${ms.maintained} xã duy trì + ${fresh} xã công nhận mới = ${ms.maintained + fresh}, nhưng tổng số xã đạt chuẩn ghi ${ms.total}.`,
        en: `${ty}: ${ms.maintained} communes maintained + ${fresh} newly recognised = ${ms.maintained + fresh}, but the total meeting the standard is stated as ${ms.total}.`,
      },
    }),
  ];
}

/** The maintained communes against the baseline's recognised ones; without them, a total below the baseline's. */
function againstBaseline({ ms, fresh, base, ty, by }: Recognition): PlanFinding[] {
  if (base === undefined) return [];
  if (ms?.maintained !== undefined && ms.maintained !== base) {
    const above = ms.maintained > base;
    return [
      finding({
        code: above ? 'maintained-above-baseline' : 'maintained-below-baseline',
        severity: above ? 'error' : 'info',
        path: ['target', 'meetingStandard', 'maintained'],
        expected: base,
        actual: ms.maintained,
        difference: ms.maintained - base,
        message: above
          ? {
              vi: `Năm ${ty}: ghi duy trì ${ms.maintained} xã đạt chuẩn, nhưng năm ${by} chỉ có ${base} xã đạt chuẩn.`,
              en: `${ty}: ${ms.maintained} recognised communes are to be maintained, but only ${base} were recognised in ${by}.`,
            }
          : {
              vi: `Năm ${ty}: chỉ duy trì ${ms.maintained} trong ${base} xã đạt chuẩn năm ${by}; ${base - ms.maintained} xã không được nêu là duy trì.`,
              en: `${ty}: only ${ms.maintained} of the ${base} communes recognised in ${by} are to be maintained; ${base - ms.maintained} are not.`,
            },
      }),
    ];
  }
  // With the newly recognised stated, checkRecognisedTarget says how many communes lose recognition.
  if (ms?.maintained !== undefined || ms?.total === undefined || ms.total >= base || fresh !== undefined) return [];
  return [
    finding({
      code: 'recognised-decrease',
      severity: 'warning',
      path: ['target', 'meetingStandard', 'total'],
      expected: base,
      actual: ms.total,
      difference: ms.total - base,
      message: {
        vi: `Mục tiêu năm ${ty} có ${ms.total} xã đạt chuẩn, ít hơn ${base} xã đạt chuẩn năm ${by}.`,
        en: `The ${ty} target has ${ms.total} communes meeting the standard, fewer than the ${base} of ${by}.`,
      },
    }),
  ];
}

/** Communes to complete the advanced criteria in the year they are first recognised. */
function advancedNewlyRecognised(target: PlanYearBlock | undefined, ty: number): PlanFinding[] {
  const newNames = new Map((target?.meetingStandard?.newlyRecognised?.communes ?? []).map((c) => [vietnameseKey(c.name), c.name]));
  const out: PlanFinding[] = [];
  target?.advanced?.communes?.forEach((c, i) => {
    if (!newNames.has(vietnameseKey(c.name))) return;
    out.push(
      finding({
        code: 'advanced-newly-recognised',
        severity: 'info',
        path: ['target', 'advanced', 'communes', i],
        actual: c.name,
        message: {
          vi: `Xã ${c.name} vừa nằm trong danh sách công nhận mới năm ${ty} vừa nằm trong danh sách hoàn thiện tiêu chí nông thôn mới nâng cao cùng năm; xã nâng cao được hiểu là phải đạt chuẩn trước (điều kiện chưa được xác minh trong văn bản).`,
          en: `${c.name} is both to be newly recognised in ${ty} and to complete the advanced criteria the same year; an advanced commune is understood to be recognised first (a prerequisite not verified in the text).`,
        },
      }),
    );
  });
  return out;
}

/**
 * The recognition arithmetic of the target year: maintained + newly recognised
 * = total; the maintained communes against the baseline's recognised ones; and
 * communes planned to complete the advanced criteria in the same year they are
 * first recognised.
 */
export function checkRecognitionArithmetic(ctx: CheckContext): PlanFinding[] {
  const t = ctx.plan.target;
  const ms = t?.meetingStandard;
  const r: Recognition = {
    ms,
    fresh: ms?.newlyRecognised?.count ?? ms?.newlyRecognised?.communes?.length,
    base: ctx.plan.baseline?.meetingStandard?.total,
    ty: ctx.summaries.target.year,
    by: ctx.summaries.baseline.year,
  };
  return [...recognisedSum(r), ...againstBaseline(r), ...advancedNewlyRecognised(t, r.ty)];
}
