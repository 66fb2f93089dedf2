import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { defineThresholdOverlay, evaluateCommune, getCriteriaSet } from '../../src/index.js';
import type { ThresholdOverlay } from '../../src/index.js';
import { validateOverlays } from '../../src/engine/overlay.js';

// A provincial table for the 2021-2025 commune set (its codes are that set's: '2.1' does not
// exist in the 2026-2030 set), with its validity stated.
const table = (dates: { validFrom?: string; validUntil?: string }, id = 'province-2021-2025'): ThresholdOverlay =>
  defineThresholdOverlay({
    id,
    title: 'Bảng ngưỡng của tỉnh (example values)',
    setKind: 'commune',
    citation: { instrument: 'QĐ …/QĐ-UBND (example)' },
    provenance: 'secondary',
    ...dates,
    thresholds: { '2.1': { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 90 } } },
  });

const OLD = table({ validFrom: '2022-03-08', validUntil: '2025-12-31' });
const in2026 = { year: 2026, group: 2, indicators: {} } as const;
const in2024 = { region: 'TDMNPB', year: 2024, indicators: { '2.1': 85 } } as const;

describe('validateOverlays: an overlay whose validity does not overlap the set version', () => {
  it('is skipped in a 2026 evaluation rather than failing on codes of the 2021-2025 set', () => {
    const r = evaluateCommune(in2026, { overlays: [OLD] });
    expect(r.set.id).toBe('commune/qd51-2026');
    expect(r.overlays).toEqual([]);
    expect(r.overlaysNotApplied?.map((o) => o.id)).toEqual(['province-2021-2025']);
    const reason = r.overlaysNotApplied![0]!.reason;
    expect(reason.en).toBe('the overlay is valid 2022-03-08…2025-12-31, outside the validity of the set version applied (2026-02-15…): not applied');
    expect(reason.vi).toContain('đến 31/12/2025');
    expect(reason.vi).toContain('từ 15/02/2026');
    expect(Object.isFrozen(r.overlaysNotApplied)).toBe(true);
  });

  it('is still applied to the version it overlaps, which lists no overlay as not applied', () => {
    const r = evaluateCommune(in2024, { overlays: [OLD] });
    const i21 = r.criteria[1]!.indicators[0]!;
    expect(i21.threshold?.source).toBe('province-2021-2025');
    expect(i21.outcome).toBe('not-met');
    expect(r.overlays.map((o) => o.id)).toEqual(['province-2021-2025']);
    expect('overlaysNotApplied' in r).toBe(false);
  });

  it('is skipped when it starts after the version ends (a table for the amended 2024 version, in 2023)', () => {
    const amended = table({ validFrom: '2024-03-01' }, 'province-from-2024');
    const r = evaluateCommune({ ...in2024, year: 2023 }, { overlays: [amended] });
    expect(r.set.id).toBe('commune/qd318-2022');
    expect(r.criteria[1]!.indicators[0]!.threshold?.source).not.toBe('province-from-2024');
    expect(r.overlays).toEqual([]);
    expect(r.overlaysNotApplied?.map((o) => o.id)).toEqual(['province-from-2024']);
    expect(r.overlaysNotApplied![0]!.reason.en).toContain('valid 2024-03-01…,');
  });

  it('is kept by validateOverlays (ids still checked for duplicates) without being checked against the set', () => {
    const set = getCriteriaSet('commune', { asOf: '2026-06-30' });
    expect(validateOverlays([OLD], set)).toEqual([OLD]);
    const e = thrown(() => validateOverlays([OLD, OLD], set));
    expect(e.issues.map((i) => [i.path.join('/'), i.code])).toEqual([['options/overlays/1/id', 'duplicate']]);
  });

  it('an overlay without stated validity keeps failing on codes the version does not have', () => {
    const undated = table({}, 'undated');
    const e = thrown(() => evaluateCommune(in2026, { overlays: [undated] }));
    expect(e.issues.map((i) => [i.path.join('/'), i.code])).toEqual([['options/overlays/0/thresholds/2.1', 'unknown-code']]);
  });

  it('an overlay overlapping the version only in part is checked against it', () => {
    const straddling = table({ validFrom: '2025-01-01', validUntil: '2026-06-30' }, 'straddling');
    const e = thrown(() => evaluateCommune(in2026, { overlays: [straddling] }));
    expect(e.issues.map((i) => [i.path.join('/'), i.code])).toEqual([['options/overlays/0/thresholds/2.1', 'unknown-code']]);
  });

  it('an overlay for another kind of set is not listed as not applied', () => {
    const district = defineThresholdOverlay({ id: 'd', title: 'd', setKind: 'district', citation: { instrument: 'x' }, provenance: 'secondary', validUntil: '2025-06-30', thresholds: {} });
    const r = evaluateCommune(in2026, { overlays: [district] });
    expect('overlaysNotApplied' in r).toBe(false);
  });
});
