// Checking an evaluation's input against the set it is evaluated with. Each field is read
// once, from the input's own properties; a getter or Proxy trap that throws becomes an
// issue at the path being read. Valid values are filed by slot (see SetIndex), so judging
// reads arrays rather than looking codes up again.
import { toIsoDay } from '../_lib/dates.js';
import { nfc, type LocalizedText } from '../_lib/text.js';
import type { CommuneGroup } from '../columns/commune-groups.js';
import type { ThresholdColumn } from '../columns/column.js';
import type { Region } from '../columns/regions.js';
import type { EffectiveRegion } from '../columns/special-communes.js';
import { invalidInput, issue, MAX_ISSUES } from '../errors.js';
import { memoOne } from './cache.js';
import { Issues } from './issues.js';
import { KINDS } from './kinds/index.js';
import { checkCompoundValue, checkScalar, compoundShape, type CompoundShape, type ValueType } from './kinds/values.js';
import { PROBLEMS, type Problem } from './messages.js';
import { OrderedFilers } from './ordered-values.js';
import { compilePositionalReader, type PositionalReader } from './read-values.js';
import { groupChoice, regionChoice, type Facts } from './subject-column.js';
import type { AssessedOutcome, AssessmentSource, CriteriaSet, Indicator, IndicatorValue } from './types/index.js';

/** At most this many codes in one `indicators`, `conditions` or `criteria` object: far above any set. */
export const MAX_CODES = 2_000;

/** An indicator's place and what its value must be; code and ifAny copied so every entry has one shape. */
interface Slotted {
  readonly code: string;
  readonly ifAny: boolean;
  readonly slot: number;
  readonly input: ValueType;
  /** The fields prepared for checking (compound indicators). */
  readonly shape: CompoundShape | undefined;
}

/** Codes of one kind (indicators or conditions) by code and by slot, with the set's compiled reader. */
interface Slots {
  readonly byCode: ReadonlyMap<string, Slotted>;
  readonly bySlot: readonly Slotted[];
  readonly reader: PositionalReader;
  /**
   * The codes seen at each key position last time, and their entries: inputs of one source
   * list their codes in the same order, so a code is usually recognised by comparing it with
   * the one at its position last time (two interned strings: one pointer comparison) rather
   * than by a map look-up (about 15% of validation otherwise). Bounded by the number of codes.
   */
  readonly lastKeys: string[];
  readonly lastEntries: Slotted[];
  /** One `undefined` per slot, copied for each input: a packed copy is cheaper than filling a new array. */
  readonly empty: readonly undefined[];
  /** The fast path for inputs whose codes come in the order of the last ones (ordered-values.ts). */
  readonly ordered: OrderedFilers<Slotted, Issues>;
}

/** A set's codes and where their values go: indicators in criteria order, conditions apart, criteria by position. */
export interface SetIndex {
  readonly indicators: Slots;
  readonly conditions: Slots;
  readonly criteria: ReadonlyMap<string, number>;
}

function slotsOf(indicators: readonly Indicator[], key: 'indicators' | 'conditions'): Slots {
  const bySlot = indicators.map((ind, slot): Slotted => ({ code: ind.code, ifAny: ind.ifAny === true, slot, input: KINDS[ind.kind].input, shape: KINDS[ind.kind].input === 'compound' ? compoundShape(ind) : undefined }));
  const byCode = new Map(bySlot.map((s) => [s.code, s]));
  const ordered = new OrderedFilers<Slotted, Issues>((code) => byCode.get(code), (entry, v, issues, slots) => fileValue(entry, v, key, issues, slots as (IndicatorValue | undefined)[]));
  return { byCode, bySlot, reader: compilePositionalReader(bySlot.length), lastKeys: [], lastEntries: [], empty: bySlot.map(() => undefined), ordered };
}

/** The entry of the code at key position `n`, or undefined for an unknown code (see Slots.lastKeys). */
function entryAt(known: Slots, code: string, n: number): Slotted | undefined {
  if (known.lastKeys[n] === code) return known.lastEntries[n];
  const entry = known.byCode.get(code);
  if (entry !== undefined && n < known.bySlot.length) {
    known.lastKeys[n] = code;
    known.lastEntries[n] = entry;
  }
  return entry;
}

const indexes = new WeakMap<CriteriaSet, SetIndex>();

