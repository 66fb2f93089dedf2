/**
 * The funding-source tree of NTM plans and reports: the nodes and versions built from
 * taxonomy-data.ts, and lookups.
 * Labels follow the categories of legal notes §9.1; citations name where a
 * category is stated (CV 1486/BNN-VPĐP, NĐ 27/2022 Art. 12, TT 55/2023/TT-BTC,
 * the Lai Châu 2024 plan part III).
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import { COMPONENTS_2026, FUNDING_TAXONOMIES, ROWS } from './taxonomy-data.js';
import type { FundingComponentId, FundingSource, FundingSourceId, FundingTaxonomyId } from './taxonomy-types.js';

export { FUNDING_TAXONOMIES } from './taxonomy-data.js';
export type { FundingComponent, FundingComponentId, FundingSource, FundingSourceId, FundingTaxonomy, FundingTaxonomyId } from './taxonomy-types.js';

/**
 * The funding-source tree, keyed by id, in document order. Frozen.
 *
 * @example
 * ```ts
 * import { FUNDING_SOURCES } from 'ntm-rules';
 * FUNDING_SOURCES['central.recurrent'].label.vi; // 'Vốn sự nghiệp'
 * FUNDING_SOURCES['central'].children; // ['central.investment', 'central.recurrent']
 * ```
 */
export const FUNDING_SOURCES = deepFreeze(
  Object.fromEntries(
    ROWS.map((row) => [row.id, { ...row, children: ROWS.filter((r) => r.parent === row.id).map((r) => r.id) }]),
  ) as unknown as Record<FundingSourceId, FundingSource>,
);

/**
 * Ids of every node, parents before their children (document order).
 *
 * @example
 * ```ts
 * import { FUNDING_SOURCE_IDS } from 'ntm-rules';
 * FUNDING_SOURCE_IDS.filter((id) => id.startsWith('community.')); // ['community.cash', 'community.in-kind', 'community.labour']
 * ```
 */
export const FUNDING_SOURCE_IDS: readonly FundingSourceId[] = Object.freeze(ROWS.map((r) => r.id));

/**
 * Ids of the top-level sources.
 *
 * @example
 * ```ts
 * import { TOP_LEVEL_SOURCES } from 'ntm-rules';
 * TOP_LEVEL_SOURCES; // ['central', 'local', 'integrated', 'credit', 'enterprise', 'community', 'other']
 * ```
 */
export const TOP_LEVEL_SOURCES: readonly FundingSourceId[] = Object.freeze(ROWS.filter((r) => r.parent === null).map((r) => r.id));

// A Map, not an object, so '__proto__' or 'constructor' never resolve to a node.
const INDEX = new Map<string, number>(ROWS.map((r, i) => [r.id, i]));

/** Position of a node in {@link FUNDING_SOURCE_IDS}, or -1 when `id` names no node. */
export function sourceIndex(id: unknown): number {
  return typeof id === 'string' ? (INDEX.get(id) ?? -1) : -1;
}

/**
 * Tells whether a value is the id of a node of the funding-source tree.
 *
 * @example
 * ```ts
 * import { isFundingSource } from 'ntm-rules';
 * isFundingSource('community.labour'); // true
 * isFundingSource('community.labor'); // false
 * ```
 */
export function isFundingSource(value: unknown): value is FundingSourceId {
  return sourceIndex(value) !== -1;
}

/**
 * The ids of the taxonomy versions, oldest first.
 *
 * @example
 * ```ts
 * import { FUNDING_TAXONOMY_IDS } from 'ntm-rules';
 * FUNDING_TAXONOMY_IDS; // ['2021-2025', '2026-2035']
 * ```
 */
export const FUNDING_TAXONOMY_IDS: readonly FundingTaxonomyId[] = Object.freeze(['2021-2025', '2026-2035'] as const);

