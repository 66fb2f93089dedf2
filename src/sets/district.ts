/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025
 * (QĐ 320/QĐ-TTg of 08/03/2022, Phụ lục I), as amended by QĐ 211/QĐ-TTg (01/03/2024).
 *
 * The nine criteria names are secondary (legal notes §5.3). The indicators
 * known are 1.1-1.2, 2.1, 2.2, 2.4, 3.1-3.2, 4 and the name of 5.1; the rest of
 * each criterion is a placeholder that stays `unknown`. The district's commune
 * conditions (Phụ lục I, secondary: a Q&A quoting the annex) are `conditions`;
 * the fifth condition, "meets the 9 criteria", is the criteria list itself.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CompoundField, CriteriaSet, Criterion, Indicator, Threshold } from '../engine/types/index.js';
import { amendedByQd211, cited, DISTRICT_LEVEL_NOTE, DISTRICT_LEVEL_UNTIL, criterionOf, indicator, unread } from './_build.js';

const ANNEX: Citation = { instrument: 'QD-320-2022', annex: 'Phụ lục I' };
const SET_FROM = '2022-03-08';
const TABLE = 'QĐ 320/QĐ-TTg Phụ lục I';
const NAMES_SOURCE = 'Hải Dương district review (vietnam.vn); Lai Châu 2024 plan names criteria 3, 4, 5 and 9';
const QA = 'http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html (Q&A quoting Phụ lục I)';
const QD211_TABLE = 'QĐ 211/QĐ-TTg special-district table (lawnet.vn; vietnam.vn translations): same wording, read by analogy';
const QD932 = 'QĐ 932/QĐ-BGTVT as summarised at langngheviet.com.vn (…25641.html)';
const QD2332 = 'QĐ 211/QĐ-TTg table (lawnet.vn) for the wording; method QĐ 2332/QĐ-BCT (sct.hanam.gov.vn)';

const pass = (code: string, source: string): Threshold[] => [cited(ANNEX, code, { kind: 'boolean' }, SET_FROM, source, { note: 'Pass/fail ("Đạt"): no number.' })];

/** The nine district criteria (names secondary). Shared with the special-district set. */
export const DISTRICT_CRITERIA_NAMES: readonly (readonly [code: string, vi: string, en: string])[] = [
  ['1', 'Quy hoạch', 'Planning'],
  ['2', 'Giao thông', 'Transport'],
  ['3', 'Thủy lợi và phòng, chống thiên tai', 'Irrigation and natural-disaster prevention'],
  ['4', 'Điện', 'Electricity'],
  ['5', 'Y tế - Văn hóa - Giáo dục', 'Health, culture, education'],
  ['6', 'Kinh tế', 'Economy'],
  ['7', 'Môi trường', 'Environment'],
  ['8', 'Chất lượng môi trường sống', 'Quality of the living environment'],
  ['9', 'Hệ thống chính trị - An ninh trật tự - Hành chính công', 'Political system, public order, public administration'],
];

function criterion(code: string, indicators: readonly Indicator[]): Criterion {
  const [, vi, en] = DISTRICT_CRITERIA_NAMES.find(([c]) => c === code)!;
  return criterionOf(ANNEX, code, { vi, en }, indicators, { nameStatus: 'secondary', source: NAMES_SOURCE });
}
const nameOf = (code: string) => DISTRICT_CRITERIA_NAMES.find(([c]) => c === code)![1];
const rest = (code: string) => unread(ANNEX, `${code}.*`, nameOf(code), TABLE);
const whole = (code: string) => criterion(code, [unread(ANNEX, code, nameOf(code), TABLE)]);

const i = (code: string, vi: string, en: string, kind: Indicator['kind'], o: Parameters<typeof indicator>[4] = {}) =>
  indicator(ANNEX, code, { vi, en }, kind, { missingThreshold: { vi: `chưa có ngưỡng trong thư viện: chưa tiếp cận được ${TABLE}`, en: `threshold not encoded: ${TABLE} could not be reached` }, ...o });

