// Criteria sets as data: set → criteria → indicators → dated, cited thresholds.
import type { LocalizedText } from '../../_lib/text.js';
import type { ColumnScheme } from '../../columns/column.js';
import type { Citation, NameStatus } from '../../legal/citation.js';
import type { CriteriaSetKind } from '../set-kinds.js';
import type { CompoundField, IndicatorKind, Threshold } from './rules.js';

export type { CriteriaSetKind } from '../set-kinds.js';

/**
 * An indicator (chỉ tiêu) of a criterion, or a condition of a set.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type Indicator } from 'ntm-rules';
 * const edu: Indicator | undefined = getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria[13]?.indicators[0];
 * edu?.code; // '14.1'
 * ```
 */
export interface Indicator {
  /** Code as in the legal text: '2.1', '17.4', or the criterion code for single-indicator criteria. */
  readonly code: string;
  readonly name: LocalizedText;
  /** How the wording of the name is known. */
  readonly nameStatus: NameStatus;
  readonly kind: IndicatorKind;
  /** Unit of the input value: 'boolean', 'percent', 'count', 'million-vnd/person/year', 'm2/person', 'compound'. */
  readonly unit: string;
  /** Fields of a compound input. */
  readonly fields?: readonly CompoundField[];
  /** The dated, cited values; empty when no value could be sourced. */
  readonly thresholds: readonly Threshold[];
  /** Where the indicator is defined. */
  readonly citation: Citation;
  /** Why no threshold is encoded (shown in `unknown` results), when `thresholds` has none for a case. */
  readonly missingThreshold?: LocalizedText;
  /** "(nếu có)": the indicator may be declared not applicable. */
  readonly ifAny?: boolean;
  readonly note?: string;
}

/**
 * A criterion (tiêu chí): met when all its indicators are met. A criterion whose
 * indicator list could not be sourced has none, says why in `missingIndicators`,
 * and is evaluated from a criterion-level assessment only.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type Criterion } from 'ntm-rules';
 * const schools: Criterion | undefined = getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria[4];
 * schools?.name.vi; // 'Trường học'
 * ```
 */
export interface Criterion {
  readonly code: string;
  readonly name: LocalizedText;
  readonly nameStatus: NameStatus;
  /** Code of the group of criteria (nhóm tiêu chí) it belongs to. */
  readonly group?: string;
  readonly indicators: readonly Indicator[];
  /** Why `indicators` is empty (required then). */
  readonly missingIndicators?: LocalizedText;
  readonly citation: Citation;
}

/**
 * A group (nhóm) of criteria as the annex lays them out.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type CriteriaGroup } from 'ntm-rules';
 * const groups: readonly CriteriaGroup[] = getCriteriaSet('commune', { asOf: '2024-06-30' }).groups ?? [];
 * groups[0]?.name.vi; // 'Quy hoạch'
 * ```
 */
export interface CriteriaGroup {
  readonly code: string;
  readonly name: LocalizedText;
  readonly nameStatus: NameStatus;
}

/**
 * A criteria set (bộ tiêu chí) in one dated version.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type CriteriaSet } from 'ntm-rules';
 * const set: CriteriaSet = getCriteriaSet('commune', { asOf: '2024-03-01' });
 * set.validFrom; // '2024-03-01'
 * set.columns; // 'region'
 * ```
 */
export interface CriteriaSet {
  /** Stable id of this version, e.g. `'commune/qd318-2022'`. */
  readonly id: string;
  readonly kind: CriteriaSetKind;
  readonly title: LocalizedText;
  /** The instruments it rests on. */
  readonly legalBasis: readonly Citation[];
  /** The program period the set governs (assessment years, inclusive). */
  readonly period: { readonly fromYear: number; readonly toYear: number };
  /** First and last day this version is in force (ISO, inclusive). */
  readonly validFrom: string;
  readonly validUntil?: string;
  /** The threshold columns: the seven regions (2021-2025), the three commune groups (2026-2030), or none. */
  readonly columns: ColumnScheme;
  /** Province, for provincial sets (village, modern-commune sets). */
  readonly province?: string;
  readonly groups?: readonly CriteriaGroup[];
  readonly criteria: readonly Criterion[];
  /** Conditions beyond the criteria (e.g. a district's commune conditions), evaluated like indicators. */
  readonly conditions?: readonly Indicator[];
  readonly notes?: readonly LocalizedText[];
}
