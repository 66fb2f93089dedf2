// Threshold overlays: a province's or ministry's table that fills or overrides thresholds.
// Validated like sets (size, schema, NFC) and, for each set they are used with, against the
// set's indicators, kinds, fields and columns.
import { deepFreeze, isDeepFrozen } from '../_lib/freeze.js';
import { RULE_DATA_LIMITS } from '../_lib/limits.js';
import { readPlain } from '../_lib/plain.js';
import { toIssues } from '../_lib/parse.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { copyOf, isTrusted, memoPair, rememberCopy, trust } from './cache.js';
import { ambiguityIssues, thresholdIssues } from './define.js';
import { appliesTo, overlayValue } from './resolve-threshold.js';
import { ruleSchemas } from './schemas.js';
import type { CriteriaSet, Indicator, OverlayThreshold, ThresholdOverlay } from './types/index.js';

/** True for a deeply frozen original made of data properties (whose copy can be remembered). */
function frozenOriginal(o: object): boolean {
  try {
    return isDeepFrozen(o);
  } catch {
    return false;
  }
}

const NONE: readonly ThresholdOverlay[] = Object.freeze([]);

/** At most this many overlays in one evaluation. */
export const MAX_OVERLAYS = 50;

function findIndicator(set: CriteriaSet, code: string): Indicator | undefined {
  for (const c of set.criteria) for (const i of c.indicators) if (i.code === code) return i;
  return set.conditions?.find((i) => i.code === code);
}

/** Issues of one overlay against a set, with paths relative to the overlay. */
function checkAgainstSet(ov: ThresholdOverlay, set: CriteriaSet): IssueInit[] {
  const issues: IssueInit[] = [];
  for (const code of Object.keys(ov.thresholds)) {
    const ind = findIndicator(set, code);
    if (!ind) {
      issues.push(issue(['thresholds', code], 'unknown-code', { vi: `không có chỉ tiêu ${code} trong ${set.title.vi.charAt(0).toLocaleLowerCase('vi')}${set.title.vi.slice(1)}`, en: `no indicator "${code}" in set "${set.id}"` }, { code }));
      continue;
    }
    const raw = ov.thresholds[code]!;
    const list = Array.isArray(raw);
    const values = (list ? raw : [raw]) as readonly OverlayThreshold[];
    const completed = values.map((v) => overlayValue(ov, v, set));
    values.forEach((v, k) => {
      // Dates the overlay states are checked for order; a value starting after the set version
      // ends (the version's last day filled in) simply does not apply to that version.
      const from = v.validFrom ?? ov.validFrom;
      const until = v.validUntil ?? ov.validUntil;
      const stated = { ...completed[k]!, validFrom: from ?? completed[k]!.validFrom, validUntil: until };
      issues.push(...thresholdIssues(stated, ind, set.columns, ['thresholds', code, ...(list ? [k] : [])]));
    });
    issues.push(...ambiguityIssues(completed, (k) => ['thresholds', code, ...(list ? [k] : [])]));
  }
  return issues;
}

const setChecks = new WeakMap<ThresholdOverlay, WeakMap<CriteriaSet, readonly IssueInit[]>>();

/** Validates one overlay's shape; returns the overlay to use (frozen, trusted) or the issues. */
function usableOverlay(o: unknown, base: readonly (string | number)[]): ThresholdOverlay | IssueInit[] {
  if (isTrusted(o)) return o as ThresholdOverlay;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return [issue(base, 'expected-object', { vi: 'cần một bảng ngưỡng (đối tượng)', en: 'expected a threshold overlay object' })];
  const copy = copyOf<ThresholdOverlay>(o);
  if (copy) return copy;
  const plain = readPlain(o, RULE_DATA_LIMITS, { prefix: base, normalize: true });
  if (!plain.ok) return plain.issues;
  // JSON.parse keeps "__proto__" as an own key; a schema would drop it silently.
  const thresholds = (plain.value as { thresholds?: unknown }).thresholds;
  if (typeof thresholds === 'object' && thresholds !== null && Object.hasOwn(thresholds, '__proto__')) {
    return [issue([...base, 'thresholds', '__proto__'], 'unknown-code', { vi: 'không có chỉ tiêu "__proto__"', en: 'no indicator "__proto__"' })];
  }
  const parsed = ruleSchemas().overlay.safeParse(plain.value);
  if (!parsed.success) return toIssues(parsed.error.issues, base);
  const ov = parsed.data as unknown as ThresholdOverlay;
  const dateIssues: IssueInit[] = [];
  if (ov.validFrom !== undefined && ov.validUntil !== undefined && ov.validUntil < ov.validFrom) dateIssues.push(issue([...base, 'validUntil'], 'ends-before-start', { vi: `ngày kết thúc (${ov.validUntil}) trước ngày bắt đầu (${ov.validFrom})`, en: `ends (${ov.validUntil}) before it starts (${ov.validFrom})` }));
  if (dateIssues.length > 0) return dateIssues;
  const frozen = deepFreeze(ov) as ThresholdOverlay;
  trust(frozen);
  if (frozenOriginal(o)) rememberCopy(o, frozen);
  return frozen;
}

