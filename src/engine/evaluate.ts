// Evaluating a subject against a criteria set, in five steps: the options, the set version,
// the input, the compiled plan for the case, and the judgement assembled into one result.
import { endOfYear, isoDayNumber, toIsoDay, viDate } from '../_lib/dates.js';
import { readOptions } from '../_lib/options.js';
import { invalidInput, issue, NtmError } from '../errors.js';
import { periodNote, resolveSetVersion } from '../sets/registry.js';
import { ALL_COLUMNS } from '../columns/column.js';
import { planFor } from './cache.js';
import { compile } from './compile.js';
import { judgePlan } from './judge.js';
import { validateOverlays } from './overlay.js';
import { buildResult } from './result.js';
import { usableSet } from './usable-set.js';
import { isCriteriaSetKind, type CriteriaSetKind } from './set-kinds.js';
import { validateInput, type ValidatedInput } from './validate-input.js';
import type { CriteriaSet, EvaluationInput, EvaluationResult, ThresholdOverlay } from './types/index.js';

/**
 * Options of {@link evaluate}.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type EvaluateOptions } from 'ntm-rules';
 * const options: EvaluateOptions = { asOf: '2024-02-29' };
 * evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} }, options).set.id; // 'commune/qd318-2022'
 * ```
 */
export interface EvaluateOptions {
  /** The day whose rules apply (ISO `YYYY-MM-DD` or a Date); defaults to 31 December of the assessment year. */
  readonly asOf?: string | Date;
  /** Threshold tables that fill or override the package's values; the last one given wins. */
  readonly overlays?: readonly ThresholdOverlay[];
}

/**
 * What to evaluate against: a criteria set, or a kind whose version in force on the
 * assessment day the library chooses (with `province` for provincial kinds).
 *
 * @example
 * ```ts
 * import type { EvaluationSubject } from 'ntm-rules';
 * const subject: EvaluationSubject = { kind: 'advanced-commune' };
 * ```
 */
export type EvaluationSubject = CriteriaSet | { readonly kind: CriteriaSetKind; readonly province?: string };

const OPTION_KEYS = ['asOf', 'overlays'];

/** Step 1: the options, checked; the day when one is given. */
const NO_OPTIONS = Object.freeze({ day: undefined, overlays: undefined });

function readEvaluateOptions(options: unknown): { day: string | undefined; overlays: unknown } {
  if (options === undefined) return NO_OPTIONS;
  const o = readOptions(options, OPTION_KEYS);
  let day: string | undefined;
  if (o.asOf !== undefined) {
    day = toIsoDay(o.asOf);
    if (day === undefined) throw invalidInput('options', [issue(['options', 'asOf'], 'invalid-date', { vi: 'cần một ngày có thật dạng YYYY-MM-DD (hoặc Date)', en: 'expected an existing day as YYYY-MM-DD (or a Date)' })]);
  }
  return { day, overlays: o.overlays };
}

/** The assessment year as given, read once (the version of a kind depends on it). */
function peekYear(input: unknown): number {
  let year: unknown;
  try {
    year = typeof input === 'object' && input !== null && Object.hasOwn(input, 'year') ? (input as { year?: unknown }).year : undefined;
  } catch {
    throw invalidInput('evaluation input', [issue(['year'], 'unreadable', { vi: 'không đọc được giá trị (lỗi khi đọc thuộc tính)', en: 'the value could not be read (reading it threw)' })]);
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) throw invalidInput('evaluation input', [issue(['year'], 'expected-year', { vi: 'cần năm đánh giá là số nguyên, ví dụ 2024', en: 'expected a whole year, e.g. 2024' })]);
  return year;
}

/** The version of a kind in force on the day given, or on 31 December of the assessment year. */
export function versionOf(kind: CriteriaSetKind, province: string | undefined, input: unknown, day: string | undefined): CriteriaSet {
  return day !== undefined ? resolveSetVersion(kind, day, province) : resolveSetVersion(kind, endOfYear(peekYear(input)), province, ['year']);
}

/** Step 2: the set version: the one given, or the kind's version in force on the day. */
function chooseSet(subject: unknown, input: unknown, day: string | undefined): CriteriaSet {
  if (typeof subject === 'object' && subject !== null && !Array.isArray(subject) && Object.keys(subject).every((k) => k === 'kind' || k === 'province') && 'kind' in subject) {
    const { kind, province } = subject as { kind?: unknown; province?: unknown };
    if (!isCriteriaSetKind(kind)) throw new NtmError('unknown-reference', 'Unknown criteria-set kind.', [issue(['subject', 'kind'], 'unknown-kind', { vi: 'loại bộ tiêu chí không có', en: 'unknown criteria-set kind' })]);
    if (province !== undefined && typeof province !== 'string') throw invalidInput('subject', [issue(['subject', 'province'], 'expected-text', { vi: 'cần tên tỉnh', en: 'expected a province name' })]);
    return versionOf(kind, province, input, day);
  }
  return usableSet(subject);
}

