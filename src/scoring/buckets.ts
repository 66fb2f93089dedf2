import { deepFreeze } from '../_lib/freeze.js';
import { INPUT_LIMITS } from '../_lib/limits.js';
import { readPlain } from '../_lib/plain.js';
import { issue, issueMessage, formatPath, invalidInput, NtmError, type IssueInit } from '../errors.js';
import { NATIONAL_COMMUNE_SCHEME, THUA_THIEN_HUE_2018_SCHEME, type Bucket, type BucketScheme } from './schemes.js';

type Path = readonly (string | number)[];

// Schemes built by defineBucketScheme (deep-frozen copies): passed again, they are not re-read.
// Any other object is copied and checked on every call: it could change, or answer a getter
// differently, between calls.
const checked = new WeakSet<object>();

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): boolean {
  return isObject(v) && typeof v.vi === 'string' && typeof v.en === 'string';
}

/** Records one problem of a scheme definition at a path below the scheme. */
type Push = (path: Path, code: string, vi: string, en: string) => void;

/** One bucket's problems (`ids` collects the ids seen); its range when it has no problem of its bounds. */
function bucketIssues(b: unknown, i: number, total: number | undefined, ids: Set<string>, push: Push): { index: number; min: number; max: number } | undefined {
  if (!isObject(b)) {
    push(['buckets', i], 'expected-object', 'cần một nhóm { id, min, max, label }', 'expected a bucket { id, min, max, label }');
    return undefined;
  }
  if (typeof b.id !== 'string' || b.id.trim() === '') push(['buckets', i, 'id'], 'expected-string', 'cần một mã nhóm không để trống', 'expected a non-empty string');
  else if (ids.has(b.id)) push(['buckets', i, 'id'], 'duplicate-id', `mã nhóm "${b.id}" được ghi hai lần`, `duplicate bucket id "${b.id}"`);
  else ids.add(b.id);
  if (!isText(b.label)) push(['buckets', i, 'label'], 'expected-text', 'cần tên nhóm bằng tiếng Việt và tiếng Anh { vi, en }', 'expected { vi, en } strings');
  if (b.basis !== undefined && b.basis !== 'stated' && b.basis !== 'completes-partition') {
    push(['buckets', i, 'basis'], 'expected-one-of', "cần 'stated' hoặc 'completes-partition'", "expected 'stated' or 'completes-partition'");
  }
  let ok = true;
  for (const k of ['min', 'max'] as const) {
    const v = b[k];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      push(['buckets', i, k], 'expected-whole-number', 'cần một số nguyên', 'expected a whole number');
      ok = false;
    } else if (v < 0 || (total !== undefined && v > total)) {
      push(['buckets', i, k], 'out-of-range', `phải từ 0 đến ${total !== undefined ? String(total) : 'số tiêu chí (criteriaTotal)'}`, `must lie within 0…${total !== undefined ? String(total) : 'criteriaTotal'}`);
      ok = false;
    }
  }
  if (ok && (b.min as number) > (b.max as number)) {
    push(['buckets', i], 'min-above-max', `cận dưới (${String(b.min)}) lớn hơn cận trên (${String(b.max)})`, `min (${String(b.min)}) is greater than max (${String(b.max)})`);
    ok = false;
  }
  return ok ? { index: i, min: b.min as number, max: b.max as number } : undefined;
}

/** The buckets must partition 0…total: sorted by min, each starts right after the previous one ends. */
function partitionIssues(ranges: readonly { index: number; min: number; max: number }[], total: number, push: Push): void {
  const sorted = [...ranges].sort((a, b) => a.min - b.min);
  let next = 0;
  let prev: (typeof sorted)[number] | undefined;
  for (const r of sorted) {
    if (r.min > next) push(['buckets'], 'gap', `thiếu nhóm: không nhóm nào chứa ${next === r.min - 1 ? next : `${next}-${r.min - 1}`} tiêu chí`, `gap: no bucket holds ${next === r.min - 1 ? next : `${next}-${r.min - 1}`} criteria`);
    else if (r.min < next && prev) {
      const hi = Math.min(prev.max, r.max);
      push(['buckets', r.index], 'overlap', `trùng với nhóm thứ ${prev.index + 1} ở ${r.min === hi ? r.min : `${r.min}-${hi}`} tiêu chí`, `overlaps buckets[${prev.index}] on ${r.min === hi ? r.min : `${r.min}-${hi}`} criteria`);
    }
    if (!prev || r.max > prev.max) prev = r;
    next = Math.max(next, r.max + 1);
  }
  if (next <= total) push(['buckets'], 'gap', `thiếu nhóm: không nhóm nào chứa ${next === total ? next : `${next}-${String(total)}`} tiêu chí`, `gap: no bucket holds ${next === total ? next : `${next}-${String(total)}`} criteria`);
}

