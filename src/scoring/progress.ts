import { compareCodes } from '../_lib/collate.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import type { LocalizedText } from '../engine/types/index.js';
import { averageFigure, criteriaToReach, isDecimalString, subtractFractions, type AverageFigure, type Fraction } from './decimal.js';
import { checkSummaries, readSummary, summaryTotal } from './summary-input.js';
import type { CommuneSummary } from './summarize.js';

/**
 * Target figures as a plan states them ("44 xã đạt chuẩn; 10 xã đạt 15-18
 * tiêu chí; bình quân 15,5 tiêu chí/xã; 77/94 xã đạt tiêu chí Giao thông").
 * Every part is optional; only the parts given are measured.
 *
 * @example
 * ```ts
 * import type { SummaryTarget } from 'ntm-rules';
 * // Lai Châu 2024 plan targets (communes out of 94)
 * const target: SummaryTarget = { meetingStandard: 44, buckets: { '15-18': 10, '10-14': 40 }, average: '15.5' };
 * ```
 */
export interface SummaryTarget {
  /** Communes meeting every criterion. */
  readonly meetingStandard?: number;
  /** Bucket id → communes in that bucket. */
  readonly buckets?: { readonly [bucketId: string]: number };
  /** Average criteria per commune as printed, a decimal string such as '15.5'. */
  readonly average?: string;
  /** Criterion code → communes meeting it. */
  readonly criteria?: { readonly [code: string]: number };
  /** No commune under this many criteria. */
  readonly minimum?: number;
}

/**
 * Current value, target, and what is left (0 once reached).
 *
 * @example
 * ```ts
 * import { progressTowardTarget, summarizeCommunes, type Remaining } from 'ntm-rules';
 * const r: Remaining | null = progressTowardTarget(summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 12 }]), { meetingStandard: 2 }).meetingStandard;
 * r?.remaining; // 1
 * ```
 */
export interface Remaining {
  readonly current: number;
  readonly target: number;
  readonly remaining: number;
}

/**
 * What is left between a summary and a target.
 *
 * @example
 * ```ts
 * import { progressTowardTarget, summarizeCommunes, type TargetProgress } from 'ntm-rules';
 * const p: TargetProgress = progressTowardTarget(summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 12 }]), { meetingStandard: 2 });
 * p.meetingStandard?.remaining; // 1
 * ```
 */
