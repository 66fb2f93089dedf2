import { Dec } from '../_lib/decimal.js';
import { roundHalfUp } from '../scoring/decimal.js';
import type { CriteriaSet } from '../engine/types/index.js';
import type { Bucket, BucketScheme } from '../scoring/schemes.js';
import type { Plan, PlanYearBlock } from './types.js';

// What the figures of one year block imply, before any judgement: buckets with
// the recognised and implied counts filled in, the range of total criteria met
// the buckets allow, and the range the per-criterion counts allow. The checks
// and the report both read these; neither recomputes them.

/** Which block of a plan. */
export type PlanBlockKey = 'baseline' | 'target';

/** One bucket's count and where it comes from. */
export interface PlanBucketRow {
  readonly bucket: Bucket;
  /** `undefined` when neither stated nor implied. */
  readonly count?: number;
  /** `stated` in `buckets`; `recognised` from the communes meeting the standard; `implied` from the number of communes. */
  readonly source: 'stated' | 'recognised' | 'implied' | 'unknown';
}

/** An inclusive integer range. */
export interface IntRange {
  readonly min: number;
  readonly max: number;
}

/** What one year block's figures imply. */
export interface PlanYearSummary {
  readonly key: PlanBlockKey;
  readonly year: number;
  /** The commune criteria set the block's figures are counted on (src/plans/sets.ts). */
  readonly set: { readonly id: string; readonly criteriaTotal: number; readonly codes: readonly string[]; readonly period: { readonly fromYear: number; readonly toYear: number } };
  /** The bucket scheme of the block; `null` when none applies (a set without a national scheme, none given). */
  readonly scheme: BucketScheme | null;
  readonly communes?: number;
  /** Communes meeting the standard (the top bucket). */
  readonly recognised?: number;
  readonly rows: readonly PlanBucketRow[];
  /** Communes not in any stated bucket (number of communes − stated); negative when the buckets exceed the communes. */
  readonly remainder?: number;
  /** Bucket ids of the plan's block that the scheme does not know. */
  readonly unknownBucketIds: readonly string[];
  /** Range of total criteria met (summed over communes) the buckets allow; absent when the buckets cannot bound it. */
  readonly bucketTotals?: IntRange;
  /** Sum of the stated per-criterion counts, and how many criteria are stated. */
  readonly criteriaSum: number;
  readonly criteriaStated: number;
  /** Criteria of the scheme with no count in the block. */
  readonly criteriaUnstated: readonly string[];
  /** Range of total criteria met the per-criterion counts allow (unstated criteria bounded by recognised…communes). */
  readonly criteriaTotals?: IntRange;
}

/** The block's year: stated, or the plan year (target) / plan year − 1 (baseline). */
export function blockYear(plan: Plan, key: PlanBlockKey): number {
  return plan[key]?.year ?? (key === 'target' ? plan.year : plan.year - 1);
}

/** Communes meeting the standard in a block: the top bucket if stated, else the recognised total. */
export function recognisedCount(block: PlanYearBlock | undefined, scheme: BucketScheme | null): number | undefined {
  const top = scheme?.buckets.find((b) => b.min === scheme.criteriaTotal);
  return (top && block?.buckets?.[top.id]) ?? block?.meetingStandard?.total;
}

/**
 * The bucket rows of a block: stated, the top bucket from the communes meeting the standard, and the
 * unstated ones given the remainder when that settles them (one unstated bucket, or none left over).
 */
function bucketRows(scheme: BucketScheme | null, stated: Readonly<Record<string, number>>, set: CriteriaSet, recognised: number | undefined, n: number | undefined): { rows: PlanBucketRow[]; remainder: number | undefined } {
  const first: { bucket: Bucket; count?: number; source: PlanBucketRow['source'] }[] = (scheme?.buckets ?? []).map((bucket) => {
    const s = stated[bucket.id];
    if (s !== undefined) return { bucket, count: s, source: 'stated' };
    if (bucket.min === set.criteria.length && recognised !== undefined) return { bucket, count: recognised, source: 'recognised' };
    return { bucket, source: 'unknown' };
  });
  const statedSum = first.reduce((s, r) => s + (r.count ?? 0), 0);
  const unstated = first.filter((r) => r.count === undefined);
  const remainder = n === undefined || !scheme ? undefined : n - statedSum;
  const rows: PlanBucketRow[] = first.map((r) => {
    if (r.count !== undefined || remainder === undefined || remainder < 0) return r;
    if (unstated.length === 1 || remainder === 0) return { bucket: r.bucket, count: unstated.length === 1 ? remainder : 0, source: 'implied' };
    return r;
  });
  return { rows, remainder };
}

