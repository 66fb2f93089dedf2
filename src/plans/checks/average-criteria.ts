import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import { totalsForAverage } from '../summary.js';
import { averageRange, roundingInterval } from './average-buckets.js';
import { BLOCK_KEYS, yearLabel, type CheckContext } from './context.js';

/**
 * The per-criterion counts add up to the total criteria met across communes.
 * Criteria the plan does not state are bounded by the recognised communes
 * (a recognised commune meets every criterion) and the number of communes.
 * Flags a stated average outside what those counts allow (after rounding), and
 * counts whose total no bucket distribution allows.
 */
export function checkAverageCriteria(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    const s = ctx.summaries[key];
    const totals = s.criteriaTotals;
    if (!block || !totals || !s.communes) continue;
    const n = s.communes;
    const y = yearLabel(s);
    const unstated = s.criteriaUnstated;
    const low = Math.min(s.recognised ?? 0, n);
    const unstatedVi =
      unstated.length === 0
        ? ''
        : `; ${unstated.length === 1 ? `tiêu chí ${unstated[0]}` : `${unstated.length} tiêu chí (${unstated.join(', ')})`} không nêu, mỗi tiêu chí có từ ${viNumber(low)}${s.recognised !== undefined ? ' (số xã đạt chuẩn)' : ''} đến ${viNumber(n)} xã đạt`;
    const unstatedEn =
      unstated.length === 0
        ? ''
        : `; ${unstated.length === 1 ? `criterion ${unstated[0]} is` : `${unstated.length} criteria (${unstated.join(', ')}) are`} not stated, each met by ${enNumber(low)}${s.recognised !== undefined ? ' (the recognised communes)' : ''} to ${enNumber(n)} communes`;
    const r = averageRange(totals, n);

    if (block.averageCriteria) {
      const allowed = totalsForAverage(block.averageCriteria, n, ctx.options.averageRoundingUnits);
      // An unattainable average (no integer total at all) is reported by the bucket check.
      if (allowed.min <= allowed.max && (allowed.min > totals.max || allowed.max < totals.min)) {
        const tooHigh = allowed.min > totals.max;
        const difference = tooHigh ? allowed.min - totals.max : allowed.max - totals.min; // signed: + the average needs more, − fewer
        const gap = Math.abs(difference);
        const ri = roundingInterval(block.averageCriteria, ctx.options.averageRoundingUnits);
        out.push(
          finding({
            code: 'average-vs-criteria',
            severity: 'error',
            path: [key, 'averageCriteria'],
            expected: r.plain,
            actual: block.averageCriteria,
            difference,
            message: {
              vi: `${y.vi}: bình quân ${viNumber(block.averageCriteria)} tiêu chí/xã không khớp với số xã đạt từng tiêu chí: ${s.criteriaStated} tiêu chí được nêu cộng lại ${viNumber(s.criteriaSum)} lượt xã đạt${unstatedVi}; vậy tổng số tiêu chí đạt của ${viNumber(n)} xã từ ${viNumber(totals.min)} đến ${viNumber(totals.max)}, bình quân ${r.vi}. Bình quân ${viNumber(block.averageCriteria)} (tính cả làm tròn: ${ri.vi}) cần ${tooHigh ? `ít nhất ${viNumber(allowed.min)}` : `nhiều nhất ${viNumber(allowed.max)}`}, ${tooHigh ? 'thiếu' : 'thừa'} ${viNumber(gap)}.`,
              en: `${y.en}: an average of ${block.averageCriteria} criteria per commune does not agree with the per-criterion counts: the ${s.criteriaStated} stated criteria add up to ${enNumber(s.criteriaSum)} commune-criteria met${unstatedEn}; so the ${enNumber(n)} communes meet ${enNumber(totals.min)} to ${enNumber(totals.max)} criteria in total, an average of ${r.en}. ${block.averageCriteria} (with rounding, ${ri.en}) needs ${tooHigh ? `at least ${enNumber(allowed.min)}` : `at most ${enNumber(allowed.max)}`}, ${enNumber(gap)} ${tooHigh ? 'more' : 'fewer'} than possible.`,
            },
          }),
        );
      }
    }

    const b = s.bucketTotals;
    if (b && (totals.min > b.max || totals.max < b.min)) {
      const tooHigh = totals.min > b.max;
      const difference = tooHigh ? totals.min - b.max : totals.max - b.min; // signed: + the counts give more, − fewer
      const rb = averageRange(b, n);
      out.push(
        finding({
          code: 'criteria-vs-buckets',
          severity: 'error',
          path: [key, 'criteria'],
          expected: `${b.min}–${b.max}`,
          actual: `${totals.min}–${totals.max}`,
          difference,
          message: {
            vi: `${y.vi}: số xã đạt từng tiêu chí cho tổng ${viNumber(totals.min)}–${viNumber(totals.max)} tiêu chí đạt (bình quân ${r.vi}), nhưng số xã theo nhóm chỉ cho phép ${viNumber(b.min)}–${viNumber(b.max)} (bình quân ${rb.vi}); ${tooHigh ? 'thừa' : 'thiếu'} ít nhất ${viNumber(Math.abs(difference))}.`,
            en: `${y.en}: the per-criterion counts give ${enNumber(totals.min)}–${enNumber(totals.max)} criteria met in total (average ${r.en}), but the buckets allow only ${enNumber(b.min)}–${enNumber(b.max)} (average ${rb.en}); at least ${enNumber(Math.abs(difference))} too ${tooHigh ? 'many' : 'few'}.`,
          },
        }),
      );
    }
  }
  return out;
}
