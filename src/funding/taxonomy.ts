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

const NQ257 = (source: string, note?: string): Citation => ({
  instrument: 'NQ-257-2025-QH15',
  source,
  ...(note !== undefined ? { note } : {}),
});
const NQ257_BUDGET = NQ257(
  'vtcnews.vn and vietnamnet.vn (11/12/2025), quoting the resolution as passed: "nguồn vốn ngân sách trung ương 100.000 tỷ đồng (vốn đầu tư phát triển là 70.000 tỷ đồng, kinh phí thường xuyên là 30.000 tỷ đồng). Nguồn vốn ngân sách địa phương 300.000 tỷ đồng. Nguồn vốn tín dụng chính sách (nguồn ngân sách nhà nước) là 23.000 tỷ đồng"',
);
const MOBILISED = NQ257(
  'baogialai.com.vn (10/02/2026): "vốn lồng ghép từ các chương trình MTQG, chương trình, dự án khác khoảng 360.000 tỷ đồng … vốn doanh nghiệp và huy" (the stored text breaks off there)',
);
const TWO_TIER: Citation = {
  instrument: 'REFORM-2025-TWO-TIER',
  note: 'Two-tier local government from 01/07/2025: province and commune, no district. No 2026-2035 source splits the local budget between them.',
};
const COMPONENTS_SOURCE: Citation = {
  instrument: 'NQ-257-2025-QH15',
  source: 'vietnamnet.vn (18/11/2025), on the dossier submitted to the National Assembly: "chủ trì hợp phần thứ nhất là xây dựng nông thôn mới, giảm nghèo bền vững. Bộ Dân tộc và Tôn giáo chủ trì hợp phần thứ hai là phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số (DTTS) và miền núi"',
  note: 'Described before the vote; the components of the resolution as passed and of QĐ 417/QĐ-BNNMT were not read.',
};

type VersionRow = Omit<FundingSource, 'children'>;

