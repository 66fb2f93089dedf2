import { deepFreeze, isDeepFrozen } from '../_lib/freeze.js';
import { sizeIssues } from '../_lib/limits.js';
import { toIssues } from '../_lib/parse.js';
import { invalidInput, type IssueInit } from '../errors.js';
import { ruleSchemas } from './schemas.js';
import type { CriteriaSet, Indicator, OverlayThreshold, ThresholdOverlay } from './types.js';

// Overlays known valid, clean and deeply frozen: made by defineThresholdOverlay, or the
// validated copies of other overlays. Their checks against a set are remembered.
const checked = new WeakSet<object>();
const setChecks = new WeakMap<object, WeakMap<CriteriaSet, readonly IssueInit[]>>();

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
      issues.push({ path: ['thresholds', code], message: `no indicator "${code}" in set "${set.id}"` });
      continue;
    }
    const raw = ov.thresholds[code]!;
    const values = (Array.isArray(raw) ? raw : [raw]) as readonly OverlayThreshold[];
    values.forEach((v, k) => {
      if (v.rule.kind !== ind.kind) {
        issues.push({ path: ['thresholds', code, ...(Array.isArray(raw) ? [k] : []), 'rule', 'kind'], message: `indicator "${code}" is of kind "${ind.kind}", not "${v.rule.kind}"` });
      }
    });
  }
  return issues;
}

function checkAgainstSetCached(ov: ThresholdOverlay, set: CriteriaSet): readonly IssueInit[] {
  if (!checked.has(ov) || !Object.isFrozen(set)) return checkAgainstSet(ov, set);
  let bySet = setChecks.get(ov);
  if (bySet === undefined) {
    bySet = new WeakMap();
    setChecks.set(ov, bySet);
  }
  let issues = bySet.get(set);
  if (issues === undefined) {
    issues = checkAgainstSet(ov, set);
    bySet.set(set, issues);
  }
  return issues;
}

// Validated copies of overlays not made by defineThresholdOverlay, for deeply frozen originals.
const copies = new WeakMap<object, ThresholdOverlay>();
const NO_OVERLAYS: readonly ThresholdOverlay[] = Object.freeze([]);

/**
 * Checks overlays against their schema and against the set they are used with.
 * Returns the overlays to use: those made by defineThresholdOverlay as they are,
 * any other as its validated copy (never the raw object).
 */
export function validateOverlays(overlays: unknown, set: CriteriaSet): { issues: IssueInit[]; overlays: readonly ThresholdOverlay[] } {
  if (!Array.isArray(overlays)) return { issues: [{ path: ['options', 'overlays'], message: 'expected an array of threshold overlays' }], overlays: NO_OVERLAYS };
  const issues: IssueInit[] = [];
  const usable: ThresholdOverlay[] = [];
  // An index loop, not forEach: a hole in a sparse array is an error, not something to skip.
  for (let n = 0; n < overlays.length; n++) {
    const o: unknown = overlays[n];
    const base = ['options', 'overlays', n];
    if (typeof o !== 'object' || o === null) {
      issues.push({ path: base, message: 'expected a threshold overlay object' });
      continue;
    }
    let ov = checked.has(o) ? (o as ThresholdOverlay) : copies.get(o);
    if (ov === undefined) {
      const tooBig = sizeIssues(o, undefined, base);
      if (tooBig.length > 0) {
        issues.push(...tooBig);
        continue;
      }
      const r = ruleSchemas().overlay.safeParse(o);
      if (!r.success) {
        issues.push(...toIssues(r.error.issues, base));
        continue;
      }
      ov = deepFreeze(r.data) as ThresholdOverlay;
      checked.add(ov);
      if (isDeepFrozen(o)) copies.set(o, ov);
    }
    usable.push(ov);
    if (ov.setKind !== set.kind) continue; // overlays for other sets are ignored
    const found = checkAgainstSetCached(ov, set);
    for (let k = 0; k < found.length; k++) issues.push({ ...found[k]!, path: [...base, ...found[k]!.path] });
  }
  return { issues, overlays: usable };
}

/**
 * Validates a threshold overlay (a province's or ministry's table) and returns
 * it deeply frozen, ready to pass as `options.overlays`. Unknown keys are
 * rejected.
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
 *   thresholds: { '2.1': { regions: ['TDMNPB'], rule: { kind: 'min-percent', min: 100 } } },
 * });
 * evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 100 } }, { overlays: [overlay] });
 * ```
 */
export function defineThresholdOverlay(definition: ThresholdOverlay): ThresholdOverlay {
  const tooBig = sizeIssues(definition);
  if (tooBig.length > 0) throw invalidInput('threshold overlay', tooBig);
  const r = ruleSchemas().overlay.safeParse(definition);
  if (!r.success) throw invalidInput('threshold overlay', toIssues(r.error.issues));
  const frozen = deepFreeze(normalizeNames(r.data)) as ThresholdOverlay;
  checked.add(frozen);
  return frozen;
}

function normalizeNames<T extends { title: string; province?: string | undefined }>(o: T): T {
  return { ...o, title: o.title.normalize('NFC'), ...(o.province !== undefined ? { province: o.province.normalize('NFC') } : {}) };
}
