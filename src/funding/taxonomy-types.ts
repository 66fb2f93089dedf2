// The types of the funding-source taxonomy: node ids, nodes, versions and components.
import type { LocalizedText } from '../_lib/text.js';
import type { Citation, NameStatus } from '../legal/citation.js';

/**
 * Every node of the funding-source tree, as its stable id.
 *
 * @example
 * ```ts
 * import { FUNDING_SOURCES, type FundingSourceId } from 'ntm-rules';
 * const id: FundingSourceId = 'community.labour';
 * FUNDING_SOURCES[id].parent; // 'community'
 * ```
 */
export type FundingSourceId =
  | 'central'
  | 'central.investment'
  | 'central.investment.domestic'
  | 'central.investment.foreign'
  | 'central.recurrent'
  | 'local'
  | 'local.province'
  | 'local.district'
  | 'local.commune'
  | 'integrated'
  | 'integrated.poverty-reduction'
  | 'integrated.ethnic-minority'
  | 'integrated.other'
  | 'credit'
  | 'credit.policy'
  | 'credit.commercial'
  | 'enterprise'
  | 'community'
  | 'community.cash'
  | 'community.in-kind'
  | 'community.labour'
  | 'other';

/**
 * One node of the funding-source tree.
 *
 * @example
 * ```ts
 * import { FUNDING_SOURCES, type FundingSource } from 'ntm-rules';
 * const central: FundingSource = FUNDING_SOURCES['central'];
 * central.children; // ['central.investment', 'central.recurrent']
 * ```
 */
export interface FundingSource {
  readonly id: FundingSourceId;
  /** The parent node, or `null` for a top-level source. */
  readonly parent: FundingSourceId | null;
  /** Children in document order (empty for a leaf). */
  readonly children: readonly FundingSourceId[];
  /** Label as plans print it (vi) and in English. */
  readonly label: LocalizedText;
  /**
   * How the category is known: `confirmed` where a text read by the project names it
   * (the Lai Châu plan, CV 1486 excerpt, TT 55 text); `secondary` where only summaries do.
   */
  readonly labelStatus: NameStatus;
  /** Where the category is named; empty when no source names it as such. */
  readonly citations: readonly Citation[];
}

// ---------------------------------------------------------------------------------------------
// Taxonomy versions. The tree above is the 2021-2025 one (QĐ 263/QĐ-TTg programme, the Lai Châu
// plan). From 2026 the three national target programmes are one (NQ 257/2025/QH15): the poverty-
// reduction and ethnic-minority programmes are no longer funds integrated from other programmes
// but the programme's own components, and the district budget tier is gone (01/07/2025).
// Node ids mean the same thing in every version; a version lists the nodes it has, with its own
// labels and citations.

/**
 * A version of the funding-source taxonomy: `'2021-2025'` (the NTM programme of QĐ 263/QĐ-TTg) or
 * `'2026-2035'` (the merged programme of NQ 257/2025/QH15).
 *
 * @example
 * ```ts
 * import { fundingTaxonomyOfYear, type FundingTaxonomyId } from 'ntm-rules';
 * const id: FundingTaxonomyId | undefined = fundingTaxonomyOfYear(2026); // '2026-2035'
 * ```
 */
export type FundingTaxonomyId = '2021-2025' | '2026-2035';

/**
 * A component (hợp phần) of the 2026-2035 programme, as a funding line may name it.
 *
 * @example
 * ```ts
 * import type { FundingComponentId } from 'ntm-rules';
 * const c: FundingComponentId = 'ethnic-minority-mountainous';
 * ```
 */
export type FundingComponentId = 'new-rural-poverty' | 'ethnic-minority-mountainous';

/**
 * One component of a programme, with the ministry that leads it.
 *
 * @example
 * ```ts
 * import { FUNDING_TAXONOMIES, type FundingComponent } from 'ntm-rules';
 * const c: FundingComponent | undefined = FUNDING_TAXONOMIES['2026-2035'].components[0];
 * c?.id; // 'new-rural-poverty'
 * ```
 */
export interface FundingComponent {
  readonly id: FundingComponentId;
  readonly label: LocalizedText;
  /** The ministry that leads it, as the source names it. */
  readonly lead: LocalizedText;
  readonly labelStatus: NameStatus;
  readonly citations: readonly Citation[];
}

/**
 * A dated version of the funding-source taxonomy: which nodes exist, with which labels, and the
 * programme's components.
 *
 * @example
 * ```ts
 * import { FUNDING_TAXONOMIES, type FundingTaxonomy } from 'ntm-rules';
 * const t: FundingTaxonomy = FUNDING_TAXONOMIES['2026-2035'];
 * t.sources['central.recurrent']?.label.vi; // 'Kinh phí thường xuyên'
 * ```
 */
export interface FundingTaxonomy {
  readonly id: FundingTaxonomyId;
  readonly title: LocalizedText;
  /** The instrument of the programme whose funding the version describes (an id of INSTRUMENTS). */
  readonly programme: string;
  /** Plan and budget years the version is chosen for (inclusive); `fromYear: null` for every earlier year. */
  readonly fromYear: number | null;
  readonly toYear: number;
  /** The version's nodes, parents before children. */
  readonly sourceIds: readonly FundingSourceId[];
  /** The version's top-level nodes. */
  readonly topLevel: readonly FundingSourceId[];
  /** The nodes with this version's labels, citations and children. */
  readonly sources: Readonly<Partial<Record<FundingSourceId, FundingSource>>>;
  /** Components a line may name (`component`); empty when the programme has none. */
  readonly components: readonly FundingComponent[];
  readonly notes: readonly LocalizedText[];
}
