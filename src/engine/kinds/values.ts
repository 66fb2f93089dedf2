// What each kind of indicator accepts as input, checked by one switch per value (the
// validation loop makes one call per value rather than one through each kind).
import { PROBLEMS, type Problem } from '../messages.js';
import { compileRecordCopier, setOwn, type RecordCopier } from '../read-values.js';
import type { CompoundField, Indicator, IndicatorValue } from '../types/index.js';

/** What a kind accepts as input. */
export type ValueType = 'boolean' | 'count' | 'percent' | 'amount' | 'compound';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkPercent(v: unknown): Problem | undefined {
  if (!isFiniteNumber(v)) return PROBLEMS.expectedPercent(v);
  if (v < 0 || v > 100) return PROBLEMS.percentOutOfRange(v);
  return undefined;
}
function checkAmount(v: unknown): Problem | undefined {
  if (!isFiniteNumber(v)) return PROBLEMS.expectedAmount(v);
  if (v < 0) return PROBLEMS.negativeAmount(v);
  return undefined;
}
function checkCount(v: unknown): Problem | undefined {
  return isFiniteNumber(v) && Number.isInteger(v) && v >= 0 ? undefined : PROBLEMS.expectedCount(v);
}

/** The outcome of checking a compound value: the fresh copy to judge, or the problem and the field at fault. */
export type CheckedCompound = { readonly value: IndicatorValue; readonly problem?: undefined } | { readonly problem: Problem; readonly field?: string };

/** Checks a value of a simple kind (boolean, count, percent, amount); `undefined` when it is acceptable. */
export function checkScalar(type: Exclude<ValueType, 'compound'>, value: unknown): Problem | undefined {
  switch (type) {
    case 'boolean': return typeof value === 'boolean' ? undefined : PROBLEMS.expectedBoolean(value);
    case 'count': return checkCount(value);
    case 'percent': return checkPercent(value);
    default: return checkAmount(value);
  }
}

/** A compound indicator's fields prepared for checking values: their keys in order and the copier. */
export interface CompoundShape {
  readonly fields: readonly CompoundField[];
  readonly keys: readonly string[];
  readonly copy: RecordCopier;
}

/** Prepares an indicator's fields for {@link checkCompoundValue} (once per set). */
export function compoundShape(indicator: Indicator): CompoundShape {
  const fields = indicator.fields ?? [];
  const keys = fields.map((f) => f.key);
  return { fields, keys, copy: compileRecordCopier(keys) };
}

function checkField(f: CompoundField, v: unknown): Problem | undefined {
  switch (f.type) {
    case 'boolean': return typeof v === 'boolean' ? undefined : PROBLEMS.expectedBoolean(v);
    case 'percent': return checkPercent(v);
    case 'count': return checkCount(v);
    default: return checkAmount(v);
  }
}

/** True when the own keys of `rec` are exactly the fields' keys, in their order (the usual input). */
function hasKeysInOrder(rec: object, keys: readonly string[]): boolean {
  const own = Object.keys(rec);
  if (own.length !== keys.length) return false;
  for (let n = 0; n < keys.length; n++) if (own[n] !== keys[n]) return false;
  return true;
}

/** The first own key that is not a field, reported before anything else. */
function unknownKey(rec: Record<string, unknown>, shape: CompoundShape): { problem: Problem; field: string } | undefined {
  for (const key of Object.keys(rec)) if (!shape.keys.includes(key)) return { problem: PROBLEMS.unknownField(key, shape.keys), field: key };
  return undefined;
}

/** The fields that are own properties, read once each (a missing one stays undefined). */
function ownFields(rec: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(rec, key)) setOwn(copy, key, rec[key]);
  return copy;
}

/**
 * Checks a compound value; returns a fresh object of the indicator's fields read from
 * the input's own properties, so nothing inherited or changed later reaches judging.
 * An unknown key is reported before a missing field.
 */
export function checkCompoundValue(v: unknown, shape: CompoundShape): CheckedCompound {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { problem: PROBLEMS.expectedFields(shape.keys) };
  const rec = v as Record<string, unknown>;
  let copy: Record<string, number | boolean>;
  if (hasKeysInOrder(rec, shape.keys)) copy = shape.copy(rec) as Record<string, number | boolean>;
  else {
    const wrong = unknownKey(rec, shape);
    if (wrong !== undefined) return wrong;
    copy = ownFields(rec, shape.keys) as Record<string, number | boolean>;
  }
  const fields = shape.fields;
  for (let n = 0; n < fields.length; n++) {
    const f = fields[n]!;
    const fv = copy[f.key];
    if (fv === undefined) return { problem: PROBLEMS.missingField(f.key), field: f.key };
    const problem = checkField(f, fv);
    if (problem) return { problem, field: f.key };
    if (f.min !== undefined && (fv as number) < f.min) return { problem: PROBLEMS.belowMinimum(f.min), field: f.key };
  }
  for (let n = 0; n < fields.length; n++) {
    const f = fields[n]!;
    const other = f.notGreaterThan;
    if (other !== undefined && typeof copy[other] === 'number' && (copy[f.key] as number) > (copy[other] as number)) {
      return { problem: PROBLEMS.exceedsField(f.key, copy[f.key] as number, other, copy[other] as number), field: f.key };
    }
  }
  return { value: copy };
}
