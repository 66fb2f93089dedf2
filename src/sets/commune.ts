/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025
 * (QĐ 318/QĐ-TTg of 08/03/2022, Phụ lục I), as amended by QĐ 211/QĐ-TTg (01/03/2024).
 *
 * Order, codes and grouping follow the annex. The 19 criteria, their order and
 * names and the five group names are secondary (notice 39774); group assignment
 * and indicator wording are unverified (recalled), and only the thresholds listed
 * below could be sourced. Every other numeric threshold is left out, so the
 * indicator evaluates to `unknown` until an overlay supplies it.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CompoundField, CriteriaGroup, CriteriaSet, Criterion, Indicator, Threshold } from '../engine/types/index.js';
import type { Region } from '../columns/regions.js';
import { amendedByQd211, indicator, notReached, passRule, thresholdsUntil, UNIT } from './_build.js';

const ANNEX: Citation = { instrument: 'QD-318-2022', annex: 'Phụ lục I' };
const SET_FROM = '2022-03-08';
const LAYOUT = 'tintuc.thuvienphapluat.com notice 39774 (10/03/2022): criteria, order and layout';
const MISSING = notReached({ vi: 'bảng giá trị theo vùng tại Phụ lục I QĐ 318/QĐ-TTg', en: 'QĐ 318/QĐ-TTg Phụ lục I (per-region values)' });

const pass = (code: string) => [passRule(ANNEX, code, 'boolean', SET_FROM, LAYOUT)];
const none = (code: string) => [passRule(ANNEX, code, 'none-allowed', SET_FROM, LAYOUT)];

// --- Thresholds that could be sourced -------------------------------------------------

const QD1491 = 'QĐ 1491/QĐ-BGDĐT (06/06/2022) as summarised at chatluongvacuocsong.vn (…d95868.html) and lawnet.vn (…16638.html)';

const SCHOOL_FIELDS: readonly CompoundField[] = [
  { key: 'schools', type: 'count', min: 1, label: { vi: 'số trường học các cấp', en: 'schools (preschool, primary, lower-secondary)' } },
  { key: 'atMinimumStandard', type: 'count', notGreaterThan: 'schools', label: { vi: 'số trường đạt tiêu chuẩn cơ sở vật chất tối thiểu', en: 'schools at the minimum facility standard' } },
  { key: 'atLevel1', type: 'count', notGreaterThan: 'schools', label: { vi: 'số trường đạt tiêu chuẩn cơ sở vật chất mức độ 1', en: 'schools at facility standard level 1' } },
];

const SCHOOL_THRESHOLDS: readonly Threshold[] = [
  {
    columns: ['DBSH', 'DNB'],
    validFrom: '2022-06-06',
    rule: {
      kind: 'compound',
      rule: { compare: [{ field: 'atLevel1' }, '==', { field: 'schools' }], label: { vi: '100% trường đạt chuẩn cơ sở vật chất mức độ 1', en: '100% of schools at facility standard level 1' } },
    },
    citation: { ...ANNEX, item: '5', source: QD1491 },
    provenance: 'secondary',
  },
  {
    columns: ['TDMNPB', 'BTB', 'DHNTB', 'TN', 'DBSCL'],
    validFrom: '2022-06-06',
    rule: {
      kind: 'compound',
      rule: {
        all: [
          { compare: [{ field: 'atMinimumStandard' }, '==', { field: 'schools' }], label: { vi: '100% trường đạt tiêu chuẩn cơ sở vật chất tối thiểu', en: '100% of schools at the minimum facility standard' } },
          {
            if: { compare: [{ field: 'schools' }, '>', { const: 3 }] },
            then: { compare: [{ percentOf: ['atLevel1', 'schools'] }, '>=', { const: 70 }], label: { vi: '≥ 70% trường đạt mức độ 1 (xã có trên 3 trường)', en: '≥ 70% of schools at level 1 (more than 3 schools)' } },
            else: { compare: [{ percentOf: ['atLevel1', 'schools'] }, '>=', { const: 50 }], label: { vi: '≥ 50% trường đạt mức độ 1 (xã có từ 3 trường trở xuống)', en: '≥ 50% of schools at level 1 (3 schools or fewer)' } },
          },
        ],
      },
    },
    citation: { ...ANNEX, item: '5', source: QD1491 },
    provenance: 'secondary',
    note: 'Whether the special-commune rule (TDMNPB column) applies to this guidance is not stated.',
  },
];

