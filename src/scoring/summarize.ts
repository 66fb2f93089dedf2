import { compareCodes } from '../_lib/collate.js';
import { readOptions } from '../_lib/options.js';
import { invalidInput, issue } from '../errors.js';
import type { LocalizedText } from '../engine/types/index.js';
import { bucketOf, checkScheme } from './buckets.js';
import { averageFigure, checkPlaces, type AverageFigure } from './decimal.js';
import { normalizeRecords, type NormalizedRecord, type ScoringRecord } from './records.js';
import { NATIONAL_COMMUNE_SCHEME, type Bucket, type BucketScheme } from './schemes.js';

/**
 * Options of {@link summarizeCommunes}.
 *
 * @example
 * ```ts
 * import { summarizeCommunes, THUA_THIEN_HUE_2018_SCHEME, type SummarizeOptions } from 'ntm-rules';
 * const options: SummarizeOptions = { scheme: THUA_THIEN_HUE_2018_SCHEME, floor: 8 };
 * summarizeCommunes([{ criteriaMet: 7 }], options).belowFloor?.count; // 1
 * ```
 */
export interface SummarizeOptions {
  /** Bucket scheme; defaults to {@link NATIONAL_COMMUNE_SCHEME}. Its `criteriaTotal` must match the records. */
  readonly scheme?: BucketScheme;
  /** Decimals of the printed (rounded) average; default 1, as reports print it. */
  readonly decimals?: number;
  /** Decimals of the average's decimal string when the quotient does not terminate; default 20. */
  readonly precision?: number;
  /** Also count the communes meeting fewer than this many criteria ("no commune under 15 criteria"). */
  readonly floor?: number;
}

/**
 * A commune referred to by its position in the input and its name.
 *
 * @example
 * ```ts
 * import { summarizeCommunes, type CommuneRef } from 'ntm-rules';
 * const below: readonly CommuneRef[] = summarizeCommunes([{ name: 'Xã B', criteriaMet: 9 }], { floor: 15 }).belowFloor?.communes ?? [];
 * below[0]?.name; // 'Xã B'
 * ```
 */
export interface CommuneRef {
  readonly index: number;
  readonly name?: string;
}

/**
 * A bucket with the number of communes in it.
 *
 * @example
 * ```ts
 * import { summarizeCommunes, type BucketCount } from 'ntm-rules';
 * const top: BucketCount | undefined = summarizeCommunes([{ criteriaMet: 19 }]).buckets[0];
 * top?.count; // 1
 * ```
 */
export interface BucketCount extends Bucket {
  readonly count: number;
}

/**
 * How many communes meet one criterion ("77/94 xã đạt tiêu chí Giao thông").
 *
 * @example
 * ```ts
 * import { summarizeCommunes, type CriterionTally } from 'ntm-rules';
 * const t: CriterionTally | undefined = summarizeCommunes([{ criteriaMet: 12, criteria: { '2': true } }]).criteria[0];
 * t?.ratio; // '1/1'
 * ```
 */
export interface CriterionTally {
  readonly code: string;
  /** The criterion's name, when the records carry it (evaluation results do). */
  readonly name?: LocalizedText;
  readonly met: number;
  readonly notMet: number;
  /** Communes whose record does not establish this criterion (not stated, or unknown in an evaluation). */
  readonly unknown: number;
  /** Number of communes summarised (the denominator reports print). */
  readonly of: number;
  /** `met/of`, e.g. '77/94'. */
  readonly ratio: string;
  readonly text: LocalizedText;
}

/**
 * The figures province and national reports print about a group of communes.
 *
 * @example
 * ```ts
 * import { summarizeCommunes, type CommuneSummary } from 'ntm-rules';
 * const s: CommuneSummary = summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 8 }]);
 * s.minimum; // 8
 * ```
 */
export interface CommuneSummary {
  readonly scheme: { readonly id: string; readonly criteriaTotal: number };
  /** Ids of the criteria-set versions of the evaluation results summarised (the average depends on the set). */
  readonly sets: readonly string[];
  readonly count: number;
  /** Communes meeting every criterion (criteriaMet === criteriaTotal): the top bucket of the national scheme. */
  readonly meetingStandard: number;
  /** Plain records flagged recognised ('ntm', 'advanced', 'model'), and those of them that do not meet every criterion now. */
  readonly recognised: { readonly count: number; readonly belowStandard: readonly CommuneRef[] };
  /** Sum of criteria met over all communes (the average's numerator). */
  readonly totalCriteriaMet: number;
  /** Criteria met per commune; `null` for no communes. */
  readonly average: AverageFigure | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
  /** One entry per bucket of the scheme, highest first; counts add up to `count`. */
  readonly buckets: readonly BucketCount[];
  /** Per-criterion tally, codes in natural order; empty when no record states per-criterion results. */
  readonly criteria: readonly CriterionTally[];
  /** Communes below `options.floor`; `null` when no floor was asked. */
  readonly belowFloor: { readonly floor: number; readonly count: number; readonly communes: readonly CommuneRef[] } | null;
  /**
   * Evaluation results with criteria still unknown. Their unknown criteria count
   * as not (yet) met in every figure above; `averageIfMet` is the average if all
   * of them were met (the upper bound).
   */
  readonly undetermined: { readonly communes: number; readonly criteria: number; readonly averageIfMet: AverageFigure | null };
}


function ref(r: NormalizedRecord): CommuneRef {
  return { index: r.index, ...(r.name !== undefined ? { name: r.name } : {}) };
}

