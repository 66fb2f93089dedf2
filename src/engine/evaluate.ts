import { endOfYear, toIsoDay, viDate } from '../_lib/dates.js';
import { nfc, type LocalizedText } from '../_lib/text.js';
import { issueMessage, formatPath, invalidInput, NtmError, type IssueInit } from '../errors.js';
import { parseCriteriaSet } from './define.js';
import { isKnownSet } from './known-sets.js';
import { columnOf } from '../regions/effective-region.js';
import { isRegion, REGIONS, type Region } from '../regions/regions.js';
import { deepFreeze, isDeepFrozen } from '../_lib/freeze.js';
import { checkValue, judge, KINDS, type CompiledRule, type ValueType } from './kinds/index.js';
import { validateOverlays } from './overlay.js';
import { readAt } from './read-at.js';
import { resolveThreshold, type ThresholdCase } from './resolve-threshold.js';
import type {
  AppliedThreshold,
  CriteriaSet,
  Criterion,
  CriterionResult,
  EvaluationResult,
  Indicator,
  IndicatorResult,
  IndicatorValue,
  Outcome,
  ThresholdOverlay,
} from './types.js';

/**
 * What is evaluated: the subject's facts and its indicator values, keyed by indicator code.
 *
 * @example
 * ```ts
 * import { evaluate, getCriteriaSet, type EvaluationInput } from 'ntm-rules';
 * const input: EvaluationInput = { year: 2024, indicators: {}, conditions: { advanced: true, 'smart-village': 1 } };
 * evaluate(getCriteriaSet('model-commune'), input).conditions[0]?.outcome; // 'met'
 * ```
 */
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
  /** The day whose rules apply (ISO `YYYY-MM-DD` or a Date); defaults to the end of the assessment year, within the version's validity. */
  readonly asOf?: string | Date;
  /** Threshold tables that fill or override the package's values; the last one given wins. */
  readonly overlays?: readonly ThresholdOverlay[];
}

const NO_OVERLAYS: readonly ThresholdOverlay[] = Object.freeze([]);

// A switch rather than a Set: the keys are few and compared as interned strings.
function isInputKey(key: string): boolean {
  switch (key) {
    case 'name': case 'province': case 'year': case 'region': case 'especiallyDifficult': case 'safeZone': case 'indicators': case 'conditions':
      return true;
    default:
      return false;
  }
}

/** An indicator and its slot: its position in the set (criteria in order, then conditions apart). */
interface Slotted {
  readonly ind: Indicator;
  readonly slot: number;
  readonly input: ValueType;
}
interface SetIndex {
  readonly indicators: KeyedSlots;
  readonly conditions: KeyedSlots;
}
/**
 * Code → slot, with a memo of the last key order seen: inputs of one source list
 * their codes in the same order, so a code is usually found by comparing it with
 * the code at the same position last time, without a map look-up.
 */
