// Snapshot of the engine as it was before the performance work (commit 4100d89), kept
// as the oracle of the differential tests in test/properties: the optimised engine
// must return deep-equal results and throw the same errors.
import { inWindow } from './dates.js';
import type { Region } from '../../../src/regions/regions.js';
import type { CriteriaSet, Indicator, OverlayThreshold, Threshold, ThresholdOverlay } from '../../../src/engine/types.js';

/** A threshold chosen for one case, with the source that supplied it. */
export interface ResolvedThreshold {
  readonly threshold: Threshold;
  /** 'national' or the overlay's id. */
  readonly source: string;
  readonly overlay?: ThresholdOverlay;
}

/** Where to look: region column, day and assessment year. */
export interface ThresholdCase {
  readonly region: Region | undefined;
  readonly asOf: string;
  readonly year: number;
}

function applies(t: { regions?: readonly Region[] | 'all'; validFrom: string; validUntil?: string; years?: readonly number[] }, c: ThresholdCase): boolean {
  if (!inWindow(c.asOf, t.validFrom, t.validUntil)) return false;
  if (t.years !== undefined && !t.years.includes(c.year)) return false;
  const regions = t.regions ?? 'all';
  return regions === 'all' || (c.region !== undefined && regions.includes(c.region));
}

/** Picks, among values in force, the most specific (a region column beats 'all') and the latest. */
function pick<T extends { regions?: readonly Region[] | 'all'; validFrom: string }>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const t of candidates) {
    if (best === undefined) { best = t; continue; }
    const specific = (t.regions ?? 'all') !== 'all' ? 1 : 0;
    const bestSpecific = (best.regions ?? 'all') !== 'all' ? 1 : 0;
    if (specific > bestSpecific || (specific === bestSpecific && t.validFrom > best.validFrom)) best = t;
  }
  return best;
}

/** Completes an overlay's value with the overlay's defaults. */
export function overlayValue(o: ThresholdOverlay, v: OverlayThreshold, set: CriteriaSet): Threshold {
  const validUntil = v.validUntil ?? o.validUntil ?? set.validUntil;
  return {
    regions: v.regions ?? 'all',
    validFrom: v.validFrom ?? o.validFrom ?? set.validFrom,
    ...(validUntil !== undefined ? { validUntil } : {}),
    ...(v.years !== undefined ? { years: v.years } : {}),
    rule: v.rule,
    citation: v.citation ?? o.citation,
    provenance: v.provenance ?? o.provenance,
    ...(v.note !== undefined ? { note: v.note } : {}),
  };
}

/**
 * The threshold in force for an indicator in one case: overlays first (the
 * last overlay given wins), then the package's own values. `undefined` when no
 * value is encoded for the case.
 */
export function resolveThreshold(
  set: CriteriaSet,
  indicator: Indicator,
  c: ThresholdCase,
  overlays: readonly ThresholdOverlay[],
): ResolvedThreshold | undefined {
  for (let i = overlays.length - 1; i >= 0; i--) {
    const o = overlays[i]!;
    if (o.setKind !== set.kind || !Object.hasOwn(o.thresholds, indicator.code)) continue;
    const raw = o.thresholds[indicator.code]!;
    const values = (Array.isArray(raw) ? raw : [raw]) as readonly OverlayThreshold[];
    const chosen = pick(values.map((v) => overlayValue(o, v, set)).filter((t) => applies(t, c)));
    if (chosen) return { threshold: chosen, source: o.id, overlay: o };
  }
  const national = pick(indicator.thresholds.filter((t) => applies(t, c)));
  return national ? { threshold: national, source: 'national' } : undefined;
}
