// The programme periods, as data: which national criteria govern which years and days, and
// what the library encodes of each. Messages about years and days without a set come from here.
import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';

/**
 * A period of the national NTM criteria, or a stretch of days between two.
 *
 * @example
 * ```ts
 * import { PROGRAMME_PERIODS, type ProgrammePeriod } from 'ntm-rules';
 * const p: ProgrammePeriod | undefined = PROGRAMME_PERIODS.find((x) => x.id === '2026-2030');
 * p?.validFrom; // '2026-02-15'
 * ```
 */
export interface ProgrammePeriod {
  readonly id: string;
  /** Assessment years the period's criteria govern (inclusive); absent for a transitional window. */
  readonly fromYear?: number;
  readonly toYear?: number;
  /** First and last day the period's criteria are in force (ISO, inclusive), where known. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  /** The instrument of its commune criteria, an id of INSTRUMENTS. */
  readonly instrument?: string;
  /** Whether the library encodes the period's sets. */
  readonly encoded: boolean;
  readonly note: LocalizedText;
}

/**
 * The periods of the national criteria, oldest first.
 *
 * @example
 * ```ts
 * import { PROGRAMME_PERIODS } from 'ntm-rules';
 * PROGRAMME_PERIODS.map((p) => p.id); // ['2016-2020', '2021-2025', 'transition-2026', '2026-2030']
 * ```
 */
export const PROGRAMME_PERIODS: readonly ProgrammePeriod[] = deepFreeze([
  {
    id: '2016-2020',
    fromYear: 2016,
    toYear: 2020,
    instrument: 'QD-1980-2016',
    encoded: false,
    note: { vi: 'Bộ tiêu chí 2016 - 2020 (QĐ 1980/QĐ-TTg) chưa được đưa vào thư viện.', en: 'The 2016-2020 criteria (QĐ 1980/QĐ-TTg) are not encoded.' },
  },
  {
    id: '2021-2025',
    fromYear: 2021,
    toYear: 2025,
    validFrom: '2022-03-08',
    validUntil: '2025-12-31',
    instrument: 'QD-318-2022',
    encoded: true,
    note: { vi: 'Các bộ tiêu chí 2021 - 2025 (QĐ 318, 319, 320/QĐ-TTg; QĐ 211/QĐ-TTg từ 01/03/2024); cấp huyện chỉ đến 30/06/2025.', en: 'The 2021-2025 sets (QĐ 318, 319, 320/QĐ-TTg; QĐ 211/QĐ-TTg from 01/03/2024); district level only up to 30/06/2025.' },
  },
  {
    id: 'transition-2026',
    validFrom: '2026-01-01',
    validUntil: '2026-02-14',
    encoded: false,
    note: {
      vi: 'Từ 01/01/2026 đến 14/02/2026 chưa có văn bản nào cho biết bộ tiêu chí nào áp dụng cho việc đánh giá mới (giai đoạn chuyển tiếp).',
      en: 'No source says which criteria govern new assessments from 01/01/2026 to 14/02/2026 (transitional).',
    },
  },
  {
    id: '2026-2030',
    fromYear: 2026,
    toYear: 2030,
    validFrom: '2026-02-15',
    instrument: 'QD-51-2025',
    encoded: true,
    note: {
      vi: 'Bộ tiêu chí 2026 - 2030 (QĐ 51/2025/QĐ-TTg, hiệu lực từ 15/02/2026): chỉ có bộ tiêu chí xã; không còn cấp huyện; xã nông thôn mới hiện đại là thí điểm do tỉnh quy định.',
      en: 'The 2026-2030 criteria (QĐ 51/2025/QĐ-TTg, in force from 15/02/2026): a commune set only; no district level; the modern commune is a pilot each province defines.',
    },
  },
]);

/** The period of an assessment year, if any. */
export function periodOfYear(year: number): ProgrammePeriod | undefined {
  return PROGRAMME_PERIODS.find((p) => p.fromYear !== undefined && p.toYear !== undefined && year >= p.fromYear && year <= p.toYear);
}

/** The period (or window) a day falls in, if any. */
export function periodOfDay(day: string): ProgrammePeriod | undefined {
  return PROGRAMME_PERIODS.find((p) => p.validFrom !== undefined && day >= p.validFrom && (p.validUntil === undefined || day <= p.validUntil));
}
