// The national criteria sets as the legal notes give them, typed here for the conformance scripts
// (never read from the library): each version's criteria and indicators in the annex's order, and
// every threshold value the notes source, with its columns, first day, rule and provenance. The
// scripts build complete expected results from these tables and the rules of docs/spec.md.
//
// Sources (docs/legal-sources.md; legal notes §3-§5): QĐ 318/QĐ-TTg Phụ lục I and II, QĐ 319/QĐ-TTg,
// QĐ 320/QĐ-TTg Phụ lục I-III, QĐ 211/QĐ-TTg (from 01/03/2024), QĐ 51/2025/QĐ-TTg (from 15/02/2026);
// QĐ 1491/QĐ-BGDĐT (schools, education); the health Q&A snippet (15.3, 15.4); press (15.1, ĐBSCL).

export const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'];
export const GROUP_COLUMNS = ['G1', 'G2', 'G3'];

const S = 'secondary';
const D318 = '2022-03-08';
const D211 = '2024-03-01';
const D1491 = '2022-06-06';

/** A threshold value: columns ('all' or a list), first day, rule; provenance secondary unless said. */
export const t = (columns, validFrom, rule, extra = {}) => ({ columns, validFrom, rule, provenance: S, ...extra });
const pass = (from = D318) => [t('all', from, { kind: 'boolean' })];
const none = () => [t('all', D318, { kind: 'none-allowed' })];

/** An indicator: code and its threshold values (none: not encoded); `ifAny` for "(nếu có)". */
export const ind = (code, thresholds = [], extra = {}) => ({ code, thresholds, ...extra });
const crit = (code, group, indicators) => ({ code, group, indicators });

// --- Commune set 2021-2025 (QĐ 318 Phụ lục I; legal notes §4) -----------------------------------

// Criterion 5 (schools), QĐ 1491/QĐ-BGDĐT summarised (§4.3): DBSH and DNB 100% of schools at level 1;
// the other regions 100% at the minimum standard and ≥ 70% at level 1 (more than 3 schools) or ≥ 50% (3 or fewer).
export const SCHOOLS_DBSH_DNB = { kind: 'compound', rule: { compare: [{ field: 'atLevel1' }, '==', { field: 'schools' }] } };
export const SCHOOLS_OTHER = {
  kind: 'compound',
  rule: {
    all: [
      { compare: [{ field: 'atMinimumStandard' }, '==', { field: 'schools' }] },
      {
        if: { compare: [{ field: 'schools' }, '>', { const: 3 }] },
        then: { compare: [{ percentOf: ['atLevel1', 'schools'] }, '>=', { const: 70 }] },
        else: { compare: [{ percentOf: ['atLevel1', 'schools'] }, '>=', { const: 50 }] },
      },
    ],
  },
};
const SCHOOLS = [t(['DBSH', 'DNB'], D1491, SCHOOLS_DBSH_DNB), t(['TDMNPB', 'BTB', 'DHNTB', 'TN', 'DBSCL'], D1491, SCHOOLS_OTHER)];

// 14.1, QĐ 1491 (§4.3): ≥ 98% entering grade 1, universal preschool at 5, levels 2.
export const EDUCATION = {
  kind: 'compound',
  rule: {
    all: [
      { compare: [{ field: 'grade1EntryPercent' }, '>=', { const: 98 }] },
      { compare: [{ field: 'preschool5Universal' }, '==', { const: true }] },
      { compare: [{ field: 'primaryLevel' }, '>=', { const: 2 }] },
      { compare: [{ field: 'lowerSecondaryLevel' }, '>=', { const: 2 }] },
      { compare: [{ field: 'literacyLevel' }, '>=', { const: 2 }] },
    ],
  },
};

// 15.3 stunting caps by region (health Q&A snippet, read as "≤", conflict C17); 15.4 EHR (TDMNPB, DBSH only).
export const STUNTING = { TDMNPB: 24, DBSH: 16.5, BTB: 25, DHNTB: 22, TN: 26.5, DNB: 14.5, DBSCL: 19 };
export const EHR = { TDMNPB: 50, DBSH: 70 };
// 15.1 health insurance ≥ 93% in ĐBSCL, press about 2024, dated from QĐ 211 (01/03/2024): 2024 version only.
export const HEALTH_INSURANCE_DBSCL = 93;

