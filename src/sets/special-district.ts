/**
 * Bộ tiêu chí huyện nông thôn mới đặc thù, không có đơn vị hành chính cấp xã
 * (added by QĐ 211/QĐ-TTg, in force from 01/03/2024).
 *
 * Only the first rows of the table are known, from English and other
 * translations (legal notes §5.6, secondary; the Vietnamese original was not
 * read, so the Vietnamese names are reconstructions: `unverified`). Indicator
 * 2.2 is delegated to the province: no national value exists, so it is
 * `unknown` unless an overlay supplies the province's value.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Criterion, Indicator, Threshold } from '../engine/types/index.js';
import { cited, criterionOf, DISTRICT_LEVEL_NOTE, DISTRICT_LEVEL_UNTIL, indicator, unread } from './_build.js';
import { DISTRICT_CRITERIA_NAMES } from './district.js';

const AT: Citation = { instrument: 'QD-211-2024', annex: 'phụ lục về huyện đặc thù (chưa rõ số phụ lục)' };
const SET_FROM = '2024-03-01';
const TABLE = { vi: 'bảng tiêu chí huyện đặc thù của QĐ 211/QĐ-TTg', en: 'QĐ 211/QĐ-TTg (special-district table)' };
const SOURCE = 'lawnet.vn (…criteria-for-special-new-rural-districts-without-commune-level-administrative-units-in-vietnam-as-of-march-1-2024-133694.html); vietnam.vn translations';

const t = (code: string, rule: Threshold['rule'], note?: string): Threshold[] => [cited(AT, code, rule, SET_FROM, SOURCE, note !== undefined ? { note } : {})];
const i = (code: string, vi: string, en: string, kind: Indicator['kind'], o: Parameters<typeof indicator>[4] = {}) =>
  indicator(AT, code, { vi, en }, kind, { missingThreshold: { vi: `chưa có ngưỡng trong thư viện: chưa tiếp cận được ${TABLE.vi}`, en: `threshold not encoded: ${TABLE.en} could not be reached` }, ...o });

function criterion(code: string, indicators: readonly Indicator[]): Criterion {
  const [, vi, en] = DISTRICT_CRITERIA_NAMES.find(([c]) => c === code)!;
  // Names follow the district set; that the special set uses the same nine is an inference.
  return criterionOf(AT, code, { vi, en }, indicators, { nameStatus: 'unverified' });
}
const nameOf = (code: string) => DISTRICT_CRITERIA_NAMES.find(([c]) => c === code)![1];

const CRITERIA: readonly Criterion[] = [
  criterion('1', [
    i('1.1', 'Có quy hoạch xây dựng vùng huyện được phê duyệt còn thời hạn hoặc được rà soát, điều chỉnh theo quy định, trong đó có quy hoạch các khu chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn', 'Approved district construction plan, still valid or reviewed and adjusted, including functional service areas supporting the rural economy', 'boolean', { thresholds: t('1.1', { kind: 'boolean' }) }),
    i('1.2', 'Có công trình hạ tầng kỹ thuật hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch xây dựng vùng huyện được duyệt', 'Essential technical or social infrastructure built according to the approved district plan', 'min-count', { thresholds: t('1.2', { kind: 'min-count', min: 1 }), note: 'Input: the number of such projects (công trình).' }),
  ]),
  criterion('2', [
    i('2.1', 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch và được bảo trì hằng năm', 'Share of km of district roads meeting planning standards and maintained annually', 'min-percent', { thresholds: t('2.1', { kind: 'min-percent', min: 100 }) }),
    i('2.2', 'Tỷ lệ km đường huyện được trồng cây xanh', 'Share of km of district roads with trees planted along them', 'min-percent', {
      missingThreshold: {
        vi: 'không có mức quốc gia: Ủy ban nhân dân cấp tỉnh quy định (chỉ tiêu giao tỉnh); bổ sung mức của tỉnh bằng bảng ngưỡng của tỉnh (--overlay)',
        en: 'no national value: set by the provincial People\'s Committee (delegated); supply the province\'s value with an overlay',
      },
    }),
    i('2.3', 'Các tuyến đường thủy nội địa do địa phương quản lý (nếu có) được lắp đặt hệ thống báo hiệu; bến thủy nội địa phục vụ vận tải hành khách, hàng hóa (nếu có) đảm bảo an toàn và được cấp phép hoạt động', 'Locally managed inland waterways (if any) signalled; inland passenger and cargo terminals (if any) safe and licensed', 'boolean', { ifAny: true, thresholds: t('2.3', { kind: 'boolean' }) }),
  ]),
  criterion('3', [
    i('3.1', 'Tỷ lệ diện tích đất sản xuất nông nghiệp (nếu có) được tưới và tiêu nước chủ động', 'Share of agricultural land (if any) actively irrigated and drained', 'min-percent', {
      ifAny: true,
      thresholds: t('3.1', { kind: 'min-percent', min: 80 }, 'The table reads "≥ 80% (the province specifies)": 80% is the national floor; a province\'s stricter value can be supplied with an overlay.'),
    }),
    i('3.2', 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ', 'Proactive disaster prevention under the "4 on-the-spot" motto', 'boolean', { thresholds: t('3.2', { kind: 'boolean' }) }),
  ]),
  criterion('4', [
    i('4', 'Hệ thống điện đồng bộ với quy hoạch, đảm bảo yêu cầu kỹ thuật của toàn hệ thống', 'Power system synchronised with the plan; technical requirements of the whole system met', 'boolean', { thresholds: t('4', { kind: 'boolean' }) }),
  ]),
  criterion('5', [
    i('5.1', 'Trung tâm y tế huyện đạt chuẩn …', 'District health centre meets the standard … (text cut off)', 'boolean', { note: 'Name partial (source cut off); threshold not found.' }),
    unread(AT, '5.*', nameOf('5'), TABLE),
  ]),
  ...['6', '7', '8', '9'].map((code) => criterion(code, [unread(AT, code, nameOf(code), TABLE)])),
];

/** Code of the satisfaction condition. */
export const SPECIAL_DISTRICT_SATISFACTION = 'satisfaction';