/** Lists every problem of a scheme definition, with paths under `at`. */
export function schemeIssues(def: unknown, at: Path = []): IssueInit[] {
  const issues: IssueInit[] = [];
  const push: Push = (path, code, vi, en) => {
    issues.push(issue([...at, ...path], code, { vi, en }));
  };
  if (!isObject(def)) {
    push([], 'expected-object', 'cần một cách phân nhóm (một đối tượng)', 'expected a bucket scheme object');
    return issues;
  }
  if (typeof def.id !== 'string' || def.id.trim() === '') push(['id'], 'expected-string', 'cần một mã không để trống', 'expected a non-empty string');
  if (!isText(def.title)) push(['title'], 'expected-text', 'cần tên bằng tiếng Việt và tiếng Anh { vi, en }', 'expected { vi, en } strings');
  const total = def.criteriaTotal;
  const totalOk = typeof total === 'number' && Number.isInteger(total) && total > 0;
  if (!totalOk) push(['criteriaTotal'], 'expected-whole-number', 'cần một số nguyên dương', 'expected a positive whole number');
  if (def.citation !== undefined && !(isObject(def.citation) && typeof def.citation.instrument === 'string')) {
    push(['citation'], 'expected-citation', 'cần trích dẫn có tên văn bản (instrument)', 'expected a citation with an instrument');
  }
  if (!Array.isArray(def.buckets) || def.buckets.length === 0) {
    push(['buckets'], 'expected-array', 'cần danh sách các nhóm, không để trống', 'expected a non-empty array of buckets');
    return issues;
  }
  const ids = new Set<string>();
  const ranges: { index: number; min: number; max: number }[] = [];
  def.buckets.forEach((b: unknown, i: number) => {
    const range = bucketIssues(b, i, totalOk ? (total as number) : undefined, ids, push);
    if (range) ranges.push(range);
  });
  if (!totalOk || issues.length > 0) return issues;
  partitionIssues(ranges, total as number, push);
  return issues;
}