const pct = (key: string, vi: string, en: string): CompoundField => ({ key, type: 'percent', label: { vi, en } });
const all100 = (fields: readonly CompoundField[]) => ({
  kind: 'compound' as const,
  rule: { all: fields.map((f) => ({ compare: [{ field: f.key }, '==', { const: 100 }] as const, label: { vi: `${f.label.vi} = 100%`, en: `${f.label.en} = 100%` } })) },
});

const ROAD_NETWORK: readonly CompoundField[] = [
  pct('communesWithCarRoad', 'tỷ lệ xã có đường ô tô đến trung tâm huyện đi lại thuận tiện quanh năm (%)', 'communes with an all-year car road to the district centre (%)'),
  pct('pavedSurface', 'tỷ lệ mặt đường huyện được rải nhựa hoặc bê tông xi măng (%)', 'district-road surfaces asphalt or cement concrete (%)'),
  pct('maintainedYearly', 'tỷ lệ đường huyện được bảo trì hằng năm (%)', 'district roads maintained yearly (%)'),
];
const ROAD_STANDARD: readonly CompoundField[] = [
  pct('builtToPlannedGrade', 'tỷ lệ km đường huyện được đầu tư xây dựng, nâng cấp đạt cấp theo quy hoạch (%)', 'km built or upgraded to the planned grade (%)'),
  pct('meetsTcvn4054', 'tỷ lệ km đường huyện đạt TCVN 4054:2005 (%)', 'km meeting TCVN 4054:2005 (%)'),
  pct('solidBridges', 'tỷ lệ cầu, cống trên đường huyện được xây dựng kiên cố (%)', 'bridges and culverts built solid (%)'),
];

const CRITERIA: readonly Criterion[] = [
  criterion('1', [
    i('1.1', 'Có quy hoạch xây dựng vùng huyện được phê duyệt còn thời hạn hoặc được rà soát, điều chỉnh theo quy định', 'District regional construction plan approved and still valid, or reviewed and adjusted as required', 'boolean', { thresholds: pass('1.1', QD211_TABLE) }),
    i('1.2', 'Có công trình hạ tầng kỹ thuật hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch xây dựng vùng huyện được duyệt', 'Essential technical or social infrastructure invested according to the approved district plan', 'boolean', { thresholds: pass('1.2', QD211_TABLE) }),
  ]),
  criterion('2', [
    i('2.1', 'Hệ thống giao thông trên địa bàn huyện đảm bảo kết nối tới các xã và được bảo trì hằng năm', 'District road network connects every commune and is maintained yearly', 'compound', {
      fields: ROAD_NETWORK,
      thresholds: [cited(ANNEX, '2.1', all100(ROAD_NETWORK), SET_FROM, QD932)],
    }),
    i('2.2', 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch', 'Share of km of district roads meeting the planned standard', 'compound', {
      fields: ROAD_STANDARD,
      thresholds: [cited(ANNEX, '2.2', all100(ROAD_STANDARD), SET_FROM, QD932)],
    }),
    i('2.4', 'Bến xe khách tại trung tâm huyện (nếu có quy hoạch) đạt tối thiểu loại IV', 'District-centre passenger bus station (if planned) at least grade IV', 'boolean', {
      ifAny: true,
      thresholds: pass('2.4', `${QD932}; grade IV under QCVN 45:2012/BGTVT (amendment 1:2015)`),
    }),
    rest('2'),
  ]),
  criterion('3', [
    i('3.1', 'Hệ thống thủy lợi liên xã đồng bộ với hệ thống thủy lợi các xã theo quy hoạch', 'Inter-commune irrigation consistent with the communes\' systems and the plan', 'boolean', {
      note: 'The special-district wording (farmland actively irrigated ≥ 80%, province specifies) belongs to the QĐ 211 special-district set and is not carried over.',
    }),
    i('3.2', 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ', 'Proactive disaster prevention under the "4 on-the-spot" motto', 'boolean', { thresholds: pass('3.2', QD211_TABLE) }),
  ]),
  criterion('4', [
    i('4', 'Hệ thống điện liên xã đồng bộ với quy hoạch, đảm bảo yêu cầu kỹ thuật của toàn hệ thống', 'Power system synchronised with the plan; technical requirements of the whole system met', 'boolean', { thresholds: pass('4', QD2332) }),
  ]),
  criterion('5', [
    i('5.1', 'Trung tâm y tế huyện đạt chuẩn …', 'District health centre meets the standard … (text cut off)', 'boolean', { note: 'Name partial (source cut off); threshold not found.' }),
    rest('5'),
  ]),
  whole('6'),
  whole('7'),
  whole('8'),
  whole('9'),
];

