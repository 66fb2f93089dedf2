// Snapshot of the engine as it was before the performance work (commit 4100d89, plus the `conflict` field main added since), kept
// as the oracle of the differential tests in test/properties: the optimised engine
// must return deep-equal results and throw the same errors.
import { toIsoDay, viDate } from './dates.js';
import { invalidInput, NtmError, type IssueInit } from '../../../src/errors.js';
import { effectiveRegion } from '../../../src/regions/effective-region.js';
import { isRegion, REGIONS, type Region } from '../../../src/regions/regions.js';
import { KINDS } from './kinds.js';
import { validateOverlays } from './overlay.js';
import { resolveThreshold, type ThresholdCase } from './resolve-threshold.js';
import type {
  AppliedThreshold,
  CriteriaSet,
  CriterionResult,
  EvaluationResult,
  Indicator,
  IndicatorResult,
  IndicatorValue,
  Outcome,
  ThresholdOverlay,
} from '../../../src/engine/types.js';

/** What is evaluated: the subject's facts and its indicator values, keyed by indicator code. */
export interface EvaluationInput {
  readonly name?: string;
  readonly province?: string;
  /** Assessment year (năm đánh giá). */
  readonly year: number;
  /** The subject's region; required by regional sets. */
  readonly region?: Region;
  /** Xã đặc biệt khó khăn: the TDMNPB column applies. */
  readonly especiallyDifficult?: boolean;
  /** Safe-zone commune of a poor district (or one that left poverty in 2018-2020): the TDMNPB column applies. */
  readonly safeZone?: boolean;
  /** Indicator code → value. Missing codes are `unknown`, never `not-met`. */
  readonly indicators: { readonly [code: string]: IndicatorValue };
  /** Condition code → value, for sets with conditions. */
  readonly conditions?: { readonly [code: string]: IndicatorValue };
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The day whose rules apply (ISO `YYYY-MM-DD` or a Date); defaults to the end of the assessment year, within the version's validity. */
  readonly asOf?: string | Date;
  /** Threshold tables that fill or override the package's values; the last one given wins. */
  readonly overlays?: readonly ThresholdOverlay[];
}

const INPUT_KEYS = new Set(['name', 'province', 'year', 'region', 'especiallyDifficult', 'safeZone', 'indicators', 'conditions']);