function communeCriteria(version) {
  return [
    crit('1', 'I', [ind('1.1', pass()), ind('1.2', pass())]),
    crit('2', 'II', [ind('2.1'), ind('2.2'), ind('2.3'), ind('2.4')]),
    crit('3', 'II', [ind('3.1'), ind('3.2', pass())]),
    crit('4', 'II', [ind('4.1', pass()), ind('4.2')]),
    crit('5', 'II', [ind('5', SCHOOLS)]),
    crit('6', 'II', [ind('6.1', pass()), ind('6.2', pass()), ind('6.3')]),
    crit('7', 'II', [ind('7', pass())]),
    crit('8', 'II', [ind('8.1', pass()), ind('8.2', pass()), ind('8.3', pass()), ind('8.4', pass())]),
    crit('9', 'II', [ind('9.1', none()), ind('9.2')]),
    crit('10', 'III', [ind('10')]),
    crit('11', 'III', [ind('11')]),
    crit('12', 'III', [ind('12.1'), ind('12.2'), ind('12.3')]),
    crit('13', 'III', [ind('13.1', pass()), ind('13.2', pass()), ind('13.3', pass()), ind('13.4', pass(), { ifAny: true })]),
    crit('14', 'IV', [ind('14.1', [t('all', D1491, EDUCATION)]), ind('14.2'), ind('14.3')]),
    crit('15', 'IV', [
      ind('15.1', version === 2024 ? [t(['DBSCL'], D211, { kind: 'min-percent', min: HEALTH_INSURANCE_DBSCL })] : []),
      ind('15.2', pass()),
      ind('15.3', Object.entries(STUNTING).map(([r, max]) => t([r], D318, { kind: 'max-percent', max }))),
      ind('15.4', Object.entries(EHR).map(([r, min]) => t([r], D318, { kind: 'min-percent', min }))),
      ind('15.5'),
    ]),
    crit('16', 'IV', [ind('16')]),
    crit('17', 'IV', [ind('17.1'), ind('17.2'), ind('17.3', pass()), ind('17.4'), ind('17.5', pass()), ind('17.6'), ind('17.7'), ind('17.8'), ind('17.9'), ind('17.10')]),
    crit('18', 'V', ['18.1', '18.2', '18.3', '18.4', '18.5', '18.6'].map((c) => ind(c, pass()))),
    crit('19', 'V', [ind('19.1', pass()), ind('19.2', pass())]),
  ];
}

const PERIOD_2021 = { fromYear: 2021, toYear: 2025 };

export const COMMUNE_2022 = { id: 'commune/qd318-2022', kind: 'commune', validFrom: D318, validUntil: '2024-02-29', period: PERIOD_2021, columns: 'region', criteria: communeCriteria(2022), conditions: [] };
export const COMMUNE_2024 = { id: 'commune/qd318-qd211-2024', kind: 'commune', validFrom: D211, validUntil: '2025-12-31', period: PERIOD_2021, columns: 'region', criteria: communeCriteria(2024), conditions: [] };

// The 2026-2030 commune set (QĐ 51/2025/QĐ-TTg Phụ lục I): ten criteria, commune-group columns; the
// 47 indicators were not reached, so no criterion has indicators (legal notes 2026-2030).
export const COMMUNE_2026 = {
  id: 'commune/qd51-2026', kind: 'commune', validFrom: '2026-02-15', validUntil: null, period: { fromYear: 2026, toYear: 2030 }, columns: 'commune-group',
  criteria: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((c) => crit(c, null, [])),
  conditions: [],
};

/** The codes of the 2021-2025 commune set, in order. */
export const COMMUNE_CODES = COMMUNE_2024.criteria.flatMap((c) => c.indicators.map((i) => i.code));

