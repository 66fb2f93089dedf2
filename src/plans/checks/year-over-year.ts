import { Dec, toPlain } from '../../_lib/decimal.js';
import { finding, viNumber, type PlanFinding } from '../finding.js';
import type { CheckContext } from './context.js';
import type { PlanCriterionCount } from '../types.js';

/** The largest plausible increase of one criterion in one year, with how the messages say it. */
interface IncreaseLimit {
  readonly limit: number;
  readonly vi: string;
  readonly en: string;
}

/** The stated share of the communes (or, without their number, the stated count) a criterion may gain in a year. */
function increaseLimit(ctx: CheckContext): IncreaseLimit {
  const n = ctx.plan.communes;
  const { maxCriterionIncreaseShare: share, maxCriterionIncrease } = ctx.options;
  const limit = n !== undefined ? share * n : maxCriterionIncrease;
  // Printed exactly (0.15 × 7 is 1.05, which a double computes as 1.0499…).
  const percent = toPlain(new Dec(String(share)).times(100));
  const exactLimit = n !== undefined ? toPlain(new Dec(String(share)).times(n)) : String(limit);
  return {
    limit,
    vi: n !== undefined ? `${viNumber(percent)}% của ${viNumber(n)} xã, tức ${viNumber(exactLimit)} xã` : `${viNumber(limit)} xã`,
    en: n !== undefined ? `${percent}% of ${n} communes = ${exactLimit}` : `${limit} communes`,
  };
}

/** One criterion's target against its baseline: a changed "maintained" count, then a jump or a decrease. */
function criterionChange(c: PlanCriterionCount, b: PlanCriterionCount, path: (string | number)[], l: IncreaseLimit, by: number, ty: number): PlanFinding[] {
  const out: PlanFinding[] = [];
  const delta = c.communes - b.communes;
  const { limit, vi: limitVi, en: limitEn } = l;
  if (c.maintained && delta !== 0) {
    out.push(
      finding({
        code: 'maintained-count-changed',
        severity: 'warning',
        path,
        expected: b.communes,
        actual: c.communes,
        difference: delta,
        message: {
          vi: `Tiêu chí ${c.criterion}: kế hoạch ghi "duy trì" ${viNumber(c.communes)} xã đạt, nhưng năm ${by} có ${viNumber(b.communes)} xã đạt (chênh lệch ${delta > 0 ? '+' : ''}${viNumber(delta)} xã).`,
          en: `Criterion ${c.criterion}: the plan says ${c.communes} communes are "maintained", but ${b.communes} met it in ${by} (${delta > 0 ? '+' : ''}${delta}).`,
        },
      }),
    );
  }
  if (delta > limit) {
    out.push(
      finding({
        code: 'criterion-jump',
        severity: 'warning',
        path,
        expected: `≤ ${b.communes + Math.floor(limit)}`,
        actual: c.communes,
        difference: delta,
        message: {
          vi: `Tiêu chí ${c.criterion}: số xã đạt tăng từ ${viNumber(b.communes)} xã (năm ${by}) lên ${viNumber(c.communes)} xã (năm ${ty}), tức tăng ${viNumber(delta)} xã trong một năm, vượt mức tăng được coi là hợp lý (${limitVi}); đề nghị rà soát lại số liệu.`,
          en: `Criterion ${c.criterion}: from ${b.communes} communes (${by}) to ${c.communes} (${ty}), ${delta} more in one year, above the plausibility threshold of ${limitEn}.`,
        },
      }),
    );
  } else if (delta < 0) {
    out.push(
      finding({
        code: 'criterion-decrease',
        severity: 'info',
        path,
        expected: `≥ ${b.communes}`,
        actual: c.communes,
        difference: delta,
        message: {
          vi: `Tiêu chí ${c.criterion}: mục tiêu năm ${ty} (${viNumber(c.communes)} xã đạt) thấp hơn kết quả năm ${by} (${viNumber(b.communes)} xã đạt).`,
          en: `Criterion ${c.criterion}: the ${ty} target (${c.communes} communes) is below the ${by} result (${b.communes}).`,
        },
      }),
    );
  }
  return out;
}

/**
 * Baseline against target, criterion by criterion: an increase larger than the
 * stated share of the communes in one year (warning), a target below the
 * baseline (info), and a count the plan says is maintained ("duy trì") that
 * differs from the baseline (warning).
 */
export function checkYearOverYear(ctx: CheckContext): PlanFinding[] {
  const base = ctx.plan.baseline?.criteria;
  const target = ctx.plan.target?.criteria;
  if (!base || !target) return [];
  const limit = increaseLimit(ctx);
  const by = ctx.summaries.baseline.year;
  const ty = ctx.summaries.target.year;
  const baseByCode = new Map(base.map((c) => [c.criterion, c]));
  return target.flatMap((c, i) => {
    const b = baseByCode.get(c.criterion);
    return b ? criterionChange(c, b, ['target', 'criteria', i, 'communes'], limit, by, ty) : [];
  });
}