/** Codes of the district's commune conditions. */
export const DISTRICT_CONDITIONS = {
  communesNtm: 'communes-ntm',
  communesAdvanced: 'communes-advanced',
  townsCivilised: 'towns-civilised',
  satisfaction: 'satisfaction',
} as const;

const cond = (n: number): Citation => ({ ...ANNEX, note: `condition ${n} of 5` });

const LAO_CAI_REVIEW: Citation = {
  instrument: 'QD-320-2022',
  annex: 'Phụ lục I',
  source: 'vietnam.vn/en/khong-de-xa-nao-bi-thu-hoi-quyet-dinh-cong-nhan-nong-thon-moi (English translation of a 2024 Lào Cai review)',
  note: 'reports "at least 50%" of communes advanced',
};

const CONDITIONS: readonly Indicator[] = [
  indicator(cond(1), DISTRICT_CONDITIONS.communesNtm, { vi: '100% số xã trên địa bàn đạt chuẩn nông thôn mới (đáp ứng đầy đủ Bộ tiêu chí xã NTM 2021 - 2025)', en: '100% of the communes meet the NTM standard (the 2021-2025 commune set in full)' }, 'min-percent', {
    nameStatus: 'secondary',
    thresholds: [cited(cond(1), DISTRICT_CONDITIONS.communesNtm, { kind: 'min-percent', min: 100 }, SET_FROM, QA)],
  }),
  indicator(cond(2), DISTRICT_CONDITIONS.communesAdvanced, { vi: 'Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025', en: 'Share of communes meeting the advanced NTM standard 2021-2025' }, 'min-percent', {
    nameStatus: 'secondary',
    thresholds: [
      cited(cond(2), DISTRICT_CONDITIONS.communesAdvanced, { kind: 'min-percent', min: 10 }, SET_FROM, QA, {
        note: 'DISPUTED (conflict C1): 10% per the Q&A quoting Phụ lục I (apparently verbatim); a 2024 Lào Cai review translated into English says 50%. 10% is encoded; a province or test may override it with an overlay.',
        conflict: {
          code: 'C1',
          note: '10% (Q&A quoting QĐ 320 Phụ lục I) vs 50% (English translation of a 2024 Lào Cai review; possibly the advanced-district share, a QĐ 211 amendment, or a reporting error). Evidence for 10%: Mỏ Cày Nam (Bến Tre) was recognised an NTM district for 2023 with 3 of 15 communes (20%) advanced (vietnam.vn/ms/cong-nhan-3-huyen-dat-chuan-nong-thon-moi).',
          citations: [{ ...cond(2), item: DISTRICT_CONDITIONS.communesAdvanced, source: QA }, LAO_CAI_REVIEW],
        },
      }),
    ],
    note: 'Model communes count as advanced.',
  }),
  indicator(cond(3), DISTRICT_CONDITIONS.townsCivilised, { vi: '100% thị trấn đạt chuẩn đô thị văn minh', en: '100% of townships (thị trấn) meet the civilised-urban standard' }, 'min-percent', {
    nameStatus: 'secondary',
    ifAny: true,
    thresholds: [cited(cond(3), DISTRICT_CONDITIONS.townsCivilised, { kind: 'min-percent', min: 100 }, SET_FROM, QA)],
    note: 'Not applicable when the district has no township.',
  }),
  indicator(cond(4), DISTRICT_CONDITIONS.satisfaction, { vi: 'Tỷ lệ người dân hài lòng với kết quả xây dựng NTM của huyện ≥ 90%; ở mỗi xã, tỷ lệ hài lòng với từng nội dung ≥ 80%', en: "Residents' satisfaction with the district's NTM results ≥ 90%, and in each commune with each NTM content ≥ 80%" }, 'compound', {
    nameStatus: 'secondary',
    fields: [
      { key: 'district', type: 'percent', label: { vi: 'tỷ lệ hài lòng của người dân với kết quả của huyện (%)', en: "residents' satisfaction with the district's results (%)" } },
      { key: 'lowestCommuneContent', type: 'percent', label: { vi: 'tỷ lệ hài lòng thấp nhất theo từng nội dung, ở các xã (%)', en: 'lowest satisfaction with any content in any commune (%)' } },
    ],
    thresholds: [
      cited(cond(4), DISTRICT_CONDITIONS.satisfaction, {
        kind: 'compound',
        rule: {
          all: [
            { compare: [{ field: 'district' }, '>=', { const: 90 }], label: { vi: 'hài lòng cấp huyện ≥ 90%', en: 'district satisfaction ≥ 90%' } },
            { compare: [{ field: 'lowestCommuneContent' }, '>=', { const: 80 }], label: { vi: 'mỗi xã, mỗi nội dung ≥ 80%', en: 'every commune, every content ≥ 80%' } },
          ],
        },
      }, SET_FROM, `${QA}; district level also in media.chinhphu.vn/su-hai-long-cua-nguoi-dan-thuoc-do-xay-dung-nong-thon-moi-10222032115582261.htm (21/03/2022): "đạt từ 90% trở lên"`),
    ],
  }),
];

