import { finding, type PlanFinding } from '../finding.js';
import type { PlanCriterionCount } from '../types.js';
import { BLOCK_KEYS, yearLabel, type CheckContext, type YearLabel } from './context.js';

function label(c: PlanCriterionCount): { vi: string; en: string } {
  return c.label ? { vi: `tiêu chí ${c.criterion} ("${c.label}")`, en: `criterion ${c.criterion} ("${c.label}")` } : { vi: `tiêu chí ${c.criterion}`, en: `criterion ${c.criterion}` };
}

/** What the bounds of one block's criteria depend on: the opening label, the communes and those meeting the standard. */
interface Bounds {
  readonly y: YearLabel;
  readonly n: number | undefined;
  readonly rec: number | undefined;
}

/** One criterion's count: its written denominator is the number of communes, and it lies between the recognised communes and that number. */
function countFindings(c: PlanCriterionCount, path: (string | number)[], { y, n, rec }: Bounds): PlanFinding[] {
  const out: PlanFinding[] = [];
  const l = label(c);
  if (c.outOf !== undefined && n !== undefined && c.outOf !== n) {
    out.push(
      finding({
        code: 'criterion-denominator',
        severity: 'error',
        path: [...path, 'outOf'],
        expected: n,
        actual: c.outOf,
        difference: c.outOf - n,
        message: {
          vi: `${y.vi}: ${l.vi} ghi ${c.communes}/${c.outOf} xã, nhưng tỉnh có ${n} xã.`,
          en: `${y.en}: ${l.en} is written ${c.communes}/${c.outOf} communes, but the province has ${n} communes.`,
        },
      }),
    );
  }
  if (n !== undefined && c.communes > n) {
    out.push(
      finding({
        code: 'criterion-above-communes',
        severity: 'error',
        path: [...path, 'communes'],
        expected: n,
        actual: c.communes,
        difference: c.communes - n,
        message: {
          vi: `${y.vi}: ${l.vi} có ${c.communes} xã đạt, nhiều hơn tổng số ${n} xã.`,
          en: `${y.en}: ${l.en} is met by ${c.communes} communes, more than the ${n} communes there are.`,
        },
      }),
    );
  }
  if (rec !== undefined && c.communes < rec) {
    out.push(
      finding({
        code: 'criterion-below-recognised',
        severity: 'error',
        path: [...path, 'communes'],
        expected: rec,
        actual: c.communes,
        difference: c.communes - rec,
        message: {
          vi: `${y.vi}: ${l.vi} chỉ có ${c.communes} xã đạt, ít hơn ${rec} xã đạt chuẩn nông thôn mới (xã đạt chuẩn đạt mọi tiêu chí); thiếu ít nhất ${rec - c.communes} xã.`,
          en: `${y.en}: ${l.en} is met by only ${c.communes} communes, fewer than the ${rec} communes meeting the NTM standard (which meet every criterion); at least ${rec - c.communes} missing.`,
        },
      }),
    );
  }
  return out;
}

/** Each advanced-set count of one criterion exceeds neither the criterion's own count nor (a warning) the recognised communes. */
function advancedFindings(c: PlanCriterionCount, path: (string | number)[], { y, rec }: Bounds): PlanFinding[] {
  const out: PlanFinding[] = [];
  const l = label(c);
  c.advanced?.forEach((a, j) => {
    const apath = [...path, 'advanced', j, 'communes'];
    const what = a.label ? `"${a.label}"` : '';
    if (a.communes > c.communes) {
      out.push(
        finding({
          code: 'advanced-above-criterion',
          severity: 'error',
          path: apath,
          expected: c.communes,
          actual: a.communes,
          difference: a.communes - c.communes,
          message: {
            vi: `${y.vi}: ${a.communes} xã đạt tiêu chí nâng cao ${what} của ${l.vi}, nhiều hơn ${c.communes} xã đạt chính tiêu chí đó.`,
            en: `${y.en}: ${a.communes} communes meet the advanced version ${what} of ${l.en}, more than the ${c.communes} meeting the criterion itself.`,
          },
        }),
      );
    } else if (rec !== undefined && a.communes > rec) {
      out.push(
        finding({
          code: 'advanced-above-recognised',
          severity: 'warning',
          path: apath,
          expected: rec,
          actual: a.communes,
          difference: a.communes - rec,
          message: {
            vi: `${y.vi}: ${a.communes} xã đạt tiêu chí nâng cao ${what} của ${l.vi}, nhiều hơn ${rec} xã đạt chuẩn nông thôn mới (bộ tiêu chí nâng cao được hiểu là chỉ xét cho xã đã đạt chuẩn; điều kiện này chưa được xác minh trong văn bản).`,
            en: `${y.en}: ${a.communes} communes meet the advanced version ${what} of ${l.en}, more than the ${rec} communes meeting the NTM standard (the advanced set is understood to apply to recognised communes only; that prerequisite is unverified in the text).`,
          },
        }),
      );
    }
  });
  return out;
}

/**
 * Each per-criterion count lies between the communes meeting the standard (a
 * recognised commune meets every criterion) and the number of communes; its
 * written denominator equals the number of communes; an advanced-set count
 * exceeds neither the recognised communes nor the count of the same criterion.
 */
export function checkCriterionBounds(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    if (!block?.criteria) continue;
    const s = ctx.summaries[key];
    const bounds: Bounds = { y: yearLabel(s), n: s.communes, rec: s.recognised };
    block.criteria.forEach((c, i) => {
      const path = [key, 'criteria', i];
      out.push(...countFindings(c, path, bounds), ...advancedFindings(c, path, bounds));
    });
  }
  return out;
}