const EDUCATION_FIELDS: readonly CompoundField[] = [
  { key: 'grade1EntryPercent', type: 'percent', label: { vi: 'tỷ lệ trẻ 6 tuổi vào lớp 1 (%)', en: 'share of 6-year-olds entering grade 1 (%)' } },
  { key: 'preschool5Universal', type: 'boolean', label: { vi: 'đạt phổ cập giáo dục mầm non cho trẻ 5 tuổi', en: 'universal preschool for 5-year-olds met' } },
  { key: 'primaryLevel', type: 'count', label: { vi: 'mức độ phổ cập giáo dục tiểu học', en: 'universal primary education level' } },
  { key: 'lowerSecondaryLevel', type: 'count', label: { vi: 'mức độ phổ cập giáo dục THCS', en: 'universal lower-secondary education level' } },
  { key: 'literacyLevel', type: 'count', label: { vi: 'mức độ xóa mù chữ', en: 'literacy level' } },
];

const EDUCATION_THRESHOLDS: readonly Threshold[] = [
  {
    columns: 'all',
    validFrom: '2022-06-06',
    rule: {
      kind: 'compound',
      rule: {
        all: [
          { compare: [{ field: 'grade1EntryPercent' }, '>=', { const: 98 }], label: { vi: 'tỷ lệ trẻ 6 tuổi vào lớp 1 ≥ 98%', en: '6-year-olds entering grade 1 ≥ 98%' } },
          { compare: [{ field: 'preschool5Universal' }, '==', { const: true }], label: { vi: 'đạt phổ cập giáo dục mầm non 5 tuổi', en: 'universal preschool for 5-year-olds' } },
          { compare: [{ field: 'primaryLevel' }, '>=', { const: 2 }], label: { vi: 'phổ cập giáo dục tiểu học mức độ 2', en: 'universal primary education at level 2' } },
          { compare: [{ field: 'lowerSecondaryLevel' }, '>=', { const: 2 }], label: { vi: 'phổ cập giáo dục THCS mức độ 2', en: 'universal lower-secondary education at level 2' } },
          { compare: [{ field: 'literacyLevel' }, '>=', { const: 2 }], label: { vi: 'xóa mù chữ mức độ 2', en: 'literacy at level 2' } },
        ],
      },
    },
    citation: { ...ANNEX, item: '14.1', source: QD1491 },
    provenance: 'secondary',
  },
];

const WATER_FIELDS: readonly CompoundField[] = [
  { key: 'cleanWaterPercent', type: 'percent', label: { vi: 'tỷ lệ hộ sử dụng nước sạch theo quy chuẩn (%)', en: 'households using standard clean water (%)' } },
  { key: 'centralisedPercent', type: 'percent', label: { vi: 'tỷ lệ hộ dùng nước sạch từ hệ thống cấp nước tập trung (%)', en: 'households supplied by a centralised system (%)' } },
];

// Criterion 15 (Y tế). A legal Q&A of thuvienphapluat quoting the commune table
// region by region, read as a snippet on a mirror of its Q&A search pages; the
// snippet starts inside 15.3 and breaks off inside 15.4 (after DBSH).
const QA_HEALTH =
  'http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news&page=291&q=Th%E1%BB%B1c+h%C3%A0nh+kh%C3%A1m+ch%E1%BB%AFa+b%E1%BB%87nh ' +
  '(thuvienphapluat legal Q&A on the commune criteria, image tieu-chi-nong-thon-moi-cap-xa.jpg, quoting QĐ 318 Phụ lục I)';

/** One value per region column, each a dated, cited threshold. */
function byRegion(
  code: string,
  values: Partial<Record<Region, number>>,
  rule: (n: number) => Threshold['rule'],
  from: string,
  citation: Omit<Citation, 'instrument' | 'annex' | 'item'>,
): readonly Threshold[] {
  return (Object.entries(values) as [Region, number][]).map(([region, n]) => ({
    columns: [region],
    validFrom: from,
    rule: rule(n),
    citation: { ...ANNEX, item: code, ...citation },
    provenance: 'secondary' as const,
  }));
}