// --- Advanced commune (QĐ 318 Phụ lục II; §5.1): 19 recalled criteria, one placeholder each, but for
// 14.1 health insurance ≥ 95% in ĐBSCL (press, from 01/03/2024: 2024 version only) and 18.1 centralised
// water ≥ 55% (Thanh Hóa, BTB). Precondition: the commune is already NTM.
function advancedCriteria(version) {
  return ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19'].map((c) => {
    if (c === '14') return crit(c, null, [ind('14.1', version === 2024 ? [t(['DBSCL'], D211, { kind: 'min-percent', min: 95 })] : []), ind('14.*')]);
    if (c === '18') return crit(c, null, [ind('18.1', [t(['BTB'], D318, { kind: 'min-percent', min: 55 })]), ind('18.*')]);
    return crit(c, null, [ind(c)]);
  });
}
const NTM_PRECONDITION = [ind('ntm-commune', pass())];
export const ADVANCED_COMMUNE_2022 = { id: 'advanced-commune/qd318-2022', kind: 'advanced-commune', validFrom: D318, validUntil: '2024-02-29', period: PERIOD_2021, columns: 'region', criteria: advancedCriteria(2022), conditions: NTM_PRECONDITION };
export const ADVANCED_COMMUNE_2024 = { id: 'advanced-commune/qd318-qd211-2024', kind: 'advanced-commune', validFrom: D211, validUntil: '2025-12-31', period: PERIOD_2021, columns: 'region', criteria: advancedCriteria(2024), conditions: NTM_PRECONDITION };

// --- Model commune (QĐ 319; §5.2): four conditions, no criteria.
export const MODEL_INCOME = { kind: 'compound', rule: { compare: [{ percentOf: ['income', 'advancedThreshold'] }, '>=', { const: 110 }] } };
export const MODEL_COMMUNE_2022 = {
  id: 'model-commune/qd319-2022', kind: 'model-commune', validFrom: D318, validUntil: '2025-12-31', period: PERIOD_2021, columns: 'none', criteria: [],
  conditions: [ind('advanced', pass()), ind('income', [t('all', D318, MODEL_INCOME)]), ind('smart-village', [t('all', D318, { kind: 'min-count', min: 1 })]), ind('standout-field', [t('all', D318, { kind: 'min-count', min: 1 })])],
};

// --- District (QĐ 320 Phụ lục I; §5.3): nine criteria (indicators partly known) and four commune conditions.
const all100 = (...keys) => ({ kind: 'compound', rule: { all: keys.map((k) => ({ compare: [{ field: k }, '==', { const: 100 }] })) } });
export const ROAD_NETWORK = all100('communesWithCarRoad', 'pavedSurface', 'maintainedYearly');
export const ROAD_STANDARD = all100('builtToPlannedGrade', 'meetsTcvn4054', 'solidBridges');
export const DISTRICT_SATISFACTION = { kind: 'compound', rule: { all: [{ compare: [{ field: 'district' }, '>=', { const: 90 }] }, { compare: [{ field: 'lowestCommuneContent' }, '>=', { const: 80 }] }] } };
const DISTRICT_CRITERIA = [
  crit('1', null, [ind('1.1', pass()), ind('1.2', pass())]),
  crit('2', null, [ind('2.1', [t('all', D318, ROAD_NETWORK)]), ind('2.2', [t('all', D318, ROAD_STANDARD)]), ind('2.4', pass(), { ifAny: true }), ind('2.*')]),
  crit('3', null, [ind('3.1'), ind('3.2', pass())]),
  crit('4', null, [ind('4', pass())]),
  crit('5', null, [ind('5.1'), ind('5.*')]),
  crit('6', null, [ind('6')]),
  crit('7', null, [ind('7')]),
  crit('8', null, [ind('8')]),
  crit('9', null, [ind('9')]),
];
const DISTRICT_CONDITIONS = [
  ind('communes-ntm', [t('all', D318, { kind: 'min-percent', min: 100 })]),
  // 10% per the Q&A quoting Phụ lục I; a 2024 review says 50% (conflict C1): the value carries the conflict.
  ind('communes-advanced', [t('all', D318, { kind: 'min-percent', min: 10 }, { conflict: 'C1' })]),
  ind('towns-civilised', [t('all', D318, { kind: 'min-percent', min: 100 })], { ifAny: true }),
  ind('satisfaction', [t('all', D318, DISTRICT_SATISFACTION)]),
];
export const DISTRICT_2022 = { id: 'district/qd320-2022', kind: 'district', validFrom: D318, validUntil: '2024-02-29', period: PERIOD_2021, columns: 'none', criteria: DISTRICT_CRITERIA, conditions: DISTRICT_CONDITIONS };
export const DISTRICT_2024 = { id: 'district/qd320-qd211-2024', kind: 'district', validFrom: D211, validUntil: '2025-06-30', period: PERIOD_2021, columns: 'none', criteria: DISTRICT_CRITERIA, conditions: DISTRICT_CONDITIONS };

