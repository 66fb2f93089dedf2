// Threshold tables brought by a province, ministry or user.
import type { ThresholdColumn } from '../../columns/column.js';
import type { Citation, Provenance } from '../../legal/citation.js';
import type { CriteriaSetKind } from '../set-kinds.js';
import type { Rule } from './rules.js';

/**
 * A threshold value supplied by an overlay; columns, dates and provenance default to the overlay's.
 *
 * @example
 * ```ts
 * import type { OverlayThreshold } from 'ntm-rules';
 * const income2024: OverlayThreshold = { columns: ['TDMNPB'], years: [2024], rule: { kind: 'min-value', min: 50 }, note: 'example value' };
 * ```
 */
export interface OverlayThreshold {
  /** Threshold columns (regions or commune groups), or `'all'` (the default). */
  readonly columns?: readonly ThresholdColumn[] | 'all';
  /** @deprecated The former name of `columns` (region columns), still read. */
  readonly regions?: readonly ThresholdColumn[] | 'all';
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly years?: readonly number[];
  readonly rule: Rule;
  readonly citation?: Citation;
  readonly provenance?: Provenance;
  readonly note?: string;
}

/**
 * A threshold table brought by a province, ministry or user: it fills or
 * overrides the package's thresholds for the indicators it names, and every
 * result that uses it cites it.
 *
 * @example
 * ```ts
 * import { defineThresholdOverlay, type ThresholdOverlay } from 'ntm-rules';
 * const overlay: ThresholdOverlay = defineThresholdOverlay({ id: 'example', title: 'Example table', setKind: 'commune', citation: { instrument: 'QĐ …/QĐ-UBND (example)' }, provenance: 'secondary', thresholds: { '2.1': { rule: { kind: 'min-percent', min: 100 } } } });
 * ```
 */
export interface ThresholdOverlay {
  /** Stable id, shown as the `source` of the thresholds it supplies. */
  readonly id: string;
  readonly title: string;
  /** The set kind it applies to (e.g. 'commune'). */
  readonly setKind: CriteriaSetKind;
  readonly province?: string;
  readonly citation: Citation;
  readonly provenance: Provenance;
  /** Default validity of its values (ISO); defaults to the set version's. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  /** Indicator code → its value(s). */
  readonly thresholds: { readonly [indicatorCode: string]: OverlayThreshold | readonly OverlayThreshold[] };
}