/** The range of total criteria met the bucket rows allow: the unsettled communes anywhere in the open buckets. */
function bucketTotalsOf(rows: readonly PlanBucketRow[], remainder: number | undefined): IntRange | undefined {
  const fixed = rows.filter((r) => r.count !== undefined);
  const open = rows.filter((r) => r.count === undefined);
  const left = remainder ?? (open.length === 0 ? 0 : undefined);
  if (left === undefined || left < 0) return undefined;
  let min = fixed.reduce((s, r) => s + (r.count ?? 0) * r.bucket.min, 0);
  let max = fixed.reduce((s, r) => s + (r.count ?? 0) * r.bucket.max, 0);
  if (open.length > 0) {
    min += left * Math.min(...open.map((r) => r.bucket.min));
    max += left * Math.max(...open.map((r) => r.bucket.max));
  }
  return { min, max };
}

/** The per-criterion counts: their sum, the criteria not stated, and the range of total criteria met they allow. */
function criteriaFigures(block: PlanYearBlock | undefined, codes: readonly string[], recognised: number | undefined, n: number | undefined) {
  const criteria = block?.criteria ?? [];
  const criteriaSum = criteria.reduce((s, c) => s + c.communes, 0);
  const statedCodes = new Set(criteria.map((c) => c.criterion));
  const criteriaUnstated = codes.filter((c) => !statedCodes.has(c));
  let criteriaTotals: IntRange | undefined;
  if (criteria.length > 0 && (criteriaUnstated.length === 0 || n !== undefined)) {
    // A recognised commune meets every criterion, so an unstated criterion is met by at least the recognised communes.
    const low = Math.min(recognised ?? 0, n ?? 0);
    criteriaTotals = { min: criteriaSum + criteriaUnstated.length * low, max: criteriaSum + criteriaUnstated.length * (n ?? 0) };
  }
  return { criteriaSum, criteriaStated: criteria.length, criteriaUnstated, ...(criteriaTotals ? { criteriaTotals } : {}) };
}

/**
 * Summarises one block of a plan, counted on `set`. Without a scheme (`null`), stated buckets stay
 * unread (`unknownBucketIds` lists none: the check says why) and nothing is bounded by buckets.
 */
export function summarizeBlock(plan: Plan, key: PlanBlockKey, scheme: BucketScheme | null, set: CriteriaSet): PlanYearSummary {
  const block = plan[key];
  const n = plan.communes;
  const recognised = recognisedCount(block, scheme);
  const stated = block?.buckets ?? {};
  const known = new Set((scheme?.buckets ?? []).map((b) => b.id));
  const unknownBucketIds = scheme ? Object.keys(stated).filter((id) => !known.has(id)) : [];
  const { rows, remainder } = bucketRows(scheme, stated, set, recognised, n);
  const bucketTotals = scheme && block?.buckets !== undefined && unknownBucketIds.length === 0 ? bucketTotalsOf(rows, remainder) : undefined;
  const codes = set.criteria.map((c) => c.code);
  return {
    key,
    year: blockYear(plan, key),
    set: { id: set.id, criteriaTotal: codes.length, codes, period: set.period },
    scheme,
    ...(n !== undefined ? { communes: n } : {}),
    ...(recognised !== undefined ? { recognised } : {}),
    rows,
    ...(remainder !== undefined ? { remainder } : {}),
    unknownBucketIds,
    ...(bucketTotals ? { bucketTotals } : {}),
    ...criteriaFigures(block, codes, recognised, n),
  };
}

/** Number of decimals written in a decimal string ("13.6" → 1). */
export function decimalsOf(written: string): number {
  return written.split('.')[1]?.length ?? 0;
}

/**
 * The integer totals of criteria met (over `communes` communes) whose average
 * lies within `roundingUnits` units of the last written decimal of `written`.
 * Empty when min > max.
 */
export function totalsForAverage(written: string, communes: number, roundingUnits: number): IntRange {
  const unit = new Dec(10).pow(-decimalsOf(written));
  const slack = unit.times(roundingUnits);
  const low = new Dec(written).minus(slack).times(communes).ceil();
  const high = new Dec(written).plus(slack).times(communes).floor();
  return { min: Math.max(0, low.toNumber()), max: high.toNumber() };
}

/** An average `total / communes` written with `decimals` decimals, half-up as the scoring module rounds, as a decimal string. */
export function averageOf(total: number, communes: number, decimals: number): string {
  return roundHalfUp({ numerator: total, denominator: communes }, decimals);
}
