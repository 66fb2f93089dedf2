/**
 * Every kind of criteria set the library knows, in one list (the registry, the
 * schemas and the CLI read it from here).
 * - `commune`: xã nông thôn mới (2021-2025: QĐ 318 Phụ lục I; 2026-2030: QĐ 51/2025 Phụ lục I);
 * - `advanced-commune`, `model-commune`: 2021-2025 only (QĐ 318 Phụ lục II, QĐ 319);
 * - `district`, `town`, `advanced-district`, `special-district`: 2021-2025 district-level sets
 *   (QĐ 320, QĐ 211), which end with the district level on 30/06/2025;
 * - `village`: set by each province; `modern-commune`: the 2026-2030 pilot of xã nông thôn
 *   mới hiện đại, whose criteria each province issues under QĐ 51/2025 Phụ lục II.
 *
 * @example
 * ```ts
 * import { CRITERIA_SET_KINDS } from 'ntm-rules';
 * CRITERIA_SET_KINDS.includes('village'); // true
 * ```
 */
export const CRITERIA_SET_KINDS = Object.freeze([
  'commune',
  'advanced-commune',
  'model-commune',
  'district',
  'advanced-district',
  'special-district',
  'town',
  'village',
  'modern-commune',
] as const);

/**
 * Kinds of criteria sets.
 *
 * @example
 * ```ts
 * import { listCriteriaSets, type CriteriaSetKind } from 'ntm-rules';
 * const kind: CriteriaSetKind = 'special-district';
 * listCriteriaSets(kind).length; // 1
 * ```
 */
export type CriteriaSetKind = (typeof CRITERIA_SET_KINDS)[number];

/** True for a known kind (a string of {@link CRITERIA_SET_KINDS}). */
export function isCriteriaSetKind(value: unknown): value is CriteriaSetKind {
  return typeof value === 'string' && (CRITERIA_SET_KINDS as readonly string[]).includes(value);
}

/** Kinds whose sets each province defines; the package ships none for a province it cannot source. */
export const PROVINCIAL_KINDS: readonly CriteriaSetKind[] = Object.freeze(['village', 'modern-commune']);
