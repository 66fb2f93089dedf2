// The types of programme targets: the measure, the value, conflicts between sources.
import type { LocalizedText } from '../_lib/text.js';
import type { Citation, Provenance } from '../legal/citation.js';

/**
 * The programme a target belongs to: the NTM programme 2021-2025, or the merged programme 2026-2035.
 *
 * @example
 * ```ts
 * import type { ProgrammeId } from 'ntm-rules';
 * const p: ProgrammeId = '2026-2035';
 * ```
 */
export type ProgrammeId = '2021-2025' | '2026-2035';

/**
 * What a target measures.
 *
 * @example
 * ```ts
 * import type { TargetMeasure } from 'ntm-rules';
 * const m: TargetMeasure = 'communes-meeting-standard';
 * ```
 */
export type TargetMeasure =
  | 'communes-meeting-standard'
  | 'modern-communes'
  | 'provinces-completing'
  | 'rural-income'
  | 'ethnic-minority-income'
  | 'poverty-rate-reduction'
  | 'ethnic-minority-poverty-rate'
  | 'communes-below-criteria';

/**
 * The figure of a target, as stated. Numbers that are not whole are decimal strings, as written.
 * - `share`: a percentage of communes; `base` says of which communes (`unclear` when the wording
 *   allows two readings: see `readings`);
 * - `count`: a number of units (provinces);
 * - `multiple`: `min`-`max` times the value of `baseYear` (a single figure has `min` = `max`);
 * - `fraction`: a fraction of another figure (`of`);
 * - `reduction-per-year`: a yearly fall of a rate, `min`-`max` as written ("%/năm");
 * - `ceiling`: a rate brought under `percent`;
 * - `floor-criteria`: no commune under `criteria` criteria.
 *
 * @example
 * ```ts
 * import type { TargetValue } from 'ntm-rules';
 * const v: TargetValue = { kind: 'share', percent: '65', base: 'all-communes' };
 * ```
 */
export type TargetValue =
  | { readonly kind: 'share'; readonly percent: string; readonly base: 'all-communes' | 'ntm-communes' | 'unclear'; readonly readings?: readonly ('all-communes' | 'ntm-communes')[] }
  | { readonly kind: 'count'; readonly count: number; readonly unit: 'provinces' }
  | { readonly kind: 'multiple'; readonly min: string; readonly max: string; readonly baseYear: number }
  | { readonly kind: 'fraction'; readonly numerator: number; readonly denominator: number; readonly of: LocalizedText }
  | { readonly kind: 'reduction-per-year'; readonly min: string; readonly max: string }
  | { readonly kind: 'ceiling'; readonly percent: string }
  | { readonly kind: 'floor-criteria'; readonly criteria: number };

/**
 * A disagreement between sources about a target, with what each says.
 *
 * @example
 * ```ts
 * import { getProgrammeTarget, type TargetConflict } from 'ntm-rules';
 * const c: TargetConflict | undefined = getProgrammeTarget('ethnic-minority-income-2030').conflicts[0];
 * c?.id; // 'half-or-two-thirds'
 * ```
 */
export interface TargetConflict {
  readonly id: string;
  readonly text: LocalizedText;
  /** Each candidate, with the sources that state it. */
  readonly candidates: readonly { readonly value: string; readonly sources: readonly string[] }[];
  /** What the data holds meanwhile, and why. */
  readonly encoded: LocalizedText;
}

/**
 * One programme target, with the words it was read in, its sources and its conflicts.
 *
 * @example
 * ```ts
 * import { getProgrammeTarget, type ProgrammeTarget } from 'ntm-rules';
 * const t: ProgrammeTarget = getProgrammeTarget('ntm-communes-2030');
 * t.value; // { kind: 'share', percent: '65', base: 'all-communes' }
 * ```
 */
export interface ProgrammeTarget {
  readonly id: string;
  readonly programme: ProgrammeId;
  /** The year the target is set for ("đến năm 2030"; an annual target names its year). */
  readonly year: number;
  readonly measure: TargetMeasure;
  readonly value: TargetValue;
  /** The wording's qualifier: khoảng (about), ít nhất (at least), dưới (under), or the figure as stated. */
  readonly qualifier: 'about' | 'at-least' | 'below' | 'as-stated';
  readonly scope: 'national';
  /** The target in the words of its main source (vi), and in English. */
  readonly statement: LocalizedText;
  readonly citation: Citation;
  /** Every source read, with its date. */
  readonly sources: readonly string[];
  readonly provenance: Provenance;
  readonly conflicts: readonly TargetConflict[];
  readonly note?: LocalizedText;
}
