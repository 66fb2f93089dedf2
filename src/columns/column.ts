// Threshold columns: the columns of an annex's table that a value applies to. The 2021-2025
// commune sets have one column per region; the 2026-2030 set one per commune group.
import { COMMUNE_GROUP_COLUMNS, type CommuneGroupColumn } from './commune-groups.js';
import { REGIONS, type Region } from './regions.js';

/**
 * A threshold column: a region (2021-2025 sets) or a commune group (2026-2030 set).
 *
 * @example
 * ```ts
 * import type { ThresholdColumn } from 'ntm-rules';
 * const columns: ThresholdColumn[] = ['TDMNPB', 'G2'];
 * ```
 */
export type ThresholdColumn = Region | CommuneGroupColumn;

/**
 * What a set's threshold columns are: the seven regions, the three commune groups, or none
 * (one value for every subject).
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type ColumnScheme } from 'ntm-rules';
 * const scheme: ColumnScheme = getCriteriaSet('commune', { asOf: '2024-06-30' }).columns; // 'region'
 * ```
 */
export type ColumnScheme = 'region' | 'commune-group' | 'none';

/**
 * The columns of each scheme, in the order of the annex tables.
 *
 * @example
 * ```ts
 * import { COLUMNS_OF_SCHEME } from 'ntm-rules';
 * COLUMNS_OF_SCHEME['commune-group']; // ['G1', 'G2', 'G3']
 * ```
 */
export const COLUMNS_OF_SCHEME: Readonly<Record<ColumnScheme, readonly ThresholdColumn[]>> = Object.freeze({
  region: REGIONS,
  'commune-group': COMMUNE_GROUP_COLUMNS,
  none: Object.freeze([]),
});

/** True when `value` is a column of `scheme`. */
export function isColumnOf(scheme: ColumnScheme, value: unknown): value is ThresholdColumn {
  return typeof value === 'string' && (COLUMNS_OF_SCHEME[scheme] as readonly string[]).includes(value);
}

/** Any threshold column of any scheme. */
export const ALL_COLUMNS: readonly ThresholdColumn[] = Object.freeze([...REGIONS, ...COMMUNE_GROUP_COLUMNS]);
