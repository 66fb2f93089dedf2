// Programme targets as sourced data (see targets.ts for what they are and the functions reading them).
import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import type { Citation } from '../legal/citation.js';
import type { ProgrammeTarget, TargetConflict } from './target-types.js';

const NQ257_AS_PASSED = 'baogialai.com.vn (10/02/2026), on NQ 257/2025/QH15 and QĐ 417/QĐ-BNNMT';
const LAODONG = 'news.laodong.vn (English): https://news.laodong.vn/thoi-su/ngan-sach-chi-423000-ti-dong-xay-dung-nong-thon-moi-giam-ngheo-ben-vung-1631212.ldo (11/12/2025)';
const VIETNAM_VN = 'vietnam.vn/en: https://www.vietnam.vn/en/423-000-ty-dong-cho-chuong-trinh-muc-tieu-giam-ngheo-vung-dong-bao-dan-toc (11/12/2025)';
const EN_VIETNAMPLUS = 'en.vietnamplus.vn: https://en.vietnamplus.vn/over-16-billion-usd-earmarked-for-national-target-programme-on-sustainable-poverty-reduction-post334100.vnp (11/12/2025)';
const VTC = 'vtcnews.vn: https://vtcnews.vn/423-000-ty-dong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giai-doan-2026-2030-ar992618.html (11/12/2025)';
const VIETNAMNET_EN = 'vietnamnet.vn/en: https://vietnamnet.vn/en/vietnam-approves-17-5-billion-to-boost-rural-ethnic-minority-regions-2471749.html (11/12/2025)';
const NHANDAN_ES = 'es.nhandan.vn (Spanish): https://es.nhandan.vn/parlamento-de-vietnam-aprueba-resolucion-sobre-programa-nacional-para-reduccion-de-pobreza-post84807.html';
const NHANDAN_417 = 'nhandan.vn, on QĐ 417/QĐ-BNNMT: https://nhandan.vn/phan-dau-giam-ty-le-ho-ngheo-da-chieu-vung-dong-bao-dan-toc-thieu-so-va-mien-nui-xuong-duoi-10-post941087.html';
const PROPOSAL_VN = 'vietnam.vn/en: https://www.vietnam.vn/en/den-nam-2030-phan-dau-100-xa-ngheo-tren-ca-nuoc-thoat-khoi-tinh-trang-ngheo (Government proposal, 03/12/2025)';
const PROPOSAL_VNP = 'en.vietnamplus.vn: https://en.vietnamplus.vn/vietnam-aims-to-lift-all-poor-communes-out-of-poverty-by-2030-post334550.vnp (Government proposal, 03/12/2025)';
const NQ257: Citation = { instrument: 'NQ-257-2025-QH15', source: NQ257_AS_PASSED, note: 'As passed (11/12/2025); the resolution\'s own text was not read.' };

const DRAFT_2025: TargetConflict = {
  id: 'K4-draft-targets',
  text: {
    vi: 'Dự thảo tháng 02/2025 nêu khoảng 90% số xã đạt chuẩn và khoảng 50% đạt chuẩn nâng cao; Nghị quyết được thông qua nêu khoảng 65% và khoảng 10% hiện đại.',
    en: 'A February 2025 draft said about 90% of communes meeting the standard and about 50% advanced; the resolution as passed says about 65% and about 10% modern.',
  },
  candidates: [
    { value: '65% (10% modern)', sources: [NQ257_AS_PASSED, LAODONG] },
    { value: '90% (50% advanced)', sources: ['thesaigontimes.vn/?p=1050610 (25/02/2025, draft)'] },
  ],
  encoded: { vi: 'Chỉ số liệu được thông qua.', en: 'The values as passed only.' },
};