/** Checks that the year and day fall within the version; the day defaults to 31 December (within the version). */
function dayWithin(set: CriteriaSet, year: number, day: string | undefined): string {
  if (year < set.period.fromYear || year > set.period.toYear) {
    throw new NtmError('no-set-in-force', `The set "${set.id}" governs assessment years ${set.period.fromYear}-${set.period.toYear}; ${year} is outside it.${periodNote(set.kind, year)}`, [
      issue(['year'], 'outside-period', { vi: `ngoài giai đoạn ${set.period.fromYear}-${set.period.toYear} của bộ tiêu chí`, en: `outside the set's period ${set.period.fromYear}-${set.period.toYear}` }, { from: set.period.fromYear, to: set.period.toYear }),
    ]);
  }
  let d = day;
  if (d === undefined) {
    d = endOfYear(year);
    if (set.validUntil !== undefined && d > set.validUntil) d = set.validUntil;
  }
  if (d < set.validFrom || (set.validUntil !== undefined && d > set.validUntil)) {
    throw new NtmError(
      'no-set-in-force',
      `The version "${set.id}" is in force from ${viDate(set.validFrom)}${set.validUntil ? ` to ${viDate(set.validUntil)}` : ''}; ${viDate(d)} is outside it. Evaluate the kind ({ kind: '${set.kind}' }) to get the version in force on that day.`,
      [issue(['options', 'asOf'], 'outside-version', { vi: `ngoài thời gian hiệu lực của phiên bản (${viDate(set.validFrom)}–${set.validUntil ? viDate(set.validUntil) : ''})`, en: `outside the version's validity (${set.validFrom}…${set.validUntil ?? ''})` })],
    );
  }
  return d;
}

/**
 * The case as one key: the day (YYYYMMDD), the year and the column (2 + its place in the frozen
 * ALL_COLUMNS; 1 when the subject has none, 0 when it is not known) as one number, exact below
 * 2^53 for years 0-99999 and 14 columns; a string otherwise (a set may span any years).
 */
function caseKey(day: string, v: ValidatedInput): number | string {
  const column = v.column === undefined ? (v.columnKnown ? 1 : 0) : ALL_COLUMNS.indexOf(v.column) + 2;
  const fits = v.year >= 0 && v.year < 100_000 && (v.column === undefined || (column >= 2 && column < 16));
  return fits ? (isoDayNumber(day) * 100_000 + v.year) * 16 + column : `${day}|${v.year}|${v.column ?? column}`;
}

/** Step 4: the compiled plan of the case, remembered per set (see cache.ts). */
function planOf(set: CriteriaSet, v: ValidatedInput, day: string, overlays: readonly ThresholdOverlay[]) {
  return planFor(set, overlays, caseKey(day, v), () => compile(set, { column: v.column, columnKnown: v.columnKnown, day, year: v.year }, overlays));
}

/**
 * Evaluates a subject (commune, district, village, …) against a criteria set:
 * every indicator and condition, tri-state (`met`, `not-met`, `unknown`), each
 * with the value used, the threshold applied (column, dates, citation,
 * provenance, source) and the reason when unknown.
 *
 * `subject` is a set, or `{ kind }` (with `province` for provincial kinds): the
 * version in force on `options.asOf` (default: 31 December of the assessment
 * year) is used. Missing input is `unknown`, never `not-met`. A criterion is met
 * when all its indicators are met, not met when any is not met, otherwise
 * unknown, unless a criterion-level assessment (`input.criteria`) decides it;
 * the status is `meets-standard` when every criterion and condition is met.
 *
 * @throws {NtmError} `invalid-input` naming each bad field or option; `no-set-in-force` when the year or day is outside the set version (the message names the set that governs it).
 *
 * @example
 * ```ts
 * import { evaluate, getCriteriaSet } from 'ntm-rules';
 * const set = getCriteriaSet('commune', { asOf: '2023-06-30' });
 * evaluate(set, { region: 'TDMNPB', year: 2023, indicators: { '1.1': true, '1.2': true } }).criteria[0]?.outcome; // 'met'
 * evaluate({ kind: 'commune' }, { year: 2026, group: 2, criteria: { '1': 'met' } }).set.id; // 'commune/qd51-2026'
 * ```
 */
export function evaluate(subject: EvaluationSubject, input: EvaluationInput, options?: EvaluateOptions): EvaluationResult {
  const { day, overlays } = readEvaluateOptions(options);
  return evaluateWith(chooseSet(subject, input, day), input, day, overlays);
}

/**
 * Evaluates the kind's version in force (what {@link evaluate} does for `{ kind }`), for
 * the wrappers of one kind (evaluateCommune).
 * @internal
 */
export function evaluateKind(kind: CriteriaSetKind, input: EvaluationInput, options: EvaluateOptions | undefined): EvaluationResult {
  const { day, overlays } = readEvaluateOptions(options);
  return evaluateWith(versionOf(kind, undefined, input, day), input, day, overlays);
}

/** Steps 3 to 5 for a set chosen: the input, the plan, the judgement. */
function evaluateWith(set: CriteriaSet, input: unknown, asked: string | undefined, rawOverlays: unknown): EvaluationResult {
  const v = validateInput(set, input);
  const day = dayWithin(set, v.year, asked);
  const overlays = validateOverlays(rawOverlays, set);
  const plan = planOf(set, v, day, overlays);
  return buildResult(set, plan, v, day, judgePlan(plan, v));
}
