/**
 * An EXAMPLE village (thôn, bản) set. It is not a legal set.
 *
 * Village criteria are issued by each province (legal notes §7.1); no national
 * village set exists, and Lai Châu's bản NTM criteria could not be sourced
 * (§7.2). This example shows the data format for a province's own set (see
 * `defineCriteriaSet`) and holds only rules that carry no invented number: each
 * indicator is a national commune-set indicator (QĐ 318/QĐ-TTg Phụ lục I)
 * whose pass rule is "Đạt" or "Không", applied to one village.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Criterion } from '../engine/types/index.js';
import { criterionOf, indicator, passRule } from './_build.js';

const ANNEX: Citation = { instrument: 'QD-318-2022', annex: 'Phụ lục I' };
const FROM = '2022-03-08';
const LAYOUT = 'EXAMPLE: national commune indicator applied to one village; tintuc.thuvienphapluat.com notice 39774 (layout)';

const CRITERIA: readonly Criterion[] = [
  criterionOf(ANNEX, 'nha-o', { vi: 'Nhà ở dân cư', en: 'Residential housing' }, [
    indicator(ANNEX, 'nha-tam', { vi: 'Nhà tạm, dột nát trong thôn', en: 'Temporary or dilapidated houses in the village (count)' }, 'none-allowed', {
      thresholds: [passRule(ANNEX, '9.1', 'none-allowed', FROM, LAYOUT)],
      note: 'Modelled on commune indicator 9.1.',
    }),
  ], { nameStatus: 'secondary', source: 'commune criterion 9' }),
  criterion('van-hoa', 'Văn hóa', 'Culture', 'thon-van-hoa', 'Thôn đạt chuẩn văn hóa theo quy định', 'The village meets the cultural standard', '16', 'Commune indicator 16 counts the villages that meet the cultural standard; this is that fact for one village.'),
  criterion('an-ninh', 'An ninh, trật tự', 'Security and order', 'an-ninh-trat-tu', 'Thôn đảm bảo an ninh, trật tự xã hội và bình yên', 'The village keeps public security, order and peace', '19.2', 'Modelled on commune indicator 19.2.'),
];

function criterion(code: string, vi: string, en: string, indCode: string, indVi: string, indEn: string, communeCode: string, note: string): Criterion {
  return criterionOf(ANNEX, code, { vi, en }, [
    indicator(ANNEX, indCode, { vi: indVi, en: indEn }, 'boolean', { thresholds: [passRule(ANNEX, communeCode, 'boolean', FROM, LAYOUT)], note }),
  ], { nameStatus: 'unverified', source: `EXAMPLE, modelled on commune item ${communeCode}` });
}

/**
 * An EXAMPLE village set (not a legal set), built only from national
 * commune-set rules that carry no number. Use it to see the data format of a
 * provincial village set; for a real province, encode its decision with
 * `defineCriteriaSet` and evaluate it with `evaluate`.
 *
 * @example
 * ```ts
 * import { EXAMPLE_VILLAGE_SET, evaluate } from 'ntm-rules';
 * const r = evaluate(EXAMPLE_VILLAGE_SET, { year: 2024, indicators: { 'nha-tam': 0, 'thon-van-hoa': true, 'an-ninh-trat-tu': true } });
 * r.status; // 'meets-standard'
 * ```
 */
export const EXAMPLE_VILLAGE_SET: CriteriaSet = deepFreeze({
  id: 'village/example-national-rules',
  kind: 'village',
  title: {
    vi: 'VÍ DỤ (không phải văn bản pháp lý): bộ tiêu chí thôn, bản dựng từ các chỉ tiêu quốc gia cấp xã không có ngưỡng số',
    en: 'EXAMPLE (not a legal set): a village criteria set built from national commune indicators that carry no number',
  },
  legalBasis: [{ ...ANNEX, note: 'EXAMPLE only: village criteria are set by each provincial People\'s Committee; no national village set exists.' }],
  period: { fromYear: 2022, toYear: 2025 },
  validFrom: FROM,
  validUntil: '2025-12-31',
  columns: 'none',
  criteria: CRITERIA,
  notes: [
    { vi: 'Ví dụ minh họa định dạng dữ liệu; tiêu chí thôn, bản do Ủy ban nhân dân cấp tỉnh ban hành.', en: 'An illustration of the data format; village criteria are issued by the provincial People\'s Committee.' },
    { vi: 'Không tìm được bộ tiêu chí bản NTM của Lai Châu nên không có bộ nào của tỉnh này.', en: "Lai Châu's bản NTM criteria could not be sourced, so no set is shipped for that province." },
    { vi: 'Mục tiêu quốc gia 2021 - 2025: 60% thôn, bản thuộc xã đặc biệt khó khăn vùng biên giới, miền núi, bãi ngang ven biển và hải đảo đạt chuẩn NTM (mục tiêu chương trình, không phải ngưỡng).', en: 'National target 2021-2025: 60% of villages in especially difficult border, mountain, coastal-sandbank and island communes recognised NTM (a program target, not a threshold).' },
  ],
}) as CriteriaSet;
