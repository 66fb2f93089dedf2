/**
 * Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025 (QĐ 319/QĐ-TTg, 08/03/2022).
 *
 * QĐ 319 has no criteria table of its own: a model commune is an advanced
 * commune that meets four conditions (legal notes §5.2, secondary: two press
 * summaries agree). The set is those four conditions.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Indicator } from '../engine/types/index.js';
import { cited, indicator, UNIT } from './_build.js';

const AT: Citation = { instrument: 'QD-319-2022' };
const SET_FROM = '2022-03-08';
const SOURCE = 'baoquangnam.vn (…quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-124590.html); langngheviet.com.vn (…can-co-it-nhat-1-mo-hinh-thon-thong-minh-15155.html)';

const c = (code: string, n: number): Citation => ({ ...AT, item: code, note: `condition ${n} of 4` });

const CONDITIONS: readonly Indicator[] = [
  indicator(c('advanced', 1), 'advanced', { vi: 'Đạt chuẩn xã nông thôn mới nâng cao giai đoạn 2021 - 2025', en: 'Meets the advanced new-rural commune standard 2021-2025' }, 'boolean', {
    nameStatus: 'secondary',
    thresholds: [cited(c('advanced', 1), 'advanced', { kind: 'boolean' }, SET_FROM, SOURCE)],
    note: 'A commune recognised advanced in 2018-2020 must fully meet the 2021-2025 advanced set.',
  }),
  indicator(c('income', 2), 'income', { vi: 'Thu nhập bình quân đầu người tại thời điểm xét công nhận cao hơn ít nhất 10% so với mức thu nhập quy định đối với xã nông thôn mới nâng cao', en: 'Per-capita income at review at least 110% of the advanced-commune income threshold in force' }, 'compound', {
    nameStatus: 'secondary',
    fields: [
      { key: 'income', type: 'number', label: { vi: 'thu nhập bình quân đầu người (triệu đồng/người/năm)', en: 'per-capita income (million VND/person/year)' } },
      { key: 'advancedThreshold', type: 'number', label: { vi: 'mức thu nhập quy định cho xã NTM nâng cao tại thời điểm xét (triệu đồng/người/năm)', en: 'advanced-commune income threshold in force at review (million VND/person/year)' } },
    ],
    thresholds: [
      cited(c('income', 2), 'income', {
        kind: 'compound',
        rule: { compare: [{ percentOf: ['income', 'advancedThreshold'] }, '>=', { const: 110 }], label: { vi: 'thu nhập ≥ 110% mức của xã NTM nâng cao', en: 'income ≥ 110% of the advanced-commune threshold' } },
      }, SET_FROM, `${SOURCE}; applied so in baobinhduong.vn/en (Phú An commune, 2023: "10% higher than … communes meeting advanced rural area standards")`),
    ],
    note: `The advanced-commune income table (QĐ 318 Phụ lục II) was not reached, so the caller gives the threshold that applies to the commune's region and year, from a source it can cite. Unit: ${UNIT.income}.`,
  }),
  indicator(c('smart-village', 3), 'smart-village', { vi: 'Có ít nhất 01 mô hình thôn thông minh', en: 'At least one smart-village model (criteria set by the province)' }, 'min-count', {
    nameStatus: 'secondary',
    thresholds: [cited(c('smart-village', 3), 'smart-village', { kind: 'min-count', min: 1 }, SET_FROM, SOURCE)],
  }),
  indicator(c('standout-field', 4), 'standout-field', { vi: 'Đạt tiêu chí kiểu mẫu của tỉnh ở ít nhất 01 lĩnh vực nổi trội', en: "Meets the province's model criteria in at least one standout field (production, education, culture, tourism, landscape, security, digital transformation, …)" }, 'min-count', {
    nameStatus: 'secondary',
    thresholds: [cited(c('standout-field', 4), 'standout-field', { kind: 'min-count', min: 1 }, SET_FROM, SOURCE)],
    note: "Input: the number of fields in which the commune meets the province's model criteria.",
  }),
];

/** The model-commune rules (08/03/2022 to the end of the 2021-2025 period). */
export const MODEL_COMMUNE_2022: CriteriaSet = deepFreeze({
  id: 'model-commune/qd319-2022',
  kind: 'model-commune',
  title: { vi: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025', en: 'Rules for model new-rural communes, 2021-2025' },
  legalBasis: [{ ...AT, source: SOURCE }],
  period: { fromYear: 2021, toYear: 2025 },
  validFrom: SET_FROM,
  validUntil: '2025-12-31',
  columns: 'none',
  criteria: [],
  conditions: CONDITIONS,
  notes: [
    { vi: 'Xã kiểu mẫu phải đạt chuẩn xã NTM nâng cao; các tiêu chí kiểu mẫu theo lĩnh vực và tiêu chí thôn thông minh do tỉnh ban hành.', en: 'A model commune must meet the advanced standard; the field-specific model criteria and smart-village criteria are set by the province.' },
    { vi: 'QĐ 211/QĐ-TTg không sửa đổi QĐ 319 theo các nguồn đã đọc.', en: 'QĐ 211/QĐ-TTg is not reported to amend QĐ 319.' },
  ],
}) as CriteriaSet;
