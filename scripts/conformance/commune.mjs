// Writes conformance/commune.json: conformance cases for the national commune set (QĐ 318/QĐ-TTg
// Phụ lục I, as amended by QĐ 211/QĐ-TTg). This script does not import the library: every expected
// value comes from the legal data as typed below (legal notes §3-§4) or from test values the case
// itself supplies (overlays), never from the library's output.
// Run: node scripts/conformance/commune.mjs
import { writeCase } from './write.mjs';

const QD318 = 'QĐ 318/QĐ-TTg (08/03/2022) Phụ lục I';
const QD1491 = 'QĐ 1491/QĐ-BGDĐT (06/06/2022), secondary';
const base = { region: 'TDMNPB', year: 2024 };
const cases = [];
const add = (c) => cases.push(c);

// --- 1. Pass/fail ("Đạt") indicators: true is met, false is not met (annex layout, all regions).
const PASS_FAIL = ['1.1', '1.2', '3.2', '4.1', '6.1', '6.2', '7', '8.1', '8.2', '8.3', '8.4', '13.1', '13.2', '13.3', '13.4', '15.2', '17.3', '17.5', '18.1', '18.2', '18.3', '18.4', '18.5', '18.6', '19.1', '19.2'];
for (const code of PASS_FAIL) {
  for (const value of [true, false]) {
    add({
      name: `commune/pass-fail/${code}/${value ? 'met' : 'not-met'}`,
      description: `Indicator ${code} is a pass/fail requirement ("Đạt"): ${value ? 'true is met' : 'false is not met'}.`,
      function: 'evaluateCommune',
      options: {},
      input: { ...base, indicators: { [code]: value } },
      expected: { indicators: { [code]: { outcome: value ? 'met' : 'not-met', threshold: { provenance: 'secondary', source: 'national' } } } },
      rule: `${QD318}, ${code} (Đạt, all regions)`,
    });
  }
}

// --- 2. Criteria made only of pass/fail indicators: met when every indicator is met.
const ALL_PASS_FAIL = { '1': ['1.1', '1.2'], '7': ['7'], '8': ['8.1', '8.2', '8.3', '8.4'], '18': ['18.1', '18.2', '18.3', '18.4', '18.5', '18.6'], '19': ['19.1', '19.2'] };
for (const [criterion, codes] of Object.entries(ALL_PASS_FAIL)) {
  add({
    name: `commune/criterion/${criterion}/all-met`,
    description: `Criterion ${criterion} is met when all its indicators (${codes.join(', ')}) are met.`,
    function: 'evaluateCommune',
    options: {},
    input: { ...base, indicators: Object.fromEntries(codes.map((c) => [c, true])) },
    expected: { criteria: { [criterion]: 'met' } },
    rule: `${QD318}, criterion ${criterion}: a criterion is met when all its indicators are met`,
  });
  if (codes.length > 1) {
    add({
      name: `commune/criterion/${criterion}/one-unknown`,
      description: `Criterion ${criterion} with all indicators met but ${codes[codes.length - 1]} missing is unknown, not met and not not-met.`,
      function: 'evaluateCommune',
      options: {},
      input: { ...base, indicators: Object.fromEntries(codes.slice(0, -1).map((c) => [c, true])) },
      expected: { criteria: { [criterion]: 'unknown' }, indicators: { [codes[codes.length - 1]]: { outcome: 'unknown', reason: 'missing-input' } } },
      rule: 'Missing input is unknown, never not-met (project rule; QĐ 318 requires every indicator to be met)',
    });
  }
}

