// The words of the genre, as data. Criteria are named through the criteria set's own names (see
// names.ts); this file only adds the shorter phrasings plans use for some of them, keyed by the set's
// name, so an alias applies only while a set has a criterion of that name. Funding sources are named
// through the funding taxonomy's labels plus the phrasings below. Everything is compared folded
// (lower case, no diacritics: "thuy loi" matches "Thủy lợi", "thuỷ lợi" and "thuy loi").
import type { FundingSourceId } from '../../funding/taxonomy.js';

/**
 * Shorter names plans give a commune-set criterion, keyed by the set's name for it (QĐ 318/QĐ-TTg names;
 * the Lai Châu 2024 plan writes "tiêu chí điện", "tiêu chí môi trường", "hệ thống chính trị").
 */
export const CRITERION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Thủy lợi và phòng, chống thiên tai': ['Thủy lợi', 'Thủy lợi và phòng chống thiên tai'],
  'Điện': ['Điện nông thôn'],
  'Cơ sở vật chất văn hóa': ['Cơ sở vật chất văn hóa thể thao'],
  'Cơ sở hạ tầng thương mại nông thôn': ['Hạ tầng thương mại nông thôn', 'Chợ nông thôn'],
  'Thông tin và Truyền thông': ['Thông tin truyền thông'],
  'Nhà ở dân cư': ['Nhà ở'],
  'Nghèo đa chiều': ['Hộ nghèo đa chiều', 'Hộ nghèo'],
  'Tổ chức sản xuất và phát triển kinh tế nông thôn': ['Tổ chức sản xuất'],
  'Giáo dục và Đào tạo': ['Giáo dục'],
  'Môi trường và an toàn thực phẩm': ['Môi trường'],
  'Hệ thống chính trị và tiếp cận pháp luật': ['Hệ thống chính trị', 'Hệ thống chính trị và tiếp cận pháp luật cho người dân'],
  'Quốc phòng và An ninh': ['Quốc phòng an ninh', 'An ninh trật tự'],
};

/**
 * Phrasings of the funding sources beyond the taxonomy's own labels. A label naming several sources
 * is read as the most specific one under the line it belongs to.
 */
export const FUNDING_PHRASES: Readonly<Partial<Record<FundingSourceId, readonly string[]>>> = {
  central: ['Ngân sách Trung ương', 'NSTW', 'NS Trung ương', 'vốn Trung ương'],
  'central.investment': ['Vốn đầu tư', 'Vốn đầu tư phát triển', 'đầu tư phát triển'],
  'central.investment.domestic': ['vốn trong nước', 'trong nước'],
  'central.investment.foreign': ['vốn nước ngoài', 'nước ngoài', 'vốn vay nước ngoài', 'ODA'],
  'central.recurrent': ['Vốn sự nghiệp', 'kinh phí sự nghiệp', 'sự nghiệp'],
  local: ['ngân sách địa phương', 'NSĐP', 'NS địa phương'],
  'local.province': ['ngân sách tỉnh', 'NS tỉnh', 'ngân sách cấp tỉnh'],
  'local.district': ['ngân sách huyện', 'NS huyện', 'ngân sách cấp huyện'],
  'local.commune': ['ngân sách xã', 'NS xã', 'ngân sách cấp xã'],
  integrated: ['Vốn lồng ghép', 'lồng ghép'],
  'integrated.poverty-reduction': ['giảm nghèo bền vững', 'giảm nghèo'],
  'integrated.ethnic-minority': ['vùng đồng bào dân tộc thiểu số', 'dân tộc thiểu số'],
  'integrated.other': ['chương trình, dự án khác', 'các chương trình khác'],
  credit: ['Vốn tín dụng', 'tín dụng'],
  'credit.policy': ['tín dụng chính sách', 'Ngân hàng Chính sách xã hội'],
  'credit.commercial': ['tín dụng thương mại', 'ngân hàng thương mại'],
  enterprise: ['doanh nghiệp', 'hợp tác xã'],
  community: ['huy động cộng đồng', 'cộng đồng dân cư', 'nhân dân đóng góp', 'huy động nhân dân'],
  'community.cash': ['bằng tiền'],
  'community.in-kind': ['hiện vật'],
  'community.labour': ['ngày công'],
  other: ['nguồn vốn khác', 'vốn khác', 'nguồn khác'],
};

/** Money units as written, folded, longest first. */
export const UNIT_WORDS: readonly { readonly words: string; readonly unit: 'vnd' | 'thousand-vnd' | 'million-vnd' | 'billion-vnd' }[] = [
  { words: 'trieu dong', unit: 'million-vnd' },
  { words: 'ty dong', unit: 'billion-vnd' },
  { words: 'nghin dong', unit: 'thousand-vnd' },
  { words: 'ngan dong', unit: 'thousand-vnd' },
  { words: 'dong', unit: 'vnd' },
];

/** Kinds of top-level section, by the folded words of their heading (checked in this order). */
export const SECTION_WORDS: readonly { readonly kind: SectionKind; readonly words: readonly string[] }[] = [
  { kind: 'projects', words: ['danh muc du an', 'du an dau tu'] },
  { kind: 'funding', words: ['nguon von', 'kinh phi thuc hien', 'von thuc hien', 'huy dong von'] },
  { kind: 'results', words: ['ket qua', 'danh gia'] },
  { kind: 'content', words: ['noi dung', 'nhiem vu'] },
  { kind: 'goals', words: ['muc tieu', 'chi tieu'] },
  { kind: 'measures', words: ['giai phap'] },
  { kind: 'organisation', words: ['to chuc thuc hien', 'phan cong'] },
];

export type SectionKind = 'header' | 'projects' | 'funding' | 'results' | 'content' | 'goals' | 'measures' | 'organisation' | 'other';

/** Centrally run cities: "thành phố X" names the province only for these. */
export const MUNICIPALITIES: readonly string[] = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh', 'Huế'];