/** The index of a set (built once per set). */
export function indexOf(set: CriteriaSet): SetIndex {
  return memoOne(indexes, set, () => ({
    indicators: slotsOf(set.criteria.flatMap((c) => c.indicators), 'indicators'),
    conditions: slotsOf(set.conditions ?? [], 'conditions'),
    criteria: new Map(set.criteria.map((c, n) => [c.code, n])),
  }));
}

/** The input, checked and filed. */
export interface ValidatedInput {
  readonly year: number;
  readonly name: string | undefined;
  readonly province: string | undefined;
  readonly region: Region | undefined;
  /** The region column and why (regional sets). */
  readonly effective: EffectiveRegion | undefined;
  /** The commune group (commune-group sets; `null` when not known), else `undefined`. */
  readonly group: CommuneGroup | null | undefined;
  readonly groupReasons: readonly LocalizedText[] | undefined;
  /** The threshold column of the subject, when the set has columns and it is known. */
  readonly column: ThresholdColumn | undefined;
  readonly columnKnown: boolean;
  readonly values: readonly (IndicatorValue | undefined)[];
  readonly conditionValues: readonly (IndicatorValue | undefined)[];
  /** Assessed outcomes by criterion position, when any were given. */
  readonly assessed: readonly (AssessedOutcome | undefined)[] | undefined;
  readonly assessment: AssessmentSource | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function codeMap(value: unknown, key: 'indicators' | 'conditions' | 'criteria', issues: Issues): string[] | undefined {
  const what = key === 'indicators' ? 'indicator' : key === 'conditions' ? 'condition' : 'criterion';
  if (!isObject(value)) {
    issues.add([key], PROBLEMS.expectedCodeMap(what));
    return undefined;
  }
  const codes = Object.keys(value);
  if (codes.length > MAX_CODES) {
    issues.add([key], PROBLEMS.tooMany(codes.length, MAX_CODES));
    return undefined;
  }
  return codes;
}

/** Checks one value and files it in its slot, or files the problem at its path. */
function fileValue(entry: Slotted, v: unknown, key: 'indicators' | 'conditions', issues: Issues, slots: (IndicatorValue | undefined)[]): void {
  const code = entry.code;
  if (v === null) slots[entry.slot] = null;
  else if (v === 'not-applicable') {
    if (entry.ifAny) slots[entry.slot] = v;
    else issues.add([key, code], PROBLEMS.notApplicable(code));
  } else if (entry.input === 'compound') {
    const checked = checkCompoundValue(v, entry.shape!);
    if (checked.problem === undefined) slots[entry.slot] = checked.value;
    else issues.add(checked.field === undefined ? [key, code] : [key, code, checked.field], checked.problem);
  } else {
    const problem: Problem | undefined = checkScalar(entry.input, v);
    if (problem === undefined) slots[entry.slot] = v as IndicatorValue;
    else issues.add([key, code], problem);
  }
}

function fileValues(values: unknown, known: Slots, key: 'indicators' | 'conditions', issues: Issues, slots: (IndicatorValue | undefined)[], at: (string | number)[]): void {
  const codes = codeMap(values, key, issues);
  if (codes === undefined) return;
  const rec = values as Record<string, unknown>;
  // The fast path, when the codes come in a known order and the values cannot reach the issue
  // bound (each gives at most one issue), so that it reads what the loop below would read.
  if (issues.list.length + codes.length < MAX_ISSUES) {
    const filer = known.ordered.for(codes);
    if (filer !== undefined) {
      const before = issues.list.length;
      try {
        filer(rec, slots, issues);
        return;
      } catch {
        // A getter threw: start again below, where values are read one by one and the error names its code.
        issues.list.length = before;
        slots.fill(undefined);
      }
    }
  }
  // Values by key position, read by the set's reader (read-values.ts); a key beyond the set's
  // size is unknown anyway and is read below only to be reported.
  let raw: unknown[] | undefined = new Array(Math.min(codes.length, known.bySlot.length));
  try {
    known.reader(rec, codes, raw);
  } catch {
    raw = undefined; // a getter threw: read one by one below, so the error names its code
  }
  for (let n = 0; n < codes.length && !issues.full; n++) {
    const code = codes[n]!;
    const entry = entryAt(known, code, n);
    if (entry === undefined) {
      issues.add([key, code], PROBLEMS.unknownCode(code, key === 'indicators' ? 'indicator' : 'condition'));
      continue;
    }
    at[1] = code;
    const v = raw === undefined ? rec[code] : raw[n];
    if (v !== undefined) fileValue(entry, v, key, issues, slots);
  }
  at[1] = '';
}

function fileAssessments(value: unknown, set: CriteriaSet, index: SetIndex, issues: Issues): (AssessedOutcome | undefined)[] | undefined {
  const codes = codeMap(value, 'criteria', issues);
  if (codes === undefined) return undefined;
  const out: (AssessedOutcome | undefined)[] = new Array(set.criteria.length).fill(undefined);
  for (const code of codes) {
    const n = index.criteria.get(code);
    if (n === undefined) {
      issues.add(['criteria', code], PROBLEMS.unknownCode(code, 'criterion'));
      continue;
    }
    const v = (value as Record<string, unknown>)[code];
    if (v === 'met' || v === 'not-met' || v === 'unknown') out[n] = v;
    else issues.add(['criteria', code], PROBLEMS.expectedAssessment(v));
  }
  return out;
}

const ASSESSMENT_KEYS = ['by', 'decision', 'date', 'note'];

function readAssessment(value: unknown, issues: Issues): AssessmentSource | undefined {
  if (!isObject(value)) {
    issues.add(['assessment'], { code: 'expected-object', text: { vi: 'cần { by?, decision?, date?, note? }: ai đánh giá, văn bản nào, ngày nào', en: 'expected { by?, decision?, date?, note? }: who assessed, in which record, on which day' } });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (!ASSESSMENT_KEYS.includes(key)) issues.add(['assessment', key], { code: 'unknown-key', text: { vi: `trường không có: "${key}" (có: ${ASSESSMENT_KEYS.join(', ')})`, en: `unknown field "${key}" (known: ${ASSESSMENT_KEYS.join(', ')})` }, params: { key } });
    else if (typeof v !== 'string' || v.trim() === '') issues.add(['assessment', key], { code: 'expected-text', text: { vi: 'cần một chuỗi ký tự không rỗng', en: 'expected a non-empty string' } });
    else if (key === 'date' && toIsoDay(v) === undefined) issues.add(['assessment', key], { code: 'invalid-date', text: { vi: 'cần một ngày có thật dạng YYYY-MM-DD', en: 'expected an existing day as YYYY-MM-DD' } });
    else out[key] = nfc(v);
  }
  return Object.freeze(out);
}

/** The input's fields, one bit each. */
const F = {
  year: 1, name: 2, province: 4, region: 8, especiallyDifficult: 16, safeZone: 32, group: 64, groupFacts: 128, indicators: 256, conditions: 512, criteria: 1024, assessment: 2048,
} as const;
// A prototype-less record: a key such as "constructor" or "__proto__" finds nothing here.
const FIELD_BITS: Readonly<Record<string, number | undefined>> = Object.assign(Object.create(null) as Record<string, number>, F);

const EXPECTED_FLAG = { code: 'expected-boolean', text: { vi: 'cần true (có) hoặc false (không)', en: 'expected true or false' } };


/**
 * Checks an evaluation input against a set and files its values; throws an
 * `invalid-input` NtmError naming every bad field (at most MAX_ISSUES).
 */
export function validateInput(set: CriteriaSet, input: unknown): ValidatedInput {
  const issues = new Issues();
  // The path being read, for a getter or trap that throws.
  const at: (string | number)[] = [];
  try {
    return readInput(set, input, issues, at);
  } catch (error) {
    if (error instanceof ReadFailure) throw error.ntm;
    throw invalidInput('evaluation input', [...issues.list.slice(0, MAX_ISSUES - 1), issue(at.filter((s) => s !== ''), PROBLEMS.unreadable().code, PROBLEMS.unreadable().text)]);
  }
}

/** Carries the NtmError of a completed validation through the catch above. */
class ReadFailure {
  constructor(readonly ntm: Error) {}
}

/** The known fields that are own keys of the input, one bit each; an unknown key is an issue. */
function ownFieldBits(input: Record<string, unknown>, issues: Issues): number {
  let seen = 0;
  const keys = Object.keys(input);
  for (let n = 0; n < keys.length; n++) {
    const bit = FIELD_BITS[keys[n]!];
    if (bit !== undefined && typeof bit === 'number') seen |= bit;
    else if (!issues.full) {
      const key = keys[n]!;
      issues.add([key], { code: 'unknown-key', text: { vi: `trường không có: "${key}"`, en: `unknown field "${key}"` }, params: { key } });
    }
  }
  return seen;
}

/** The scalar fields' types (the year, names, flags). */
function checkFacts(year: unknown, name: unknown, province: unknown, especiallyDifficult: unknown, safeZone: unknown, issues: Issues): void {
  if (typeof year !== 'number' || !Number.isInteger(year)) issues.add(['year'], { code: 'expected-year', text: { vi: 'cần năm đánh giá là số nguyên, ví dụ 2024', en: 'expected a whole year, e.g. 2024' } });
  if (name !== undefined && typeof name !== 'string') issues.add(['name'], { code: 'expected-text', text: { vi: 'cần một chuỗi ký tự', en: 'expected a string' } });
  if (province !== undefined && typeof province !== 'string') issues.add(['province'], { code: 'expected-text', text: { vi: 'cần một chuỗi ký tự', en: 'expected a string' } });
  if (especiallyDifficult !== undefined && typeof especiallyDifficult !== 'boolean') issues.add(['especiallyDifficult'], EXPECTED_FLAG);
  if (safeZone !== undefined && typeof safeZone !== 'boolean') issues.add(['safeZone'], EXPECTED_FLAG);
}

function readInput(set: CriteriaSet, input: unknown, issues: Issues, at: (string | number)[]): ValidatedInput {
  if (!isObject(input)) throw new ReadFailure(invalidInput('evaluation input', [issue([], 'expected-object', { vi: 'cần một đối tượng (thông tin và số liệu của đối tượng đánh giá)', en: 'expected an object (the subject\'s facts and values)' })]));
  const index = indexOf(set);
  const values: (IndicatorValue | undefined)[] = index.indicators.empty.slice();
  const conditionValues: (IndicatorValue | undefined)[] = index.conditions.empty.slice();
  // Which known fields are own keys (Object.keys lists own keys only); then each is read once by
  // name, a load V8 caches per input shape (a load keyed by a changing name is not cached).
  const seen = ownFieldBits(input, issues);
  at[0] = 'year';
  const year = seen & F.year ? input.year : undefined;
  at[0] = 'name';
  const name = seen & F.name ? input.name : undefined;
  at[0] = 'province';
  const province = seen & F.province ? input.province : undefined;
  at[0] = 'region';
  const region = seen & F.region ? input.region : undefined;
  at[0] = 'especiallyDifficult';
  const especiallyDifficult = seen & F.especiallyDifficult ? input.especiallyDifficult : undefined;
  at[0] = 'safeZone';
  const safeZone = seen & F.safeZone ? input.safeZone : undefined;
  at[0] = 'group';
  const hasGroup = (seen & F.group) !== 0;
  const group = hasGroup ? input.group : undefined;
  at[0] = 'groupFacts';
  const groupFacts = seen & F.groupFacts ? input.groupFacts : undefined;
  at[0] = 'indicators';
  if (seen & F.indicators) fileValues(input.indicators, index.indicators, 'indicators', issues, values, at);
  at[0] = 'conditions';
  if (seen & F.conditions) fileValues(input.conditions, index.conditions, 'conditions', issues, conditionValues, at);
  at[0] = 'criteria';
  const assessed = seen & F.criteria ? fileAssessments(input.criteria, set, index, issues) : undefined;
  at[0] = 'assessment';
  const assessment = seen & F.assessment ? readAssessment(input.assessment, issues) : undefined;
  at.length = 0;
  checkFacts(year, name, province, especiallyDifficult, safeZone, issues);
  const facts: Facts = { region, especiallyDifficult, safeZone, hasGroup, group, groupFacts };
  const c = set.columns === 'commune-group' ? groupChoice(set, facts, issues) : regionChoice(set, facts, issues);
  if (issues.list.length > 0) throw new ReadFailure(invalidInput('evaluation input', issues.list));
  return {
    year: year as number,
    name: name === undefined ? undefined : nfc(name as string),
    province: province === undefined ? undefined : nfc(province as string),
    region: region as Region | undefined,
    effective: c.effective,
    group: c.group,
    groupReasons: c.groupReasons,
    column: c.column,
    columnKnown: c.columnKnown,
    values,
    conditionValues,
    assessed,
    assessment,
  };
}