const CONDITIONS: readonly Indicator[] = [
  indicator(AT, SPECIAL_DISTRICT_SATISFACTION, { vi: 'Tỷ lệ người dân hài lòng với kết quả xây dựng NTM của huyện', en: "Residents' satisfaction with the district's NTM results" }, 'min-percent', {
    thresholds: t(SPECIAL_DISTRICT_SATISFACTION, { kind: 'min-percent', min: 90 }),
  }),
];

/** The special-district set (from 01/03/2024 to the end of the period). */
export const SPECIAL_DISTRICT_2024: CriteriaSet = deepFreeze({
  id: 'special-district/qd211-2024',
  kind: 'special-district',
  title: { vi: 'Bộ tiêu chí huyện nông thôn mới đặc thù, không có đơn vị hành chính cấp xã giai đoạn 2021 - 2025', en: 'Criteria for special new-rural districts without commune-level units, 2021-2025' },
  legalBasis: [{ ...AT, source: SOURCE }],
  period: { fromYear: 2021, toYear: 2025 },
  validFrom: SET_FROM,
  validUntil: DISTRICT_LEVEL_UNTIL,
  columns: 'none',
  criteria: CRITERIA,
  conditions: CONDITIONS,
  notes: [
    { vi: 'Chỉ biết các dòng đầu của bảng (qua bản dịch); tên tiếng Việt là phục dựng, chưa kiểm chứng.', en: 'Only the first rows are known (from translations); the Vietnamese names are reconstructions (unverified).' },
    { vi: 'Chỉ tiêu 2.2 do Ủy ban nhân dân cấp tỉnh quy định.', en: 'Indicator 2.2 is set by the provincial People\'s Committee.' },
    DISTRICT_LEVEL_NOTE,
  ],
}) as CriteriaSet;