// --- Special district (QĐ 211; §5.6), from 01/03/2024 to the end of the district level.
export const SPECIAL_DISTRICT_2024 = {
  id: 'special-district/qd211-2024', kind: 'special-district', validFrom: D211, validUntil: '2025-06-30', period: PERIOD_2021, columns: 'none',
  criteria: [
    crit('1', null, [ind('1.1', pass(D211)), ind('1.2', [t('all', D211, { kind: 'min-count', min: 1 })])]),
    crit('2', null, [ind('2.1', [t('all', D211, { kind: 'min-percent', min: 100 })]), ind('2.2'), ind('2.3', pass(D211), { ifAny: true })]),
    crit('3', null, [ind('3.1', [t('all', D211, { kind: 'min-percent', min: 80 })], { ifAny: true }), ind('3.2', pass(D211))]),
    crit('4', null, [ind('4', pass(D211))]),
    crit('5', null, [ind('5.1'), ind('5.*')]),
    crit('6', null, [ind('6')]),
    crit('7', null, [ind('7')]),
    crit('8', null, [ind('8')]),
    crit('9', null, [ind('9')]),
  ],
  conditions: [ind('satisfaction', [t('all', D211, { kind: 'min-percent', min: 90 })])],
};

// --- Town completing the task (QĐ 320 Phụ lục II; §5.4): two of five conditions known.
export const TOWN_2022 = {
  id: 'town/qd320-2022', kind: 'town', validFrom: D318, validUntil: '2025-06-30', period: PERIOD_2021, columns: 'none', criteria: [],
  conditions: [ind('communes-ntm', [t('all', D318, { kind: 'min-percent', min: 100 })]), ind('advanced-communes', [t('all', D318, { kind: 'min-count', min: 1 })]), ind('conditions-not-read')],
};

// --- Advanced district (QĐ 320 Phụ lục III; §5.5): the NTM precondition only is encoded.
const ADVANCED_DISTRICT = (id, validFrom, validUntil) => ({
  id, kind: 'advanced-district', validFrom, validUntil, period: PERIOD_2021, columns: 'none',
  criteria: [crit('criteria', null, [ind('criteria')])],
  conditions: [ind('ntm-district', pass()), ind('communes-advanced-model'), ind('satisfaction')],
});
export const ADVANCED_DISTRICT_2022 = ADVANCED_DISTRICT('advanced-district/qd320-2022', D318, '2024-02-29');
export const ADVANCED_DISTRICT_2024 = ADVANCED_DISTRICT('advanced-district/qd320-qd211-2024', D211, '2025-06-30');

/** Every national version by kind, oldest first (the order of data/sets.json). */
export const VERSIONS = {
  commune: [COMMUNE_2022, COMMUNE_2024, COMMUNE_2026],
  'advanced-commune': [ADVANCED_COMMUNE_2022, ADVANCED_COMMUNE_2024],
  'model-commune': [MODEL_COMMUNE_2022],
  district: [DISTRICT_2022, DISTRICT_2024],
  'advanced-district': [ADVANCED_DISTRICT_2022, ADVANCED_DISTRICT_2024],
  'special-district': [SPECIAL_DISTRICT_2024],
  town: [TOWN_2022],
};