/**
 * Ids of every component of every version.
 *
 * @example
 * ```ts
 * import { FUNDING_COMPONENT_IDS } from 'ntm-rules';
 * FUNDING_COMPONENT_IDS; // ['new-rural-poverty', 'ethnic-minority-mountainous']
 * ```
 */
export const FUNDING_COMPONENT_IDS: readonly FundingComponentId[] = Object.freeze(COMPONENTS_2026.map((c) => c.id));

const COMPONENT_INDEX = new Map<unknown, number>(FUNDING_COMPONENT_IDS.map((id, i) => [id, i]));

/** Position of a component in {@link FUNDING_COMPONENT_IDS}, or -1. */
export function componentIndex(id: unknown): number {
  return COMPONENT_INDEX.get(id) ?? -1;
}

/** Whether a value is the id of a taxonomy version. */
export function isFundingTaxonomyId(value: unknown): value is FundingTaxonomyId {
  return value === '2021-2025' || value === '2026-2035';
}

/**
 * The taxonomy version for a plan or budget year: `'2021-2025'` up to 2025 (earlier years too, no
 * earlier version being encoded), `'2026-2035'` from 2026 to 2035; `undefined` after 2035.
 *
 * @example
 * ```ts
 * import { fundingTaxonomyOfYear } from 'ntm-rules';
 * fundingTaxonomyOfYear(2024); // '2021-2025'
 * fundingTaxonomyOfYear(2027); // '2026-2035'
 * fundingTaxonomyOfYear(2036); // undefined
 * ```
 */
export function fundingTaxonomyOfYear(year: number): FundingTaxonomyId | undefined {
  if (!Number.isInteger(year)) return undefined;
  if (year <= 2025) return '2021-2025';
  if (year <= 2035) return '2026-2035';
  return undefined;
}

// Per version, whether each node of FUNDING_SOURCE_IDS belongs to it (indexed like FUNDING_SOURCE_IDS).
const MEMBERSHIP = new Map<FundingTaxonomyId, readonly boolean[]>(
  FUNDING_TAXONOMY_IDS.map((v) => [v, ROWS.map((r) => FUNDING_TAXONOMIES[v].sources[r.id] !== undefined)]),
);

/** Whether node `index` (of FUNDING_SOURCE_IDS) belongs to version `taxonomy`. */
export function inTaxonomy(taxonomy: FundingTaxonomyId, index: number): boolean {
  return MEMBERSHIP.get(taxonomy)?.[index] === true;
}

/** Why a node is not in a version, in plain words (for issues). */
export function notInTaxonomyText(id: string, taxonomy: FundingTaxonomyId): LocalizedText {
  const merged = id === 'integrated.poverty-reduction' || id === 'integrated.ethnic-minority';
  if (taxonomy === '2026-2035' && merged) {
    return {
      vi: `"${id}" không có trong danh mục nguồn vốn 2026 - 2035: từ năm 2026 chương trình này đã hợp nhất vào Chương trình MTQG theo Nghị quyết 257/2025/QH15; ghi nguồn vốn thực tế (central, local…) và hợp phần của dòng vốn (component)`,
      en: `"${id}" is not in the 2026-2035 taxonomy: from 2026 that programme is part of the merged national target programme (NQ 257/2025/QH15); state the actual source (central, local …) and the line's component`,
    };
  }
  if (taxonomy === '2026-2035' && id === 'local.district') {
    return { vi: `"${id}" không có trong danh mục nguồn vốn 2026 - 2035: không còn cấp huyện từ 01/07/2025`, en: `"${id}" is not in the 2026-2035 taxonomy: there is no district level since 01/07/2025` };
  }
  return {
    vi: `"${id}" không có trong danh mục nguồn vốn ${taxonomy} (các nguồn: ${FUNDING_TAXONOMIES[taxonomy].sourceIds.join(', ')})`,
    en: `"${id}" is not in the ${taxonomy} taxonomy (its sources: ${FUNDING_TAXONOMIES[taxonomy].sourceIds.join(', ')})`,
  };
}
