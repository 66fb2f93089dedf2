/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025
 * (QĐ 318/QĐ-TTg of 08/03/2022, Phụ lục II), as amended by QĐ 211/QĐ-TTg (01/03/2024).
 *
 * Almost nothing of this annex could be read (legal notes §5.1): the 19 criteria
 * and their order are recalled (unverified), the indicator lists and the region
 * columns were not reached. So each criterion is one placeholder that stays
 * `unknown` until an overlay supplies its rule; the single sourced value is the
 * centralised piped-water share (≥ 55%, secondary, reported in Thanh Hóa: BTB)
 * and health-insurance coverage (≥ 95%, secondary, reported in Cà Mau in 2024: ĐBSCL).
 * The precondition that only an NTM commune can be advanced is a condition.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Criterion, Indicator } from '../engine/types/index.js';
import { amendedByQd211, cited, criterionOf, indicator, thresholdsUntil, unread } from './_build.js';

const ANNEX: Citation = { instrument: 'QD-318-2022', annex: 'Phụ lục II' };
const SET_FROM = '2022-03-08';
const TABLE = 'QĐ 318/QĐ-TTg Phụ lục II';
const WATER_SOURCE = 'm.baomoi.com/tieu-chi-nuoc-sach-tap-trung-diem-nghen-trong-xay-dung-ntm-o-nhu-thanh/c/44061754.epi (Như Thanh, Thanh Hóa): "…và từ 55% đối với xã đạt chuẩn NTM nâng cao"';

/** A recalled criterion whose indicators were not read: one placeholder. */
function recalled(code: string, vi: string, en: string, extra: readonly Indicator[] = []): Criterion {
  const placeholder = unread(ANNEX, extra.length > 0 ? `${code}.*` : code, vi, TABLE);
  return criterionOf(ANNEX, code, { vi, en }, [...extra, placeholder], { nameStatus: 'unverified' });
}

const CENTRALISED_WATER = indicator(
  ANNEX,
  '18.1',
  { vi: 'Tỷ lệ hộ sử dụng nước sạch từ hệ thống cấp nước tập trung', en: 'Share of households using clean water from a centralised supply system' },
  'min-percent',
  {
    thresholds: [
      cited(ANNEX, '18.1', { kind: 'min-percent', min: 55 }, SET_FROM, WATER_SOURCE, {
        // The article reports the target for a Thanh Hóa district; the commune set's equivalent varies by region,
        // so the value is not extended to other regions.
        columns: ['BTB'],
        note: 'Reported for the advanced set in Như Thanh (Thanh Hóa, BTB region). Whether other regions take the same value is not known.',
      }),
    ],
    missingThreshold: {
      vi: 'chưa có ngưỡng trong thư viện: chỉ biết mức ≥ 55% của vùng Bắc Trung Bộ (Thanh Hóa); các vùng khác chưa tìm thấy',
      en: 'threshold not encoded: only the ≥ 55% value reported for the BTB region (Thanh Hóa) was found; other regions not found',
    },
    note: 'Code and placement unverified: the legal notes give it as the advanced-set equivalent of the commune set\'s 17.1 centralised-supply sub-target; its place under "Chất lượng môi trường sống" is an inference.',
  },
);

const HEALTH_INSURANCE_SOURCE = 'news.laodong.vn/xa-hoi/xa-nong-thon-moi-nang-cao-ca-mau-gap-kho-ti-le-bhyt-1399396.ldo (Cà Mau, about Sep-Oct 2024; English edition); corroborated by baocamau.vn/kho-duy-tri-tieu-chi-bhyt-a29070.html ("từ 95% trở lên", undated)';

