/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025
 * (QĐ 320/QĐ-TTg, Phụ lục III), as amended by QĐ 211/QĐ-TTg (01/03/2024).
 *
 * Nothing of this annex could be read (legal notes §5.5): the share of advanced
 * and model communes and the satisfaction level are only recalled candidates,
 * and the criteria are unknown. The set holds the precondition (an NTM
 * district) and placeholders, so it is `undetermined` at best until an overlay
 * supplies the rules.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Indicator } from '../engine/types/index.js';
import { amendedByQd211, cited, DISTRICT_LEVEL_NOTE, DISTRICT_LEVEL_UNTIL, indicator, unread } from './_build.js';

const ANNEX: Citation = { instrument: 'QD-320-2022', annex: 'Phụ lục III' };
const SET_FROM = '2022-03-08';
const TABLE = 'QĐ 320/QĐ-TTg Phụ lục III';

/** Codes of the advanced-district conditions. */
export const ADVANCED_DISTRICT_CONDITIONS = { ntmDistrict: 'ntm-district', communes: 'communes-advanced-model', satisfaction: 'satisfaction' } as const;

const notFound = (what: string, candidates: string) => ({
  vi: `chưa có ngưỡng trong thư viện: ${what} của ${TABLE} chưa tìm thấy (các mức nhớ lại chưa kiểm chứng: ${candidates})`,
  en: `threshold not encoded: ${what} of ${TABLE} not found (recalled, unverified candidates: ${candidates})`,
});

const CONDITIONS: readonly Indicator[] = [
  indicator(ANNEX, ADVANCED_DISTRICT_CONDITIONS.ntmDistrict, { vi: 'Huyện đã đạt chuẩn nông thôn mới (điều kiện tiên quyết)', en: 'The district already meets the NTM district standard (precondition)' }, 'boolean', {
    thresholds: [cited(ANNEX, ADVANCED_DISTRICT_CONDITIONS.ntmDistrict, { kind: 'boolean' }, SET_FROM, 'QĐ 320/QĐ-TTg: the set is for "huyện nông thôn mới nâng cao" (an NTM district raised further); case data: An Lão (Hải Phòng) NTM 2023, advanced 2024 (vietnam.vn)', {
      note: 'No number. The clause was not read; the NTM → advanced ladder is secondary.',
    })],
  }),
  indicator(ANNEX, ADVANCED_DISTRICT_CONDITIONS.communes, { vi: 'Tỷ lệ xã đạt chuẩn NTM nâng cao và xã NTM kiểu mẫu', en: 'Share of communes meeting the advanced and model standards' }, 'compound', {
    fields: [
      { key: 'advancedPercent', type: 'percent', label: { vi: 'tỷ lệ xã đạt NTM nâng cao (kể cả kiểu mẫu) (%)', en: 'communes advanced, model included (%)' } },
      { key: 'modelPercent', type: 'percent', label: { vi: 'tỷ lệ xã đạt NTM kiểu mẫu (%)', en: 'communes model (%)' } },
    ],
    missingThreshold: notFound('tỷ lệ xã nâng cao, kiểu mẫu / share of advanced and model communes', '100% advanced and ≥ 10% model, or ≥ 50% advanced and ≥ 10% model'),
  }),
  indicator(ANNEX, ADVANCED_DISTRICT_CONDITIONS.satisfaction, { vi: 'Tỷ lệ người dân hài lòng với kết quả xây dựng NTM nâng cao của huyện', en: "Residents' satisfaction with the district's advanced-NTM results" }, 'min-percent', {
    missingThreshold: notFound('mức hài lòng / satisfaction level', 'probably ≥ 90%'),
  }),
];

const TITLE = { vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025', en: 'National criteria for advanced new-rural districts, 2021-2025' };
const NOTES = [{ vi: 'Chưa tiếp cận được nội dung Phụ lục III; bộ này chỉ gồm điều kiện tiên quyết và các mục chờ bổ sung.', en: 'Phụ lục III could not be read; the set holds the precondition and placeholders only.' }];

/** The advanced-district set as issued (08/03/2022 to 29/02/2024). */
export const ADVANCED_DISTRICT_2022: CriteriaSet = deepFreeze({
  id: 'advanced-district/qd320-2022',
  kind: 'advanced-district',
  title: TITLE,
  legalBasis: [{ ...ANNEX, source: 'hethongphapluat.com (title of QĐ 320); 118.69.201.250:801 Q&A (structure)' }],
  period: { fromYear: 2021, toYear: 2025 },
  validFrom: SET_FROM,
  validUntil: '2024-02-29',
  columns: 'none',
  criteria: [{ code: 'criteria', name: { vi: 'Các tiêu chí huyện NTM nâng cao', en: 'Advanced-district criteria' }, nameStatus: 'unverified', indicators: [unread(ANNEX, 'criteria', 'huyện NTM nâng cao', TABLE)], citation: ANNEX }],
  conditions: CONDITIONS,
  notes: NOTES,
}) as CriteriaSet;

/** As amended by QĐ 211/QĐ-TTg from 01/03/2024; content carries over (amendments not read). */
export const ADVANCED_DISTRICT_2024: CriteriaSet = amendedByQd211(ADVANCED_DISTRICT_2022, 'advanced-district/qd320-qd211-2024', { vi: 'bộ tiêu chí huyện nâng cao', en: 'advanced-district set' }, { validUntil: DISTRICT_LEVEL_UNTIL, notes: [DISTRICT_LEVEL_NOTE] });
