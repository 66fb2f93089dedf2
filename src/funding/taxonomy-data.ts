// The funding-source taxonomy as data: the nodes of each version with their labels and citations,
// the components, and the versions. Labels follow the categories of legal notes §9.1; citations
// name where a category is stated (CV 1486/BNN-VPĐP, NĐ 27/2022 Art. 12, TT 55/2023/TT-BTC, the
// Lai Châu 2024 plan part III; NQ 257/2025/QH15 from 2026). The functions are in taxonomy.ts.
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { FundingComponent, FundingSource, FundingSourceId, FundingTaxonomy, FundingTaxonomyId } from './taxonomy-types.js';

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

export const ROWS: readonly Row[] = [
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

export const ROWS_2026: readonly VersionRow[] = [
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

export const COMPONENTS_2026: readonly FundingComponent[] = [
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