interface KeyedSlots {
  readonly map: ReadonlyMap<string, Slotted>;
  /** One `undefined` per slot, copied for each input (a packed array, unlike `new Array(n)`). */
  readonly empty: readonly (IndicatorValue | undefined)[];
  readonly lastCodes: string[];
  readonly lastEntries: Slotted[];
}
const indexCache = new WeakMap<CriteriaSet, SetIndex>();
function indexOf(set: CriteriaSet): SetIndex {
  let idx = indexCache.get(set);
  if (!idx) {
    const indicators = new Map<string, Slotted>();
    for (const c of set.criteria) for (const ind of c.indicators) indicators.set(ind.code, { ind, slot: indicators.size, input: KINDS[ind.kind].input });
    const conditions = new Map<string, Slotted>();
    for (const ind of set.conditions ?? []) conditions.set(ind.code, { ind, slot: conditions.size, input: KINDS[ind.kind].input });
    const slots = (map: Map<string, Slotted>): KeyedSlots => ({ map, empty: Array.from({ length: map.size }, () => undefined), lastCodes: [], lastEntries: [] });
    idx = { indicators: slots(indicators), conditions: slots(conditions) };
    indexCache.set(set, idx);
  }
  return idx;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks the values against their indicators and files each valid one in its slot
 * (`slots`), so that judging reads an array rather than looking codes up again.
 */
function checkValues(
  values: unknown,
  known: KeyedSlots,
  key: 'indicators' | 'conditions',
  issues: IssueInit[],
  slots: (IndicatorValue | undefined)[],
): void {
  if (!isPlainObject(values)) {
    issues.push({ path: [key], message: `expected an object mapping ${key === 'indicators' ? 'indicator' : 'condition'} codes to values` });
    return;
  }
  // Object.keys rather than for-in with an own-property guard: inputs with many codes, some of
  // them integer-like ("5", "10"), are dictionary-mode objects, which for-in enumerates slowly.
  const codes = Object.keys(values);
  for (let position = 0; position < codes.length; position++) {
    const code = codes[position]!;
    let entry = known.lastCodes[position] === code ? known.lastEntries[position] : undefined;
    if (entry === undefined) {
      entry = known.map.get(code);
      // Bounded by the number of codes: a hostile input with many keys cannot grow the memo.
      if (entry !== undefined && position < known.map.size) {
        known.lastCodes[position] = code;
        known.lastEntries[position] = entry;
      }
    }
    if (!entry) {
      issues.push({ path: [key, code], message: `unknown ${key === 'indicators' ? 'indicator' : 'condition'} code "${code}"` });
      continue;
    }
    const ind = entry.ind;
    const v = readAt(values, code, position);
    if (v === null) {
      slots[entry.slot] = null;
      continue;
    }
    if (v === 'not-applicable') {
      if (!ind.ifAny) issues.push({ path: [key, code], message: `"${code}" cannot be declared not applicable (only "nếu có" indicators can)` });
      else slots[entry.slot] = v;
      continue;
    }
    const msg = checkValue(entry.input, v, ind);
    if (msg) issues.push({ path: [key, code], message: msg });
    else slots[entry.slot] = v as IndicatorValue;
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

// Validated copies of sets the library did not build, for deeply frozen (immutable) originals.
const setCopies = new WeakMap<object, CriteriaSet>();

/**
 * The set to evaluate: the library's own and defined sets as they are; any other
 * value is validated and its validated copy used (never the raw object, whose
 * arrays or keys could carry anything).
 */
function usableSet(set: unknown): CriteriaSet {
  if (isKnownSet(set)) return set as CriteriaSet;
  const copy = typeof set === 'object' && set !== null ? setCopies.get(set) : undefined;
  if (copy) return copy;
  const parsed = parseCriteriaSet(set);
  if (parsed.issues) {
    const issues = parsed.issues.map((i) => ({ ...i, path: ['set', ...i.path] }));
    throw new NtmError('invalid-definition', `Invalid criteria set: ${issues.length} problem(s), first at ${formatPath(issues[0]!.path)}: ${issueMessage(issues[0]!)}`, issues);
  }
  const frozen = deepFreeze(parsed.set) as CriteriaSet;
  if (isDeepFrozen(set)) setCopies.set(set as object, frozen);
  return frozen;
}

/** What validation hands to evaluation: the day, the overlays to use, and the values by slot (`undefined` when not given). */
interface Validated {
  readonly asOf: string;
  readonly overlays: readonly ThresholdOverlay[];
  readonly values: readonly (IndicatorValue | undefined)[];
  readonly conditionValues: readonly (IndicatorValue | undefined)[];
}

/**
 * Validates input and options; returns the normalised assessment day and the overlays to use.
 * `day`, when given, is `options.asOf` already validated and normalised by the caller.
 */
function validate(set: CriteriaSet, input: unknown, options: EvaluateOptions | undefined, day: string | undefined): Validated {
  const issues: IssueInit[] = [];
  if (!isPlainObject(input)) throw invalidInput('evaluation input', [{ path: [], message: 'expected an object' }]);
  const keys = Object.keys(input);
  for (let n = 0; n < keys.length; n++) if (!isInputKey(keys[n]!)) issues.push({ path: [keys[n]!], message: `unknown field "${keys[n]!}"` });
  const { year, region } = input;
  if (typeof year !== 'number' || !Number.isInteger(year)) issues.push({ path: ['year'], message: 'expected a whole year, e.g. 2024' });
  if (region !== undefined && !isRegion(region)) issues.push({ path: ['region'], message: `unknown region; expected one of ${REGIONS.join(', ')}` });
  if (region === undefined && set.regional) issues.push({ path: ['region'], message: `required: this set's thresholds vary by region (${REGIONS.join(', ')})` });
  if (input.especiallyDifficult !== undefined && typeof input.especiallyDifficult !== 'boolean') issues.push({ path: ['especiallyDifficult'], message: 'expected true or false' });
  if (input.safeZone !== undefined && typeof input.safeZone !== 'boolean') issues.push({ path: ['safeZone'], message: 'expected true or false' });
  if (input.name !== undefined && typeof input.name !== 'string') issues.push({ path: ['name'], message: 'expected a string' });
  if (input.province !== undefined && typeof input.province !== 'string') issues.push({ path: ['province'], message: 'expected a string' });
  const index = indexOf(set);
  // Filled arrays (not holey): a hole would be looked up on Array.prototype.
  const values = index.indicators.empty.slice();
  const conditionValues = index.conditions.empty.slice();
  checkValues(input.indicators, index.indicators, 'indicators', issues, values);
  if (input.conditions !== undefined) checkValues(input.conditions, index.conditions, 'conditions', issues, conditionValues);
  let asOf = day;
  if (asOf === undefined && options?.asOf !== undefined) {
    asOf = toIsoDay(options.asOf);
    if (asOf === undefined) issues.push({ path: ['options', 'asOf'], message: 'expected a valid ISO date (YYYY-MM-DD) or Date' });
  }
  let overlays: readonly ThresholdOverlay[] = NO_OVERLAYS;
  if (options?.overlays !== undefined) {
    const checked = validateOverlays(options.overlays, set);
    for (let n = 0; n < checked.issues.length; n++) issues.push(checked.issues[n]!);
    overlays = checked.overlays;
  }
  if (issues.length > 0) throw invalidInput('evaluation input', issues);
  const y = year as number;
  if (y < set.period.fromYear || y > set.period.toYear) throw periodError(set, y);
  if (asOf === undefined) {
    asOf = endOfYear(y);
    if (set.validUntil !== undefined && asOf > set.validUntil) asOf = set.validUntil;
  }
  if (asOf < set.validFrom || (set.validUntil !== undefined && asOf > set.validUntil)) {
    throw new NtmError(
      'no-set-in-force',
      `The version "${set.id}" is in force from ${viDate(set.validFrom)}${set.validUntil ? ` to ${viDate(set.validUntil)}` : ''}; ${viDate(asOf)} is outside it. Use getCriteriaSet(kind, { asOf }) for the version in force on that day.`,
      [{ path: ['options', 'asOf'], message: `outside ${set.validFrom}…${set.validUntil ?? ''}` }],
    );
  }
  return { asOf, overlays, values, conditionValues };
}

const MISSING = { vi: 'chưa có số liệu đầu vào', en: 'no input value given' };
const EXPLICIT_UNKNOWN = { vi: 'số liệu được khai báo là chưa xác định', en: 'input declared unknown (null)' };
const NOT_APPLICABLE = { vi: 'không áp dụng (nội dung "nếu có")', en: 'not applicable ("if any" indicator)' };

type Reason = NonNullable<IndicatorResult['reason']>;
// Reasons are shared, frozen data: results reference them rather than copy them.
const REASON_MISSING: Reason = deepFreeze({ code: 'missing-input', message: MISSING });
const REASON_EXPLICIT_UNKNOWN: Reason = deepFreeze({ code: 'explicitly-unknown', message: EXPLICIT_UNKNOWN });
const REASON_NOT_APPLICABLE: Reason = deepFreeze({ code: 'not-applicable', message: NOT_APPLICABLE });

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
  return typeof v === 'object' && v !== null ? { ...v } : v;
}

/** An indicator with everything that does not depend on the input value resolved. */
interface PlannedIndicator {
  readonly ind: Indicator;
  /** Where its value is in the validated values (see SetIndex). */
  readonly slot: number;
  /** The threshold's rule compiled (null when no threshold is encoded). */
  readonly rule: CompiledRule | null;
  /** The threshold applied (frozen, shared by every result of the plan), or null when none is encoded. */
  readonly threshold: AppliedThreshold | null;
  /** Why the indicator is unknown when a value is given but no threshold is encoded. */
  readonly notEncoded: Reason | undefined;
}

interface PlannedCriterion {
  readonly crit: Criterion;
  readonly indicators: readonly PlannedIndicator[];
}

/**
 * The part of an evaluation that depends only on the set, the overlays, the
 * region column, the day and the year: the thresholds in force with their texts,
 * the provenance tally and the overlays used. Built once per case and cached, so
 * that evaluating many subjects of one case only judges values.
 */
interface Plan {
  readonly set: EvaluationResult['set'];
  readonly criteria: readonly PlannedCriterion[];
  readonly conditions: readonly PlannedIndicator[];
  readonly provenance: EvaluationResult['provenance'];
  readonly overlays: EvaluationResult['overlays'];
}

function planIndicator(set: CriteriaSet, ind: Indicator, slot: number, c: ThresholdCase, overlays: readonly ThresholdOverlay[], tally: Tally): PlannedIndicator {
  const resolved = resolveThreshold(set, ind, c, overlays);
  let threshold: AppliedThreshold | null = null;
  if (resolved) {
    const t = resolved.threshold;
    threshold = Object.freeze({
      rule: t.rule,
      text: Object.freeze(KINDS[ind.kind].describe(t.rule, ind)),
      region: t.regions === 'all' ? 'all' : c.region!,
      validFrom: t.validFrom,
      ...(t.validUntil !== undefined ? { validUntil: t.validUntil } : {}),
      ...(t.years !== undefined ? { year: c.year } : {}),
      citation: t.citation,
      provenance: t.provenance,
      source: resolved.source,
      ...(t.conflict !== undefined ? { conflict: t.conflict } : {}),
    });
    tally[t.provenance]++;
    if (resolved.overlay) {
      tally.fromOverlay++;
      tally.overlays.set(resolved.overlay.id, resolved.overlay);
    }
  } else {
    tally.notEncoded++;
  }
  return {
    ind,
    slot,
    rule: threshold ? KINDS[ind.kind].compile(threshold.rule, ind) : null,
    threshold,
    notEncoded: threshold ? undefined : deepFreeze({ code: 'threshold-not-encoded', message: thresholdNotEncoded(ind, c) }),
  };
}

function buildPlan(set: CriteriaSet, c: ThresholdCase, overlays: readonly ThresholdOverlay[]): Plan {
  const tally: Tally = { confirmed: 0, secondary: 0, notEncoded: 0, fromOverlay: 0, overlays: new Map() };
  let slot = 0;
  const criteria: PlannedCriterion[] = [];
  for (const crit of set.criteria) {
    const indicators: PlannedIndicator[] = [];
    for (const ind of crit.indicators) indicators.push(planIndicator(set, ind, slot++, c, overlays, tally));
    criteria.push({ crit, indicators });
  }
  const conditions: PlannedIndicator[] = [];
  for (const ind of set.conditions ?? []) conditions.push(planIndicator(set, ind, conditions.length, c, overlays, tally));
  return {
    set: Object.freeze({ id: set.id, kind: set.kind, title: set.title, validFrom: set.validFrom, ...(set.validUntil !== undefined ? { validUntil: set.validUntil } : {}) }),
    criteria,
    conditions,
    provenance: Object.freeze({ confirmed: tally.confirmed, secondary: tally.secondary, notEncoded: tally.notEncoded, fromOverlay: tally.fromOverlay }),
    overlays: deepFreeze([...tally.overlays.values()].map((o) => ({ id: o.id, title: o.title, citation: o.citation }))),
  };
}

// Plans per set (weakly held) and case. Every set and overlay reaching here is validated
// and deeply frozen (see usableSet and validateOverlays), so caching by identity is safe.
// The cache is a trie: one node per overlay list (keyed by each overlay's identity), then
// day → (year, region column) → plan, so that finding a plan builds no key string.
interface PlanNode {
  readonly next: Map<ThresholdOverlay, PlanNode>;
  readonly byDay: Map<string, Map<number, Plan>>;
}
interface PlanCache {
  root: PlanNode;
  size: number;
}
const plans = new WeakMap<CriteriaSet, PlanCache>();
// Bounds the plans kept per set: callers cycling through many days cannot grow it without limit.
const MAX_PLANS_PER_SET = 256;
const newNode = (): PlanNode => ({ next: new Map(), byDay: new Map() });

/** The (year, region column) part of a plan's key as one number; years are within the set's period here. */
function caseNumber(c: ThresholdCase): number {
  return c.year * 8 + (c.region === undefined ? 7 : REGIONS.indexOf(c.region));
}

function planFor(set: CriteriaSet, c: ThresholdCase, overlays: readonly ThresholdOverlay[]): Plan {
  let cache = plans.get(set);
  if (cache === undefined) {
    cache = { root: newNode(), size: 0 };
    plans.set(set, cache);
  } else if (cache.size >= MAX_PLANS_PER_SET) {
    cache.root = newNode(); // start afresh
    cache.size = 0;
  }
  let node = cache.root;
  for (const o of overlays) {
    let child = node.next.get(o);
    if (child === undefined) {
      child = newNode();
      node.next.set(o, child);
    }
    node = child;
  }
  let byCase = node.byDay.get(c.asOf);
  if (byCase === undefined) {
    byCase = new Map();
    node.byDay.set(c.asOf, byCase);
  }
  const n = caseNumber(c);
  let plan = byCase.get(n);
  if (plan === undefined) {
    plan = buildPlan(set, c, overlays);
    byCase.set(n, plan);
    cache.size++;
  }
  return plan;
}

interface Tally { confirmed: number; secondary: number; notEncoded: number; fromOverlay: number; overlays: Map<string, ThresholdOverlay> }

/**
 * Every indicator result has the same fields in the same order (absent ones are
 * `undefined`, which JSON leaves out), so that code reading results sees one shape.
 */
function result(p: PlannedIndicator, value: IndicatorValue | undefined, outcome: IndicatorResult['outcome'], shortfall: number | undefined, failed: readonly LocalizedText[] | undefined, reason: Reason | undefined): IndicatorResult {
  const ind = p.ind;
  return { code: ind.code, name: ind.name, kind: ind.kind, unit: ind.unit, value, threshold: p.threshold, citation: ind.citation, outcome, shortfall, failed, reason };
}

function judgeIndicator(p: PlannedIndicator, values: readonly (IndicatorValue | undefined)[]): IndicatorResult {
  const given = values[p.slot];
  const value = given === undefined ? undefined : copyValue(given);
  if (value === 'not-applicable') return result(p, value, 'not-applicable', undefined, undefined, REASON_NOT_APPLICABLE);
  if (value === undefined) return result(p, value, 'unknown', undefined, undefined, REASON_MISSING);
  if (value === null) return result(p, value, 'unknown', undefined, undefined, REASON_EXPLICIT_UNKNOWN);
  if (p.rule === null) return result(p, value, 'unknown', undefined, undefined, p.notEncoded);
  const verdict = judge(p.rule, value);
  if (verdict === true) return result(p, value, 'met', undefined, undefined, undefined);
  if (typeof verdict === 'number') return result(p, value, 'not-met', verdict, undefined, undefined);
  return result(p, value, 'not-met', undefined, verdict === false || verdict.length === 0 ? undefined : verdict, undefined);
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
export function evaluate(definition: CriteriaSet, input: EvaluationInput, options?: EvaluateOptions): EvaluationResult {
  return evaluateOn(usableSet(definition), input, options, undefined);
}

/**
 * {@link evaluate} for a set known usable (see usableSet), with `options.asOf` already
 * validated and normalised to `day` when the caller has done so (evaluateCommune).
 * @internal
 */
export function evaluateOn(set: CriteriaSet, input: EvaluationInput, options: EvaluateOptions | undefined, day: string | undefined): EvaluationResult {
  const { asOf, overlays, values, conditionValues } = validate(set, input, options, day);
  const eff = input.region !== undefined ? columnOf(input as { region: Region; especiallyDifficult?: boolean; safeZone?: boolean }) : undefined;
  const plan = planFor(set, { region: set.regional ? eff?.region : input.region, asOf, year: input.year }, overlays);

  let met = 0;
  let notMet = 0;
  let unknown = 0;
  const criteria: CriterionResult[] = new Array(plan.criteria.length);
  for (let k = 0; k < plan.criteria.length; k++) {
    const { crit, indicators: planned } = plan.criteria[k]!;
    const indicators: IndicatorResult[] = new Array(planned.length);
    let anyNotMet = false;
    let anyUnknown = false;
    for (let n = 0; n < planned.length; n++) {
      const r = judgeIndicator(planned[n]!, values);
      indicators[n] = r;
      if (r.outcome === 'not-met') anyNotMet = true;
      else if (r.outcome === 'unknown') anyUnknown = true;
    }
    const outcome: Outcome = anyNotMet ? 'not-met' : anyUnknown ? 'unknown' : 'met';
    if (outcome === 'met') met++;
    else if (outcome === 'not-met') notMet++;
    else unknown++;
    criteria[k] = crit.group !== undefined
      ? { code: crit.code, name: crit.name, group: crit.group, outcome, indicators }
      : { code: crit.code, name: crit.name, outcome, indicators };
  }
  const conditions: IndicatorResult[] = [];
  for (let n = 0; n < plan.conditions.length; n++) conditions.push(judgeIndicator(plan.conditions[n]!, conditionValues));
  let condOutcome: Outcome = 'met';
  for (let n = 0; n < conditions.length; n++) {
    const o = conditions[n]!.outcome;
    if (o === 'not-met') condOutcome = 'not-met';
    else if (o === 'unknown' && condOutcome === 'met') condOutcome = 'unknown';
  }
  const status = notMet > 0 || condOutcome === 'not-met' ? 'not-met' : unknown > 0 || condOutcome === 'unknown' ? 'undetermined' : 'meets-standard';

  // The usual shape (a named subject with a region, regional set) as one literal; others field by field.
  if (input.name !== undefined && input.region !== undefined && set.regional && eff) {
    return eff.reason
      ? { set: plan.set, name: nfc(input.name), year: input.year, asOf, region: input.region, effectiveRegion: eff.region, effectiveRegionReason: eff.reason, status, criteriaMet: met, criteriaNotMet: notMet, criteriaUnknown: unknown, criteriaTotal: set.criteria.length, criteria, conditions, provenance: plan.provenance, overlays: plan.overlays }
      : { set: plan.set, name: nfc(input.name), year: input.year, asOf, region: input.region, effectiveRegion: eff.region, status, criteriaMet: met, criteriaNotMet: notMet, criteriaUnknown: unknown, criteriaTotal: set.criteria.length, criteria, conditions, provenance: plan.provenance, overlays: plan.overlays };
  }
  // Built field by field (not with spreads) to keep the key order without temporary objects.
  const result: { -readonly [K in keyof EvaluationResult]: EvaluationResult[K] } = { set: plan.set } as EvaluationResult;
  if (input.name !== undefined) result.name = nfc(input.name);
  result.year = input.year;
  result.asOf = asOf;
  if (input.region !== undefined) result.region = input.region;
  if (set.regional && eff) result.effectiveRegion = eff.region;
  if (set.regional && eff?.reason) result.effectiveRegionReason = eff.reason;
  result.status = status;
  result.criteriaMet = met;
  result.criteriaNotMet = notMet;
  result.criteriaUnknown = unknown;
  result.criteriaTotal = set.criteria.length;
  result.criteria = criteria;
  result.conditions = conditions;
  result.provenance = plan.provenance;
  result.overlays = plan.overlays;
  return result;
}