const STUNTING_THRESHOLDS = byRegion(
  '15.3',
  { TDMNPB: 24, DBSH: 16.5, BTB: 25, DHNTB: 22, TN: 26.5, DNB: 14.5, DBSCL: 19 },
  (max) => ({ kind: 'max-percent', max }),
  SET_FROM,
  {
    source: QA_HEALTH,
    note: 'The source prints each value as "≥ x%"; a stunting rate is capped, so it is read as "≤ x%" (conflict C17). Whether QĐ 211/QĐ-TTg changed it is not known.',
  },
);

const EHR_THRESHOLDS = byRegion(
  '15.4',
  { TDMNPB: 50, DBSH: 70 },
  (min) => ({ kind: 'min-percent', min }),
  SET_FROM,
  { source: QA_HEALTH, note: 'The source snippet breaks off after the DBSH column; the other five columns were not read. Whether QĐ 211/QĐ-TTg changed it is not known.' },
);

// Health insurance: a press report (Lao Động, English edition, about Cà Mau in
// autumn 2024) stating the rule then in force. It shows neither the other
// columns nor whether the value predates QĐ 211, so it is dated from the start
// of the version in force when it was written.
const HEALTH_INSURANCE_THRESHOLDS: readonly Threshold[] = [
  {
    columns: ['DBSCL'],
    validFrom: '2024-03-01',
    rule: { kind: 'min-percent', min: 93 },
    citation: {
      ...ANNEX,
      item: '15.1',
      source: 'https://news.laodong.vn/xa-hoi/xa-nong-thon-moi-nang-cao-ca-mau-gap-kho-ti-le-bhyt-1399396.ldo',
      note: '"According to regulations, to meet the standards of a new rural commune, the health insurance coverage rate must reach over 93% of the population" (machine-translated press, Cà Mau, ĐBSCL; the article speaks of August and September, apparently of 2024 judging by its number). Read as ≥ 93%.',
    },
    provenance: 'secondary',
    note: 'Press report, one region. Before 01/03/2024 and for the other regions the value is not known.',
  },
];

// --- The annex ---------------------------------------------------------------------