/**
 * Checks overlays against their schema and against the set they are used with.
 * Returns the overlays to use: trusted ones as they are, any other as its validated
 * copy (never the raw object). Overlays for another kind of set, or whose own validity
 * does not overlap the set version's (see appliesTo), are kept but neither checked against
 * the set nor applied (results list the latter under `overlaysNotApplied`). Two overlays
 * with one id are an error (results cite overlays by id).
 */
export function validateOverlays(overlays: unknown, set: CriteriaSet): readonly ThresholdOverlay[] {
  if (overlays === undefined) return NONE;
  if (!Array.isArray(overlays)) throw invalidInput('options', [issue(['options', 'overlays'], 'expected-array', { vi: 'cần một danh sách bảng ngưỡng', en: 'expected an array of threshold overlays' })]);
  if (overlays.length > MAX_OVERLAYS) throw invalidInput('options', [issue(['options', 'overlays'], 'too-many', { vi: `quá nhiều bảng ngưỡng: ${overlays.length} (tối đa ${MAX_OVERLAYS})`, en: `too many overlays: ${overlays.length} (at most ${MAX_OVERLAYS})` })]);
  const issues: IssueInit[] = [];
  const usable: ThresholdOverlay[] = [];
  // An index loop, not forEach: a hole in a sparse array is an error, not something to skip.
  for (let n = 0; n < overlays.length; n++) {
    const base = ['options', 'overlays', n];
    const ov = Object.hasOwn(overlays, n) ? usableOverlay(overlays[n], base) : [issue(base, 'array-hole', { vi: 'thiếu bảng ngưỡng ở vị trí này', en: 'missing overlay (a hole in the array)' })];
    if (Array.isArray(ov)) {
      issues.push(...ov);
      continue;
    }
    // A linear search: there are at most MAX_OVERLAYS, usually one.
    let first = -1;
    for (let k = 0; k < usable.length && first < 0; k++) if (usable[k]!.id === ov.id) first = k;
    if (first >= 0) issues.push(issue([...base, 'id'], 'duplicate', { vi: `trùng mã bảng ngưỡng "${ov.id}" (với bảng thứ ${first + 1})`, en: `duplicate overlay id "${ov.id}" (same as overlay ${first})` }, { id: ov.id }));
    usable.push(ov);
    if (!appliesTo(ov, set)) continue;
    const found = memoPair(setChecks, ov, set, () => checkAgainstSet(ov, set));
    for (const i of found) issues.push({ ...i, path: [...base, ...i.path] });
  }
  if (issues.length > 0) throw invalidInput('options', issues);
  return usable;
}

/**
 * Validates a threshold overlay (a province's or ministry's table) and returns
 * it deeply frozen, ready to pass as `options.overlays`. Unknown keys, days that
 * do not exist and reversed dates are rejected; texts are NFC-normalised. Its fit
 * with a set (indicator codes, kinds, compound fields, columns) is checked when it
 * is used with that set.
 *
 * @throws {NtmError} `invalid-input` naming each bad field.
 *
 * @example
 * ```ts
 * import { defineThresholdOverlay, evaluateCommune } from 'ntm-rules';
 * const overlay = defineThresholdOverlay({
 *   id: 'lai-chau-qd-1285',
 *   title: 'Bộ tiêu chí xã NTM tỉnh Lai Châu (example values)',
 *   setKind: 'commune',
 *   province: 'Lai Châu',
 *   citation: { instrument: 'QĐ 1285/QĐ-UBND tỉnh Lai Châu' },
 *   provenance: 'secondary',
 *   thresholds: { '2.1': { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 100 } } },
 * });
 * evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 100 } }, { overlays: [overlay] });
 * ```
 */
export function defineThresholdOverlay(definition: ThresholdOverlay): ThresholdOverlay {
  const ov = usableOverlay(definition, []);
  if (Array.isArray(ov)) throw invalidInput('threshold overlay', ov);
  return ov;
}