function tallies(records: readonly NormalizedRecord[]): CriterionTally[] {
  const codes = new Set<string>();
  const names = new Map<string, LocalizedText>();
  for (const r of records) {
    for (const c of r.criteria.keys()) codes.add(c);
    for (const [c, n] of r.criterionNames) if (!names.has(c)) names.set(c, n);
  }
  const of = records.length;
  return [...codes].sort(compareCodes).map((code) => {
    let met = 0;
    let notMet = 0;
    for (const r of records) {
      const o = r.criteria.get(code);
      if (o === 'met') met++;
      else if (o === 'not-met') notMet++;
    }
    const name = names.get(code);
    const ratio = `${met}/${of}`;
    return {
      code,
      ...(name !== undefined ? { name } : {}),
      met,
      notMet,
      unknown: of - met - notMet,
      of,
      ratio,
      text: {
        vi: `${ratio} xã đạt tiêu chí ${name ? name.vi : `số ${code}`}`,
        en: `${met} of ${of} communes meet criterion ${name ? `${code} (${name.en})` : code}`,
      },
    };
  });
}

/**
 * Summarises communes the way reports do: count, communes meeting the standard,
 * average criteria per commune (exact fraction, decimal string, and the
 * one-decimal figure rounded half-up), minimum, count per bucket, per-criterion
 * tally ("77/94") and the count below a floor.
 *
 * Records are evaluation results ({@link evaluateCommune}) or plain
 * `{ name?, criteriaMet, recognition?, criteria? }`. Rules:
 * - **Meeting the standard** is `criteriaMet === criteriaTotal` (all criteria met,
 *   "đạt 19/19"), which is the top bucket. A `recognition` flag is reported
 *   apart (`recognised`), since a recognised commune re-assessed against a
 *   newer set may meet fewer criteria.
 * - **Unknown criteria** (an evaluation with `criteriaUnknown > 0`) are not
 *   counted as met: the commune is placed by the criteria it is shown to meet,
 *   and `undetermined` says how many communes and criteria are open.
 * - A criterion a plain record does not list is unknown for the tally only.
 *
 * @throws {NtmError} `invalid-input` naming each bad field (e.g. `records[3].criteriaMet`); `invalid-definition` for a bad scheme.
 *
 * @example
 * ```ts
 * import { summarizeCommunes } from 'ntm-rules';
 * const s = summarizeCommunes([
 *   { name: 'A', criteriaMet: 19 },
 *   { name: 'B', criteriaMet: 12, criteria: { '2': true, '10': false } },
 *   { name: 'C', criteriaMet: 8 },
 * ], { floor: 10 });
 * s.average?.decimal; // '13'
 * s.buckets.map((b) => b.count); // [1, 0, 1, 1, 0]
 * s.belowFloor?.count; // 1
 * s.criteria[0]?.ratio; // '1/3'
 * ```
 */
export function summarizeCommunes(records: readonly ScoringRecord[], options: SummarizeOptions = {}): CommuneSummary {
  const o = readOptions(options, ['scheme', 'decimals', 'precision', 'floor']);
  const scheme = checkScheme(o.scheme ?? NATIONAL_COMMUNE_SCHEME, ['options', 'scheme']);
  const decimals = checkPlaces(o.decimals ?? 1, ['options', 'decimals']);
  const precision = checkPlaces(o.precision ?? 20, ['options', 'precision']);
  const floor = o.floor;
  if (floor !== undefined && (typeof floor !== 'number' || !Number.isInteger(floor) || floor < 0 || floor > scheme.criteriaTotal)) {
    throw invalidInput('options', [issue(['options', 'floor'], 'out-of-range', { vi: `cần một số nguyên từ 0 đến ${scheme.criteriaTotal}`, en: `expected a whole number within 0…${scheme.criteriaTotal}` }, { min: 0, max: scheme.criteriaTotal })]);
  }
  const total = scheme.criteriaTotal;
  const rs = normalizeRecords(records, total);

  const counts = new Map<string, number>(scheme.buckets.map((b) => [b.id, 0]));
  let sum = 0;
  let unknownCriteria = 0;
  let undeterminedCommunes = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const r of rs) {
    const b = bucketOf(r.criteriaMet, scheme);
    counts.set(b.id, (counts.get(b.id) ?? 0) + 1);
    sum += r.criteriaMet;
    unknownCriteria += r.criteriaUnknown;
    if (r.criteriaUnknown > 0) undeterminedCommunes++;
    min = min === null ? r.criteriaMet : Math.min(min, r.criteriaMet);
    max = max === null ? r.criteriaMet : Math.max(max, r.criteriaMet);
  }
  const recognised = rs.filter((r) => r.recognition !== undefined && r.recognition !== 'none');
  const n = rs.length;
  return {
    scheme: { id: scheme.id, criteriaTotal: total },
    sets: [...new Set(rs.flatMap((r) => (r.setId !== undefined ? [r.setId] : [])))],
    count: n,
    meetingStandard: rs.filter((r) => r.criteriaMet === total).length,
    recognised: { count: recognised.length, belowStandard: recognised.filter((r) => r.criteriaMet < total).map(ref) },
    totalCriteriaMet: sum,
    average: n === 0 ? null : averageFigure({ numerator: sum, denominator: n }, precision, decimals),
    minimum: min,
    maximum: max,
    buckets: scheme.buckets.map((b) => ({ ...b, count: counts.get(b.id) ?? 0 })),
    criteria: tallies(rs),
    belowFloor:
      floor === undefined
        ? null
        : (() => {
            const below = rs.filter((r) => r.criteriaMet < floor);
            return { floor, count: below.length, communes: below.map(ref) };
          })(),
    undetermined: {
      communes: undeterminedCommunes,
      criteria: unknownCriteria,
      averageIfMet: n === 0 || unknownCriteria === 0 ? null : averageFigure({ numerator: sum + unknownCriteria, denominator: n }, precision, decimals),
    },
  };
}
