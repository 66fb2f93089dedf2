import { Dec, toPlain } from '../../_lib/decimal.js';
import { finding, enNumber, viNumber, type PlanFinding, type PlanFindingCode } from '../finding.js';
import type { LocalizedText } from '../../_lib/text.js';
import { averageOf, decimalsOf, totalsForAverage, type IntRange, type PlanBlockKey } from '../summary.js';
import { BLOCK_KEYS, yearLabel, type CheckContext } from './context.js';

/** Formats an average range "12,46–14,78" / "12.46–14.78" with two decimals. */
export function averageRange(range: IntRange, communes: number): { vi: string; en: string; plain: string } {
  const lo = averageOf(range.min, communes, 2);
  const hi = averageOf(range.max, communes, 2);
  return { vi: `${viNumber(lo)}–${viNumber(hi)}`, en: `${lo}–${hi}`, plain: `${lo}–${hi}` };
}

/** The stated average's rounding interval, e.g. 13,55–13,65: written ± units of its last decimal, exact. */
export function roundingInterval(written: string, units: number): { vi: string; en: string } {
  const step = new Dec(String(units)).times(new Dec(10).pow(-decimalsOf(written)));
  const lo = toPlain(new Dec(written).minus(step));
  const hi = toPlain(new Dec(written).plus(step));
  return { vi: `${viNumber(lo)}–${viNumber(hi)}`, en: `${lo}–${hi}` };
}

/**
 * A stated average the block's other figures cannot give (its buckets, its per-criterion counts):
 * `expected` is the range of averages they allow, `difference` the criteria met it needs more (+) or fewer (−).
 */
export function averageFinding(f: { code: PlanFindingCode; key: PlanBlockKey; allowed: { plain: string }; average: string; difference: number; message: LocalizedText }): PlanFinding {
  return finding({ code: f.code, severity: 'error', path: [f.key, 'averageCriteria'], expected: f.allowed.plain, actual: f.average, difference: f.difference, message: f.message });
}

/**
 * An average no whole number of criteria met over the communes gives at all
 * (e.g. "14.15" over 10 communes), and an average criteria per commune that no distribution consistent with the
 * buckets could give: each bucket contributes between its bounds (the top
 * bucket exactly the criteria total), so the total criteria met lies in a
 * range; the stated average, widened by its rounding, must meet it.
 */
export function checkAverageBuckets(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    const s = ctx.summaries[key];
    if (!block?.averageCriteria || !s.communes) continue;
    const n = s.communes;
    const allowed = totalsForAverage(block.averageCriteria, n, ctx.options.averageRoundingUnits);
    if (allowed.min > allowed.max) {
      const ri = roundingInterval(block.averageCriteria, ctx.options.averageRoundingUnits);
      const y = yearLabel(s);
      out.push(
        finding({
          code: 'average-unattainable',
          severity: 'error',
          path: [key, 'averageCriteria'],
          actual: block.averageCriteria,
          message: {
            vi: `${y.vi}: với ${viNumber(n)} xã, không có tổng số tiêu chí đạt nào cho bình quân ${viNumber(block.averageCriteria)} tiêu chí/xã (kể cả làm tròn, tức từ ${ri.vi.replace('–', ' đến ')}): tổng ${viNumber(allowed.max)} cho bình quân ${viNumber(averageOf(allowed.max, n, 3))}, tổng ${viNumber(allowed.min)} cho bình quân ${viNumber(averageOf(allowed.min, n, 3))}.`,
            en: `${y.en}: no total of criteria met over ${enNumber(n)} communes gives an average of ${block.averageCriteria} (with rounding, ${ri.en}); ${enNumber(allowed.max)} gives ${averageOf(allowed.max, n, 3)}, ${enNumber(allowed.min)} gives ${averageOf(allowed.min, n, 3)}.`,
          },
        }),
      );
      continue;
    }
    if (!s.bucketTotals) continue;
    const range = s.bucketTotals;
    if (allowed.min <= range.max && allowed.max >= range.min) continue;
    const tooHigh = allowed.min > range.max;
    const difference = tooHigh ? allowed.min - range.max : allowed.max - range.min; // signed: + the average needs more, − fewer
    const gap = Math.abs(difference);
    const r = averageRange(range, n);
    const ri = roundingInterval(block.averageCriteria, ctx.options.averageRoundingUnits);
    const y = yearLabel(s);
    const buckets = s.rows.filter((row) => row.count !== undefined);
    const list = (f: (x: number) => string) => buckets.map((row) => `${f(row.count ?? 0)} × ${row.bucket.id}`).join(', ');
    const listVi = buckets.map((row) => `${viNumber(row.count ?? 0)} xã đạt ${row.bucket.id} tiêu chí`).join(', ');
    out.push(
      averageFinding({
        code: 'average-outside-buckets',
        key,
        allowed: r,
        average: block.averageCriteria,
        difference,
        message: {
          vi: `${y.vi}: bình quân ${viNumber(block.averageCriteria)} tiêu chí/xã không phù hợp với số xã theo nhóm (${listVi}). Với số xã từng nhóm như vậy, tổng số tiêu chí đạt của ${viNumber(n)} xã chỉ có thể từ ${viNumber(range.min)} đến ${viNumber(range.max)}, tương ứng bình quân từ ${r.vi.replace('–', ' đến ')} tiêu chí/xã. Để có bình quân ${viNumber(block.averageCriteria)} (kể cả làm tròn, tức từ ${ri.vi.replace('–', ' đến ')}), tổng số tiêu chí đạt phải ${tooHigh ? `ít nhất là ${viNumber(allowed.min)}, còn thiếu` : `nhiều nhất là ${viNumber(allowed.max)}, đang vượt`} ${viNumber(gap)}.`,
          en: `${y.en}: an average of ${block.averageCriteria} criteria per commune cannot come from the buckets (${list(enNumber)}): the ${enNumber(n)} communes meet between ${enNumber(range.min)} and ${enNumber(range.max)} criteria in total, an average of ${r.en}; ${block.averageCriteria} (with rounding, ${ri.en}) needs ${tooHigh ? `at least ${enNumber(allowed.min)}` : `at most ${enNumber(allowed.max)}`}, ${enNumber(gap)} ${tooHigh ? 'more' : 'fewer'} than possible.`,
        },
      }),
    );
  }
  return out;
}