const GROUPS: readonly CriteriaGroup[] = [
  { code: 'I', name: { vi: 'Quy hoạch', en: 'Planning' }, nameStatus: 'secondary' },
  { code: 'II', name: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' }, nameStatus: 'secondary' },
  { code: 'III', name: { vi: 'Kinh tế và tổ chức sản xuất', en: 'Economy and production organisation' }, nameStatus: 'secondary' },
  { code: 'IV', name: { vi: 'Văn hóa - Xã hội - Môi trường', en: 'Culture, society and environment' }, nameStatus: 'secondary' },
  { code: 'V', name: { vi: 'Hệ thống chính trị', en: 'Political system' }, nameStatus: 'secondary' },
];

function criterion(code: string, group: string, vi: string, en: string, indicators: readonly Indicator[]): Criterion {
  return { code, name: { vi: vi.normalize('NFC'), en }, nameStatus: 'secondary', group, indicators, citation: { ...ANNEX, item: code, source: LAYOUT } };
}

const i = (code: string, vi: string, en: string, kind: Indicator['kind'], o: Parameters<typeof indicator>[4] = {}) =>
  indicator(ANNEX, code, { vi, en }, kind, { missingThreshold: MISSING, ...o });

const CRITERIA: readonly Criterion[] = [
  // I. Quy hoạch
  criterion('1', 'I', 'Quy hoạch', 'Planning', [
    i('1.1', 'Có quy hoạch chung xây dựng xã được phê duyệt và công bố công khai đúng thời hạn', 'Approved general commune construction plan, announced publicly on time', 'boolean', { thresholds: pass('1.1') }),
    i('1.2', 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch', 'Plan-management rules issued and implemented', 'boolean', { thresholds: pass('1.2') }),
  ]),
  // II. Hạ tầng kinh tế - xã hội
  criterion('2', 'II', 'Giao thông', 'Transport', [
    i('2.1', 'Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm', 'Share of commune roads asphalted or concreted, passable by car all year', 'min-percent'),
    i('2.2', 'Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm', 'Share of village and inter-village roads at least hardened, car-passable all year', 'min-percent'),
    i('2.3', 'Tỷ lệ đường ngõ, xóm sạch và đảm bảo đi lại thuận tiện quanh năm', 'Share of lanes and alleys clean and passable all year', 'min-percent'),
    i('2.4', 'Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm', 'Share of main in-field roads usable for goods transport all year', 'min-percent'),
  ]),
  criterion('3', 'II', 'Thủy lợi và phòng, chống thiên tai', 'Irrigation and natural-disaster prevention', [
    i('3.1', 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', 'Share of farmland with active irrigation and drainage', 'min-percent'),
    i('3.2', 'Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ', 'Disaster-prevention readiness under the "4 on-the-spot" motto', 'boolean', { thresholds: pass('3.2') }),
  ]),
  criterion('4', 'II', 'Điện', 'Electricity', [
    i('4.1', 'Hệ thống điện đạt chuẩn', 'Electricity system meets the standard', 'boolean', { thresholds: pass('4.1') }),
    i('4.2', 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất đảm bảo an toàn, tin cậy và ổn định', 'Share of households directly registered and using safe, reliable electricity', 'min-percent'),
  ]),
  criterion('5', 'II', 'Trường học', 'Schools', [
    i('5', 'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông nhiều cấp có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định', 'Share of schools (preschool, primary, lower-secondary, or multi-level schools up to lower-secondary) meeting the facility standard', 'compound', { fields: SCHOOL_FIELDS, thresholds: SCHOOL_THRESHOLDS, nameStatus: 'secondary' }),
  ]),
  criterion('6', 'II', 'Cơ sở vật chất văn hóa', 'Cultural facilities', [
    i('6.1', 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã', 'Commune has a cultural house or multipurpose hall and a sports ground', 'boolean', { thresholds: pass('6.1') }),
    i('6.2', 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', 'Play and sports spaces for children and the elderly', 'boolean', { thresholds: pass('6.2') }),
    i('6.3', 'Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng', 'Share of villages with a cultural house or community space', 'min-percent'),
  ]),
  criterion('7', 'II', 'Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure', [
    i('7', 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa', 'Commune has a rural market or a trading place', 'boolean', { thresholds: pass('7') }),
  ]),
  criterion('8', 'II', 'Thông tin và Truyền thông', 'Information and communications', [
    i('8.1', 'Xã có điểm phục vụ bưu chính', 'Postal service point', 'boolean', { thresholds: pass('8.1') }),
    i('8.2', 'Xã có dịch vụ viễn thông, internet', 'Telecom and internet service', 'boolean', { thresholds: pass('8.2') }),
    i('8.3', 'Xã có đài truyền thanh và hệ thống loa đến các thôn', 'Commune radio with loudspeakers reaching the villages', 'boolean', { thresholds: pass('8.3') }),
    i('8.4', 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành', 'IT used in commune administration', 'boolean', { thresholds: pass('8.4') }),
  ]),
  criterion('9', 'II', 'Nhà ở dân cư', 'Residential housing', [
    i('9.1', 'Nhà tạm, dột nát', 'Temporary or dilapidated houses (count)', 'none-allowed', { thresholds: none('9.1') }),
    i('9.2', 'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố', 'Share of households in permanent or semi-permanent houses', 'min-percent'),
  ]),
  // III. Kinh tế và tổ chức sản xuất
  criterion('10', 'III', 'Thu nhập', 'Income', [
    i('10', 'Thu nhập bình quân đầu người khu vực nông thôn', 'Average per-capita income of the rural population', 'min-value', {
      unit: UNIT.income,
      missingThreshold: {
        vi: 'chưa có ngưỡng trong thư viện: bảng thu nhập theo năm và vùng của QĐ 318/QĐ-TTg Phụ lục I chưa tiếp cận được (không dùng bảng 2016 - 2020)',
        en: 'threshold not encoded: the income table by year and region of QĐ 318/QĐ-TTg Phụ lục I could not be reached (the 2016-2020 table must not be used)',
      },
    }),
  ]),
  criterion('11', 'III', 'Nghèo đa chiều', 'Multidimensional poverty', [
    i('11', 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025', 'Multidimensional poverty rate (2021-2025 standard, NĐ 07/2021/NĐ-CP)', 'max-percent'),
  ]),
  criterion('12', 'III', 'Lao động', 'Labour', [
    i('12.1', 'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động', 'Employment rate among working-age people able to work', 'min-percent'),
    i('12.2', 'Tỷ lệ lao động có việc làm qua đào tạo', 'Share of employed workers who have had training', 'min-percent', { note: 'Conflict C5: may be numbered 14.3 instead.' }),
    i('12.3', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ', 'Share of employed workers holding a diploma or certificate', 'min-percent'),
  ]),
  criterion('13', 'III', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Production organisation and rural economic development', [
    i('13.1', 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã', 'At least one cooperative operating effectively under the Cooperatives Law', 'boolean', { thresholds: pass('13.1') }),
    i('13.2', 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững', 'Sustainable production-consumption linkage for key products', 'boolean', { thresholds: pass('13.2') }),
    i('13.3', 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương', 'Traceability of key products with a raw-material zone and VietGAP or equivalent certification', 'boolean', { thresholds: pass('13.3') }),
    i('13.4', 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)', 'Plan to preserve and develop traditional crafts (if any)', 'boolean', { thresholds: pass('13.4'), ifAny: true }),
  ]),
  // IV. Văn hóa - Xã hội - Môi trường
  criterion('14', 'IV', 'Giáo dục và Đào tạo', 'Education and training', [
    i('14.1', 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở; xóa mù chữ', 'Universal preschool for 5-year-olds; universal primary and lower-secondary education; literacy', 'compound', { fields: EDUCATION_FIELDS, thresholds: EDUCATION_THRESHOLDS, nameStatus: 'secondary' }),
    i('14.2', 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)', 'Share of lower-secondary graduates continuing to upper-secondary, continuing education or vocational school', 'min-percent'),
    i('14.3', 'Tỷ lệ lao động có việc làm qua đào tạo', 'Share of employed workers trained', 'min-percent', { note: 'Conflict C5: may be numbered 12.2 instead.' }),
  ]),
  criterion('15', 'IV', 'Y tế', 'Health', [
    i('15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'Health-insurance coverage', 'min-percent', {
      thresholds: HEALTH_INSURANCE_THRESHOLDS,
      missingThreshold: {
        vi: 'chưa có ngưỡng trong thư viện: chỉ biết mức của vùng Đồng bằng sông Cửu Long từ 01/3/2024 (báo chí); các vùng khác và trước ngày đó chưa tìm thấy',
        en: 'threshold not encoded: only the ĐBSCL value from 01/03/2024 is known (press); other regions and earlier dates were not found',
      },
    }),
    i('15.2', 'Xã đạt tiêu chí quốc gia về y tế', 'Commune meets the national health criteria', 'boolean', { thresholds: pass('15.2') }),
    i('15.3', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', 'Stunting rate (height-for-age) under age 5', 'max-percent', {
      thresholds: STUNTING_THRESHOLDS,
      note: 'All seven region columns read (secondary); the general column was not. Only the tail of the name ("… thể thấp còi (chiều cao theo tuổi)") was read.',
    }),
    i('15.4', 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', 'Share of the population with an electronic health record', 'min-percent', {
      thresholds: EHR_THRESHOLDS,
      nameStatus: 'secondary',
      missingThreshold: {
        vi: 'chưa có ngưỡng trong thư viện: nguồn chỉ cho mức của vùng Trung du miền núi phía Bắc và Đồng bằng sông Hồng',
        en: 'threshold not encoded: the source gives only the TDMNPB and DBSH columns',
      },
    }),
    i('15.5', 'Tỷ lệ dân số được quản lý sức khỏe', 'Share of the population under health management', 'min-percent'),
  ]),
  criterion('16', 'IV', 'Văn hóa', 'Culture', [
    i('16', 'Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định', 'Share of villages recognised as meeting the cultural standard', 'min-percent'),
  ]),
  criterion('17', 'IV', 'Môi trường và an toàn thực phẩm', 'Environment and food safety', [
    i('17.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn (trong đó từ hệ thống cấp nước tập trung)', 'Share of households using standard clean water, with a sub-target for centralised supply', 'compound', {
      fields: WATER_FIELDS,
      missingThreshold: {
        vi: 'chưa có ngưỡng trong thư viện: tỷ lệ chung chưa tìm thấy; chỉ tiêu nước tập trung ≥ 15% hoặc ≥ 20% tùy vùng nhưng chưa rõ vùng nào áp dụng mức nào',
        en: 'threshold not encoded: the overall share was not found; the centralised sub-target is ≥ 15% or ≥ 20% depending on region, but which region takes which is not known',
      },
    }),
    i('17.2', 'Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường', 'Share of business, aquaculture and craft-village facilities meeting environmental rules', 'min-percent'),
    i('17.3', 'Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung', 'Green, clean, safe landscape; no standing domestic wastewater in settlements', 'boolean', { thresholds: pass('17.3') }),
    i('17.4', 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', 'Public green space in rural settlements', 'min-value', { unit: UNIT.areaPerPerson }),
    i('17.5', 'Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch', 'Burial and cremation follow the rules and the plan', 'boolean', { thresholds: pass('17.5') }),
    i('17.6', 'Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại trên địa bàn được thu gom, xử lý theo quy định', 'Share of household and non-hazardous solid waste collected and treated', 'min-percent'),
    i('17.7', 'Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường', 'Share of used pesticide packaging and medical solid waste collected and treated', 'min-percent'),
    i('17.8', 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch', 'Share of households with hygienic latrine, bathroom and water storage ("3 sạch")', 'min-percent'),
    i('17.9', 'Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường', 'Share of livestock facilities meeting veterinary and environmental rules', 'min-percent'),
    i('17.10', 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm', 'Share of households and food businesses complying with food-safety rules', 'min-percent', { note: 'Conflict C4: a provincial back-end numbers food safety 17.8.' }),
  ]),
  // V. Hệ thống chính trị
  criterion('18', 'V', 'Hệ thống chính trị và tiếp cận pháp luật', 'Political system and access to law', [
    i('18.1', 'Cán bộ, công chức xã đạt chuẩn', 'Commune officials meet the standards', 'boolean', { thresholds: pass('18.1') }),
    i('18.2', 'Đảng bộ, chính quyền xã được xếp loại chất lượng "hoàn thành tốt nhiệm vụ" trở lên', 'Commune Party committee and government rated "good" or better', 'boolean', { thresholds: pass('18.2') }),
    i('18.3', 'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng "hoàn thành tốt nhiệm vụ" trở lên', 'Commune socio-political organisations rated "good" or better', 'boolean', { thresholds: pass('18.3') }),
    i('18.4', 'Xã đạt chuẩn tiếp cận pháp luật theo quy định', 'Commune meets the "access to law" standard', 'boolean', { thresholds: pass('18.4') }),
    i('18.5', 'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; phòng chống bạo lực trên cơ sở giới; phòng chống xâm hại trẻ em; bảo vệ và hỗ trợ những người dễ bị tổn thương trong các lĩnh vực của gia đình và đời sống xã hội', 'Gender equality, domestic- and gender-based-violence prevention, protection of vulnerable people', 'boolean', { thresholds: pass('18.5') }),
    i('18.6', 'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân, đào tạo nâng cao năng lực cộng đồng gắn với nâng cao chất lượng sinh hoạt chi bộ, đảng bộ', 'Plan to train residents in new-rural development and build community capacity', 'boolean', { thresholds: pass('18.6') }),
  ]),
  criterion('19', 'V', 'Quốc phòng và An ninh', 'Defence and security', [
    i('19.1', 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng', 'Militia "strong and widespread"; defence targets met', 'boolean', { thresholds: pass('19.1') }),
    i('19.2', 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên', 'Commune meets the public-security and order standard', 'boolean', { thresholds: pass('19.2') }),
  ]),
];

const TITLE = { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025', en: 'National criteria for new-rural communes, 2021-2025' };
const PERIOD = { fromYear: 2021, toYear: 2025 };

/** The commune set as issued (08/03/2022 to 29/02/2024). */
export const COMMUNE_2022: CriteriaSet = deepFreeze({
  id: 'commune/qd318-2022',
  kind: 'commune',
  title: TITLE,
  legalBasis: [{ ...ANNEX, source: LAYOUT }],
  period: PERIOD,
  validFrom: SET_FROM,
  validUntil: '2024-02-29',
  columns: 'region',
  groups: GROUPS,
  criteria: thresholdsUntil(CRITERIA, '2024-02-29'),
  notes: [
    { vi: 'Xã đặc biệt khó khăn và xã an toàn khu thuộc huyện nghèo áp dụng chỉ tiêu vùng Trung du miền núi phía Bắc.', en: 'Especially difficult communes and safe-zone communes of poor districts apply the TDMNPB column.' },
  ],
}) as CriteriaSet;

/**
 * The commune set as amended by QĐ 211/QĐ-TTg from 01/03/2024. Which indicators
 * QĐ 211 changed could not be read, so the criteria carry over unchanged and the
 * version says so; amended values, once sourced, are added as dated thresholds.
 */
export const COMMUNE_2024: CriteriaSet = amendedByQd211({ ...COMMUNE_2022, criteria: CRITERIA }, 'commune/qd318-qd211-2024', { vi: 'một số chỉ tiêu của bộ tiêu chí xã', en: 'commune set' });
