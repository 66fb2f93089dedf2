import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import type { NameStatus } from './citation.js';

/**
 * A legal instrument the library cites.
 *
 * @example
 * ```ts
 * import { INSTRUMENTS, type Instrument } from 'ntm-rules';
 * const qd318: Instrument = INSTRUMENTS['QD-318-2022'];
 * qd318.short; // 'QĐ 318/QĐ-TTg'
 * ```
 */
export interface Instrument {
  readonly id: string;
  /** Short form as Vietnamese texts cite it, e.g. `QĐ 318/QĐ-TTg`. */
  readonly short: string;
  readonly number: string;
  readonly title: LocalizedText;
  /** Date signed (ISO). */
  readonly signed?: string;
  /** Date in force (ISO), where a source gives it. */
  readonly inForce?: string;
  /** How the instrument's identity (number, date, scope) is known. */
  readonly status: NameStatus;
  /** Where it was read or summarised. */
  readonly sources: readonly string[];
}

function instrument(i: Instrument): Instrument {
  return i;
}

/**
 * The instruments cited by the encoded rules, keyed by id. Sources and statuses
 * follow the project's legal notes (docs/legal-sources.md).
 *
 * @example
 * ```ts
 * import { INSTRUMENTS } from 'ntm-rules';
 * INSTRUMENTS['QD-318-2022']?.short; // 'QĐ 318/QĐ-TTg'
 * ```
 */