const TITLE = { vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025', en: 'National criteria for new-rural districts, 2021-2025' };
const NOTES = [
  { vi: 'Điều kiện 5 (đạt 9 tiêu chí của Bộ tiêu chí) chính là danh mục tiêu chí của bộ này.', en: 'Condition 5 (meets the 9 criteria) is the criteria list of this set itself.' },
  { vi: 'Tỷ lệ xã đạt NTM nâng cao (10%) có nguồn khác ghi 50% (xung đột C1).', en: 'The advanced-commune share (10%) is disputed by a source that says 50% (conflict C1).' },
  { vi: 'Từ 01/07/2025 không còn đơn vị cấp huyện; việc xét công nhận huyện sau ngày đó chưa rõ.', en: 'Districts ceased to exist on 01/07/2025; recognitions after that day are not covered by any source read.' },
];

/** The district set as issued (08/03/2022 to 29/02/2024). */
export const DISTRICT_2022: CriteriaSet = deepFreeze({
  id: 'district/qd320-2022',
  kind: 'district',
  title: TITLE,
  legalBasis: [{ ...ANNEX, source: `${QA}; ${NAMES_SOURCE}` }],
  period: { fromYear: 2021, toYear: 2025 },
  validFrom: SET_FROM,
  validUntil: '2024-02-29',
  columns: 'none',
  criteria: CRITERIA,
  conditions: CONDITIONS,
  notes: NOTES,
}) as CriteriaSet;

/** As amended by QĐ 211/QĐ-TTg from 01/03/2024; the amendments were not read, so the content carries over. */
export const DISTRICT_2024: CriteriaSet = amendedByQd211(DISTRICT_2022, 'district/qd320-qd211-2024', { vi: 'một số chỉ tiêu của bộ tiêu chí huyện', en: 'district set' }, { validUntil: DISTRICT_LEVEL_UNTIL, notes: [DISTRICT_LEVEL_NOTE] });
