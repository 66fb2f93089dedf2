import { INPUT_LIMITS } from '../_lib/limits.js';
import { plainInput } from '../_lib/plain.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Checks that a value has the shape of a CommuneSummary (as
 * summarizeCommunes returns it) in the parts comparisons read; issues are
 * pushed with paths under `at`.
 */
export function summaryIssues(s: unknown, at: readonly (string | number)[]): IssueInit[] {
  const issues: IssueInit[] = [];
  // These shapes come from summarizeCommunes: the texts name its fields as they are.
  const push = (p: (string | number)[], code: string, vi: string, en: string): void => {
    issues.push(issue([...at, ...p], code, { vi, en }));
  };
  if (!isObject(s)) {
    push([], 'expected-object', 'cần một bản tổng hợp do summarizeCommunes trả về', 'expected a summary from summarizeCommunes');
    return issues;
  }
  if (s.scheme !== null && (!isObject(s.scheme) || typeof s.scheme.id !== 'string' || !isCount(s.scheme.criteriaTotal))) push(['scheme'], 'expected-object', 'cần { id, criteriaTotal } hoặc null', 'expected { id, criteriaTotal } or null');
  if (s.criteriaTotal !== undefined && !isCount(s.criteriaTotal)) push(['criteriaTotal'], 'expected-whole-number', 'cần một số nguyên không âm', 'expected a whole number ≥ 0');
  for (const k of ['count', 'meetingStandard', 'totalCriteriaMet'] as const) if (!isCount(s[k])) push([k], 'expected-whole-number', 'cần một số nguyên không âm', 'expected a whole number ≥ 0');
  if (s.minimum !== null && !isCount(s.minimum)) push(['minimum'], 'expected-whole-number', 'cần một số nguyên hoặc null', 'expected a whole number or null');
  if (s.average !== null) {
    const f = isObject(s.average) && isObject(s.average.fraction) ? s.average.fraction : undefined;
    if (!f || !Number.isSafeInteger(f.numerator) || !Number.isSafeInteger(f.denominator) || f.denominator === 0) {
      push(['average'], 'expected-object', 'cần bình quân kèm phân số chính xác, hoặc null', 'expected an average with an exact fraction, or null');
    } else {
      // The figures comparisons compute with (decimal.js rejects NaN and non-integers with its own errors).
      const a = s.average as Record<string, unknown>;
      const places = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
      if (typeof a.rounded !== 'string' || !/^-?\d+(\.\d+)?$/.test(a.rounded)) push(['average', 'rounded'], 'expected-decimal', 'cần chuỗi số thập phân', 'expected a decimal string');
      if (!places(a.roundedDecimals)) push(['average', 'roundedDecimals'], 'out-of-range', 'cần số nguyên từ 0 đến 100', 'expected a whole number from 0 to 100');
      if (a.places !== null && a.places !== undefined && !places(a.places)) push(['average', 'places'], 'out-of-range', 'cần số nguyên từ 0 đến 100, hoặc null', 'expected a whole number from 0 to 100, or null');
    }
  }
  if (!Array.isArray(s.buckets)) push(['buckets'], 'expected-array', 'cần danh sách số xã theo nhóm', 'expected the array of bucket counts');
  else
    // An index loop, not forEach: holes of sparse arrays must be reported too.
    for (let i = 0; i < s.buckets.length; i++) {
      const b: unknown = s.buckets[i];
      if (!isObject(b) || typeof b.id !== 'string' || !isCount(b.count) || !isCount(b.min) || !isCount(b.max)) {
        push(['buckets', i], 'expected-object', 'cần { id, min, max, count }', 'expected { id, min, max, count }');
      }
    }
  if (!Array.isArray(s.criteria)) push(['criteria'], 'expected-array', 'cần danh sách số xã đạt từng tiêu chí', 'expected the array of criterion tallies');
  else
    for (let i = 0; i < s.criteria.length; i++) {
      const c: unknown = s.criteria[i];
      if (!isObject(c) || typeof c.code !== 'string' || !isCount(c.met) || !isCount(c.of)) push(['criteria', i], 'expected-object', 'cần { code, met, of, … }', 'expected { code, met, of, … }');
    }
  return issues;
}

/** A plain copy of a summary (or target figures) given by a caller, read once (src/_lib/plain.ts); paths under `name`. */
export function readSummary(s: unknown, name: string): unknown {
  return plainInput(s, 'summary', INPUT_LIMITS.summary, { prefix: [name] });
}

/** The criteria total of a summary checked by summaryIssues (summaries made before the field existed carry it in `scheme`). */
export function summaryTotal(s: { readonly criteriaTotal?: number; readonly scheme: { readonly criteriaTotal: number } | null }): number | undefined {
  return s.criteriaTotal ?? s.scheme?.criteriaTotal;
}

/** Throws `invalid-input` unless every summary has the expected shape. */
export function checkSummaries(entries: readonly [unknown, string][]): void {
  const issues = entries.flatMap(([s, name]) => summaryIssues(s, [name]));
  if (issues.length > 0) throw invalidInput('summary', issues);
}