export const INSTRUMENTS = deepFreeze({
  'QD-318-2022': instrument({
    id: 'QD-318-2022',
    short: 'QĐ 318/QĐ-TTg',
    number: '318/QĐ-TTg',
    title: {
      vi: 'Quyết định ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
      en: 'Decision issuing the national criteria for new-rural communes and advanced new-rural communes, 2021-2025',
    },
    signed: '2022-03-08',
    inForce: '2022-03-08',
    status: 'secondary',
    sources: [
      'tintuc.thuvienphapluat.com notice 39774 (10/03/2022)',
      'irsd.vass.gov.vn',
      'thuvienphapluat legal Q&A on the commune criteria (snippet of criterion 15, via the 118.69.201.250:801 mirror)',
    ],
  }),
  'QD-319-2022': instrument({
    id: 'QD-319-2022',
    short: 'QĐ 319/QĐ-TTg',
    number: '319/QĐ-TTg',
    title: { vi: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025', en: 'Rules for model new-rural communes, 2021-2025' },
    signed: '2022-03-08',
    status: 'secondary',
    sources: ['baoquangnam.vn', 'langngheviet.com.vn'],
  }),
  'QD-320-2022': instrument({
    id: 'QD-320-2022',
    short: 'QĐ 320/QĐ-TTg',
    number: '320/QĐ-TTg',
    title: {
      vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới; quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới và Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025',
      en: 'National criteria for new-rural districts, towns and provincial cities completing the task, and advanced new-rural districts, 2021-2025',
    },
    signed: '2022-03-08',
    status: 'secondary',
    sources: ['118.69.201.250:801 legal Q&A', 'hethongphapluat.com (title)'],
  }),
  'QD-321-2022': instrument({
    id: 'QD-321-2022',
    short: 'QĐ 321/QĐ-TTg',
    number: '321/QĐ-TTg',
    title: {
      vi: 'Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025',
      en: 'Rules for provinces and centrally-run cities completing the new-rural task, 2021-2025',
    },
    signed: '2022-03-08',
    status: 'confirmed',
    sources: ['badontv.vn', 'm.thuvienphapluat.vn'],
  }),
  'QD-211-2024': instrument({
    id: 'QD-211-2024',
    short: 'QĐ 211/QĐ-TTg',
    number: '211/QĐ-TTg',
    title: {
      vi: 'Sửa đổi, bổ sung một số tiêu chí, chỉ tiêu của các Bộ tiêu chí quốc gia về nông thôn mới và Bộ tiêu chí quốc gia về nông thôn mới nâng cao các cấp giai đoạn 2021 - 2025',
      en: 'Amending criteria and indicators of the national new-rural sets, 2021-2025, and adding criteria for special districts without commune-level units',
    },
    signed: '2024-03-01',
    inForce: '2024-03-01',
    status: 'secondary',
    sources: ['lawnet.vn (criteria for special new-rural districts … as of March 1, 2024)', 'vietnam.vn translations'],
  }),
  'QD-18-2022': instrument({
    id: 'QD-18-2022',
    short: 'QĐ 18/2022/QĐ-TTg',
    number: '18/2022/QĐ-TTg',
    title: {
      vi: 'Quy định điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu hồi quyết định công nhận địa phương đạt chuẩn nông thôn mới, đạt chuẩn nông thôn mới nâng cao, đạt chuẩn nông thôn mới kiểu mẫu và hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025',
      en: 'Conditions, sequence, procedure and dossiers to recognise, announce and withdraw new-rural status, 2021-2025',
    },
    signed: '2022-08-02',
    status: 'confirmed',
    sources: ['thuvienphapluat Q&A quoting Điều 2, 3, 4.1 (copies in tnt305/tai_lieu_noi_bo)'],
  }),
  'QD-03-2024': instrument({
    id: 'QD-03-2024',
    short: 'QĐ 03/2024/QĐ-TTg',
    number: '03/2024/QĐ-TTg',
    title: { vi: 'Sửa đổi, bổ sung Quyết định số 18/2022/QĐ-TTg', en: 'Amending Decision 18/2022/QĐ-TTg' },
    status: 'secondary',
    sources: ['thuvienphapluat Q&A (copies in tnt305/tai_lieu_noi_bo)'],
  }),
  'QD-1491-BGDDT-2022': instrument({
    id: 'QD-1491-BGDDT-2022',
    short: 'QĐ 1491/QĐ-BGDĐT',
    number: '1491/QĐ-BGDĐT',
    title: {
      vi: 'Bộ chỉ tiêu giáo dục trong xây dựng nông thôn mới (hướng dẫn tiêu chí 5 và 14)',
      en: 'Education indicators of the new-rural sets (guidance on criteria 5 and 14)',
    },
    signed: '2022-06-06',
    status: 'secondary',
    sources: [
      'https://chatluongvacuocsong.vn/ban-hanh-bo-chi-tieu-giao-duc-trong-xay-dung-nong-thon-moi-d95868.html',
      'https://lawnet.vn/en/laws/phan-dau-100-truong-hoc-cua-xa-nong-thon-moi-giai-doan-2021--2025-dat-tieu-chuan-co-so-vat-chat-toi-16638.html',
    ],
  }),
  'QD-932-BGTVT': instrument({
    id: 'QD-932-BGTVT',
    short: 'QĐ 932/QĐ-BGTVT',
    number: '932/QĐ-BGTVT',
    title: {
      vi: 'Hướng dẫn tiêu chí giao thông của huyện nông thôn mới và huyện nông thôn mới nâng cao giai đoạn 2021 - 2025 (tên theo bản tóm tắt)',
      en: 'Guidance on the transport criterion of the new-rural and advanced new-rural district sets, 2021-2025',
    },
    status: 'secondary',
    sources: ['langngheviet.com.vn/tieu-chi-ve-giao-thong-cua-huyen-nong-thon-moi-va-ntm-nang-cao-giai-doan-2021-2025-25641.html (summary)'],
  }),
  'QD-2332-BCT': instrument({
    id: 'QD-2332-BCT',
    short: 'QĐ 2332/QĐ-BCT',
    number: '2332/QĐ-BCT',
    title: { vi: 'Phương pháp đánh giá tiêu chí điện của huyện nông thôn mới', en: 'Method for assessing the electricity criterion of new-rural districts' },
    inForce: '2022-11-07',
    status: 'secondary',
    sources: ['sct.hanam.gov.vn'],
  }),
  'QD-263-2022': instrument({
    id: 'QD-263-2022',
    short: 'QĐ 263/QĐ-TTg',
    number: '263/QĐ-TTg',
    title: {
      vi: 'Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
      en: 'Approving the national target program on new rural development, 2021-2025',
    },
    signed: '2022-02-22',
    status: 'confirmed',
    sources: ['luatvietnam.vn', 'english.luatvietnam.vn'],
  }),
  // Funding instruments (legal notes §2.3, §9.1, §9.6), cited by the funding-source taxonomy.
  'ND-27-2022': instrument({
    id: 'ND-27-2022',
    short: 'NĐ 27/2022/NĐ-CP',
    number: '27/2022/NĐ-CP',
    title: {
      // Subject as the legal notes describe it (§2.3).
      vi: 'Cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia',
      en: 'Management and implementation mechanism of the national target programs',
    },
    signed: '2022-04-19',
    status: 'confirmed',
    sources: ['preamble of Quảng Nam QĐ 2690/QĐ-UBND', 'lawnet.vn Q&A 372399', 'Lai Châu 2024 plan'],
  }),
  'TT-55-2023': instrument({
    id: 'TT-55-2023',
    short: 'TT 55/2023/TT-BTC',
    number: '55/2023/TT-BTC',
    title: {
      // Subject as the legal notes describe it (§2.3); the full official title was not read.
      vi: 'Kinh phí sự nghiệp thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025',
      en: 'Recurrent (sự nghiệp) funds of the national target programs, 2021-2025',
    },
    signed: '2023-08-15',
    status: 'confirmed',
    sources: ['tnt305/tai_lieu_noi_bo:src/etl/dataset/514184bd8913458c.md'],
  }),
  'CV-1486-BNN-VPDP-2023': instrument({
    id: 'CV-1486-BNN-VPDP-2023',
    short: 'CV 1486/BNN-VPĐP',
    number: '1486/BNN-VPĐP',
    title: {
      // Subject as the legal notes describe it (§2.3); the full official title was not read.
      vi: 'Hướng dẫn về vốn bổ sung kế hoạch trung hạn và vốn ngân sách trung ương năm 2023 thực hiện Chương trình MTQG xây dựng nông thôn mới',
      en: 'Guidance on the additional mid-term capital and 2023 central-budget capital for the new-rural program',
    },
    signed: '2023-03-13',
    status: 'confirmed',
    sources: ['ls1.hethongphapluat.com (cong-van-1486-bnn-vpdp-…)'],
  }),
  'KH-LAICHAU-NTM-2024': instrument({
    id: 'KH-LAICHAU-NTM-2024',
    short: 'KH …/KH-UBND Lai Châu 2024 (dự thảo)',
    number: '…/KH-UBND (unnumbered draft)',
    title: {
      vi: 'Kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới tỉnh Lai Châu năm 2024',
      en: 'Plan to implement the national new-rural program in Lai Châu province, 2024',
    },
    status: 'confirmed',
    sources: ['project copy 000_7ddc14ba1a292950.txt (unnumbered draft; day and month blank)'],
  }),
  'QD-51-2025': instrument({
    id: 'QD-51-2025',
    short: 'QĐ 51/2025/QĐ-TTg',
    number: '51/2025/QĐ-TTg',
    title: {
      vi: 'Ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030',
      en: 'National new-rural criteria, 2026-2030',
    },
    signed: '2025-12-29',
    inForce: '2026-02-15',
    status: 'confirmed',
    sources: ['xaydungchinhsach.chinhphu.vn (full text, header and Điều 1)', 'vneconomy.vn (in-force date)'],
  }),
  'NQ-257-2025-QH15': instrument({
    id: 'NQ-257-2025-QH15',
    short: 'NQ 257/2025/QH15',
    number: '257/2025/QH15',
    title: {
      vi: 'Nghị quyết phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035',
      en: 'Resolution approving the investment policy of the merged national target programme (new rural development, sustainable poverty reduction, ethnic-minority and mountainous areas), 2026-2035',
    },
    signed: '2025-12-11',
    status: 'secondary',
    sources: ['cited in the preamble of QĐ 51/2025/QĐ-TTg (xaydungchinhsach.chinhphu.vn)', 'NQ 424/NQ-CP (30/12/2025)', 'laodong.vn (English): targets and budget as passed'],
  }),
  'QD-417-BNNMT-2026': instrument({
    id: 'QD-417-BNNMT-2026',
    short: 'QĐ 417/QĐ-BNNMT',
    number: '417/QĐ-BNNMT',
    title: {
      vi: 'Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035, giai đoạn I: từ năm 2026 đến năm 2030',
      en: 'Approving the merged national target programme 2026-2035, phase I (2026-2030)',
    },
    signed: '2026-01-31',
    inForce: '2026-01-31',
    status: 'confirmed',
    sources: [
      'nhansu.vn (header: number, date, signer Trần Đức Thắng, legal bases)',
      'baotintuc.vn (19/02/2026) and nhandan.vn: objectives, as summarised',
    ],
  }),
  'REFORM-2025-TWO-TIER': instrument({
    id: 'REFORM-2025-TWO-TIER',
    short: 'cải cách chính quyền địa phương hai cấp (01/07/2025)',
    number: '—',
    title: {
      vi: 'Tổ chức chính quyền địa phương hai cấp từ 01/07/2025: không còn cấp huyện, sắp xếp lại xã và tỉnh',
      en: 'Two-tier local government from 01/07/2025: the district level abolished, communes and provinces merged',
    },
    inForce: '2025-07-01',
    status: 'secondary',
    sources: ['baomoi.com (25/07/2025): "cả nước chỉ còn 3321 xã và 34 tỉnh, thành phố sau 1/7/2025"', 'legal notes §3.5 (dataset of the new units, effective 2025-07-01)'],
  }),
  'QD-1980-2016': instrument({
    id: 'QD-1980-2016',
    short: 'QĐ 1980/QĐ-TTg',
    number: '1980/QĐ-TTg',
    title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020', en: 'National criteria for new-rural communes, 2016-2020' },
    signed: '2016-10-17',
    status: 'secondary',
    sources: ['thuviennhadat.vn', 'baonghean.vn/en'],
  }),
} satisfies Record<string, Instrument>);

/**
 * Ids of the instruments in {@link INSTRUMENTS}.
 *
 * @example
 * ```ts
 * import { INSTRUMENTS, type InstrumentId } from 'ntm-rules';
 * const id: InstrumentId = 'QD-211-2024';
 * INSTRUMENTS[id].signed; // '2024-03-01'
 * ```
 */
export type InstrumentId = keyof typeof INSTRUMENTS;
