/**
 * Programme targets (mục tiêu) of the national target programmes, as sourced data: what the
 * country aims for by a year, not what a commune must meet. They live here, beside the criteria
 * sets (src/sets/) and the funding taxonomy (src/funding/), because they belong to a programme
 * (QĐ 263/QĐ-TTg for 2021-2025; NQ 257/2025/QH15 and QĐ 417/QĐ-BNNMT for 2026-2035), not to a set.
 *
 * Every target is `secondary` (press and official summaries of the resolution; the resolution's
 * text itself was not read) and carries the words it was read in. Conflicts between sources are
 * recorded on the target, never resolved silently. Where a figure can be read two ways (the base
 * of "of which about 10% modern"), the functions below refuse to choose.
 */
import { deepFreeze } from '../_lib/freeze.js';
import { readOptions } from '../_lib/options.js';
import type { LocalizedText } from '../_lib/text.js';
import { invalidInput, issue, NtmError } from '../errors.js';
import type { Citation, Provenance } from '../legal/citation.js';
import type { SummaryTarget } from '../scoring/progress.js';

/**
 * The programme a target belongs to: the NTM programme 2021-2025, or the merged programme 2026-2035.
 *
 * @example
 * ```ts
 * import type { ProgrammeId } from 'ntm-rules';
 * const p: ProgrammeId = '2026-2035';
 * ```
 */
export type ProgrammeId = '2021-2025' | '2026-2035';

/**
 * What a target measures.
 *
 * @example
 * ```ts
 * import type { TargetMeasure } from 'ntm-rules';
 * const m: TargetMeasure = 'communes-meeting-standard';
 * ```
 */
export type TargetMeasure =
  | 'communes-meeting-standard'
  | 'modern-communes'
  | 'provinces-completing'
  | 'rural-income'
  | 'ethnic-minority-income'
  | 'poverty-rate-reduction'
  | 'ethnic-minority-poverty-rate'
  | 'communes-below-criteria';

/**
 * The figure of a target, as stated. Numbers that are not whole are decimal strings, as written.
 * - `share`: a percentage of communes; `base` says of which communes (`unclear` when the wording
 *   allows two readings: see `readings`);
 * - `count`: a number of units (provinces);
 * - `multiple`: `min`-`max` times the value of `baseYear` (a single figure has `min` = `max`);
 * - `fraction`: a fraction of another figure (`of`);
 * - `reduction-per-year`: a yearly fall of a rate, `min`-`max` as written ("%/năm");
 * - `ceiling`: a rate brought under `percent`;
 * - `floor-criteria`: no commune under `criteria` criteria.
 *
 * @example
 * ```ts
 * import type { TargetValue } from 'ntm-rules';
 * const v: TargetValue = { kind: 'share', percent: '65', base: 'all-communes' };
 * ```
 */
export type TargetValue =
  | { readonly kind: 'share'; readonly percent: string; readonly base: 'all-communes' | 'ntm-communes' | 'unclear'; readonly readings?: readonly ('all-communes' | 'ntm-communes')[] }
  | { readonly kind: 'count'; readonly count: number; readonly unit: 'provinces' }
  | { readonly kind: 'multiple'; readonly min: string; readonly max: string; readonly baseYear: number }
  | { readonly kind: 'fraction'; readonly numerator: number; readonly denominator: number; readonly of: LocalizedText }
  | { readonly kind: 'reduction-per-year'; readonly min: string; readonly max: string }
  | { readonly kind: 'ceiling'; readonly percent: string }
  | { readonly kind: 'floor-criteria'; readonly criteria: number };

/**
 * A disagreement between sources about a target, with what each says.
 *
 * @example
 * ```ts
 * import { getProgrammeTarget, type TargetConflict } from 'ntm-rules';
 * const c: TargetConflict | undefined = getProgrammeTarget('ethnic-minority-income-2030').conflicts[0];
 * c?.id; // 'half-or-two-thirds'
 * ```
 */
export interface TargetConflict {
  readonly id: string;
  readonly text: LocalizedText;
  /** Each candidate, with the sources that state it. */
  readonly candidates: readonly { readonly value: string; readonly sources: readonly string[] }[];
  /** What the data holds meanwhile, and why. */
  readonly encoded: LocalizedText;
}

/**
 * One programme target, with the words it was read in, its sources and its conflicts.
 *
 * @example
 * ```ts
 * import { getProgrammeTarget, type ProgrammeTarget } from 'ntm-rules';
 * const t: ProgrammeTarget = getProgrammeTarget('ntm-communes-2030');
 * t.value; // { kind: 'share', percent: '65', base: 'all-communes' }
 * ```
 */
