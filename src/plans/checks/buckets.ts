import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import { BLOCK_KEYS, yearLabel, type CheckContext, type YearLabel } from './context.js';
import type { BucketScheme } from '../../scoring/schemes.js';
import type { PlanBlockKey, PlanYearSummary } from '../summary.js';
import type { PlanYearBlock } from '../types.js';

/** Bucket ids the scheme does not know. */
function unknownBuckets(key: PlanBlockKey, s: PlanYearSummary, y: YearLabel, scheme: BucketScheme): PlanFinding[] {
  return s.unknownBucketIds.map((id) =>
    finding({
      code: 'bucket-unknown',
      severity: 'error',
      path: [key, 'buckets', id],
      actual: id,
      message: {
        vi: `Nhóm "${id}" (${y.vi.toLowerCase()}) không có trong cách phân nhóm ${scheme.id} (${scheme.buckets.map((b) => b.id).join(', ')}).`,
        en: `Bucket "${id}" (${y.en}) is not a bucket of scheme ${scheme.id} (${scheme.buckets.map((b) => b.id).join(', ')}).`,
      },
    }),
  );
}

/** A stated top bucket (all criteria met) that differs from the communes meeting the standard. */
function topBucketMismatch(key: PlanBlockKey, block: PlanYearBlock, y: YearLabel, scheme: BucketScheme): PlanFinding[] {
  const top = scheme.buckets.find((b) => b.min === scheme.criteriaTotal);
  const statedTop = top ? block.buckets?.[top.id] : undefined;
  const total = block.meetingStandard?.total;
  if (!top || statedTop === undefined || total === undefined || statedTop === total) return [];
  return [
    finding({
      code: 'bucket-top-mismatch',
      severity: 'error',
      path: [key, 'buckets', top.id],
      expected: total,
      actual: statedTop,
      difference: statedTop - total,
      message: {
        vi: `${y.vi}: nhóm đạt ${top.id} tiêu chí ghi ${statedTop} xã, nhưng số xã đạt chuẩn là ${total}.`,
        en: `${y.en}: the ${top.id}-criteria bucket has ${statedTop} communes, but ${total} communes meet the standard.`,
      },
    }),
  ];
}

/**
 * The stated buckets plus the communes meeting the standard against the number of communes: more
 * is an error, and so is less when every bucket is stated; otherwise the unstated buckets take
 * what is left (info).
 */
function bucketSum(key: PlanBlockKey, s: PlanYearSummary, y: YearLabel): PlanFinding[] {
  if (s.communes === undefined || s.remainder === undefined) return [];
  const parts = s.rows.filter((r) => r.source === 'stated' || r.source === 'recognised');
  const sumText = (f: (n: number) => string) => parts.map((r) => `${f(r.count ?? 0)} (${r.bucket.id})`).join(' + ');
  const statedSum = s.communes - s.remainder;
  const open = s.rows.filter((r) => r.source !== 'stated' && r.source !== 'recognised');
  if (s.remainder < 0 || (open.length === 0 && s.remainder !== 0)) {
    const exceeds = s.remainder < 0;
    return [
      finding({
        code: exceeds ? 'buckets-exceed-communes' : 'buckets-sum-mismatch',
        severity: 'error',
        path: [key, 'buckets'],
        expected: s.communes,
        actual: statedSum,
        difference: -s.remainder,
        message: exceeds
          ? {
              vi: `${y.vi}: số xã theo nhóm cộng lại ${sumText(viNumber)} = ${viNumber(statedSum)} xã, nhiều hơn tổng số ${viNumber(s.communes)} xã là ${viNumber(-s.remainder)} xã.`,
              en: `${y.en}: communes by bucket add up to ${sumText(enNumber)} = ${enNumber(statedSum)}, ${enNumber(-s.remainder)} more than the ${enNumber(s.communes)} communes.`,
            }
          : {
              vi: `${y.vi}: mọi nhóm đều được nêu nhưng cộng lại ${sumText(viNumber)} = ${viNumber(statedSum)} xã, thiếu ${viNumber(s.remainder)} xã so với tổng số ${viNumber(s.communes)} xã.`,
              en: `${y.en}: every bucket is stated, but they add up to ${sumText(enNumber)} = ${enNumber(statedSum)}, ${enNumber(s.remainder)} short of the ${enNumber(s.communes)} communes.`,
            },
      }),
    ];
  }
  if (s.remainder === 0) return [];
  const ids = open.map((r) => r.bucket.id).join(', ');
  return [
    finding({
      code: 'bucket-implied',
      severity: 'info',
      path: [key, 'buckets'],
      actual: s.remainder,
      message: {
        vi: `${y.vi}: các nhóm được nêu cộng lại ${viNumber(statedSum)} xã trên tổng số ${viNumber(s.communes)}; ${viNumber(s.remainder)} xã còn lại thuộc nhóm không nêu (${ids}).`,
        en: `${y.en}: the stated buckets add up to ${enNumber(statedSum)} of ${enNumber(s.communes)} communes; the other ${enNumber(s.remainder)} fall in unstated buckets (${ids}).`,
      },
    }),
  ];
}

/**
 * Bucket counts plus the communes meeting the standard against the number of
 * communes: they must not exceed it, and must equal it when every bucket is
 * stated. Unstated buckets take what is left (reported as info when not zero).
 * Also: bucket ids the scheme does not know, and a stated top bucket that
 * differs from the communes meeting the standard.
 */
export function checkBuckets(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  const { scheme } = ctx.options;
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    if (!block?.buckets) continue;
    const s = ctx.summaries[key];
    const y = yearLabel(s);
    out.push(...unknownBuckets(key, s, y, scheme), ...topBucketMismatch(key, block, y, scheme), ...bucketSum(key, s, y));
  }
  return out;
}