export interface TargetProgress {
  readonly meetingStandard: Remaining | null;
  /**
   * Per bucket named by the target, highest first: `change` is target − current
   * (negative: communes to move out). `atLeast` counts communes at or above the
   * bucket's minimum, when the target gives every bucket from the top down to
   * it; its `remaining` is how many communes still have to be raised to that level.
   */
  readonly buckets: readonly {
    readonly id: string;
    readonly label: LocalizedText;
    readonly current: number;
    readonly target: number;
    readonly change: number;
    readonly atLeast: (Remaining & { readonly min: number }) | null;
  }[];
  readonly average: {
    readonly current: AverageFigure;
    readonly target: string;
    /** Exact target − current, 0 or less once reached. */
    readonly gap: AverageFigure;
    /** Criteria still to be met, in all, for the exact average to reach the target. */
    readonly criteriaToGain: number;
    /** Criteria still to be met for the printed (half-up rounded) average to show the target. */
    readonly criteriaToGainPrinted: number;
  } | null;
  /** Per criterion named by the target; `current` is `null` when the summary has no tally for it. */
  readonly criteria: readonly {
    readonly code: string;
    readonly name?: LocalizedText;
    readonly current: number | null;
    readonly target: number;
    readonly remaining: number | null;
  }[];
  readonly minimum: { readonly current: number | null; readonly target: number; readonly reached: boolean } | null;
  /**
   * Whether every part of the target given is reached. A bucket counts as reached
   * when its `atLeast` has nothing remaining (or, without `atLeast`, when it
   * holds at least its target).
   */
  readonly achieved: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Reads a target given as figures or as another summary. */
function toTarget(t: unknown, current: CommuneSummary): SummaryTarget {
  if (isObject(t) && Array.isArray(t.buckets)) {
    checkSummaries([[t, 'target']]);
    const s = t as unknown as CommuneSummary;
    if (summaryTotal(s) !== summaryTotal(current)) {
      throw invalidInput('target', [issue(['target', 'criteriaTotal'], 'criteria-total-mismatch', { vi: `mục tiêu tính ${String(summaryTotal(s))} tiêu chí, số liệu hiện tại ${String(summaryTotal(current))}: thuộc hai bộ tiêu chí khác nhau`, en: `the target counts ${String(summaryTotal(s))} criteria, the current summary ${String(summaryTotal(current))}: they refer to different criteria sets` })]);
    }
    if (s.scheme?.id !== current.scheme?.id) {
      throw invalidInput('target', [issue(['target', 'scheme'], 'scheme-mismatch', { vi: `cách phân nhóm "${s.scheme?.id ?? 'không có'}" khác cách phân nhóm của số liệu hiện tại "${current.scheme?.id ?? 'không có'}"`, en: `"${s.scheme?.id ?? 'no scheme'}" differs from the current summary's scheme "${current.scheme?.id ?? 'no scheme'}"` })]);
    }
    return {
      meetingStandard: s.meetingStandard,
      buckets: Object.fromEntries(s.buckets.map((b) => [b.id, b.count])),
      ...(s.average ? { average: s.average.rounded } : {}),
      criteria: Object.fromEntries(s.criteria.map((c) => [c.code, c.met])),
      ...(s.minimum !== null ? { minimum: s.minimum } : {}),
    };
  }
  const issues: IssueInit[] = [];
  if (!isObject(t)) throw invalidInput('target', [issue(['target'], 'expected-object', { vi: 'cần các chỉ số mục tiêu hoặc một bản tổng hợp', en: 'expected target figures or a summary' })]);
  const known = new Set(['meetingStandard', 'buckets', 'average', 'criteria', 'minimum']);
  for (const k of Object.keys(t)) if (!known.has(k)) issues.push(issue(['target', k], 'unknown-key', { vi: `không có trường "${k}"`, en: `unknown field "${k}"` }, { key: k }));
  const total = summaryTotal(current) as number;
  if (t.meetingStandard !== undefined && !isCount(t.meetingStandard)) issues.push(issue(['target', 'meetingStandard'], 'expected-whole-number', { vi: 'cần một số nguyên không âm', en: 'expected a whole number ≥ 0' }));
  if (t.minimum !== undefined && !(isCount(t.minimum) && t.minimum <= total)) issues.push(issue(['target', 'minimum'], 'out-of-range', { vi: `cần một số nguyên từ 0 đến ${total}`, en: `expected a whole number within 0…${total}` }, { min: 0, max: total }));
  if (t.average !== undefined && !(isDecimalString(t.average) && t.average.length <= 24)) issues.push(issue(['target', 'average'], 'expected-decimal', { vi: 'cần chuỗi số thập phân dùng dấu chấm, ví dụ "15.5" (tối đa 24 ký tự)', en: 'expected a decimal string such as "15.5" (at most 24 characters)' }));
  else if (t.average !== undefined && Number(t.average) > total) issues.push(issue(['target', 'average'], 'out-of-range', { vi: `không được lớn hơn ${total}`, en: `cannot exceed ${total}` }, { max: total }));
  const ids = new Set(current.buckets.map((b) => b.id));
  for (const key of ['buckets', 'criteria'] as const) {
    const m = t[key];
    if (m === undefined) continue;
    if (!isObject(m)) {
      issues.push(issue(['target', key], 'expected-object', { vi: `cần ghi số xã theo từng ${key === 'buckets' ? 'mã nhóm' : 'tiêu chí'}`, en: `expected an object mapping ${key === 'buckets' ? 'bucket ids' : 'criterion codes'} to counts` }));
      continue;
    }
    for (const [k, v] of Object.entries(m)) {
      if (!isCount(v)) issues.push(issue(['target', key, k], 'expected-whole-number', { vi: 'cần một số nguyên không âm', en: 'expected a whole number ≥ 0' }));
      else if (key === 'buckets' && !ids.has(k)) {
        issues.push(
          current.scheme
            ? issue(['target', key, k], 'unknown-bucket', { vi: `cách phân nhóm "${current.scheme.id}" không có nhóm "${k}"`, en: `no bucket "${k}" in scheme "${current.scheme.id}"` }, { key: k })
            : issue(['target', key, k], 'no-bucket-scheme', { vi: `số liệu hiện tại không có cách phân nhóm (bộ ${total} tiêu chí không có cách phân nhóm quốc gia): cần tổng hợp với options.scheme để đo theo nhóm`, en: `the current summary has no bucket scheme (a set of ${total} criteria has no national one): summarise with options.scheme to measure buckets` }, { key: k }),
        );
      }
    }
  }
  if (issues.length > 0) throw invalidInput('target', issues);
  return t as SummaryTarget;
}

function remaining(current: number, target: number): Remaining {
  return { current, target, remaining: Math.max(0, target - current) };
}

function decimalFraction(v: string): Fraction {
  const [int, frac = ''] = v.split('.');
  return { numerator: Number(`${int}${frac}`), denominator: 10 ** frac.length };
}

/** Each bucket the target states, with "at least this bucket" counts (buckets are ordered highest first, so a running sum gives them). */
function bucketProgress(current: CommuneSummary, t: SummaryTarget): TargetProgress['buckets'][number][] {
  let curAtLeast = 0;
  let tgtAtLeast: number | null = 0;
  const buckets: TargetProgress['buckets'][number][] = [];
  for (const b of current.buckets) {
    curAtLeast += b.count;
    const tv = t.buckets?.[b.id];
    tgtAtLeast = tgtAtLeast !== null && tv !== undefined ? tgtAtLeast + tv : null;
    if (tv === undefined) continue;
    buckets.push({
      id: b.id,
      label: b.label,
      current: b.count,
      target: tv,
      change: tv - b.count,
      atLeast: tgtAtLeast !== null ? { min: b.min, ...remaining(curAtLeast, tgtAtLeast) } : null,
    });
  }
  return buckets;
}

/** The average against the target's: the gap, and the criteria the communes must gain to reach it. */
function averageProgress(current: CommuneSummary, t: SummaryTarget): TargetProgress['average'] {
  if (t.average === undefined || !current.average) return null;
  const cur = current.average;
  const decimals = t.average.includes('.') ? t.average.split('.')[1]!.length : 0;
  return {
    current: cur,
    target: t.average,
    gap: averageFigure(subtractFractions(decimalFraction(t.average), cur.fraction), cur.places ?? 20, cur.roundedDecimals),
    criteriaToGain: criteriaToReach(current.totalCriteriaMet, current.count, t.average, decimals, false),
    criteriaToGainPrinted: criteriaToReach(current.totalCriteriaMet, current.count, t.average, decimals, true),
  };
}

/** Each criterion the target states, in code order, with the communes still to meet it. */
function criteriaProgress(current: CommuneSummary, t: SummaryTarget): TargetProgress['criteria'][number][] {
  const tallies = new Map(current.criteria.map((c) => [c.code, c]));
  return Object.entries(t.criteria ?? {})
    .sort(([x], [y]) => compareCodes(x, y))
    .map(([code, target]) => {
      const c = tallies.get(code);
      return {
        code,
        ...(c?.name !== undefined ? { name: c.name } : {}),
        current: c ? c.met : null,
        target,
        remaining: c ? Math.max(0, target - c.met) : null,
      };
    });
}

/**
 * What is left between a summary and a target: communes still to reach the
 * standard, per bucket (change and "at least this level"), per criterion
 * (communes still to meet it), the average (exact gap and the criteria still
 * to gain, exactly and for the printed figure), and the floor.
 *
 * The target is given as figures ({@link SummaryTarget}) or as another summary.
 *
 * @throws {NtmError} `invalid-input` naming each bad field of the target (e.g. `target.buckets["20"]`) or summary.
 *
 * @example
 * ```ts
 * import { progressTowardTarget, summarizeCommunes } from 'ntm-rules';
 * const now = summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 12, criteria: { '2': false } }]);
 * const p = progressTowardTarget(now, { meetingStandard: 2, average: '17.0', criteria: { '2': 1 } });
 * p.meetingStandard?.remaining; // 1
 * p.average?.criteriaToGain; // 3
 * p.criteria[0]?.remaining; // 1
 * ```
 */
export function progressTowardTarget(current: CommuneSummary, target: SummaryTarget | CommuneSummary): TargetProgress {
  // Plain copies, read once (src/_lib/plain.ts): everything below reads only them.
  current = readSummary(current, 'current') as CommuneSummary;
  checkSummaries([[current, 'current']]);
  const t = toTarget(readSummary(target, 'target'), current);
  const meetingStandard = t.meetingStandard !== undefined ? remaining(current.meetingStandard, t.meetingStandard) : null;
  const buckets = bucketProgress(current, t);
  const average = averageProgress(current, t);
  const criteria = criteriaProgress(current, t);
  const minimum =
    t.minimum !== undefined ? { current: current.minimum, target: t.minimum, reached: current.minimum !== null && current.minimum >= t.minimum } : null;

  const achieved =
    (meetingStandard?.remaining ?? 0) === 0 &&
    buckets.every((b) => (b.atLeast !== null ? b.atLeast.remaining === 0 : b.change <= 0)) &&
    (average === null ? t.average === undefined : average.criteriaToGain === 0) &&
    criteria.every((c) => c.remaining === 0) &&
    (minimum?.reached ?? true);

  return { meetingStandard, buckets, average, criteria, minimum, achieved };
}