export interface ProgrammeTarget {
  readonly id: string;
  readonly programme: ProgrammeId;
  /** The year the target is set for ("đến năm 2030"; an annual target names its year). */
  readonly year: number;
  readonly measure: TargetMeasure;
  readonly value: TargetValue;
  /** The wording's qualifier: khoảng (about), ít nhất (at least), dưới (under), or the figure as stated. */
  readonly qualifier: 'about' | 'at-least' | 'below' | 'as-stated';
  readonly scope: 'national';
  /** The target in the words of its main source (vi), and in English. */
  readonly statement: LocalizedText;
  readonly citation: Citation;
  /** Every source read, with its date. */
  readonly sources: readonly string[];
  readonly provenance: Provenance;
  readonly conflicts: readonly TargetConflict[];
  readonly note?: LocalizedText;
}

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
    vi: '"trong đó có khoảng 10% số xã được công nhận đạt nông thôn mới hiện đại" có thể hiểu là 10% tổng số xã, hoặc 10% số xã đạt chuẩn nông thôn mới (đề xuất của Chính phủ: "10% of communes to meet new rural standards"). Cùng loại với xung đột C12 (cơ số của tỷ lệ xã nâng cao, kiểu mẫu giai đoạn 2021-2025).',
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
    note: { vi: 'Tính theo bộ 19 tiêu chí 2021-2025; không áp dụng cho giai đoạn 2026-2030.', en: 'Counted on the 19 criteria of 2021-2025; not a 2026-2030 target.' },
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
      vi: 'Ghi như văn bản ("%/năm"); báo cáo thường hiểu là điểm phần trăm của tỷ lệ nghèo. Chuẩn nghèo 2026 theo NĐ 07/2021/NĐ-CP Điều 3; 2027-2030 theo NĐ 351/2025/NĐ-CP (nguồn thứ cấp).',
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

/**
 * The programme target with this id.
 *
 * @throws {NtmError} `unknown-reference` naming the id.
 *
 * @example
 * ```ts
 * import { getProgrammeTarget } from 'ntm-rules';
 * getProgrammeTarget('provinces-completing-2030').value; // { kind: 'count', count: 5, unit: 'provinces' }
 * ```
 */
export function getProgrammeTarget(id: string): ProgrammeTarget {
  const t = typeof id === 'string' ? PROGRAMME_TARGETS.find((x) => x.id === id) : undefined;
  if (!t) {
    const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 100)) : typeof id;
    throw new NtmError('unknown-reference', `No programme target ${shown}`, [
      issue(['id'], 'unknown-target', { vi: `không có mục tiêu ${shown} (có: ${PROGRAMME_TARGETS.map((x) => x.id).join(', ')})`, en: `no target ${shown} (known: ${PROGRAMME_TARGETS.map((x) => x.id).join(', ')})` }),
    ]);
  }
  return t;
}

/**
 * Options of {@link targetCommuneCount}.
 *
 * @example
 * ```ts
 * import type { TargetCommuneCountOptions } from 'ntm-rules';
 * const o: TargetCommuneCountOptions = { base: 'ntm-communes' };
 * ```
 */
export interface TargetCommuneCountOptions {
  /**
   * The communes the percentage is of. Required when the target's base is `unclear` (the modern
   * share); when the base is stated, it must agree.
   */
  readonly base?: 'all-communes' | 'ntm-communes';
}

/**
 * A share target turned into a number of communes.
 *
 * @example
 * ```ts
 * import { targetCommuneCount, type TargetCommuneCount } from 'ntm-rules';
 * const c: TargetCommuneCount = targetCommuneCount('ntm-communes-2030', 3321);
 * c.count; // 2159
 * ```
 */
export interface TargetCommuneCount {
  readonly target: string;
  readonly percent: string;
  readonly base: 'all-communes' | 'ntm-communes';
  /** The communes the percentage is taken of. */
  readonly of: number;
  /** percent × of / 100, exactly, as a decimal string (e.g. '2158.65'). */
  readonly exact: string;
  /** The smallest whole number of communes whose share reaches the percentage. */
  readonly count: number;
  /** True for "khoảng" (about): the count is the stated share, not widened or narrowed. */
  readonly approximate: boolean;
  readonly qualifier: ProgrammeTarget['qualifier'];
}

function decimalParts(s: string): { digits: bigint; places: number } {
  const [int, frac = ''] = s.split('.');
  return { digits: BigInt(`${int}${frac}`), places: frac.length };
}

/**
 * The number of communes a share target asks for, out of `of` communes: the smallest whole
 * number whose share is at least the percentage (65% of 3,321 is 2,158.65: 2,159 communes).
 * The percentage is taken exactly (no floating point). "Khoảng" (about) is reported as
 * `approximate`, never turned into a tolerance.
 *
 * @param of The number of communes the base names (all communes, or those meeting the standard).
 * @throws {NtmError} `invalid-input` for a target that is not a share, a count that is not a whole
 * number ≥ 0, a target whose base is unclear without `options.base` (path `options.base`), or a
 * base that contradicts the target; `unknown-reference` for an unknown id.
 *
 * @example
 * ```ts
 * import { targetCommuneCount } from 'ntm-rules';
 * targetCommuneCount('ntm-communes-2026', 120).count; // 18
 * targetCommuneCount('modern-communes-2030', 40, { base: 'ntm-communes' }).count; // 4
 * ```
 */