const MODERN_BASE: TargetConflict = {
  id: 'modern-share-base',
  text: {
    vi: '"trong đó có khoảng 10% số xã được công nhận đạt nông thôn mới hiện đại" có thể hiểu là 10% tổng số xã, hoặc 10% số xã đạt chuẩn nông thôn mới (đề xuất của Chính phủ: "10% of communes to meet new rural standards"). Cùng loại với xung đột C12 (cơ số của tỷ lệ xã nâng cao, kiểu mẫu giai đoạn 2021 - 2025).',
    en: '"of which about 10% of communes are recognised as modern" may mean 10% of all communes, or 10% of the communes meeting the standard (the Government proposal: "10% of communes to meet new rural standards"). The same kind of doubt as conflict C12 (base of the 2021-2025 advanced and model shares).',
  },
  candidates: [
    { value: '10% of all communes', sources: [NQ257_AS_PASSED, LAODONG] },
    { value: '10% of the communes meeting the standard', sources: [PROPOSAL_VN] },
  ],
  encoded: { vi: 'Cơ số ghi là chưa rõ; hàm tính số xã bắt buộc nêu cơ số (options.base).', en: 'The base is recorded as unclear; the count functions require it (options.base).' },
};

/**
 * The programme targets, by programme and year. Secondary throughout; see each target's sources.
 *
 * @example
 * ```ts
 * import { PROGRAMME_TARGETS } from 'ntm-rules';
 * PROGRAMME_TARGETS.filter((t) => t.year === 2030).map((t) => t.id).includes('provinces-completing-2030'); // true
 * ```
 */
