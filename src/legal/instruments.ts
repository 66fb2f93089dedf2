import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import type { NameStatus } from './citation.js';

/** A legal instrument the library cites. */
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

/** Ids of the instruments in {@link INSTRUMENTS}. */
export type InstrumentId = keyof typeof INSTRUMENTS;