export function targetCommuneCount(target: ProgrammeTarget | string, of: number, options?: TargetCommuneCountOptions): TargetCommuneCount {
  const t = typeof target === 'string' ? getProgrammeTarget(target) : getProgrammeTarget(target?.id);
  const o = readOptions(options, ['base']);
  const issues = [];
  if (t.value.kind !== 'share') {
    issues.push(issue(['target'], 'not-a-share', { vi: `mục tiêu "${t.id}" không phải tỷ lệ số xã`, en: `target "${t.id}" is not a share of communes` }, { target: t.id }));
  }
  if (typeof of !== 'number' || !Number.isSafeInteger(of) || of < 0) {
    issues.push(issue(['of'], 'expected-count', { vi: 'cần số xã (số nguyên không âm)', en: 'expected a number of communes (a whole number ≥ 0)' }));
  }
  const base = o.base;
  if (base !== undefined && base !== 'all-communes' && base !== 'ntm-communes') {
    issues.push(issue(['options', 'base'], 'expected-one-of', { vi: "cần 'all-communes' hoặc 'ntm-communes'", en: "expected 'all-communes' or 'ntm-communes'" }, { allowed: ['all-communes', 'ntm-communes'] }));
  }
  if (issues.length > 0) throw invalidInput('target count', issues);
  const v = t.value as Extract<TargetValue, { kind: 'share' }>;
  let chosen: 'all-communes' | 'ntm-communes';
  if (v.base === 'unclear') {
    if (base === undefined) {
      throw invalidInput('target count', [
        issue(['options', 'base'], 'ambiguous-base', {
          vi: `cơ số của mục tiêu "${t.id}" chưa rõ: ${v.percent}% tổng số xã, hay ${v.percent}% số xã đạt chuẩn nông thôn mới; nêu options.base ('all-communes' hoặc 'ntm-communes')`,
          en: `the base of target "${t.id}" is unclear: ${v.percent}% of all communes, or ${v.percent}% of the communes meeting the NTM standard; pass options.base ('all-communes' or 'ntm-communes')`,
        }, { target: t.id }),
      ]);
    }
    chosen = base as 'all-communes' | 'ntm-communes';
  } else {
    if (base !== undefined && base !== v.base) {
      throw invalidInput('target count', [issue(['options', 'base'], 'base-mismatch', { vi: `mục tiêu "${t.id}" tính trên ${v.base === 'all-communes' ? 'tổng số xã' : 'số xã đạt chuẩn'}`, en: `target "${t.id}" is a share of ${v.base === 'all-communes' ? 'all communes' : 'the communes meeting the standard'}` }, { base: v.base })]);
    }
    chosen = v.base;
  }
  // percent × of / 100, exactly: digits × of / 10^(places + 2).
  const { digits, places } = decimalParts(v.percent);
  const numerator = digits * BigInt(of);
  const denominator = 10n ** BigInt(places + 2);
  const count = Number((numerator + denominator - 1n) / denominator);
  const whole = numerator / denominator;
  const rest = (numerator % denominator).toString().padStart(places + 2, '0').replace(/0+$/, '');
  return {
    target: t.id,
    percent: v.percent,
    base: chosen,
    of,
    exact: rest === '' ? whole.toString() : `${whole}.${rest}`,
    count,
    approximate: t.qualifier === 'about',
    qualifier: t.qualifier,
  };
}

/**
 * A programme target as the figures {@link progressTowardTarget} measures, for `communes`
 * communes: a share of communes meeting the standard becomes `meetingStandard` (as
 * {@link targetCommuneCount} counts it), "no commune under N criteria" becomes `minimum`.
 *
 * @throws {NtmError} `not-available` for a target that is no figure of a commune summary (income,
 * poverty, provinces, the modern share); `invalid-input` for a bad count.
 *
 * @example
 * ```ts
 * import { programmeSummaryTarget, progressTowardTarget, summarizeCommunes } from 'ntm-rules';
 * const target = programmeSummaryTarget('ntm-communes-2026', { communes: 4 }); // { meetingStandard: 1 }
 * const now = summarizeCommunes([{ criteriaMet: 10 }, { criteriaMet: 7 }, { criteriaMet: 9 }, { criteriaMet: 4 }], { criteriaTotal: 10 });
 * progressTowardTarget(now, target).achieved; // true
 * ```
 */
export function programmeSummaryTarget(target: ProgrammeTarget | string, options: { readonly communes: number }): SummaryTarget {
  const t = typeof target === 'string' ? getProgrammeTarget(target) : getProgrammeTarget(target?.id);
  const o = readOptions(options, ['communes']);
  if (t.measure === 'communes-meeting-standard') return { meetingStandard: targetCommuneCount(t, o.communes as number).count };
  if (t.value.kind === 'floor-criteria') return { minimum: t.value.criteria };
  throw new NtmError('not-available', `Target "${t.id}" is not a figure of a commune summary`, [
    issue(['target'], 'not-a-summary-figure', {
      vi: `mục tiêu "${t.id}" (${t.measure}) không phải số liệu của bảng tổng hợp xã (số xã đạt chuẩn, tiêu chí tối thiểu)`,
      en: `target "${t.id}" (${t.measure}) is not a figure of a commune summary (communes meeting the standard, a floor of criteria)`,
    }, { target: t.id }),
  ]);
}