export const PROGRAMME_TARGETS: readonly ProgrammeTarget[] = deepFreeze([
  {
    id: 'ntm-communes-2025',
    programme: '2021-2025',
    year: 2025,
    measure: 'communes-meeting-standard',
    value: { kind: 'share', percent: '80', base: 'all-communes' },
    qualifier: 'at-least',
    scope: 'national',
    statement: { vi: 'phấn đấu cả nước có ít nhất 80% số xã đạt chuẩn nông thôn mới', en: 'at least 80% of communes nationwide meet the NTM standard' },
    citation: { instrument: 'QD-263-2022', source: 'thvl.vn; tapchinongthonmoi.vn (05/08/2022); huyentuachua.dienbien.gov.vn quoting NQ 25/2021/QH15' },
    sources: ['https://www.thvl.vn/thoi-su-thvl/tin-trong-nuoc/hoi-nghi-toan-quoc-trien-khai-chuong-trinh-muc-tieu-qg-xay-dung-nong-thon-moi-giai-doan-2021-2025/', 'https://tapchinongthonmoi.vn/phat-huy-the-manh-vung-mien-trong-xay-dung-nong-thon-moi-giai-doan-2022-2025-19741.html (05/08/2022)', 'https://huyentuachua.dienbien.gov.vn (NQ 25/2021/QH15, in force 11/09/2021)'],
    provenance: 'secondary',
    conflicts: [],
  },
  {
    id: 'communes-under-15-2025',
    programme: '2021-2025',
    year: 2025,
    measure: 'communes-below-criteria',
    value: { kind: 'floor-criteria', criteria: 15 },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: 'không còn xã dưới 15 tiêu chí', en: 'no commune under 15 criteria' },
    citation: { instrument: 'QD-263-2022', source: 'thvl.vn; tapchinongthonmoi.vn (05/08/2022); asemconnectvietnam.gov.vn' },
    sources: ['https://www.thvl.vn/thoi-su-thvl/tin-trong-nuoc/hoi-nghi-toan-quoc-trien-khai-chuong-trinh-muc-tieu-qg-xay-dung-nong-thon-moi-giai-doan-2021-2025/', 'https://tapchinongthonmoi.vn/phat-huy-the-manh-vung-mien-trong-xay-dung-nong-thon-moi-giai-doan-2022-2025-19741.html (05/08/2022)'],
    provenance: 'secondary',
    conflicts: [],
    note: { vi: 'Tính theo bộ 19 tiêu chí 2021 - 2025; không áp dụng cho giai đoạn 2026 - 2030.', en: 'Counted on the 19 criteria of 2021-2025; not a 2026-2030 target.' },
  },
  {
    id: 'ntm-communes-2026',
    programme: '2026-2035',
    year: 2026,
    measure: 'communes-meeting-standard',
    value: { kind: 'share', percent: '15', base: 'all-communes' },
    qualifier: 'about',
    scope: 'national',
    statement: {
      vi: 'tỷ lệ xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030 đạt khoảng 15%',
      en: 'about 15% of communes meet the NTM standard of the 2026-2030 criteria',
    },
    citation: { instrument: 'QD-51-2025', source: 'Programme of action 2026 of the Ministry of Agriculture and Environment, as reported by thoibaotaichinhvietnam.vn', note: 'An annual target for 2026 (the first year of the 2026-2030 criteria), not a resolution target.' },
    sources: ['thoibaotaichinhvietnam.vn (MAE programme of action 2026, as quoted in the project\'s 2026-2030 legal notes)', 'https://vneconomy.vn/tao-dot-pha-cho-phat-trien-nong-nghiep-nong-thon.htm (the programme of action)'],
    provenance: 'secondary',
    conflicts: [],
  },
  {
    id: 'ntm-communes-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'communes-meeting-standard',
    value: { kind: 'share', percent: '65', base: 'all-communes' },
    qualifier: 'about',
    scope: 'national',
    statement: { vi: 'phấn đấu cả nước có khoảng 65% số xã đạt chuẩn nông thôn mới', en: 'about 65% of communes nationwide meet the NTM standard' },
    citation: NQ257,
    sources: [NQ257_AS_PASSED, LAODONG, VIETNAM_VN],
    provenance: 'secondary',
    conflicts: [DRAFT_2025],
  },
  {
    id: 'modern-communes-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'modern-communes',
    value: { kind: 'share', percent: '10', base: 'unclear', readings: ['all-communes', 'ntm-communes'] },
    qualifier: 'about',
    scope: 'national',
    statement: { vi: 'trong đó có khoảng 10% số xã được công nhận đạt nông thôn mới hiện đại', en: 'of which about 10% of communes are recognised as modern new-rural communes' },
    citation: NQ257,
    sources: [NQ257_AS_PASSED, LAODONG, PROPOSAL_VN],
    provenance: 'secondary',
    conflicts: [MODERN_BASE, DRAFT_2025],
    note: { vi: 'Xã nông thôn mới hiện đại là thí điểm theo khung của QĐ 51/2025/QĐ-TTg Phụ lục II và tiêu chí do tỉnh ban hành.', en: 'Modern communes are a pilot under the framework of QĐ 51/2025/QĐ-TTg Phụ lục II and criteria each province issues.' },
  },
  {
    id: 'provinces-completing-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'provinces-completing',
    value: { kind: 'count', count: 5, unit: 'provinces' },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: 'phấn đấu có 5 tỉnh, thành phố được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới', en: '5 provinces and cities recognised as having completed the NTM task' },
    citation: NQ257,
    sources: [NQ257_AS_PASSED, LAODONG],
    provenance: 'secondary',
    conflicts: [],
    note: {
      vi: 'Điều kiện để tỉnh được công nhận hoàn thành nhiệm vụ (QĐ 51/2025/QĐ-TTg Phụ lục III) chưa tiếp cận được và không được đưa vào thư viện: chỉ biết các điều kiện được "siết chặt" (baophapluat.vn).',
      en: 'The conditions for a province to complete the task (QĐ 51/2025/QĐ-TTg Phụ lục III) could not be reached and are not encoded: only that they were "tightened" (baophapluat.vn).',
    },
  },
  {
    id: 'rural-income-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'rural-income',
    value: { kind: 'multiple', min: '2.5', max: '3', baseYear: 2020 },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: 'tăng thu nhập bình quân của người dân nông thôn gấp 2,5 - 3 lần so với năm 2020', en: 'rural average income 2.5-3 times that of 2020' },
    citation: NQ257,
    sources: [NQ257_AS_PASSED, LAODONG, VIETNAM_VN, 'baotintuc.vn (19/02/2026), on QĐ 417/QĐ-BNNMT'],
    provenance: 'secondary',
    conflicts: [],
  },
  {
    id: 'ethnic-minority-income-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'ethnic-minority-income',
    value: { kind: 'fraction', numerator: 1, denominator: 2, of: { vi: 'thu nhập bình quân chung của cả nước', en: 'the national average income' } },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: 'tăng thu nhập bình quân của người dân tộc thiểu số bằng 1/2 bình quân chung của cả nước', en: 'ethnic-minority average income raised to half the national average' },
    citation: NQ257,
    sources: [NQ257_AS_PASSED, LAODONG, VIETNAM_VN, EN_VIETNAMPLUS],
    provenance: 'secondary',
    conflicts: [
      {
        id: 'half-or-two-thirds',
        text: {
          vi: 'Đề xuất của Chính phủ (03/12/2025) nêu 2/3 mức bình quân chung; Nghị quyết được thông qua nêu 1/2.',
          en: 'The Government proposal (03/12/2025) said two-thirds of the national average; the resolution as passed says half.',
        },
        candidates: [
          { value: '1/2', sources: [NQ257_AS_PASSED, LAODONG, VIETNAM_VN, EN_VIETNAMPLUS] },
          { value: '2/3', sources: [PROPOSAL_VN, PROPOSAL_VNP] },
        ],
        encoded: { vi: '1/2, theo Nghị quyết được thông qua.', en: '1/2, as passed.' },
      },
      {
        id: 'year-2030-or-2035',
        text: {
          vi: 'Một số nguồn đặt mục tiêu 1/2 vào năm 2030, số khác đặt ngay sau mục tiêu thu nhập năm 2035.',
          en: 'Some sources set the half target for 2030, others right after the 2035 income target.',
        },
        candidates: [
          { value: '2030', sources: [NQ257_AS_PASSED, LAODONG, EN_VIETNAMPLUS] },
          { value: '2035', sources: [VTC, VIETNAMNET_EN] },
        ],
        encoded: { vi: 'Năm 2030, theo nguồn nêu đầy đủ danh sách mục tiêu năm 2030 (baogialai.com.vn).', en: '2030, as in the source listing the 2030 targets in full (baogialai.com.vn).' },
      },
    ],
  },
  {
    id: 'poverty-reduction-2026-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'poverty-rate-reduction',
    value: { kind: 'reduction-per-year', min: '1', max: '1.5' },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: 'phấn đấu tỷ lệ nghèo đa chiều của cả nước duy trì mức giảm 1% - 1,5%/năm', en: 'the national multidimensional poverty rate keeps falling by 1-1.5% a year' },
    citation: { instrument: 'QD-417-BNNMT-2026', source: NHANDAN_417 },
    sources: [NQ257_AS_PASSED, NHANDAN_417, LAODONG],
    provenance: 'secondary',
    conflicts: [],
    note: {
      vi: 'Ghi như văn bản ("%/năm"); báo cáo thường hiểu là điểm phần trăm của tỷ lệ nghèo. Chuẩn nghèo 2026 theo NĐ 07/2021/NĐ-CP Điều 3; 2027 - 2030 theo NĐ 351/2025/NĐ-CP (nguồn thứ cấp).',
      en: 'As written ("%/năm"); reports usually mean percentage points of the rate. The poverty standard of 2026 is NĐ 07/2021/NĐ-CP Điều 3; 2027-2030 NĐ 351/2025/NĐ-CP (secondary).',
    },
  },
  {
    id: 'ethnic-minority-poverty-2030',
    programme: '2026-2035',
    year: 2030,
    measure: 'ethnic-minority-poverty-rate',
    value: { kind: 'ceiling', percent: '10' },
    qualifier: 'below',
    scope: 'national',
    statement: { vi: 'giảm tỷ lệ hộ nghèo đa chiều vùng đồng bào dân tộc thiểu số và miền núi xuống dưới 10%', en: 'the multidimensional poverty rate of households in ethnic-minority and mountainous areas brought under 10%' },
    citation: { instrument: 'QD-417-BNNMT-2026', source: NHANDAN_417 },
    sources: [NQ257_AS_PASSED, NHANDAN_417, VIETNAM_VN],
    provenance: 'secondary',
    conflicts: [],
  },
  {
    id: 'ntm-communes-2035',
    programme: '2026-2035',
    year: 2035,
    measure: 'communes-meeting-standard',
    value: { kind: 'share', percent: '85', base: 'all-communes' },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: '85% số xã đạt chuẩn nông thôn mới (theo bản tiếng Tây Ban Nha)', en: '85% of communes meet the NTM standard (from the Spanish-language report)' },
    citation: { instrument: 'NQ-257-2025-QH15', source: NHANDAN_ES, note: 'Spanish: "lograr que el 85 por ciento de las aldeas cumplan con los estándares de nueva ruralidad" ("aldeas" for communes, a translation).' },
    sources: [NHANDAN_ES],
    provenance: 'secondary',
    conflicts: [],
  },
  {
    id: 'modern-communes-2035',
    programme: '2026-2035',
    year: 2035,
    measure: 'modern-communes',
    value: { kind: 'share', percent: '30', base: 'unclear', readings: ['all-communes', 'ntm-communes'] },
    qualifier: 'as-stated',
    scope: 'national',
    statement: { vi: '30% số xã đạt chuẩn nông thôn mới hiện đại (theo bản tiếng Tây Ban Nha)', en: '30% of communes modern (from the Spanish-language report)' },
    citation: { instrument: 'NQ-257-2025-QH15', source: NHANDAN_ES, note: 'Spanish: "con el 30 por ciento alcanzando el estándar de ruralidad moderna".' },
    sources: [NHANDAN_ES],
    provenance: 'secondary',
    conflicts: [MODERN_BASE],
  },
  {
    id: 'rural-income-2035',
    programme: '2026-2035',
    year: 2035,
    measure: 'rural-income',
    value: { kind: 'multiple', min: '1.6', max: '1.6', baseYear: 2030 },
    qualifier: 'at-least',
    scope: 'national',
    statement: { vi: 'thu nhập bình quân đầu người khu vực nông thôn phấn đấu tăng ít nhất 1,6 lần so với năm 2030', en: 'rural income per person at least 1.6 times that of 2030' },
    citation: { instrument: 'NQ-257-2025-QH15', source: VTC },
    sources: [VTC, 'https://vietnamnet.vn/bo-tri-423-000-ty-dong-cho-chuong-trinh-muc-tieu-quoc-gia-giai-doan-2026-2030-2471465.html', NHANDAN_ES],
    provenance: 'secondary',
    conflicts: [],
  },
] satisfies ProgrammeTarget[]) as readonly ProgrammeTarget[];

