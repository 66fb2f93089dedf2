import { compareCodes } from '../_lib/collate.js';
import { invalidInput, issue } from '../errors.js';
import type { LocalizedText } from '../engine/types/index.js';
import { averageFigure, subtractDecimals, subtractFractions, type AverageFigure } from './decimal.js';
import { checkSummaries, readSummary, summaryTotal } from './summary-input.js';
import type { CommuneSummary } from './summarize.js';

/**
 * A count before and after, and `after − before`.
 *
 * @example
 * ```ts
 * import { compareSummaries, summarizeCommunes, type CountChange } from 'ntm-rules';
 * const c: CountChange = compareSummaries(summarizeCommunes([{ criteriaMet: 12 }]), summarizeCommunes([{ criteriaMet: 19 }])).meetingStandard;
 * c.change; // 1
 * ```
 */
export interface CountChange {
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

/**
 * Year-over-year change between two summaries of the same scheme.
 *
 * @example
 * ```ts
 * import { compareSummaries, summarizeCommunes, type SummaryComparison } from 'ntm-rules';
 * const c: SummaryComparison = compareSummaries(summarizeCommunes([{ criteriaMet: 12 }]), summarizeCommunes([{ criteriaMet: 16 }]));
 * c.totalCriteriaMet.change; // 4
 * ```
 */
export interface SummaryComparison {
  /** The two summaries' scheme; `null` when neither has one (a set without a national scheme). */
  readonly scheme: { readonly id: string; readonly criteriaTotal: number } | null;
  readonly criteriaTotal: number;
  readonly count: CountChange;
  readonly meetingStandard: CountChange;
  readonly totalCriteriaMet: CountChange;
  /** Per bucket of the scheme, highest first. */
  readonly buckets: readonly (CountChange & { readonly id: string; readonly label: LocalizedText })[];
  /** Per criterion tallied in either summary; `null` where a summary has no tally for it. */
  readonly criteria: readonly {
    readonly code: string;
    readonly name?: LocalizedText;
    readonly before: number | null;
    readonly after: number | null;
    readonly change: number | null;
  }[];
  readonly average: {
    readonly before: AverageFigure | null;
    readonly after: AverageFigure | null;
    /** Exact change of the average (after − before), with its decimal and half-up rounding. */
    readonly change: AverageFigure | null;
    /** Difference of the two printed (rounded) figures, as a reader of the two reports would compute it. */
    readonly printedChange: string | null;
  };
  readonly minimum: { readonly before: number | null; readonly after: number | null };
}


function change(before: number, after: number): CountChange {
  return { before, after, change: after - before };
}

/** Two summaries are compared only on the same criteria total and the same bucket scheme; returns the criteria total. */
function comparableTotal(before: CommuneSummary, after: CommuneSummary): number {
  const totalBefore = summaryTotal(before);
  const totalAfter = summaryTotal(after);
  if (totalBefore !== totalAfter) {
    throw invalidInput('summaries', [
      issue(['after', 'criteriaTotal'], 'criteria-total-mismatch', { vi: `hai bản tổng hợp tính số tiêu chí khác nhau (trước ${String(totalBefore)}, sau ${String(totalAfter)}): chúng thuộc hai bộ tiêu chí khác nhau, không so sánh được`, en: `the summaries count different criteria (${String(totalBefore)} before, ${String(totalAfter)} after): they refer to different criteria sets and cannot be compared` }),
    ]);
  }
  if (before.scheme?.id !== after.scheme?.id || before.scheme?.criteriaTotal !== after.scheme?.criteriaTotal) {
    const a = after.scheme?.id ?? 'không có';
    const b = before.scheme?.id ?? 'không có';
    throw invalidInput('summaries', [
      issue(['after', 'scheme'], 'scheme-mismatch', { vi: `cách phân nhóm "${a}" khác cách phân nhóm của bản tổng hợp trước "${b}"; cần tổng hợp cả hai theo cùng một cách`, en: `"${after.scheme?.id ?? 'no scheme'}" differs from the earlier summary's scheme "${before.scheme?.id ?? 'no scheme'}"; summarise both with the same scheme` }),
    ]);
  }
  return totalAfter as number;
}

/** Each criterion of either summary, in code order, before against after. */
function criteriaChanges(before: CommuneSummary, after: CommuneSummary): SummaryComparison['criteria'][number][] {
  const codes = [...new Set([...before.criteria, ...after.criteria].map((c) => c.code))].sort(compareCodes);
  const b = new Map(before.criteria.map((c) => [c.code, c]));
  const a = new Map(after.criteria.map((c) => [c.code, c]));
  return codes.map((code) => {
    const x = b.get(code);
    const y = a.get(code);
    const name = y?.name ?? x?.name;
    return {
      code,
      ...(name !== undefined ? { name } : {}),
      before: x ? x.met : null,
      after: y ? y.met : null,
      change: x && y ? y.met - x.met : null,
    };
  });
}

/** The averages before and after, the exact change and the change of the printed figures. */
function averageChange(before: CommuneSummary, after: CommuneSummary): SummaryComparison['average'] {
  const avB = before.average;
  const avA = after.average;
  const decimals = avA?.roundedDecimals ?? avB?.roundedDecimals ?? 1;
  const places = avA?.places ?? avB?.places ?? 20;
  return {
    before: avB,
    after: avA,
    change: avA && avB ? averageFigure(subtractFractions(avA.fraction, avB.fraction), places, decimals) : null,
    printedChange: avA && avB ? subtractDecimals(avA.rounded, avB.rounded) : null,
  };
}

/**
 * Compares two summaries (e.g. 2023 and 2024) of the same bucket scheme: per
 * bucket, per criterion, communes meeting the standard, and the average (the
 * exact change and the change of the printed figures).
 *
 * @throws {NtmError} `invalid-input` when a summary is malformed or the two use different schemes (path `after.scheme`).
 *
 * @example
 * ```ts
 * import { compareSummaries, summarizeCommunes } from 'ntm-rules';
 * const before = summarizeCommunes([{ criteriaMet: 12 }, { criteriaMet: 19 }]);
 * const after = summarizeCommunes([{ criteriaMet: 15 }, { criteriaMet: 19 }]);
 * const c = compareSummaries(before, after);
 * c.buckets.find((b) => b.id === '15-18')?.change; // 1
 * c.average.change?.decimal; // '1.5'
 * ```
 */
export function compareSummaries(before: CommuneSummary, after: CommuneSummary): SummaryComparison {
  // Plain copies, read once (src/_lib/plain.ts): everything below reads only them.
  before = readSummary(before, 'before') as CommuneSummary;
  after = readSummary(after, 'after') as CommuneSummary;
  checkSummaries([
    [before, 'before'],
    [after, 'after'],
  ]);
  const criteriaTotal = comparableTotal(before, after);
  const beforeBuckets = new Map(before.buckets.map((b) => [b.id, b.count]));
  return {
    scheme: after.scheme ? { id: after.scheme.id, criteriaTotal: after.scheme.criteriaTotal } : null,
    criteriaTotal,
    count: change(before.count, after.count),
    meetingStandard: change(before.meetingStandard, after.meetingStandard),
    totalCriteriaMet: change(before.totalCriteriaMet, after.totalCriteriaMet),
    buckets: after.buckets.map((b) => ({ id: b.id, label: b.label, ...change(beforeBuckets.get(b.id) ?? 0, b.count) })),
    criteria: criteriaChanges(before, after),
    average: averageChange(before, after),
    minimum: { before: before.minimum, after: after.minimum },
  };
}