const HEALTH_INSURANCE = indicator(
  ANNEX,
  '14.1',
  { vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế', en: 'Health-insurance coverage' },
  'min-percent',
  {
    thresholds: [
      cited(ANNEX, '14.1', { kind: 'min-percent', min: 95 }, '2024-03-01', HEALTH_INSURANCE_SOURCE, {
        // Read for Cà Mau (ĐBSCL) in 2024 only; earlier dates and other regions are not extended to.
        columns: ['DBSCL'],
        note: 'Conflict C18: the English edition says "over 95%", baocamau.vn says "từ 95% trở lên" (inclusive); encoded inclusive. Conflict C20: the same article\'s standfirst gives 95% without naming the tier; read, with its body and URL, as the advanced-commune value. Reported for ĐBSCL in 2024; its value before QĐ 211 and in other regions is not known.',
      }),
    ],
    missingThreshold: {
      vi: 'chưa có ngưỡng trong thư viện: chỉ biết mức ≥ 95% của vùng Đồng bằng sông Cửu Long (Cà Mau, năm 2024)',
      en: 'threshold not encoded: only the ≥ 95% value reported for the ĐBSCL region (Cà Mau, 2024) was found',
    },
    note: 'Code unverified: numbered by its place under "Y tế" in the recalled list; the name follows the commune set\'s 15.1.',
  },
);

const CRITERIA: readonly Criterion[] = [
  recalled('1', 'Quy hoạch', 'Planning'),
  recalled('2', 'Giao thông', 'Transport'),
  recalled('3', 'Thủy lợi và phòng, chống thiên tai', 'Irrigation and natural-disaster prevention'),
  recalled('4', 'Điện', 'Electricity'),
  recalled('5', 'Giáo dục', 'Education (schools merged with education)'),
  recalled('6', 'Văn hóa', 'Culture (facilities merged with culture)'),
  recalled('7', 'Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure'),
  recalled('8', 'Thông tin và truyền thông', 'Information and communications'),
  recalled('9', 'Nhà ở dân cư', 'Residential housing'),
  recalled('10', 'Thu nhập', 'Income'),
  recalled('11', 'Nghèo đa chiều', 'Multidimensional poverty'),
  recalled('12', 'Lao động', 'Labour'),
  recalled('13', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Production organisation and rural economic development'),
  recalled('14', 'Y tế', 'Health', [HEALTH_INSURANCE]),
  recalled('15', 'Hành chính công', 'Public administration'),
  recalled('16', 'Tiếp cận pháp luật', 'Access to law'),
  recalled('17', 'Môi trường', 'Environment'),
  recalled('18', 'Chất lượng môi trường sống', 'Quality of the living environment', [CENTRALISED_WATER]),
  recalled('19', 'Quốc phòng và an ninh', 'Defence and security'),
];

/** Code of the precondition: the commune already meets the NTM standard. */
export const NTM_PRECONDITION = 'ntm-commune';

const CONDITIONS: readonly Indicator[] = [
  indicator(
    ANNEX,
    NTM_PRECONDITION,
    { vi: 'Xã đã đạt chuẩn nông thôn mới (điều kiện tiên quyết)', en: 'The commune already meets the NTM standard (precondition)' },
    'boolean',
    {
      thresholds: [
        cited(ANNEX, NTM_PRECONDITION, { kind: 'boolean' }, SET_FROM, 'QĐ 318/QĐ-TTg: the set is for "xã nông thôn mới nâng cao" (an NTM commune raised further); QĐ 319 and QĐ 18/2022 Điều 4 khoản 1 build on the same ladder', {
          note: 'No number. The clause stating the prerequisite was not read (its wording is recalled); the ladder NTM → advanced → model is secondary.',
        }),
      ],
      note: 'Input: true when the commune is recognised as (or meets) the NTM standard 2021-2025.',
    },
  ),
];

const TITLE = { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025', en: 'National criteria for advanced new-rural communes, 2021-2025' };
const PERIOD = { fromYear: 2021, toYear: 2025 };
const NOTES = [
  { vi: 'Danh mục 19 tiêu chí là theo trí nhớ (chưa kiểm chứng); danh mục chỉ tiêu và ngưỡng theo vùng chưa tiếp cận được.', en: 'The 19 criteria are recalled (unverified); the indicator lists and region columns could not be reached.' },
  { vi: 'Chỉ xã đã đạt chuẩn nông thôn mới mới được xét nâng cao (điều kiện "ntm-commune").', en: 'Only a commune meeting the NTM standard can be advanced (condition "ntm-commune").' },
];

/** The advanced-commune set as issued (08/03/2022 to 29/02/2024). */
export const ADVANCED_COMMUNE_2022: CriteriaSet = deepFreeze({
  id: 'advanced-commune/qd318-2022',
  kind: 'advanced-commune',
  title: TITLE,
  legalBasis: [{ ...ANNEX, source: 'tintuc.thuvienphapluat.com notice 39774 (10/03/2022); preamble of Cần Thơ QĐ 3429/QĐ-UBND' }],
  period: PERIOD,
  validFrom: SET_FROM,
  validUntil: '2024-02-29',
  columns: 'region',
  criteria: thresholdsUntil(CRITERIA, '2024-02-29'),
  conditions: CONDITIONS,
  notes: NOTES,
}) as CriteriaSet;

/**
 * As amended by QĐ 211/QĐ-TTg from 01/03/2024. What it changed in this set was
 * not read, so the content carries over and the version says so.
 */
export const ADVANCED_COMMUNE_2024: CriteriaSet = amendedByQd211({ ...ADVANCED_COMMUNE_2022, criteria: CRITERIA }, 'advanced-commune/qd318-qd211-2024', { vi: 'một số chỉ tiêu của bộ tiêu chí xã nâng cao', en: 'advanced-commune set' });
