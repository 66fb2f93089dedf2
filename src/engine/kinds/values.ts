// What each kind of indicator accepts as input, checked by one switch per value (the
// validation loop makes one call per value rather than one through each kind).
import { PROBLEMS, type Problem } from '../messages.js';
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

/**
 * Checks a compound value; returns a fresh object of the indicator's fields read from
 * the input's own properties, so nothing inherited or changed later reaches judging.
 */
export function checkCompoundValue(value: unknown, indicator: Indicator): CheckedCompound {
  return checkCompound(value, indicator.fields ?? []);
}

function checkField(f: CompoundField, v: unknown): Problem | undefined {
  switch (f.type) {
    case 'boolean': return typeof v === 'boolean' ? undefined : PROBLEMS.expectedBoolean(v);
    case 'percent': return checkPercent(v);
    case 'count': return checkCount(v);
    default: return checkAmount(v);
  }
}

const keysOf = (fields: readonly CompoundField[]) => fields.map((f) => f.key);

function checkCompound(v: unknown, fields: readonly CompoundField[]): CheckedCompound {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { problem: PROBLEMS.expectedFields(keysOf(fields)) };
  const rec = v as Record<string, unknown>;
  // As many own keys as fields, each field an own key: then no key is unknown (counted without an
  // array per value). Otherwise find the unknown key first, so it is reported before a missing field.
  let own = 0;
  for (const key in rec) if (Object.hasOwn(rec, key)) own++;
  let exact = own === fields.length;
  for (let n = 0; exact && n < fields.length; n++) if (!Object.hasOwn(rec, fields[n]!.key)) exact = false;
  if (!exact) {
    for (const key of Object.keys(rec)) {
      let known = false;
      for (let k = 0; k < fields.length; k++) if (fields[k]!.key === key) { known = true; break; }
      if (!known) return { problem: PROBLEMS.unknownField(key, keysOf(fields)), field: key };
    }
  }
  const copy: Record<string, number | boolean> = {};
  for (let n = 0; n < fields.length; n++) {
    const f = fields[n]!;
    if (!Object.hasOwn(rec, f.key) || rec[f.key] === undefined) return { problem: PROBLEMS.missingField(f.key), field: f.key };
    const fv = rec[f.key];
    const problem = checkField(f, fv);
    if (problem) return { problem, field: f.key };
    if (f.min !== undefined && (fv as number) < f.min) return { problem: PROBLEMS.belowMinimum(f.min), field: f.key };
    copy[f.key] = fv as number | boolean;
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
