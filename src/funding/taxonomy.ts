/**
 * The funding-source tree of NTM plans and reports, as frozen data.
 * Labels follow the categories of legal notes §9.1; citations name where a
 * category is stated (CV 1486/BNN-VPĐP, NĐ 27/2022 Art. 12, TT 55/2023/TT-BTC,
 * the Lai Châu 2024 plan part III).
 */
import { deepFreeze } from '../_lib/freeze.js';
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

// Legal notes §10.5 / the plan's part III name these categories verbatim.
const LAI_CHAU = (item: string): Citation => ({
  instrument: 'KH-LAICHAU-NTM-2024',
  article: 'Mục III (Dự kiến nguồn vốn)',
  item,
  note: 'Unnumbered draft of the Lai Châu 2024 plan; legal notes §10.5.',
});
const CV_1486: Citation = {
  instrument: 'CV-1486-BNN-VPDP-2023',
  note: 'Mid-term NSTW development investment split into domestic and foreign (ADB loan) capital; legal notes §9.3.',
};
const ND_27_ART_12: Citation = {
  instrument: 'ND-27-2022',
  article: 'Điều 12',
  source: 'lawnet.vn Q&A 372399 (quoting the article)',
  note: 'Voluntary contributions in cash, in kind or working days; legal notes §9.6.',
};
const TT_55: Citation = {
  instrument: 'TT-55-2023',
  note: 'Recurrent (sự nghiệp) funds of the national target programs; amended by TT 75/2024/TT-BTC and TT 112/2025/TT-BTC.',
};

type Row = Omit<FundingSource, 'children'>;

const ROWS: readonly Row[] = [
  { id: 'central', parent: null, label: { vi: 'Ngân sách trung ương', en: 'Central budget' }, labelStatus: 'confirmed', citations: [LAI_CHAU('Vốn Ngân sách Trung ương')] },
  { id: 'central.investment', parent: 'central', label: { vi: 'Vốn đầu tư phát triển', en: 'Development investment' }, labelStatus: 'confirmed', citations: [CV_1486, LAI_CHAU('Vốn đầu tư')] },
  { id: 'central.investment.domestic', parent: 'central.investment', label: { vi: 'Vốn trong nước', en: 'Domestic capital' }, labelStatus: 'confirmed', citations: [CV_1486, LAI_CHAU('vốn trong nước')] },
  { id: 'central.investment.foreign', parent: 'central.investment', label: { vi: 'Vốn nước ngoài', en: 'Foreign capital' }, labelStatus: 'confirmed', citations: [CV_1486, LAI_CHAU('vốn nước ngoài')] },
  { id: 'central.recurrent', parent: 'central', label: { vi: 'Vốn sự nghiệp', en: 'Recurrent funds' }, labelStatus: 'confirmed', citations: [TT_55, LAI_CHAU('Vốn sự nghiệp')] },
  { id: 'local', parent: null, label: { vi: 'Ngân sách địa phương', en: 'Local budget' }, labelStatus: 'confirmed', citations: [LAI_CHAU('Vốn ngân sách địa phương')] },
  { id: 'local.province', parent: 'local', label: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' }, labelStatus: 'confirmed', citations: [LAI_CHAU('NS tỉnh')] },
  // District tier only until 30/06/2025 (legal notes §3.5, §9.1); kept for earlier plans.
  { id: 'local.district', parent: 'local', label: { vi: 'Ngân sách huyện', en: 'District budget' }, labelStatus: 'secondary', citations: [] },
  { id: 'local.commune', parent: 'local', label: { vi: 'Ngân sách xã', en: 'Commune budget' }, labelStatus: 'secondary', citations: [] },
  { id: 'integrated', parent: null, label: { vi: 'Vốn lồng ghép', en: 'Integrated funds' }, labelStatus: 'confirmed', citations: [LAI_CHAU('Vốn lồng ghép')] },
  {
    id: 'integrated.poverty-reduction',
    parent: 'integrated',
    label: { vi: 'Chương trình MTQG giảm nghèo bền vững', en: 'National target program for sustainable poverty reduction' },
    labelStatus: 'confirmed',
    citations: [LAI_CHAU('Vốn thực hiện Chương trình MTQG giảm nghèo bền vững')],
  },
  {
    id: 'integrated.ethnic-minority',
    parent: 'integrated',
    label: {
      vi: 'Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
      en: 'National target program for socio-economic development of ethnic-minority and mountainous areas',
    },
    labelStatus: 'confirmed',
    citations: [LAI_CHAU('Vốn thực hiện Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi')],
  },
  { id: 'integrated.other', parent: 'integrated', label: { vi: 'Chương trình, dự án khác', en: 'Other programs and projects' }, labelStatus: 'secondary', citations: [] },
  { id: 'credit', parent: null, label: { vi: 'Vốn tín dụng', en: 'Credit' }, labelStatus: 'confirmed', citations: [LAI_CHAU('Vốn tín dụng')] },
  { id: 'credit.policy', parent: 'credit', label: { vi: 'Tín dụng chính sách', en: 'Policy credit (Social Policy Bank)' }, labelStatus: 'secondary', citations: [] },
  { id: 'credit.commercial', parent: 'credit', label: { vi: 'Tín dụng thương mại', en: 'Commercial credit' }, labelStatus: 'secondary', citations: [] },
  { id: 'enterprise', parent: null, label: { vi: 'Vốn doanh nghiệp, hợp tác xã, tổ chức', en: 'Enterprises, cooperatives and organisations' }, labelStatus: 'secondary', citations: [] },
  { id: 'community', parent: null, label: { vi: 'Vốn huy động cộng đồng dân cư', en: 'Community mobilisation' }, labelStatus: 'confirmed', citations: [LAI_CHAU('Vốn huy động cộng đồng dân cư'), ND_27_ART_12] },
  { id: 'community.cash', parent: 'community', label: { vi: 'Đóng góp bằng tiền', en: 'Contributions in cash' }, labelStatus: 'secondary', citations: [ND_27_ART_12] },
  { id: 'community.in-kind', parent: 'community', label: { vi: 'Đóng góp bằng hiện vật', en: 'Contributions in kind' }, labelStatus: 'secondary', citations: [ND_27_ART_12] },
  { id: 'community.labour', parent: 'community', label: { vi: 'Đóng góp bằng ngày công', en: 'Working days (valued in money)' }, labelStatus: 'secondary', citations: [ND_27_ART_12] },
  { id: 'other', parent: null, label: { vi: 'Nguồn vốn khác', en: 'Other sources' }, labelStatus: 'secondary', citations: [] },
];

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
