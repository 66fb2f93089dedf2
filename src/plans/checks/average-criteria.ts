import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import { totalsForAverage, type IntRange, type PlanBlockKey, type PlanYearSummary } from '../summary.js';
import type { PlanYearBlock } from '../types.js';
import { averageFinding, averageRange, roundingInterval } from './average-buckets.js';
import { BLOCK_KEYS, yearLabel, type CheckContext } from './context.js';

/** The criteria the plan does not state, as the messages add them: each bounded by the recognised communes and the number of communes. */
function unstatedNote(s: PlanYearSummary, n: number): { vi: string; en: string } {
  const unstated = s.criteriaUnstated;
  const low = Math.min(s.recognised ?? 0, n);
  return {
    vi:
      unstated.length === 0
        ? ''
        : `; kế hoạch không nêu số xã đạt ${unstated.length === 1 ? `tiêu chí ${unstated[0]}, số này` : `${unstated.length} tiêu chí (${unstated.join(', ')}), mỗi số này`} chỉ có thể từ ${viNumber(low)}${s.recognised !== undefined ? ' (số xã đã đạt chuẩn)' : ''} đến ${viNumber(n)} xã`,
    en:
      unstated.length === 0
        ? ''
        : `; ${unstated.length === 1 ? `criterion ${unstated[0]} is` : `${unstated.length} criteria (${unstated.join(', ')}) are`} not stated, each met by ${enNumber(low)}${s.recognised !== undefined ? ' (the recognised communes)' : ''} to ${enNumber(n)} communes`,
  };
}

/** A stated average outside what the per-criterion counts allow (after rounding). */
function averageVsCriteria(ctx: CheckContext, key: PlanBlockKey, block: PlanYearBlock, s: PlanYearSummary, totals: IntRange, n: number): PlanFinding[] {
  if (!block.averageCriteria) return [];
  const allowed = totalsForAverage(block.averageCriteria, n, ctx.options.averageRoundingUnits);
  // An unattainable average (no integer total at all) is reported by the bucket check.
  if (!(allowed.min <= allowed.max && (allowed.min > totals.max || allowed.max < totals.min))) return [];
  const y = yearLabel(s);
  const r = averageRange(totals, n);
  const { vi: unstatedVi, en: unstatedEn } = unstatedNote(s, n);
  const tooHigh = allowed.min > totals.max;
  const difference = tooHigh ? allowed.min - totals.max : allowed.max - totals.min; // signed: + the average needs more, − fewer
  const gap = Math.abs(difference);
  const ri = roundingInterval(block.averageCriteria, ctx.options.averageRoundingUnits);
  return [
    averageFinding({
      code: 'average-vs-criteria',
      key,
      allowed: r,
      average: block.averageCriteria,
      difference,
      message: {
        vi: `${y.vi}: bình quân ${viNumber(block.averageCriteria)} tiêu chí/xã không phù hợp với số xã đạt từng tiêu chí. Số xã đạt của ${s.criteriaStated} tiêu chí có số liệu cộng lại là ${viNumber(s.criteriaSum)} lượt xã${unstatedVi}. Như vậy tổng số tiêu chí đạt của ${viNumber(n)} xã chỉ có thể ${totals.min === totals.max ? `là ${viNumber(totals.min)}, tương ứng bình quân ${r.vi.split('–')[0]}` : `từ ${viNumber(totals.min)} đến ${viNumber(totals.max)}, tương ứng bình quân từ ${r.vi.replace('–', ' đến ')}`} tiêu chí/xã. Để có bình quân ${viNumber(block.averageCriteria)} (kể cả làm tròn, tức từ ${ri.vi.replace('–', ' đến ')}), tổng số tiêu chí đạt phải ${tooHigh ? `ít nhất là ${viNumber(allowed.min)}, còn thiếu` : `nhiều nhất là ${viNumber(allowed.max)}, đang vượt`} ${viNumber(gap)}.`,
        en: `${y.en}: an average of ${block.averageCriteria} criteria per commune does not agree with the per-criterion counts: the ${s.criteriaStated} stated criteria add up to ${enNumber(s.criteriaSum)} commune-criteria met${unstatedEn}; so the ${enNumber(n)} communes meet ${enNumber(totals.min)} to ${enNumber(totals.max)} criteria in total, an average of ${r.en}. ${block.averageCriteria} (with rounding, ${ri.en}) needs ${tooHigh ? `at least ${enNumber(allowed.min)}` : `at most ${enNumber(allowed.max)}`}, ${enNumber(gap)} ${tooHigh ? 'more' : 'fewer'} than possible.`,
      },
    }),
  ];
}

/** Per-criterion counts whose total no bucket distribution allows. */
function criteriaVsBuckets(key: PlanBlockKey, s: PlanYearSummary, totals: IntRange, n: number): PlanFinding[] {
  const b = s.bucketTotals;
  if (!b || !(totals.min > b.max || totals.max < b.min)) return [];
  const y = yearLabel(s);
  const r = averageRange(totals, n);
  const tooHigh = totals.min > b.max;
  const difference = tooHigh ? totals.min - b.max : totals.max - b.min; // signed: + the counts give more, − fewer
  const rb = averageRange(b, n);
  return [
    finding({
      code: 'criteria-vs-buckets',
      severity: 'error',
      path: [key, 'criteria'],
      expected: `${b.min}–${b.max}`,
      actual: `${totals.min}–${totals.max}`,
      difference,
      message: {
        vi: `${y.vi}: theo số xã đạt từng tiêu chí, tổng số tiêu chí đạt của các xã từ ${viNumber(totals.min)} đến ${viNumber(totals.max)} (bình quân từ ${r.vi.replace('–', ' đến ')} tiêu chí/xã), nhưng theo số xã của từng nhóm thì tổng này chỉ có thể từ ${viNumber(b.min)} đến ${viNumber(b.max)} (bình quân từ ${rb.vi.replace('–', ' đến ')}); chênh lệch ít nhất ${viNumber(Math.abs(difference))} (${tooHigh ? 'thừa' : 'thiếu'}).`,
        en: `${y.en}: the per-criterion counts give ${enNumber(totals.min)}–${enNumber(totals.max)} criteria met in total (average ${r.en}), but the buckets allow only ${enNumber(b.min)}–${enNumber(b.max)} (average ${rb.en}); at least ${enNumber(Math.abs(difference))} too ${tooHigh ? 'many' : 'few'}.`,
      },
    }),
  ];
}

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
    out.push(...averageVsCriteria(ctx, key, block, s, totals, s.communes), ...criteriaVsBuckets(key, s, totals, s.communes));
  }
  return out;
}