function definitionError(issues: readonly IssueInit[]): NtmError {
  const lines = issues.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${issueMessage(i)}`);
  return new NtmError('invalid-definition', `Invalid bucket scheme:\n${lines.join('\n')}`, issues);
}

/**
 * Checks a scheme passed to a scoring function (cached per object), throwing
 * `invalid-definition` with paths under `at` when it does not partition 0…criteriaTotal.
 */
export function checkScheme(scheme: unknown, at: Path = ['scheme']): BucketScheme {
  if (scheme === NATIONAL_COMMUNE_SCHEME || scheme === THUA_THIEN_HUE_2018_SCHEME) return scheme as BucketScheme;
  if (typeof scheme === 'object' && scheme !== null && checked.has(scheme)) return scheme as BucketScheme;
  const copy = readScheme(scheme, at);
  const issues = schemeIssues(copy, at);
  if (issues.length > 0) throw definitionError(issues);
  return copy as BucketScheme;
}

/** A plain copy of a scheme given by a caller, read once (src/_lib/plain.ts). */
function readScheme(scheme: unknown, at: Path): unknown {
  const r = readPlain(scheme, INPUT_LIMITS.scheme, { prefix: at });
  if (!r.ok) throw definitionError(r.issues);
  return r.value;
}

/**
 * Validates a bucket scheme and returns a frozen copy with its buckets ordered
 * from the highest to the lowest (as reports print them). The buckets must
 * partition 0…criteriaTotal exactly: whole-number bounds, no gap, no overlap.
 * The input is not modified.
 *
 * @throws {NtmError} `invalid-definition`, naming each offending path (e.g. `buckets[2].min`).
 *
 * @example
 * ```ts
 * import { classifyCriteriaCount, defineBucketScheme } from 'ntm-rules';
 * const scheme = defineBucketScheme({
 *   id: 'my-report',
 *   title: { vi: 'Phân nhóm của báo cáo', en: 'Report grouping' },
 *   criteriaTotal: 19,
 *   buckets: [
 *     { id: '19', min: 19, max: 19, label: { vi: 'Đạt chuẩn', en: 'Meets the standard' } },
 *     { id: '15-18', min: 15, max: 18, label: { vi: 'Từ 15-18 tiêu chí', en: '15-18 criteria' } },
 *     { id: '0-14', min: 0, max: 14, label: { vi: 'Dưới 15 tiêu chí', en: 'Under 15 criteria' } },
 *   ],
 * });
 * classifyCriteriaCount(14, scheme).id; // '0-14'
 * ```
 */
export function defineBucketScheme(def: BucketScheme): BucketScheme {
  def = readScheme(def, []) as BucketScheme; // a plain copy, read once
  const issues = schemeIssues(def);
  if (issues.length > 0) throw definitionError(issues);
  const copy: BucketScheme = {
    id: def.id,
    title: { vi: def.title.vi.normalize('NFC'), en: def.title.en },
    criteriaTotal: def.criteriaTotal,
    buckets: [...def.buckets]
      .sort((a, b) => b.min - a.min)
      .map((b) => ({
        id: b.id,
        min: b.min,
        max: b.max,
        label: { vi: b.label.vi.normalize('NFC'), en: b.label.en },
        ...(b.basis !== undefined ? { basis: b.basis } : {}),
      })),
    ...(def.citation !== undefined ? { citation: { ...def.citation } } : {}),
  };
  const frozen = deepFreeze(copy) as BucketScheme;
  checked.add(frozen);
  return frozen;
}

/** Issue for a criteria count that is not a whole number within 0…total, or undefined when valid. */
export function countIssue(n: unknown, total: number): { readonly code: string; readonly text: { readonly vi: string; readonly en: string } } | undefined {
  if (typeof n !== 'number' || Number.isNaN(n)) return { code: 'expected-number', text: { vi: 'cần ghi số tiêu chí đạt (một số)', en: 'expected a number of criteria' } };
  if (!Number.isInteger(n)) return { code: 'expected-whole-number', text: { vi: 'cần ghi số tiêu chí đạt là số nguyên', en: 'expected a whole number of criteria' } };
  if (n < 0) return { code: 'out-of-range', text: { vi: 'không được là số âm', en: 'cannot be negative' } };
  if (n > total) return { code: 'out-of-range', text: { vi: `không được lớn hơn ${total} tiêu chí của cách phân nhóm`, en: `cannot exceed the ${total} criteria of the scheme` } };
  return undefined;
}

/** The bucket of a valid count in a checked scheme. */
export function bucketOf(n: number, scheme: BucketScheme): Bucket {
  const b = scheme.buckets.find((x) => n >= x.min && n <= x.max);
  // A checked scheme partitions 0…total, so a valid count always falls in a bucket.
  if (!b) throw new NtmError('invalid-definition', `No bucket of "${scheme.id}" holds ${n} criteria`);
  return b;
}

/**
 * The bucket a commune falls in, given how many criteria it meets. Defaults to
 * {@link NATIONAL_COMMUNE_SCHEME} (19 / 15-18 / 10-14 / 5-9 / 0-4).
 *
 * @throws {NtmError} `invalid-input` (path `n`) for a count that is not a whole
 * number within 0…criteriaTotal (negative, fractional, too large, NaN, not a
 * number); `invalid-definition` for a scheme that does not partition 0…criteriaTotal.
 *
 * @example
 * ```ts
 * import { classifyCriteriaCount } from 'ntm-rules';
 * classifyCriteriaCount(19).id; // '19'
 * classifyCriteriaCount(14).label.vi; // 'Đạt từ 10-14 tiêu chí'
 * ```
 */
export function classifyCriteriaCount(n: number, scheme: BucketScheme = NATIONAL_COMMUNE_SCHEME): Bucket {
  const s = checkScheme(scheme);
  const problem = countIssue(n, s.criteriaTotal);
  if (problem) throw invalidInput('criteria count', [issue(['n'], problem.code, problem.text)]);
  return bucketOf(n, s);
}
