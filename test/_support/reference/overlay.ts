// Snapshot of the overlay validation before the performance work (commit 4100d89): the
// oracle of the differential tests in test/properties.
import { deepFreeze } from '../../../src/_lib/freeze.js';
import { toIssues } from '../../../src/_lib/parse.js';
import { invalidInput, type IssueInit } from '../../../src/errors.js';
import { ruleSchemas } from '../../../src/engine/schemas.js';
import type { CriteriaSet, Indicator, OverlayThreshold, ThresholdOverlay } from '../../../src/engine/types.js';

const checked = new WeakSet<object>();

function findIndicator(set: CriteriaSet, code: string): Indicator | undefined {
  for (const c of set.criteria) for (const i of c.indicators) if (i.code === code) return i;
  return set.conditions?.find((i) => i.code === code);
}

/** Checks overlays against their schema and against the set they are used with. */
export function validateOverlays(overlays: unknown, set: CriteriaSet): IssueInit[] {
  if (!Array.isArray(overlays)) return [{ path: ['options', 'overlays'], message: 'expected an array of threshold overlays' }];
  const issues: IssueInit[] = [];
  overlays.forEach((o: unknown, n) => {
    const base = ['options', 'overlays', n];
    if (typeof o === 'object' && o !== null && !checked.has(o)) {
      const r = ruleSchemas().overlay.safeParse(o);
      if (!r.success) {
        issues.push(...toIssues(r.error.issues, base));
        return;
      }
      if (Object.isFrozen(o)) checked.add(o);
    } else if (typeof o !== 'object' || o === null) {
      issues.push({ path: base, message: 'expected a threshold overlay object' });
      return;
    }
    const ov = o as ThresholdOverlay;
    if (ov.setKind !== set.kind) return; // overlays for other sets are ignored
    for (const code of Object.keys(ov.thresholds)) {
      const ind = findIndicator(set, code);
      if (!ind) {
        issues.push({ path: [...base, 'thresholds', code], message: `no indicator "${code}" in set "${set.id}"` });
        continue;
      }
      const raw = ov.thresholds[code]!;
      const values = (Array.isArray(raw) ? raw : [raw]) as readonly OverlayThreshold[];
      values.forEach((v, k) => {
        if (v.rule.kind !== ind.kind) {
          issues.push({ path: [...base, 'thresholds', code, ...(Array.isArray(raw) ? [k] : []), 'rule', 'kind'], message: `indicator "${code}" is of kind "${ind.kind}", not "${v.rule.kind}"` });
        }
      });
    }
  });
  return issues;
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
  const r = ruleSchemas().overlay.safeParse(definition);
  if (!r.success) throw invalidInput('threshold overlay', toIssues(r.error.issues));
  const frozen = deepFreeze(normalizeNames(r.data)) as ThresholdOverlay;
  checked.add(frozen);
  return frozen;
}

function normalizeNames<T extends { title: string; province?: string | undefined }>(o: T): T {
  return { ...o, title: o.title.normalize('NFC'), ...(o.province !== undefined ? { province: o.province.normalize('NFC') } : {}) };
}