const ROWS_2026: readonly VersionRow[] = [
  { id: 'central', parent: null, label: { vi: 'Ngân sách trung ương', en: 'Central budget' }, labelStatus: 'secondary', citations: [NQ257_BUDGET] },
  { id: 'central.investment', parent: 'central', label: { vi: 'Vốn đầu tư phát triển', en: 'Development investment' }, labelStatus: 'secondary', citations: [NQ257_BUDGET] },
  { id: 'central.recurrent', parent: 'central', label: { vi: 'Kinh phí thường xuyên', en: 'Recurrent funds' }, labelStatus: 'secondary', citations: [NQ257_BUDGET] },
  { id: 'local', parent: null, label: { vi: 'Ngân sách địa phương', en: 'Local budget' }, labelStatus: 'secondary', citations: [NQ257_BUDGET] },
  { id: 'local.province', parent: 'local', label: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' }, labelStatus: 'secondary', citations: [TWO_TIER] },
  { id: 'local.commune', parent: 'local', label: { vi: 'Ngân sách xã', en: 'Commune budget' }, labelStatus: 'secondary', citations: [TWO_TIER] },
  { id: 'integrated', parent: null, label: { vi: 'Vốn lồng ghép từ các chương trình mục tiêu quốc gia, chương trình, dự án khác', en: 'Funds integrated from other national target programmes, programmes and projects' }, labelStatus: 'secondary', citations: [MOBILISED] },
  // Only policy credit is named by the 2026-2035 sources; `credit` stays as its parent so ids mean the same in every version.
  { id: 'credit', parent: null, label: { vi: 'Vốn tín dụng', en: 'Credit' }, labelStatus: 'secondary', citations: [] },
  { id: 'credit.policy', parent: 'credit', label: { vi: 'Vốn tín dụng chính sách (nguồn ngân sách nhà nước)', en: 'Policy credit (state-budget source)' }, labelStatus: 'secondary', citations: [NQ257_BUDGET] },
  { id: 'enterprise', parent: null, label: { vi: 'Vốn doanh nghiệp', en: 'Enterprises' }, labelStatus: 'secondary', citations: [MOBILISED] },
  {
    id: 'community',
    parent: null,
    label: { vi: 'Vốn huy động cộng đồng dân cư', en: 'Community mobilisation' },
    labelStatus: 'secondary',
    citations: [{ instrument: 'NQ-257-2025-QH15', source: 'Government proposal to the National Assembly (03/12/2025), as reported: "enterprises and community (about 348,000 bn)"', note: 'The sources give enterprises and the community as one figure.' }],
  },
  { id: 'other', parent: null, label: { vi: 'Nguồn vốn khác', en: 'Other sources' }, labelStatus: 'secondary', citations: [] },
];

const COMPONENTS_2026: readonly FundingComponent[] = [
  {
    id: 'new-rural-poverty',
    label: { vi: 'Hợp phần xây dựng nông thôn mới, giảm nghèo bền vững', en: 'Component 1: new rural development and sustainable poverty reduction' },
    lead: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' },
    labelStatus: 'secondary',
    citations: [COMPONENTS_SOURCE],
  },
  {
    id: 'ethnic-minority-mountainous',
    label: { vi: 'Hợp phần phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi', en: 'Component 2: socio-economic development of ethnic-minority and mountainous areas' },
    lead: { vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic Minorities and Religions' },
    labelStatus: 'secondary',
    citations: [COMPONENTS_SOURCE],
  },
];

/** The nodes of a version with their children restricted to the version, keyed by id in document order. */
function versionSources(rows: readonly VersionRow[]): Partial<Record<FundingSourceId, FundingSource>> {
  return Object.fromEntries(rows.map((row) => [row.id, { ...row, children: rows.filter((r) => r.parent === row.id).map((r) => r.id) }]));
}

/**
 * The versions of the funding-source taxonomy, keyed by id. Which one a call uses: its
 * `taxonomy` option; else the `year` of its lines (years up to 2025: `'2021-2025'`; 2026-2035:
 * `'2026-2035'`; lines of both in one call are an error); else `'2021-2025'`.
 *
 * @example
 * ```ts
 * import { FUNDING_TAXONOMIES } from 'ntm-rules';
 * FUNDING_TAXONOMIES['2026-2035'].topLevel; // ['central', 'local', 'integrated', 'credit', 'enterprise', 'community', 'other']
 * FUNDING_TAXONOMIES['2026-2035'].components.map((c) => c.id); // ['new-rural-poverty', 'ethnic-minority-mountainous']
 * FUNDING_TAXONOMIES['2021-2025'].sources['integrated']?.children; // ['integrated.poverty-reduction', 'integrated.ethnic-minority', 'integrated.other']
 * ```
 */
export const FUNDING_TAXONOMIES: Readonly<Record<FundingTaxonomyId, FundingTaxonomy>> = deepFreeze({
  '2021-2025': {
    id: '2021-2025',
    title: { vi: 'Nguồn vốn Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021 - 2025', en: 'Funding sources of the new-rural programme, 2021-2025' },
    programme: 'QD-263-2022',
    fromYear: null,
    toYear: 2025,
    sourceIds: ROWS.map((r) => r.id),
    topLevel: ROWS.filter((r) => r.parent === null).map((r) => r.id),
    sources: versionSources(ROWS),
    components: [],
    notes: [
      { vi: 'Cũng dùng cho các năm trước 2021: thư viện không có danh mục nguồn vốn nào khác cho các giai đoạn trước.', en: 'Also used for years before 2021: no earlier taxonomy is encoded.' },
      { vi: 'Ngân sách huyện chỉ đến 30/06/2025.', en: 'The district budget tier only up to 30/06/2025.' },
    ],
  },
  '2026-2035': {
    id: '2026-2035',
    title: {
      vi: 'Nguồn vốn Chương trình MTQG xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035',
      en: 'Funding sources of the merged national target programme, 2026-2035',
    },
    programme: 'NQ-257-2025-QH15',
    fromYear: 2026,
    toYear: 2035,
    sourceIds: ROWS_2026.map((r) => r.id),
    topLevel: ROWS_2026.filter((r) => r.parent === null).map((r) => r.id),
    sources: versionSources(ROWS_2026),
    components: COMPONENTS_2026,
    notes: [
      {
        vi: 'Giảm nghèo bền vững và phát triển vùng đồng bào dân tộc thiểu số và miền núi là các hợp phần của Chương trình, không còn là vốn lồng ghép từ chương trình khác: không có nút integrated.poverty-reduction, integrated.ethnic-minority; nêu hợp phần của dòng vốn bằng trường component.',
        en: 'Poverty reduction and the ethnic-minority and mountainous areas are components of the programme, no longer funds integrated from other programmes: there is no integrated.poverty-reduction or integrated.ethnic-minority node; name a line\'s component with its `component` field.',
      },
      { vi: 'Không còn ngân sách huyện (từ 01/07/2025).', en: 'No district budget (since 01/07/2025).' },
      {
        vi: 'Các nguồn chưa có trong văn bản giai đoạn 2026 - 2035 đã đọc được không được đưa vào: vốn trong nước/nước ngoài của vốn đầu tư, tín dụng thương mại, đóng góp của người dân theo tiền/hiện vật/ngày công (NĐ 27/2022/NĐ-CP thuộc giai đoạn 2021 - 2025). Ghi các khoản này trên nút cha (central.investment, credit, community) kèm nhãn.',
        en: 'Categories no 2026-2035 source read names are left out: domestic/foreign investment capital, commercial credit, community contributions in cash/kind/working days (NĐ 27/2022/NĐ-CP belongs to 2021-2025). State such amounts on the parent node (central.investment, credit, community) with a label.',
      },
    ],
  },
}) as Readonly<Record<FundingTaxonomyId, FundingTaxonomy>>;

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
