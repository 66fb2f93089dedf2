// Which value of a threshold applies on a day, for a year and a column. The rule, in order:
// 1. candidates: values in force on the day (validFrom ≤ day ≤ validUntil), for the year (when
//    the value lists years), and for the column (a value listing columns applies to those; 'all'
//    to every column);
// 2. the overlays first, the last one given first: the first overlay with a candidate decides;
//    then the package's own values. An overlay for another kind of set, or whose own dates lie
//    wholly outside the set version's validity (see appliesTo), is not looked at;
// 3. among a source's candidates, a column-specific value beats 'all', then the latest validFrom
//    wins (definitions may not hold two values that tie on both: define.ts refuses them);
// 4. when the subject's column is not known (a commune whose group is not known), a source with
//    a column-specific candidate cannot decide: the indicator is unknown ('column-unknown').
import { inWindow } from '../_lib/dates.js';
import type { ThresholdColumn } from '../columns/column.js';
import type { CriteriaSet, Indicator, OverlayThreshold, Threshold, ThresholdOverlay } from './types/index.js';

/** A threshold chosen for one case, with the source that supplied it. */
export interface ResolvedThreshold {
  readonly threshold: Threshold;
  /** 'national' or the overlay's id. */
  readonly source: string;
  readonly overlay?: ThresholdOverlay;
}

/** Where to look: the column (undefined when the set has none, or when the subject's is unknown), the day and the assessment year. */
export interface ThresholdCase {
  readonly column: ThresholdColumn | undefined;
  /** False when the set has columns but the subject's is not known. */
  readonly columnKnown: boolean;
  readonly day: string;
  readonly year: number;
}

function inForce(t: Threshold, c: ThresholdCase): boolean {
  return inWindow(c.day, t.validFrom, t.validUntil) && (t.years === undefined || t.years.includes(c.year));
}

const specific = (t: Threshold) => t.columns !== 'all';

/** Picks among a source's values in force: the most specific for the column, then the latest. */
function pick(values: readonly Threshold[], c: ThresholdCase): Threshold | 'column-unknown' | undefined {
  let best: Threshold | undefined;
  for (const t of values) {
    if (!inForce(t, c)) continue;
    if (specific(t)) {
      if (!c.columnKnown) return 'column-unknown';
      if (c.column === undefined || !(t.columns as readonly ThresholdColumn[]).includes(c.column)) continue;
    }
    if (best === undefined || (specific(t) && !specific(best)) || (specific(t) === specific(best) && t.validFrom > best.validFrom)) best = t;
  }
  return best;
}

/**
 * True when an overlay is for the set's kind and its own validity (validFrom/validUntil, when it
 * states them) overlaps the set version's: a 2021-2025 provincial table has nothing to say about
 * the 2026 version, whose codes are another list. An overlay without dates applies to every version.
 */
export function appliesTo(o: ThresholdOverlay, set: CriteriaSet): boolean {
  if (o.setKind !== set.kind) return false;
  if (o.validUntil !== undefined && o.validUntil < set.validFrom) return false;
  return o.validFrom === undefined || set.validUntil === undefined || o.validFrom <= set.validUntil;
}

/** Completes an overlay's value with the overlay's defaults (the set version's dates when the overlay gives none). */
export function overlayValue(o: ThresholdOverlay, v: OverlayThreshold, set: CriteriaSet): Threshold {
  const validUntil = v.validUntil ?? o.validUntil ?? set.validUntil;
  return {
    columns: v.columns ?? 'all',
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
 * The threshold in force for an indicator in one case (see the rule at the top of this
 * file); `undefined` when no value is encoded for the case.
 */
export function resolveThreshold(set: CriteriaSet, indicator: Indicator, c: ThresholdCase, overlays: readonly ThresholdOverlay[]): ResolvedThreshold | 'column-unknown' | undefined {
  for (let i = overlays.length - 1; i >= 0; i--) {
    const o = overlays[i]!;
    if (!appliesTo(o, set) || !Object.hasOwn(o.thresholds, indicator.code)) continue;
    const raw = o.thresholds[indicator.code]!;
    const values = (Array.isArray(raw) ? raw : [raw]) as readonly OverlayThreshold[];
    const chosen = pick(values.map((v) => overlayValue(o, v, set)), c);
    if (chosen === 'column-unknown') return chosen;
    if (chosen) return { threshold: chosen, source: o.id, overlay: o };
  }
  const national = pick(indicator.thresholds, c);
  if (national === 'column-unknown') return national;
  return national ? { threshold: national, source: 'national' } : undefined;
}
