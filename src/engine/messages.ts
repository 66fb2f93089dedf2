// The engine's texts for bad input, in one place (coded, Vietnamese and English).
import { bothNumbers } from '../_lib/numbers.js';
import type { LocalizedText } from '../_lib/text.js';
import type { NtmIssueParam } from '../errors.js';

/** A problem with one value: what the engine files as an issue at the value's path. */
export interface Problem {
  readonly code: string;
  readonly text: LocalizedText;
  readonly params?: Readonly<Record<string, NtmIssueParam>>;
}

const p = (code: string, vi: string, en: string, params?: Readonly<Record<string, NtmIssueParam>>): Problem =>
  params === undefined ? { code, text: { vi, en } } : { code, text: { vi, en }, params };

/** Shows a value a person typed, briefly and safely (never throws). */
export function shown(v: unknown): LocalizedText {
  if (typeof v === 'number') return Number.isFinite(v) ? bothNumbers(v) : { vi: String(v), en: String(v) };
  if (typeof v === 'string') {
    const s = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    return { vi: s, en: s };
  }
  if (typeof v === 'boolean') return v ? { vi: 'true (đạt)', en: 'true' } : { vi: 'false (chưa đạt)', en: 'false' };
  if (v === null) return { vi: 'null (chưa có số liệu)', en: 'null' };
  if (Array.isArray(v)) return { vi: 'một danh sách', en: 'an array' };
  return typeof v === 'object' ? { vi: 'một đối tượng', en: 'an object' } : { vi: typeof v, en: typeof v };
}

export const PROBLEMS = {
  expectedBoolean: (v: unknown) => p('expected-boolean', `cần true (đạt) hoặc false (chưa đạt), đang ghi ${shown(v).vi}`, `expected true (met) or false (not met), got ${shown(v).en}`),
  expectedPercent: (v: unknown) => p('expected-percent', `cần một tỷ lệ phần trăm (số từ 0 đến 100), đang ghi ${shown(v).vi}`, `expected a percentage (a number from 0 to 100), got ${shown(v).en}`),
  percentOutOfRange: (v: number) => p('out-of-range', `cần tỷ lệ phần trăm từ 0 đến 100, đang ghi ${shown(v).vi}`, `expected a percentage from 0 to 100, got ${shown(v).en}`, { min: 0, max: 100, value: v }),
  expectedAmount: (v: unknown) => p('expected-number', `cần một số không âm, đang ghi ${shown(v).vi}`, `expected a non-negative number, got ${shown(v).en}`),
  negativeAmount: (v: number) => p('out-of-range', `không được là số âm, đang ghi ${shown(v).vi}`, `must not be negative, got ${shown(v).en}`, { min: 0, value: v }),
  expectedCount: (v: unknown) => p('expected-whole-number', `cần một số nguyên không âm, đang ghi ${shown(v).vi}`, `expected a whole number ≥ 0, got ${shown(v).en}`),
  expectedFields: (keys: readonly string[]) => p('expected-object', `cần ghi các thành phần ${keys.join(', ')} (một đối tượng JSON)`, `expected an object with the fields ${keys.join(', ')}`, { fields: [...keys] }),
  unknownField: (key: string, keys: readonly string[]) => p('unknown-key', `không có thành phần "${key}" (các thành phần: ${keys.join(', ')})`, `unknown field "${key}" (expected ${keys.join(', ')})`, { key, allowed: [...keys] }),
  missingField: (key: string) => p('required', `thiếu thành phần "${key}"`, `missing field "${key}"`, { key }),
  belowMinimum: (min: number) => p('out-of-range', `phải từ ${shown(min).vi} trở lên`, `must be at least ${shown(min).en}`, { min }),
  exceedsField: (key: string, value: number, other: string, otherValue: number) =>
    p('exceeds-field', `"${key}" (${shown(value).vi}) không được lớn hơn "${other}" (${shown(otherValue).vi})`, `"${key}" (${shown(value).en}) cannot exceed "${other}" (${shown(otherValue).en})`, { key, other }),
  notApplicable: (code: string) => p('not-applicable-refused', `chỉ tiêu ${code} không được khai là không áp dụng (chỉ các chỉ tiêu ghi "nếu có" mới được)`, `"${code}" cannot be declared not applicable (only "nếu có" indicators can)`, { code }),
  unknownCode: (code: string, what: 'indicator' | 'condition' | 'criterion') =>
    p('unknown-code', `không có ${what === 'indicator' ? 'chỉ tiêu' : what === 'condition' ? 'điều kiện' : 'tiêu chí'} mã "${code}" trong bộ tiêu chí`, `unknown ${what} code "${code}"`, { code }),
  tooMany: (count: number, max: number) => p('too-many', `quá nhiều mục: ${shown(count).vi} (tối đa ${shown(max).vi})`, `too many entries: ${shown(count).en} (at most ${shown(max).en})`, { count, max }),
  expectedCodeMap: (what: 'indicator' | 'condition' | 'criterion') =>
    p('expected-object', `cần một đối tượng ánh xạ mã ${what === 'indicator' ? 'chỉ tiêu' : what === 'condition' ? 'điều kiện' : 'tiêu chí'} sang giá trị`, `expected an object mapping ${what} codes to values`),
  expectedAssessment: (v: unknown) => p('expected-one-of', `cần 'met' (đạt), 'not-met' (chưa đạt) hoặc 'unknown' (chưa xác định), đang ghi ${shown(v).vi}`, `expected 'met', 'not-met' or 'unknown', got ${shown(v).en}`, { allowed: ['met', 'not-met', 'unknown'] }),
  unreadable: () => p('unreadable', 'không đọc được giá trị (lỗi khi đọc thuộc tính)', 'the value could not be read (reading it threw)'),
} as const;