/**
 * What is known of the rules for a province to complete the NTM task, per period. Neither is
 * encoded as a check: the 2026-2030 annex was not reached; the 2021-2025 conditions (QĐ 321) are
 * known from summaries only (docs/legal-sources.md).
 *
 * @example
 * ```ts
 * import { PROVINCE_COMPLETION } from 'ntm-rules';
 * PROVINCE_COMPLETION['2026-2030'].encoded; // false
 * ```
 */
export const PROVINCE_COMPLETION: Readonly<Record<'2021-2025' | '2026-2030', { readonly citation: Citation; readonly encoded: false; readonly known: LocalizedText }>> = deepFreeze({
  '2021-2025': {
    citation: { instrument: 'QD-321-2022' },
    encoded: false,
    known: { vi: 'Tám điều kiện, đọc qua bản tóm tắt (nguồn thứ cấp, ghi chú pháp lý §5.7); chưa đưa vào thành phép kiểm tra.', en: 'Eight conditions, read in summaries (secondary, legal notes §5.7); not encoded as a check.' },
  },
  '2026-2030': {
    citation: { instrument: 'QD-51-2025', annex: 'Phụ lục III', source: 'https://baophapluat.vn/chuyen-muc/xa-hoi-nong-thon-moi.html: "siết chặt các điều kiện để tỉnh, thành phố được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới"' },
    encoded: false,
    known: { vi: 'Nội dung Phụ lục III chưa tiếp cận được; chỉ biết các điều kiện được siết chặt hơn giai đoạn trước.', en: 'Phụ lục III could not be reached; only that its conditions are tighter than before.' },
  },
});
