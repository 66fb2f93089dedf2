/**
 * Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng
 * nông thôn mới giai đoạn 2021 - 2025 (QĐ 320/QĐ-TTg, Phụ lục II).
 *
 * Five conditions (secondary); two are known (legal notes §5.4): all communes
 * NTM, and at least one advanced commune. The other three were not read and
 * are one placeholder condition, so the set cannot be met until an overlay
 * supplies them.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Indicator } from '../engine/types/index.js';
import { cited, DISTRICT_LEVEL_NOTE, DISTRICT_LEVEL_UNTIL, indicator } from './_build.js';

const ANNEX: Citation = { instrument: 'QD-320-2022', annex: 'Phụ lục II' };
const SET_FROM = '2022-03-08';
const QA = 'http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html (Q&A quoting Phụ lục II; breaks off after condition 1)';
const LAO_CAI = 'vietnam.vn/en/khong-de-xa-nao-bi-thu-hoi-quyet-dinh-cong-nhan-nong-thon-moi (Lào Cai city "maintaining 4/5 targets", the unmet one being at least 1 advanced commune)';

/** Codes of the town conditions. */
export const TOWN_CONDITIONS = { communesNtm: 'communes-ntm', advancedCommunes: 'advanced-communes', notRead: 'conditions-not-read' } as const;

const CONDITIONS: readonly Indicator[] = [
  indicator({ ...ANNEX, note: 'condition 1 of 5' }, TOWN_CONDITIONS.communesNtm, { vi: '100% số xã đạt chuẩn nông thôn mới', en: '100% of the communes meet the NTM standard' }, 'min-percent', {
    nameStatus: 'secondary',
    thresholds: [cited(ANNEX, TOWN_CONDITIONS.communesNtm, { kind: 'min-percent', min: 100 }, SET_FROM, QA)],
  }),
  indicator({ ...ANNEX, note: 'number of the condition not known' }, TOWN_CONDITIONS.advancedCommunes, { vi: 'Có ít nhất 01 xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025', en: 'At least one commune meets the advanced NTM standard 2021-2025' }, 'min-count', {
    nameStatus: 'secondary',
    thresholds: [cited(ANNEX, TOWN_CONDITIONS.advancedCommunes, { kind: 'min-count', min: 1 }, SET_FROM, LAO_CAI)],
    note: 'Model communes count as advanced. Input: the number of advanced or model communes.',
  }),
  indicator(ANNEX, TOWN_CONDITIONS.notRead, { vi: 'Ba điều kiện còn lại (chưa tiếp cận được văn bản)', en: 'The three remaining conditions (text not reached)' }, 'boolean', {
    missingThreshold: {
      vi: 'chưa có trong thư viện: ba trong năm điều kiện của QĐ 320 Phụ lục II chưa tiếp cận được (có thể gồm phường, thị trấn văn minh; mức hài lòng; bộ tiêu chí — suy đoán)',
      en: 'not encoded: three of the five conditions of QĐ 320 Phụ lục II could not be reached (perhaps civilised wards and townships, satisfaction, a criteria set — inference)',
    },
    note: 'Placeholder for conditions that could not be read; not a legal condition.',
  }),
];

/** The town/provincial-city rules (08/03/2022 to the end of the period; QĐ 211 is not reported to amend them). */
export const TOWN_2022: CriteriaSet = deepFreeze({
  id: 'town/qd320-2022',
  kind: 'town',
  title: { vi: 'Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025', en: 'Rules for towns and provincial cities completing the new-rural task, 2021-2025' },
  legalBasis: [{ ...ANNEX, source: QA }],
  period: { fromYear: 2021, toYear: 2025 },
  validFrom: SET_FROM,
  validUntil: DISTRICT_LEVEL_UNTIL,
  columns: 'none',
  criteria: [],
  conditions: CONDITIONS,
  notes: [
    { vi: 'Có 5 điều kiện; mới biết 2.', en: 'There are five conditions; two are known.' },
    { vi: 'Các nguồn về QĐ 211/QĐ-TTg liệt kê 4 bộ được sửa đổi (xã, xã nâng cao, huyện, huyện nâng cao), không có bộ này.', en: 'Sources on QĐ 211/QĐ-TTg list four amended sets (commune, advanced commune, district, advanced district), not this one.' },
    DISTRICT_LEVEL_NOTE,
  ],
}) as CriteriaSet;