interface SetIndex {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly conditions: ReadonlyMap<string, Indicator>;
}
const indexCache = new WeakMap<CriteriaSet, SetIndex>();
function indexOf(set: CriteriaSet): SetIndex {
  let idx = indexCache.get(set);
  if (!idx) {
    const indicators = new Map<string, Indicator>();
    for (const c of set.criteria) for (const i of c.indicators) indicators.set(i.code, i);
    const conditions = new Map<string, Indicator>();
    for (const i of set.conditions ?? []) conditions.set(i.code, i);
    idx = { indicators, conditions };
    indexCache.set(set, idx);
  }
  return idx;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkValues(
  values: unknown,
  known: ReadonlyMap<string, Indicator>,
  key: 'indicators' | 'conditions',
  issues: IssueInit[],
): void {
  if (!isPlainObject(values)) {
    issues.push({ path: [key], message: `expected an object mapping ${key === 'indicators' ? 'indicator' : 'condition'} codes to values` });
    return;
  }
  for (const code of Object.keys(values)) {
    const ind = known.get(code);
    if (!ind) {
      issues.push({ path: [key, code], message: `unknown ${key === 'indicators' ? 'indicator' : 'condition'} code "${code}"` });
      continue;
    }
    const v = values[code];
    if (v === null) continue;
    if (v === 'not-applicable') {
      if (!ind.ifAny) issues.push({ path: [key, code], message: `"${code}" cannot be declared not applicable (only "nếu có" indicators can)` });
      continue;
    }
    const msg = KINDS[ind.kind].checkValue(v, ind);
    if (msg) issues.push({ path: [key, code], message: msg });
  }
}

function periodError(set: CriteriaSet, year: number): NtmError {
  const later = year > set.period.toYear;
  let governs = '';
  if (later && year >= 2026 && year <= 2030) governs = ' The 2026-2030 criteria (QĐ 51/2025/QĐ-TTg, in force from 15/02/2026) govern that year; they are not encoded yet.';
  else if (!later && year >= 2016 && year <= 2020 && set.kind.endsWith('commune')) governs = ' The 2016-2020 criteria (QĐ 1980/QĐ-TTg) govern that year; they are not encoded.';
  return new NtmError(
    'no-set-in-force',
    `The set "${set.id}" governs assessment years ${set.period.fromYear}-${set.period.toYear}; ${year} is outside it.${governs}`,
    [{ path: ['year'], message: `outside ${set.period.fromYear}-${set.period.toYear}` }],
  );
}

/** Validates input and options; returns the normalised assessment day. */
function validate(set: CriteriaSet, input: unknown, options: EvaluateOptions | undefined): string {
  const issues: IssueInit[] = [];
  if (!isPlainObject(input)) throw invalidInput('evaluation input', [{ path: [], message: 'expected an object' }]);
  for (const key of Object.keys(input)) if (!INPUT_KEYS.has(key)) issues.push({ path: [key], message: `unknown field "${key}"` });
  const { year, region } = input;
  if (typeof year !== 'number' || !Number.isInteger(year)) issues.push({ path: ['year'], message: 'expected a whole year, e.g. 2024' });
  if (region !== undefined && !isRegion(region)) issues.push({ path: ['region'], message: `unknown region; expected one of ${REGIONS.join(', ')}` });
  if (region === undefined && set.regional) issues.push({ path: ['region'], message: `required: this set's thresholds vary by region (${REGIONS.join(', ')})` });
  for (const k of ['especiallyDifficult', 'safeZone'] as const) {
    if (input[k] !== undefined && typeof input[k] !== 'boolean') issues.push({ path: [k], message: 'expected true or false' });
  }
  for (const k of ['name', 'province'] as const) {
    if (input[k] !== undefined && typeof input[k] !== 'string') issues.push({ path: [k], message: 'expected a string' });
  }
  checkValues(input.indicators, indexOf(set).indicators, 'indicators', issues);
  if (input.conditions !== undefined) checkValues(input.conditions, indexOf(set).conditions, 'conditions', issues);
  let asOf: string | undefined;
  if (options?.asOf !== undefined) {
    asOf = toIsoDay(options.asOf);
    if (asOf === undefined) issues.push({ path: ['options', 'asOf'], message: 'expected a valid ISO date (YYYY-MM-DD) or Date' });
  }
  if (options?.overlays !== undefined) issues.push(...validateOverlays(options.overlays, set));
  if (issues.length > 0) throw invalidInput('evaluation input', issues);
  const y = year as number;
  if (y < set.period.fromYear || y > set.period.toYear) throw periodError(set, y);
  if (asOf === undefined) {
    asOf = `${y}-12-31`;
    if (set.validUntil !== undefined && asOf > set.validUntil) asOf = set.validUntil;
  }
  if (asOf < set.validFrom || (set.validUntil !== undefined && asOf > set.validUntil)) {
    throw new NtmError(
      'no-set-in-force',
      `The version "${set.id}" is in force from ${viDate(set.validFrom)}${set.validUntil ? ` to ${viDate(set.validUntil)}` : ''}; ${viDate(asOf)} is outside it. Use getCriteriaSet(kind, { asOf }) for the version in force on that day.`,
      [{ path: ['options', 'asOf'], message: `outside ${set.validFrom}…${set.validUntil ?? ''}` }],
    );
  }
  return asOf;
}

const MISSING = { vi: 'chưa có số liệu đầu vào', en: 'no input value given' };
const EXPLICIT_UNKNOWN = { vi: 'số liệu được khai báo là chưa xác định', en: 'input declared unknown (null)' };
const NOT_APPLICABLE = { vi: 'không áp dụng (nội dung "nếu có")', en: 'not applicable ("if any" indicator)' };

function thresholdNotEncoded(ind: Indicator, c: ThresholdCase): { vi: string; en: string } {
  const col = c.region ?? 'all regions';
  const base = ind.missingThreshold ?? {
    vi: 'chưa mã hóa ngưỡng: chưa tiếp cận được văn bản nguồn',
    en: 'threshold not encoded: the source table could not be reached',
  };
  return {
    vi: `${base.vi} (vùng ${col}, năm ${c.year}, ngày ${viDate(c.asOf)}); có thể bổ sung bằng bảng ngưỡng của tỉnh (overlay)`,
    en: `${base.en} (region ${col}, year ${c.year}, on ${c.asOf}); supply it with a threshold overlay`,
  };
}

function copyValue(v: IndicatorValue): IndicatorValue {
  return typeof v === 'object' && v !== null ? Object.freeze({ ...v }) : v;
}

interface Tally { confirmed: number; secondary: number; notEncoded: number; fromOverlay: number; overlays: Map<string, ThresholdOverlay> }

function evaluateIndicator(
  set: CriteriaSet,
  ind: Indicator,
  values: { readonly [code: string]: IndicatorValue } | undefined,
  c: ThresholdCase,
  overlays: readonly ThresholdOverlay[],
  tally: Tally,
): IndicatorResult {
  const has = values !== undefined && Object.hasOwn(values, ind.code);
  const value = has ? copyValue(values[ind.code]!) : undefined;
  const resolved = resolveThreshold(set, ind, c, overlays);
  let threshold: AppliedThreshold | null = null;
  if (resolved) {
    const t = resolved.threshold;
    threshold = {
      rule: t.rule,
      text: KINDS[ind.kind].describe(t.rule, ind),
      region: t.regions === 'all' ? 'all' : c.region!,
      validFrom: t.validFrom,
      ...(t.validUntil !== undefined ? { validUntil: t.validUntil } : {}),
      ...(t.years !== undefined ? { year: c.year } : {}),
      citation: t.citation,
      provenance: t.provenance,
      source: resolved.source,
      ...(t.conflict !== undefined ? { conflict: t.conflict } : {}),
    };
    tally[t.provenance]++;
    if (resolved.overlay) {
      tally.fromOverlay++;
      tally.overlays.set(resolved.overlay.id, resolved.overlay);
    }
  } else {
    tally.notEncoded++;
  }
  const base = { code: ind.code, name: ind.name, kind: ind.kind, unit: ind.unit, value, threshold, citation: ind.citation };
  if (value === 'not-applicable') return { ...base, outcome: 'not-applicable', reason: { code: 'not-applicable', message: NOT_APPLICABLE } };
  if (value === undefined) return { ...base, outcome: 'unknown', reason: { code: 'missing-input', message: MISSING } };
  if (value === null) return { ...base, outcome: 'unknown', reason: { code: 'explicitly-unknown', message: EXPLICIT_UNKNOWN } };
  if (!threshold) return { ...base, outcome: 'unknown', reason: { code: 'threshold-not-encoded', message: thresholdNotEncoded(ind, c) } };
  const j = KINDS[ind.kind].judge(value, threshold.rule, ind);
  return {
    ...base,
    outcome: j.met ? 'met' : 'not-met',
    ...(j.shortfall !== undefined ? { shortfall: j.shortfall } : {}),
    ...(j.failed !== undefined && j.failed.length > 0 ? { failed: j.failed } : {}),
  };
}

/** Combines indicator outcomes: not-met if any is not-met, else unknown if any is unknown, else met. */
export function combineOutcomes(outcomes: Iterable<Outcome | 'not-applicable'>): Outcome {
  let unknown = false;
  for (const o of outcomes) {
    if (o === 'not-met') return 'not-met';
    if (o === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'met';
}

/**
 * Evaluates a subject (commune, district, village, …) against a criteria set:
 * every indicator and condition, tri-state (`met`, `not-met`, `unknown`), each
 * with the value used, the threshold applied (region column, dates, citation,
 * provenance, source) and the reason when unknown.
 *
 * Missing input is `unknown`, never `not-met`. A criterion is met when all its
 * indicators are met, not-met when any is not-met, otherwise unknown; the set is
 * met when every criterion and condition is met.
 *
 * @throws {NtmError} `invalid-input` naming each bad field; `no-set-in-force` when the year or day is outside the set version.
 *
 * @example
 * ```ts
 * import { evaluate, getCriteriaSet } from 'ntm-rules';
 * const set = getCriteriaSet('commune', { asOf: '2023-06-30' });
 * const result = evaluate(set, { region: 'TDMNPB', year: 2023, indicators: { '1.1': true, '1.2': true } });
 * result.criteria[0]?.outcome; // 'met'
 * ```
 */
export function evaluate(set: CriteriaSet, input: EvaluationInput, options?: EvaluateOptions): EvaluationResult {
  const asOf = validate(set, input, options);
  const overlays = options?.overlays ?? [];
  const eff = input.region !== undefined ? effectiveRegion(input as { region: Region; especiallyDifficult?: boolean; safeZone?: boolean }) : undefined;
  const c: ThresholdCase = { region: set.regional ? eff?.region : input.region, asOf, year: input.year };
  const tally: Tally = { confirmed: 0, secondary: 0, notEncoded: 0, fromOverlay: 0, overlays: new Map() };

  let met = 0;
  let notMet = 0;
  let unknown = 0;
  const criteria: CriterionResult[] = [];
  for (const crit of set.criteria) {
    const indicators = crit.indicators.map((ind) => evaluateIndicator(set, ind, input.indicators, c, overlays, tally));
    const outcome = combineOutcomes(indicators.map((i) => i.outcome));
    if (outcome === 'met') met++;
    else if (outcome === 'not-met') notMet++;
    else unknown++;
    criteria.push({ code: crit.code, name: crit.name, ...(crit.group !== undefined ? { group: crit.group } : {}), outcome, indicators });
  }
  const conditions = (set.conditions ?? []).map((ind) => evaluateIndicator(set, ind, input.conditions, c, overlays, tally));
  const condOutcome = combineOutcomes(conditions.map((i) => i.outcome));
  const status = notMet > 0 || condOutcome === 'not-met' ? 'not-met' : unknown > 0 || condOutcome === 'unknown' ? 'undetermined' : 'meets-standard';

  return {
    set: { id: set.id, kind: set.kind, title: set.title, validFrom: set.validFrom, ...(set.validUntil !== undefined ? { validUntil: set.validUntil } : {}) },
    ...(input.name !== undefined ? { name: input.name.normalize('NFC') } : {}),
    year: input.year,
    asOf,
    ...(input.region !== undefined ? { region: input.region } : {}),
    ...(set.regional && eff ? { effectiveRegion: eff.region } : {}),
    ...(set.regional && eff?.reason ? { effectiveRegionReason: eff.reason } : {}),
    status,
    criteriaMet: met,
    criteriaNotMet: notMet,
    criteriaUnknown: unknown,
    criteriaTotal: set.criteria.length,
    criteria,
    conditions,
    provenance: { confirmed: tally.confirmed, secondary: tally.secondary, notEncoded: tally.notEncoded, fromOverlay: tally.fromOverlay },
    overlays: [...tally.overlays.values()].map((o) => ({ id: o.id, title: o.title, citation: o.citation })),
  };
}
