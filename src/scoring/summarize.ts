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
  /**
   * Bucket scheme; its `criteriaTotal` must match the records. Default: {@link NATIONAL_COMMUNE_SCHEME}
   * for 19 criteria; none for a set of another size (the 10 criteria of 2026-2030 have no national
   * scheme: the summary then has no buckets and says so in `schemeNote`).
   */
  readonly scheme?: BucketScheme;
  /**
   * Number of criteria of the set the records refer to, when no scheme gives it. Default: the
   * evaluation results' `criteriaTotal`, else 19. Plain records `{ criteriaMet }` of the 2026-2030
   * set need `criteriaTotal: 10`.
   */
  readonly criteriaTotal?: number;
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
  /** The bucket scheme used; `null` when none applies (no scheme given for a set without a national one). */
  readonly scheme: { readonly id: string; readonly criteriaTotal: number } | null;
  /** Number of criteria of the set summarised. */
  readonly criteriaTotal: number;
  /** Why there are no buckets, when `scheme` is `null`. */
  readonly schemeNote: LocalizedText | null;
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
  /** One entry per bucket of the scheme, highest first; counts add up to `count`. Empty without a scheme. */
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

/** The options read and checked, but the floor, which is checked against the criteria total once that is known. */
function summarizeOptions(options: SummarizeOptions) {
  const o = readOptions(options, ['scheme', 'decimals', 'precision', 'floor', 'criteriaTotal']);
  const given = o.scheme === undefined ? undefined : checkScheme(o.scheme, ['options', 'scheme']);
  const decimals = checkPlaces(o.decimals ?? 1, ['options', 'decimals']);
  const precision = checkPlaces(o.precision ?? 20, ['options', 'precision']);
  const stated = o.criteriaTotal;
  if (stated !== undefined && (typeof stated !== 'number' || !Number.isInteger(stated) || stated < 1 || stated > 1_000)) {
    throw invalidInput('options', [issue(['options', 'criteriaTotal'], 'out-of-range', { vi: 'cần một số nguyên từ 1 đến 1000', en: 'expected a whole number within 1…1000' }, { min: 1, max: 1_000 })]);
  }
  if (given !== undefined && stated !== undefined && stated !== given.criteriaTotal) {
    throw invalidInput('options', [
      issue(['options', 'criteriaTotal'], 'scheme-mismatch', { vi: `cách phân nhóm ${given.id} tính trên ${given.criteriaTotal} tiêu chí, không phải ${String(stated)}`, en: `scheme ${given.id} counts ${given.criteriaTotal} criteria, not ${String(stated)}` }, { criteriaTotal: given.criteriaTotal }),
    ]);
  }
  return { given, decimals, precision, stated: stated as number | undefined, floor: o.floor };
}

/** One pass over the records: the count per bucket, the criteria met and unknown, the minimum and maximum. */
function tallyRecords(rs: readonly NormalizedRecord[], scheme: BucketScheme | null) {
  const counts = new Map<string, number>((scheme?.buckets ?? []).map((b) => [b.id, 0]));
  let sum = 0;
  let unknownCriteria = 0;
  let undeterminedCommunes = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const r of rs) {
    if (scheme) {
      const b = bucketOf(r.criteriaMet, scheme);
      counts.set(b.id, (counts.get(b.id) ?? 0) + 1);
    }
    sum += r.criteriaMet;
    unknownCriteria += r.criteriaUnknown;
    if (r.criteriaUnknown > 0) undeterminedCommunes++;
    min = min === null ? r.criteriaMet : Math.min(min, r.criteriaMet);
    max = max === null ? r.criteriaMet : Math.max(max, r.criteriaMet);
  }
  return { counts, sum, unknownCriteria, undeterminedCommunes, min, max };
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
  const { given, decimals, precision, stated, floor } = summarizeOptions(options);
  const { records: rs, total } = normalizeRecords(records, given?.criteriaTotal ?? stated);
  // The national scheme only for the 19 criteria it was printed for; no scheme is ever borrowed for another set.
  const scheme: BucketScheme | null = given ?? (total === NATIONAL_COMMUNE_SCHEME.criteriaTotal ? NATIONAL_COMMUNE_SCHEME : null);
  if (floor !== undefined && (typeof floor !== 'number' || !Number.isInteger(floor) || floor < 0 || floor > total)) {
    throw invalidInput('options', [issue(['options', 'floor'], 'out-of-range', { vi: `cần một số nguyên từ 0 đến ${total}`, en: `expected a whole number within 0…${total}` }, { min: 0, max: total })]);
  }

  const { counts, sum, unknownCriteria, undeterminedCommunes, min, max } = tallyRecords(rs, scheme);
  const recognised = rs.filter((r) => r.recognition !== undefined && r.recognition !== 'none');
  const n = rs.length;
  return {
    scheme: scheme ? { id: scheme.id, criteriaTotal: total } : null,
    criteriaTotal: total,
    schemeNote: scheme ? null : noSchemeNote(total),
    sets: [...new Set(rs.flatMap((r) => (r.setId !== undefined ? [r.setId] : [])))],
    count: n,
    meetingStandard: rs.filter((r) => r.criteriaMet === total).length,
    recognised: { count: recognised.length, belowStandard: recognised.filter((r) => r.criteriaMet < total).map(ref) },
    totalCriteriaMet: sum,
    average: n === 0 ? null : averageFigure({ numerator: sum, denominator: n }, precision, decimals),
    minimum: min,
    maximum: max,
    buckets: (scheme?.buckets ?? []).map((b) => ({ ...b, count: counts.get(b.id) ?? 0 })),
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

/** Why a summary of a set without a national scheme has no buckets. */
export function noSchemeNote(total: number): LocalizedText {
  return {
    vi: `Không phân nhóm xã theo số tiêu chí đạt: chưa có cách phân nhóm quốc gia cho bộ ${total} tiêu chí (cách phân nhóm 19, 15-18, 10-14, 5-9, dưới 5 chỉ dùng cho bộ 19 tiêu chí). Nếu báo cáo có cách phân nhóm riêng, phần mềm dùng thư viện có thể khai báo cách phân nhóm đó (xem docs/plans.md).`,
    en: `Communes are not grouped by criteria met: there is no national bucket scheme for a set of ${total} criteria (19, 15-18, 10-14, 5-9, under 5 is for the 19 criteria only). If your report has its own grouping, define it with defineBucketScheme and pass it as options.scheme.`,
  };
}