// --- 3. "Không" (none allowed): 9.1 temporary or dilapidated houses.
add({ name: 'commune/none-allowed/9.1/zero', description: 'No temporary house: met.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { '9.1': 0 } }, expected: { indicators: { '9.1': { outcome: 'met' } } }, rule: `${QD318}, 9.1 (Không)` });
add({ name: 'commune/none-allowed/9.1/one', description: 'One temporary house: not met, short by 1.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { '9.1': 1 } }, expected: { indicators: { '9.1': { outcome: 'not-met', shortfall: 1 } } }, rule: `${QD318}, 9.1 (Không)` });

// --- 4. Criterion 5 (schools): QĐ 1491/QĐ-BGDĐT as summarised (secondary).
const schools = (n, min, l1) => ({ schools: n, atMinimumStandard: min, atLevel1: l1 });
const SCHOOL_CASES = [
  // [region, value, outcome, why]
  ['TDMNPB', schools(3, 3, 2), 'met', '3 schools or fewer: 2/3 = 66.7% at level 1 ≥ 50%'],
  ['TDMNPB', schools(2, 2, 1), 'met', '3 schools or fewer: 1/2 = 50% at level 1, the boundary'],
  ['TDMNPB', schools(3, 3, 1), 'not-met', '3 schools or fewer: 1/3 = 33.3% < 50%'],
  ['TDMNPB', schools(3, 3, 0), 'not-met', 'no school at level 1'],
  ['BTB', schools(4, 4, 3), 'met', 'more than 3 schools: 3/4 = 75% ≥ 70%'],
  ['BTB', schools(4, 4, 2), 'not-met', 'more than 3 schools: 2/4 = 50% < 70% (the 50% rule is for 3 schools or fewer)'],
  ['DHNTB', schools(10, 10, 7), 'met', 'more than 3 schools: 7/10 = 70%, the boundary'],
  ['DHNTB', schools(10, 10, 6), 'not-met', 'more than 3 schools: 6/10 = 60% < 70%'],
  ['TN', schools(5, 4, 5), 'not-met', 'one school below the minimum standard: 100% at the minimum standard is required'],
  ['DBSCL', schools(1, 1, 1), 'met', 'one school, at level 1'],
  ['DBSCL', schools(1, 1, 0), 'not-met', 'one school, not at level 1 (0% < 50%)'],
  ['DBSH', schools(4, 4, 4), 'met', 'DBSH: 100% of schools at level 1'],
  ['DBSH', schools(4, 4, 3), 'not-met', 'DBSH: 3/4 at level 1 is not 100% (the 70% rule does not apply in DBSH)'],
  ['DNB', schools(2, 2, 2), 'met', 'DNB: 100% of schools at level 1'],
  ['DNB', schools(3, 3, 2), 'not-met', 'DNB: 2/3 at level 1 is not 100%'],
];
SCHOOL_CASES.forEach(([region, value, outcome, why], n) => {
  add({
    name: `commune/schools/${region}/${n + 1}`,
    description: `Criterion 5 in ${region}: ${why}.`,
    function: 'evaluateCommune',
    options: {},
    input: { region, year: 2024, indicators: { '5': value } },
    expected: { criteria: { '5': outcome }, indicators: { '5': { outcome, threshold: { provenance: 'secondary', column: region } } } },
    rule: `${QD318}, criterion 5, ${region} column; ${QD1491}`,
  });
});

// --- 5. Special communes take the TDMNPB column (QĐ 318, notice 39774; conflict C6: grammatical reading).
add({ name: 'commune/special/especially-difficult-DBSH', description: 'An especially difficult commune of DBSH is assessed against the TDMNPB column: 3/4 schools at level 1 (75% ≥ 70%) is met although DBSH requires 100%.', function: 'evaluateCommune', options: {}, input: { region: 'DBSH', especiallyDifficult: true, year: 2024, indicators: { '5': schools(4, 4, 3) } }, expected: { effectiveRegion: 'TDMNPB', criteria: { '5': 'met' }, indicators: { '5': { threshold: { column: 'TDMNPB' } } } }, rule: `${QD318}: especially difficult communes apply the TDMNPB targets` });
add({ name: 'commune/special/ordinary-DBSH', description: 'The same schools in an ordinary DBSH commune: not met (100% at level 1 required).', function: 'evaluateCommune', options: {}, input: { region: 'DBSH', year: 2024, indicators: { '5': schools(4, 4, 3) } }, expected: { effectiveRegion: 'DBSH', criteria: { '5': 'not-met' } }, rule: `${QD318}, criterion 5, DBSH column; ${QD1491}` });
add({ name: 'commune/special/safe-zone-DNB', description: 'A safe-zone commune of a poor district in DNB takes the TDMNPB column.', function: 'evaluateCommune', options: {}, input: { region: 'DNB', safeZone: true, year: 2024, indicators: { '5': schools(3, 3, 2) } }, expected: { effectiveRegion: 'TDMNPB', criteria: { '5': 'met' } }, rule: `${QD318}: safe-zone communes of poor districts apply the TDMNPB targets (conflict C6, grammatical reading)` });
add({ name: 'commune/special/TDMNPB-stays', description: 'An especially difficult TDMNPB commune stays on its own column.', function: 'evaluateCommune', options: {}, input: { region: 'TDMNPB', especiallyDifficult: true, year: 2024, indicators: {} }, expected: { effectiveRegion: 'TDMNPB' }, rule: `${QD318}: special-commune rule` });

// --- 6. Indicator 14.1 (universal education and literacy): QĐ 1491/QĐ-BGDĐT (secondary), all regions.
const edu = (o = {}) => ({ grade1EntryPercent: 98, preschool5Universal: true, primaryLevel: 2, lowerSecondaryLevel: 2, literacyLevel: 2, ...o });
const EDU_CASES = [
  [edu(), 'met', 'every part at its minimum: 98% entering grade 1, preschool universal, levels 2'],
  [edu({ grade1EntryPercent: 97.99 }), 'not-met', '97.99% entering grade 1 < 98%'],
  [edu({ grade1EntryPercent: 100, primaryLevel: 3, lowerSecondaryLevel: 3 }), 'met', 'levels above 2 satisfy "level 2"'],
  [edu({ preschool5Universal: false }), 'not-met', 'universal preschool for 5-year-olds not reached'],
  [edu({ primaryLevel: 1 }), 'not-met', 'universal primary education at level 1 only'],
  [edu({ lowerSecondaryLevel: 1 }), 'not-met', 'universal lower-secondary education at level 1 only'],
  [edu({ literacyLevel: 1 }), 'not-met', 'literacy at level 1 only'],
];
EDU_CASES.forEach(([value, outcome, why], n) => {
  for (const region of n === 0 ? ['TDMNPB', 'DBSCL'] : ['DHNTB']) {
    add({ name: `commune/education-14.1/${n + 1}/${region}`, description: `Indicator 14.1: ${why}.`, function: 'evaluateCommune', options: {}, input: { region, year: 2023, indicators: { '14.1': value } }, expected: { indicators: { '14.1': { outcome, threshold: { provenance: 'secondary', column: 'all' } } } }, rule: `${QD318}, 14.1; ${QD1491}` });
  }
});

// --- 6b. Health (criterion 15): values read in a verbatim Q&A snippet of the annex (docs/legal-sources.md S1) and a
// press report (S2). The snippet prints the stunting values as "≥"; a stunting rate is capped (conflict C17).
const S1 = 'QĐ 318/QĐ-TTg Phụ lục I 15.3/15.4 as quoted in a legal Q&A snippet (docs/legal-sources.md S1, secondary)';
const STUNTING = { TDMNPB: 24, DBSH: 16.5, BTB: 25, DHNTB: 22, TN: 26.5, DNB: 14.5, DBSCL: 19 };
for (const [region, cap] of Object.entries(STUNTING)) {
  add({ name: `commune/health-15.3/${region}/at-cap`, description: `Stunting rate ${cap}% in ${region}: at the cap, met.`, function: 'evaluateCommune', options: {}, input: { region, year: 2023, indicators: { '15.3': cap } }, expected: { indicators: { '15.3': { outcome: 'met', threshold: { column: region, provenance: 'secondary' } } } }, rule: `${S1}: ${region} ${cap}% (read as a cap, conflict C17)` });
  add({ name: `commune/health-15.3/${region}/above`, description: `Stunting rate ${cap + 0.5}% in ${region}: above the cap by 0.5, not met.`, function: 'evaluateCommune', options: {}, input: { region, year: 2023, indicators: { '15.3': cap + 0.5 } }, expected: { indicators: { '15.3': { outcome: 'not-met', shortfall: 0.5 } } }, rule: `${S1}: ${region} ${cap}% (read as a cap, conflict C17)` });
}
add({ name: 'commune/health-15.4/TDMNPB', description: 'Electronic health records for 50% of the population in TDMNPB: met (≥ 50%).', function: 'evaluateCommune', options: {}, input: { region: 'TDMNPB', year: 2023, indicators: { '15.4': 50 } }, expected: { indicators: { '15.4': { outcome: 'met' } } }, rule: `${S1}: 15.4 TDMNPB ≥ 50%` });
add({ name: 'commune/health-15.4/DBSH', description: 'Electronic health records for 69.9% in DBSH: not met (≥ 70%).', function: 'evaluateCommune', options: {}, input: { region: 'DBSH', year: 2023, indicators: { '15.4': 69.9 } }, expected: { indicators: { '15.4': { outcome: 'not-met' } } }, rule: `${S1}: 15.4 DBSH ≥ 70%` });
add({ name: 'commune/health-15.4/BTB-cut-off', description: 'The snippet breaks off after DBSH: in BTB 15.4 has no sourced value and is unknown.', function: 'evaluateCommune', options: {}, input: { region: 'BTB', year: 2023, indicators: { '15.4': 90 } }, expected: { indicators: { '15.4': { outcome: 'unknown', reason: 'threshold-not-encoded' } } }, rule: `Never invent a number: ${S1} breaks off after the DBSH column` });
const S2 = 'Health-insurance coverage ≥ 93% for NTM communes, Cà Mau (ĐBSCL), press report about 2024 (docs/legal-sources.md S2, secondary; conflict C18 "over 93%" read as ≥ 93%)';
add({ name: 'commune/health-15.1/DBSCL-2024', description: 'Health insurance 93% in ĐBSCL in 2024: met.', function: 'evaluateCommune', options: {}, input: { region: 'DBSCL', year: 2024, indicators: { '15.1': 93 } }, expected: { indicators: { '15.1': { outcome: 'met' } } }, rule: S2 });
add({ name: 'commune/health-15.1/DBSCL-before', description: 'The same value on 29/02/2024 (before the version the report speaks of): not sourced, unknown.', function: 'evaluateCommune', options: { asOf: '2024-02-29' }, input: { region: 'DBSCL', year: 2024, indicators: { '15.1': 93 } }, expected: { indicators: { '15.1': { outcome: 'unknown', reason: 'threshold-not-encoded' } } }, rule: `${S2}; dated from 01/03/2024 only` });

// --- 7. Unknown versus not met; "if any" indicators.
add({ name: 'commune/unknown/empty', description: 'No input at all: every criterion unknown, none not met; the commune is undetermined.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: {} }, expected: { status: 'undetermined', criteriaMet: 0, criteriaNotMet: 0, criteriaUnknown: 19, criteriaTotal: 19 }, rule: 'Missing input is unknown, never not-met (project rule)' });
add({ name: 'commune/unknown/null', description: 'null declares a value unknown: explicitly-unknown, not not-met.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { '1.1': null } }, expected: { indicators: { '1.1': { outcome: 'unknown', reason: 'explicitly-unknown' } } }, rule: 'Explicitly unknown input (null) is unknown (project rule)' });
add({ name: 'commune/unknown/not-met-wins', description: 'A criterion with one indicator not met and another unknown is not met.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { '1.1': false } }, expected: { status: 'not-met', criteria: { '1': 'not-met' }, criteriaNotMet: 1 }, rule: `${QD318}: a criterion needs all its indicators; one not met decides` });
add({ name: 'commune/if-any/13.4', description: '13.4 "(nếu có)" declared not applicable counts as satisfied: criterion 13 is met with 13.1-13.3 met.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { '13.1': true, '13.2': true, '13.3': true, '13.4': 'not-applicable' } }, expected: { criteria: { '13': 'met' }, indicators: { '13.4': { outcome: 'not-applicable', reason: 'not-applicable' } } }, rule: `${QD318}, 13.4 "(nếu có)"` });

// Numeric indicators whose per-region values could not be sourced: a value is still unknown (never
// judged against an invented number). These pin the package's data state as of this version.
const NOT_ENCODED = [['2.1', 100], ['4.2', 99], ['10', 60], ['11', 1.5], ['15.1', 95], ['17.4', 2]];
for (const [code, value] of NOT_ENCODED) {
  add({ name: `commune/not-encoded/${code}`, description: `Indicator ${code}: no sourced threshold, so even a value (${value}) evaluates to unknown with the reason; an overlay can supply the threshold.`, function: 'evaluateCommune', options: {}, input: { ...base, indicators: { [code]: value } }, expected: { indicators: { [code]: { outcome: 'unknown', reason: 'threshold-not-encoded', threshold: null } } }, rule: `Never invent a number: ${QD318}, ${code} per-region value not reached (legal notes §4.3)` });
}

// --- 8. Versions by date (QĐ 318 from 08/03/2022; QĐ 211/QĐ-TTg from 01/03/2024) and the period 2021-2025.
const VERSION_CASES = [
  [{ year: 2023 }, {}, 'commune/qd318-2022', 'year 2023, default day 31/12/2023'],
  [{ year: 2024 }, {}, 'commune/qd318-qd211-2024', 'year 2024, default day 31/12/2024'],
  [{ year: 2024 }, { asOf: '2024-02-29' }, 'commune/qd318-2022', 'the day before QĐ 211 took effect'],
  [{ year: 2024 }, { asOf: '2024-03-01' }, 'commune/qd318-qd211-2024', 'the day QĐ 211 took effect'],
  [{ year: 2022 }, { asOf: '2022-03-08' }, 'commune/qd318-2022', 'the day QĐ 318 was signed and took effect'],
  [{ year: 2025 }, {}, 'commune/qd318-qd211-2024', 'the last assessment year of the period'],
];
VERSION_CASES.forEach(([y, options, id, why], n) => {
  add({ name: `commune/version/${n + 1}`, description: `Version in force: ${why}.`, function: 'evaluateCommune', options, input: { ...base, ...y, indicators: {} }, expected: { setId: id }, rule: 'QĐ 318/QĐ-TTg in force 08/03/2022; amended by QĐ 211/QĐ-TTg from 01/03/2024' });
});
add({ name: 'commune/version/2026-region', description: 'Year 2026 is assessed against the 2026-2030 set (QĐ 51/2025/QĐ-TTg), whose columns are commune groups: a region is refused.', function: 'evaluateCommune', options: {}, input: { ...base, year: 2026, indicators: {} }, expected: { error: { code: 'invalid-input', paths: [['region']] } }, rule: 'QĐ 51/2025/QĐ-TTg Phụ lục I (from 15/02/2026): three commune groups replace the seven regions' });
add({ name: 'commune/version/2026', description: 'Year 2026 by default is judged on 31/12/2026 with the 2026-2030 set: ten criteria, none with encoded indicators, so every criterion is unknown until assessed.', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026 }, expected: { setId: 'commune/qd51-2026', status: 'undetermined', criteriaMet: 0, criteriaUnknown: 10, criteriaTotal: 10 }, rule: 'QĐ 51/2025/QĐ-TTg Phụ lục I: 10 criteria (secondary); indicators not reached' });
add({ name: 'commune/version/transition-2026', description: 'A day between 01/01/2026 and 14/02/2026: no source says which criteria govern new assessments.', function: 'evaluateCommune', options: { asOf: '2026-02-01' }, input: { group: 2, year: 2026 }, expected: { error: { code: 'no-set-in-force', paths: [['options', 'asOf']] } }, rule: 'QĐ 318 ends 31/12/2025; QĐ 51/2025/QĐ-TTg in force from 15/02/2026' });
add({ name: 'commune/version/2020', description: 'Year 2020 lies outside 2021-2025 (QĐ 1980/QĐ-TTg governed, not encoded).', function: 'evaluateCommune', options: {}, input: { ...base, year: 2020, indicators: {} }, expected: { error: { code: 'no-set-in-force', paths: [['year']] } }, rule: 'QĐ 318/QĐ-TTg period 2021-2025' });
add({ name: 'commune/version/before-318', description: 'A day before 08/03/2022: no version of the 2021-2025 commune set is in force.', function: 'evaluateCommune', options: { asOf: '2022-03-07' }, input: { ...base, year: 2022, indicators: {} }, expected: { error: { code: 'no-set-in-force' } }, rule: 'QĐ 318/QĐ-TTg in force from 08/03/2022' });

// --- 9. Invalid input: typed errors naming the path.
const INVALID = [
  [{ ...base, indicators: { '2.1': 101 } }, [['indicators', '2.1']], 'a percentage above 100'],
  [{ ...base, indicators: { '1.1': 'đạt' } }, [['indicators', '1.1']], 'a pass/fail value given as text'],
  [{ ...base, indicators: { '9.1': 1.5 } }, [['indicators', '9.1']], 'a fractional count'],
  [{ ...base, indicators: { '1.1': 'not-applicable' } }, [['indicators', '1.1']], '"not applicable" for an indicator without "(nếu có)"'],
  [{ ...base, indicators: { '99.9': true } }, [['indicators', '99.9']], 'an unknown indicator code'],
  [{ ...base, indicators: { '5': { schools: 3, atMinimumStandard: 3, atLevel1: 4 } } }, [['indicators', '5', 'atLevel1']], 'more schools at level 1 than schools (the path names the field)'],
  [{ year: 2024, indicators: {} }, [['region']], 'no region for a regional set'],
  [{ region: 'MEKONG', year: 2024, indicators: {} }, [['region']], 'an unknown region code'],
  [{ ...base, indicators: {}, population: 1000 }, [['population']], 'an unknown top-level field'],
];
INVALID.forEach(([input, paths, why], n) => {
  add({ name: `commune/invalid/${n + 1}`, description: `Rejected with an invalid-input error naming the path: ${why}.`, function: 'evaluateCommune', options: {}, input, expected: { error: { code: 'invalid-input', paths } }, rule: 'Bad input gets a typed error naming the field path (project rule)' });
});

// --- 10. Overlays: thresholds a province supplies (test values, not legal values).
const overlay = (thresholds, extra = {}) => ({ id: 'conformance-test-table', title: 'Conformance test values (not legal values)', setKind: 'commune', citation: { instrument: 'Conformance test table' }, provenance: 'secondary', thresholds, ...extra });
const o21 = overlay({ '2.1': { rule: { kind: 'min-percent', min: 100 } } });
add({ name: 'commune/overlay/boundary-met', description: 'An overlay supplying 2.1 ≥ 100%: 100 is met and the threshold cites the overlay.', function: 'evaluateCommune', options: { overlays: [o21] }, input: { ...base, indicators: { '2.1': 100 } }, expected: { indicators: { '2.1': { outcome: 'met', threshold: { source: 'conformance-test-table', provenance: 'secondary' } } }, provenance: { fromOverlay: 1 } }, rule: 'Overlays fill thresholds the package does not hold; results cite them (project rule)' });
add({ name: 'commune/overlay/boundary-not-met', description: 'Overlay 2.1 ≥ 100%: 99.9 is not met, short by 0.1.', function: 'evaluateCommune', options: { overlays: [o21] }, input: { ...base, indicators: { '2.1': 99.9 } }, expected: { indicators: { '2.1': { outcome: 'not-met', shortfall: 0.1 } } }, rule: 'min-percent: value ≥ threshold' });
add({ name: 'commune/overlay/region-column', description: 'An overlay value for TDMNPB only does not apply in DBSH: unknown there.', function: 'evaluateCommune', options: { overlays: [overlay({ '2.2': { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 70 } } })] }, input: { region: 'DBSH', year: 2024, indicators: { '2.2': 80 } }, expected: { indicators: { '2.2': { outcome: 'unknown', reason: 'threshold-not-encoded' } } }, rule: 'Thresholds apply to their region columns only' });
add({ name: 'commune/overlay/region-column-applies', description: 'The same TDMNPB overlay value applies to an especially difficult DBSH commune (TDMNPB column).', function: 'evaluateCommune', options: { overlays: [overlay({ '2.2': { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 70 } } })] }, input: { region: 'DBSH', especiallyDifficult: true, year: 2024, indicators: { '2.2': 80 } }, expected: { indicators: { '2.2': { outcome: 'met', threshold: { column: 'TDMNPB' } } } }, rule: `${QD318}: special communes take the TDMNPB column` });
add({ name: 'commune/overlay/max-percent', description: 'An overlay poverty ceiling ≤ 4%: 4 is met, 4.5 not met (short by 0.5).', function: 'evaluateCommune', options: { overlays: [overlay({ '11': { rule: { kind: 'max-percent', max: 4 } } })] }, input: { ...base, indicators: { '11': 4.5 } }, expected: { indicators: { '11': { outcome: 'not-met', shortfall: 0.5 } } }, rule: 'max-percent: value ≤ threshold' });
add({ name: 'commune/overlay/income-by-year', description: 'An income overlay given for 2024 only does not apply to 2023.', function: 'evaluateCommune', options: { overlays: [overlay({ '10': { years: [2024], rule: { kind: 'min-value', min: 50 } } })] }, input: { ...base, year: 2023, indicators: { '10': 60 } }, expected: { indicators: { '10': { outcome: 'unknown', reason: 'threshold-not-encoded' } } }, rule: 'Income thresholds vary by assessment year (legal notes §4.2 yearRegionMin)' });
add({ name: 'commune/overlay/income-year-applies', description: 'The 2024 income overlay applies in 2024: 49.5 < 50 is not met, short by 0.5.', function: 'evaluateCommune', options: { overlays: [overlay({ '10': { years: [2024], rule: { kind: 'min-value', min: 50 } } })] }, input: { ...base, year: 2024, indicators: { '10': 49.5 } }, expected: { indicators: { '10': { outcome: 'not-met', shortfall: 0.5 } } }, rule: 'min-value: value ≥ threshold, for the assessment year' });
add({ name: 'commune/overlay/last-wins', description: 'Two overlays for 2.1: the last one given wins.', function: 'evaluateCommune', options: { overlays: [o21, overlay({ '2.1': { rule: { kind: 'min-percent', min: 90 } } }, { id: 'second-table' })] }, input: { ...base, indicators: { '2.1': 95 } }, expected: { indicators: { '2.1': { outcome: 'met', threshold: { source: 'second-table' } } } }, rule: 'Overlay order: the last overlay given wins (library contract)' });
add({ name: 'commune/overlay/dated', description: 'An overlay value valid from 2025-01-01 does not apply on 2024-12-31.', function: 'evaluateCommune', options: { overlays: [overlay({ '2.1': { validFrom: '2025-01-01', rule: { kind: 'min-percent', min: 90 } } })] }, input: { ...base, indicators: { '2.1': 95 } }, expected: { indicators: { '2.1': { outcome: 'unknown', reason: 'threshold-not-encoded' } } }, rule: 'Thresholds are dated: a value applies only within its validity' });
add({ name: 'commune/overlay/other-set', description: 'An overlay for another set kind is ignored by the commune evaluation.', function: 'evaluateCommune', options: { overlays: [overlay({ '2.1': { rule: { kind: 'min-percent', min: 90 } } }, { setKind: 'district' })] }, input: { ...base, indicators: { '2.1': 95 } }, expected: { indicators: { '2.1': { outcome: 'unknown', reason: 'threshold-not-encoded' } } }, rule: 'Overlays apply to their set kind only' });
add({ name: 'commune/overlay/kind-mismatch', description: 'An overlay whose rule kind does not match the indicator is rejected with its path.', function: 'evaluateCommune', options: { overlays: [overlay({ '2.1': { rule: { kind: 'max-percent', max: 10 } } })] }, input: { ...base, indicators: {} }, expected: { error: { code: 'invalid-input', paths: [['options', 'overlays', 0, 'thresholds', '2.1', 'rule', 'kind']] } }, rule: 'Overlays are validated against the set (project rule)' });

// A commune meeting all 19 criteria, with the numeric thresholds supplied as test values by an overlay.
const NUMERIC = ['2.1', '2.2', '2.3', '2.4', '3.1', '4.2', '6.3', '9.2', '12.1', '12.2', '12.3', '14.2', '14.3', '15.1', '15.4', '15.5', '16', '17.2', '17.6', '17.7', '17.8', '17.9', '17.10'];
const full = overlay({
  ...Object.fromEntries(NUMERIC.map((c) => [c, { rule: { kind: 'min-percent', min: 50 } }])),
  '10': { rule: { kind: 'min-value', min: 40 } },
  '11': { rule: { kind: 'max-percent', max: 5 } },
  '15.3': { rule: { kind: 'max-percent', max: 30 } },
  '17.4': { rule: { kind: 'min-value', min: 2 } },
  '17.1': { rule: { kind: 'compound', rule: { all: [{ compare: [{ field: 'cleanWaterPercent' }, '>=', { const: 50 }] }, { compare: [{ field: 'centralisedPercent' }, '>=', { const: 20 }] }] } } },
});
const allIndicators = {
  ...Object.fromEntries(PASS_FAIL.map((c) => [c, true])),
  ...Object.fromEntries(NUMERIC.map((c) => [c, 60])),
  '5': schools(3, 3, 2), '9.1': 0, '10': 45, '11': 3, '15.3': 20, '17.4': 3, '14.1': edu(),
  '17.1': { cleanWaterPercent: 90, centralisedPercent: 25 },
};
add({ name: 'commune/full/meets-standard', description: 'Every indicator given and met (numeric thresholds from a test overlay): the commune meets the standard, 19/19.', function: 'evaluateCommune', options: { overlays: [full] }, input: { ...base, indicators: allIndicators }, expected: { status: 'meets-standard', criteriaMet: 19, criteriaNotMet: 0, criteriaUnknown: 0, provenance: { notEncoded: 0 } }, rule: `${QD318}: a commune meets the standard when it meets all 19 criteria (QĐ 18/2022/QĐ-TTg recognition precondition)` });
add({ name: 'commune/full/one-short', description: 'The same commune with one temporary house: 18/19, not met.', function: 'evaluateCommune', options: { overlays: [full] }, input: { ...base, indicators: { ...allIndicators, '9.1': 1 } }, expected: { status: 'not-met', criteriaMet: 18, criteriaNotMet: 1, criteria: { '9': 'not-met' } }, rule: `${QD318}: all 19 criteria are required` });
add({ name: 'commune/full/one-unknown', description: 'The same commune with income unknown: 18 met, 1 unknown, undetermined (not "not met").', function: 'evaluateCommune', options: { overlays: [full] }, input: { ...base, indicators: { ...allIndicators, '10': null } }, expected: { status: 'undetermined', criteriaMet: 18, criteriaUnknown: 1, criteria: { '10': 'unknown' } }, rule: 'Missing input is unknown, never not-met (project rule)' });

// --- 11. Regions: the column a commune is assessed against.
const REGION_CASES = [
  [{ region: 'DBSCL', especiallyDifficult: true }, 'TDMNPB'],
  [{ region: 'TN', safeZone: true }, 'TDMNPB'],
  [{ region: 'DBSH' }, 'DBSH'],
  [{ region: 'BTB', especiallyDifficult: false, safeZone: false }, 'BTB'],
  [{ region: 'TDMNPB', especiallyDifficult: true }, 'TDMNPB'],
];
REGION_CASES.forEach(([input, region], n) => {
  add({ name: `regions/effective/${n + 1}`, description: `${JSON.stringify(input)} is assessed against the ${region} column.`, function: 'effectiveRegion', options: {}, input, expected: { region }, rule: `${QD318}: especially difficult communes and safe-zone communes of poor districts apply the TDMNPB targets` });
});

// --- 12. The registry: versions by date.
const SET_CASES = [
  [{ kind: 'commune', asOf: '2023-06-30' }, { id: 'commune/qd318-2022', validFrom: '2022-03-08', validUntil: '2024-02-29', criteriaCount: 19 }],
  [{ kind: 'commune', asOf: '2024-03-01' }, { id: 'commune/qd318-qd211-2024', validFrom: '2024-03-01', criteriaCount: 19 }],
  [{ kind: 'commune', asOf: '2021-12-31' }, { error: { code: 'no-set-in-force' } }],
  [{ kind: 'commune', asOf: '2026-01-15' }, { error: { code: 'no-set-in-force' } }],
  [{ kind: 'commune', asOf: '2026-03-01' }, { id: 'commune/qd51-2026', validFrom: '2026-02-15', criteriaCount: 10 }],
  [{ kind: 'district', asOf: '2025-07-01' }, { error: { code: 'no-set-in-force' } }],
  [{ kind: 'district', asOf: '2025-06-30' }, { id: 'district/qd320-qd211-2024', validFrom: '2024-03-01', criteriaCount: 9 }],
  [{ kind: 'village' }, { error: { code: 'no-set-in-force', paths: [['options', 'province']] } }],
  [{ kind: 'hamlet' }, { error: { code: 'unknown-reference' } }],
];
SET_CASES.forEach(([input, expected], n) => {
  add({ name: `sets/version/${n + 1}`, description: `getCriteriaSet(${JSON.stringify(input)}).`, function: 'getCriteriaSet', options: {}, input, expected, rule: 'Versions by date: QĐ 318/QĐ-TTg (08/03/2022), QĐ 211/QĐ-TTg (01/03/2024), QĐ 51/2025/QĐ-TTg (from 15/02/2026); district level up to 30/06/2025; village sets are provincial' });
});

writeCase('commune.json', 'National commune set (QĐ 318/QĐ-TTg Phụ lục I, amended by QĐ 211/QĐ-TTg), special-commune regions, set versions.', cases);
