// Writes conformance/commune.json: the national commune sets (QĐ 318/QĐ-TTg Phụ lục I, amended by
// QĐ 211/QĐ-TTg; QĐ 51/2025/QĐ-TTg from 15/02/2026) through evaluateCommune, the region columns and
// the registry. This script does not import the library: the sets are typed in lib/national.mjs from
// the legal notes, every judged value's outcome is stated here by hand, and lib/evaluation.mjs fills
// in the rest of the complete result by the rules of docs/spec.md.
// Run: node scripts/conformance/commune.mjs
import { allJudged, expectEvaluation } from './lib/evaluation.mjs';
import { COMMUNE_2022, COMMUNE_2024, COMMUNE_2026, COMMUNE_CODES, EHR, HEALTH_INSURANCE_DBSCL, REGIONS, STUNTING, VERSIONS } from './lib/national.mjs';
import { error, writeCase } from './write.mjs';

const QD318 = 'QĐ 318/QĐ-TTg (08/03/2022) Phụ lục I';
const QD1491 = 'QĐ 1491/QĐ-BGDĐT (06/06/2022), secondary';
const base = { region: 'TDMNPB', year: 2024 };
const cases = [];
const add = (c) => cases.push({ options: {}, ...c });
/** A commune case whose expected result is the complete projection for the set given. */
const commune = (c) => {
  const { set = COMMUNE_2024, judged = {}, extra, ...rest } = c;
  add({ function: 'evaluateCommune', ...rest, expected: expectEvaluation(set, c.input, c.options ?? {}, judged, extra) });
};

// --- 1. Pass/fail ("Đạt") indicators: true is met, false is not met (annex layout, all regions).
const PASS_FAIL = ['1.1', '1.2', '3.2', '4.1', '6.1', '6.2', '7', '8.1', '8.2', '8.3', '8.4', '13.1', '13.2', '13.3', '13.4', '15.2', '17.3', '17.5', '18.1', '18.2', '18.3', '18.4', '18.5', '18.6', '19.1', '19.2'];
PASS_FAIL.forEach((code, n) => {
  for (const value of [true, false]) {
    const region = REGIONS[n % REGIONS.length];
    commune({
      name: `commune/pass-fail/${code}/${value ? 'met' : 'not-met'}`,
      description: `Indicator ${code} is a pass/fail requirement ("Đạt"), the same in every region (here ${region}): ${value ? 'true is met' : 'false is not met, and so is its criterion'}.`,
      input: { region, year: 2024, indicators: { [code]: value } },
      judged: { [code]: { outcome: value ? 'met' : 'not-met' } },
      rule: ['EVAL-JUDGE-BOOLEAN', 'EVAL-THRESHOLD-COLUMN', 'EVAL-CRITERION-COMBINE', 'EVAL-REASON-PRECEDENCE'],
      source: `${QD318}, ${code} (Đạt, all regions)`,
    });
  }
});

// --- 2. Criteria made only of pass/fail indicators: met when every indicator is met.
const ALL_PASS_FAIL = { '1': ['1.1', '1.2'], '7': ['7'], '8': ['8.1', '8.2', '8.3', '8.4'], '18': ['18.1', '18.2', '18.3', '18.4', '18.5', '18.6'], '19': ['19.1', '19.2'] };
for (const [criterion, codes] of Object.entries(ALL_PASS_FAIL)) {
  commune({
    name: `commune/criterion/${criterion}/all-met`,
    description: `Criterion ${criterion} is met when all its indicators (${codes.join(', ')}) are met.`,
    input: { ...base, indicators: Object.fromEntries(codes.map((c) => [c, true])) },
    judged: allJudged(codes),
    rule: ['EVAL-CRITERION-COMBINE', 'EVAL-COUNTS'],
    source: `${QD318}, criterion ${criterion}: a criterion is met when all its indicators are met`,
  });
  if (codes.length > 1) {
    commune({
      name: `commune/criterion/${criterion}/one-unknown`,
      description: `Criterion ${criterion} with all indicators met but ${codes[codes.length - 1]} missing is unknown, not met and not not-met.`,
      input: { ...base, indicators: Object.fromEntries(codes.slice(0, -1).map((c) => [c, true])) },
      judged: allJudged(codes.slice(0, -1)),
      rule: ['EVAL-CRITERION-COMBINE', 'EVAL-REASON-PRECEDENCE'],
      source: 'Missing input is unknown, never not-met (project rule; QĐ 318 requires every indicator to be met)',
    });
  }
}

// --- 3. "Không" (none allowed): 9.1 temporary or dilapidated houses.
commune({ name: 'commune/none-allowed/9.1/zero', description: 'No temporary house: met.', input: { ...base, indicators: { '9.1': 0 } }, judged: { '9.1': { outcome: 'met' } }, rule: ['EVAL-JUDGE-NONE-ALLOWED'], source: `${QD318}, 9.1 (Không)` });
commune({ name: 'commune/none-allowed/9.1/one', description: 'One temporary house: not met, short by 1.', input: { ...base, indicators: { '9.1': 1 } }, judged: { '9.1': { outcome: 'not-met', shortfall: 1 } }, rule: ['EVAL-JUDGE-NONE-ALLOWED'], source: `${QD318}, 9.1 (Không)` });
commune({ name: 'commune/none-allowed/9.1/seven', description: 'Seven temporary houses: not met, short by 7 (the count itself).', input: { region: 'DNB', year: 2023, indicators: { '9.1': 7 } }, set: COMMUNE_2022, judged: { '9.1': { outcome: 'not-met', shortfall: 7 } }, rule: ['EVAL-JUDGE-NONE-ALLOWED'], source: `${QD318}, 9.1 (Không)` });

// --- 4. Criterion 5 (schools): QĐ 1491/QĐ-BGDĐT as summarised (secondary). Hand arithmetic in each `why`;
// failed = the number of failed comparisons (EVAL-JUDGE-COMPOUND).
const schools = (n, min, l1) => ({ schools: n, atMinimumStandard: min, atLevel1: l1 });
const SCHOOL_CASES = [
  // [region, value, outcome, failed comparisons, why]
  ['TDMNPB', schools(3, 3, 2), 'met', 0, '3 schools or fewer: 2/3 = 66.7% at level 1 ≥ 50%'],
  ['TDMNPB', schools(2, 2, 1), 'met', 0, '3 schools or fewer: 1/2 = 50% at level 1, the boundary'],
  ['TDMNPB', schools(3, 3, 1), 'not-met', 1, '3 schools or fewer: 1/3 = 33.3% < 50%'],
  ['TDMNPB', schools(3, 3, 0), 'not-met', 1, 'no school at level 1'],
  ['BTB', schools(4, 4, 3), 'met', 0, 'more than 3 schools: 3/4 = 75% ≥ 70%'],
  ['BTB', schools(4, 4, 2), 'not-met', 1, 'more than 3 schools: 2/4 = 50% < 70% (the 50% rule is for 3 schools or fewer)'],
  ['DHNTB', schools(10, 10, 7), 'met', 0, 'more than 3 schools: 7/10 = 70%, the boundary (700/10 is exactly 70)'],
  ['DHNTB', schools(10, 10, 6), 'not-met', 1, 'more than 3 schools: 6/10 = 60% < 70%'],
  ['TN', schools(5, 4, 5), 'not-met', 1, 'one school below the minimum standard: 100% at the minimum standard is required'],
  ['TN', schools(5, 4, 3), 'not-met', 2, 'one school below the minimum standard and 3/5 = 60% < 70%: two failed parts'],
  ['DBSCL', schools(1, 1, 1), 'met', 0, 'one school, at level 1'],
  ['DBSCL', schools(1, 1, 0), 'not-met', 1, 'one school, not at level 1 (0% < 50%)'],
  ['DBSH', schools(4, 4, 4), 'met', 0, 'DBSH: 100% of schools at level 1'],
  ['DBSH', schools(4, 4, 3), 'not-met', 1, 'DBSH: 3/4 at level 1 is not 100% (the 70% rule does not apply in DBSH)'],
  ['DNB', schools(2, 2, 2), 'met', 0, 'DNB: 100% of schools at level 1'],
  ['DNB', schools(3, 3, 2), 'not-met', 1, 'DNB: 2/3 at level 1 is not 100%'],
];
SCHOOL_CASES.forEach(([region, value, outcome, failed, why], n) => {
  commune({
    name: `commune/schools/${region}/${n + 1}`,
    description: `Criterion 5 in ${region}: ${why}.`,
    input: { region, year: 2024, indicators: { '5': value } },
    judged: { '5': outcome === 'met' ? { outcome } : { outcome, failed } },
    rule: ['EVAL-JUDGE-COMPOUND', 'EVAL-COMPOUND-OPERANDS', 'EVAL-THRESHOLD-COLUMN', 'COL-REGION'],
    source: `${QD318}, criterion 5, ${region} column; ${QD1491}`,
  });
});

// --- 5. Special communes take the TDMNPB column (QĐ 318, notice 39774; conflict C6: grammatical reading).
commune({ name: 'commune/special/especially-difficult-DBSH', description: 'An especially difficult commune of DBSH is assessed against the TDMNPB column: 3/4 schools at level 1 (75% ≥ 70%) is met although DBSH requires 100%.', input: { region: 'DBSH', especiallyDifficult: true, year: 2024, indicators: { '5': schools(4, 4, 3) } }, judged: { '5': { outcome: 'met' } }, rule: ['COL-SPECIAL-TDMNPB'], source: `${QD318}: especially difficult communes apply the TDMNPB targets` });
commune({ name: 'commune/special/ordinary-DBSH', description: 'The same schools in an ordinary DBSH commune: not met (100% at level 1 required).', input: { region: 'DBSH', year: 2024, indicators: { '5': schools(4, 4, 3) } }, judged: { '5': { outcome: 'not-met', failed: 1 } }, rule: ['COL-REGION'], source: `${QD318}, criterion 5, DBSH column; ${QD1491}` });
commune({ name: 'commune/special/safe-zone-DNB', description: 'A safe-zone commune of a poor district in DNB takes the TDMNPB column.', input: { region: 'DNB', safeZone: true, year: 2024, indicators: { '5': schools(3, 3, 2) } }, judged: { '5': { outcome: 'met' } }, rule: ['COL-SPECIAL-TDMNPB'], source: `${QD318}: safe-zone communes of poor districts apply the TDMNPB targets (conflict C6, grammatical reading)` });
commune({ name: 'commune/special/both-flags-DBSCL', description: 'A commune both especially difficult and safe-zone (ĐBSCL) takes the TDMNPB column: the stunting cap is 24%, not 19%.', input: { region: 'DBSCL', especiallyDifficult: true, safeZone: true, year: 2023, indicators: { '15.3': 20 } }, set: COMMUNE_2022, judged: { '15.3': { outcome: 'met' } }, rule: ['COL-SPECIAL-TDMNPB'], source: `${QD318}: special-commune rule; health Q&A snippet (15.3)` });
commune({ name: 'commune/special/flags-false', description: 'Flags given as false change nothing: a BTB commune stays on the BTB column.', input: { region: 'BTB', especiallyDifficult: false, safeZone: false, year: 2024, indicators: { '15.3': 25.5 } }, judged: { '15.3': { outcome: 'not-met', shortfall: 0.5 } }, rule: ['COL-REGION'], source: `${QD318}: special-commune rule` });
commune({ name: 'commune/special/TDMNPB-stays', description: 'An especially difficult TDMNPB commune stays on its own column.', input: { region: 'TDMNPB', especiallyDifficult: true, year: 2024, indicators: {} }, rule: ['COL-SPECIAL-TDMNPB'], source: `${QD318}: special-commune rule` });

// --- 6. Indicator 14.1 (universal education and literacy): QĐ 1491/QĐ-BGDĐT (secondary), all regions.
const edu = (o = {}) => ({ grade1EntryPercent: 98, preschool5Universal: true, primaryLevel: 2, lowerSecondaryLevel: 2, literacyLevel: 2, ...o });
const EDU_CASES = [
  [edu(), 'met', 0, 'every part at its minimum: 98% entering grade 1, preschool universal, levels 2'],
  [edu({ grade1EntryPercent: 97.99 }), 'not-met', 1, '97.99% entering grade 1 < 98%'],
  [edu({ grade1EntryPercent: 100, primaryLevel: 3, lowerSecondaryLevel: 3 }), 'met', 0, 'levels above 2 satisfy "level 2"'],
  [edu({ preschool5Universal: false }), 'not-met', 1, 'universal preschool for 5-year-olds not reached'],
  [edu({ primaryLevel: 1 }), 'not-met', 1, 'universal primary education at level 1 only'],
  [edu({ lowerSecondaryLevel: 1 }), 'not-met', 1, 'universal lower-secondary education at level 1 only'],
  [edu({ literacyLevel: 1 }), 'not-met', 1, 'literacy at level 1 only'],
  [edu({ grade1EntryPercent: 90, preschool5Universal: false, primaryLevel: 0, lowerSecondaryLevel: 1, literacyLevel: 0 }), 'not-met', 5, 'every part short: all five comparisons fail'],
];
EDU_CASES.forEach(([value, outcome, failed, why], n) => {
  for (const region of n === 0 ? ['TDMNPB', 'DBSCL'] : ['DHNTB']) {
    commune({ name: `commune/education-14.1/${n + 1}/${region}`, description: `Indicator 14.1: ${why}.`, input: { region, year: 2023, indicators: { '14.1': value } }, set: COMMUNE_2022, judged: { '14.1': outcome === 'met' ? { outcome } : { outcome, failed } }, rule: ['EVAL-JUDGE-COMPOUND', 'EVAL-THRESHOLD-COLUMN'], source: `${QD318}, 14.1; ${QD1491}` });
  }
});

// --- 7. Health (criterion 15): values read in a verbatim Q&A snippet of the annex (docs/legal-sources.md S1) and a
// press report (S2). The snippet prints the stunting values as "≥"; a stunting rate is capped (conflict C17).
const S1 = 'QĐ 318/QĐ-TTg Phụ lục I 15.3/15.4 as quoted in a legal Q&A snippet (docs/legal-sources.md S1, secondary)';
for (const [region, cap] of Object.entries(STUNTING)) {
  commune({ name: `commune/health-15.3/${region}/at-cap`, description: `Stunting rate ${cap}% in ${region}: at the cap, met.`, input: { region, year: 2023, indicators: { '15.3': cap } }, set: COMMUNE_2022, judged: { '15.3': { outcome: 'met' } }, rule: ['EVAL-JUDGE-MAX', 'EVAL-THRESHOLD-COLUMN'], source: `${S1}: ${region} ${cap}% (read as a cap, conflict C17)` });
  commune({ name: `commune/health-15.3/${region}/above`, description: `Stunting rate ${cap + 0.5}% in ${region}: above the cap by 0.5, not met.`, input: { region, year: 2024, indicators: { '15.3': cap + 0.5 } }, judged: { '15.3': { outcome: 'not-met', shortfall: 0.5 } }, rule: ['EVAL-JUDGE-MAX', 'EVAL-SHORTFALL-ROUNDING'], source: `${S1}: ${region} ${cap}% (read as a cap, conflict C17)` });
}
commune({ name: 'commune/health-15.3/DBSH/rounding', description: 'Stunting 16.6% in DBSH against 16.5%: 16.6 − 16.5 is 0.10000000000000142 in doubles, rounded to 12 significant digits: 0.1.', input: { region: 'DBSH', year: 2024, indicators: { '15.3': 16.6 } }, judged: { '15.3': { outcome: 'not-met', shortfall: 0.1 } }, rule: ['EVAL-SHORTFALL-ROUNDING', 'EVAL-JUDGE-MAX'], source: `${S1}: DBSH 16.5%` });
for (const [region, min] of Object.entries(EHR)) {
  commune({ name: `commune/health-15.4/${region}/at-floor`, description: `Electronic health records for ${min}% of the population in ${region}: met (≥ ${min}%).`, input: { region, year: 2023, indicators: { '15.4': min } }, set: COMMUNE_2022, judged: { '15.4': { outcome: 'met' } }, rule: ['EVAL-JUDGE-MIN'], source: `${S1}: 15.4 ${region} ≥ ${min}%` });
}
commune({ name: 'commune/health-15.4/DBSH', description: 'Electronic health records for 69.9% in DBSH: not met (≥ 70%), short by 0.1 (70 − 69.9 rounded to 12 significant digits).', input: { region: 'DBSH', year: 2023, indicators: { '15.4': 69.9 } }, set: COMMUNE_2022, judged: { '15.4': { outcome: 'not-met', shortfall: 0.1 } }, rule: ['EVAL-JUDGE-MIN', 'EVAL-SHORTFALL-ROUNDING'], source: `${S1}: 15.4 DBSH ≥ 70%` });
for (const region of REGIONS.filter((r) => !(r in EHR))) {
  commune({ name: `commune/health-15.4/${region}/cut-off`, description: `The snippet breaks off after DBSH: in ${region} 15.4 has no sourced value and is unknown.`, input: { region, year: 2023, indicators: { '15.4': 90 } }, set: COMMUNE_2022, rule: ['EVAL-THRESHOLD-NONE', 'EVAL-THRESHOLD-COLUMN'], source: `Never invent a number: ${S1} breaks off after the DBSH column` });
}
const S2 = 'Health-insurance coverage ≥ 93% for NTM communes, Cà Mau (ĐBSCL), press report about 2024 (docs/legal-sources.md S2, secondary; conflict C18 "over 93%" read as ≥ 93%)';
commune({ name: 'commune/health-15.1/DBSCL-2024', description: `Health insurance ${HEALTH_INSURANCE_DBSCL}% in ĐBSCL in 2024: met.`, input: { region: 'DBSCL', year: 2024, indicators: { '15.1': 93 } }, judged: { '15.1': { outcome: 'met' } }, rule: ['EVAL-JUDGE-MIN', 'EVAL-THRESHOLD-IN-FORCE'], source: S2 });
commune({ name: 'commune/health-15.1/DBSCL-2024-below', description: 'Health insurance 92.5% in ĐBSCL in 2025: not met, short by 0.5.', input: { region: 'DBSCL', year: 2025, indicators: { '15.1': 92.5 } }, judged: { '15.1': { outcome: 'not-met', shortfall: 0.5 } }, rule: ['EVAL-JUDGE-MIN'], source: S2 });
commune({ name: 'commune/health-15.1/DBSCL-before', description: 'The same value on 29/02/2024, the last day of the 2022 version, which holds no 15.1 value: unknown.', options: { asOf: '2024-02-29' }, input: { region: 'DBSCL', year: 2024, indicators: { '15.1': 93 } }, set: COMMUNE_2022, rule: ['EVAL-THRESHOLD-NONE', 'SEL-VERSION-BY-DAY'], source: `${S2}; dated from 01/03/2024 only` });
commune({ name: 'commune/health-15.1/DBSCL-2023', description: 'ĐBSCL in 2023: no value is known before QĐ 211 (01/03/2024); unknown.', input: { region: 'DBSCL', year: 2023, indicators: { '15.1': 95 } }, set: COMMUNE_2022, rule: ['EVAL-THRESHOLD-NONE'], source: S2 });
commune({ name: 'commune/health-15.1/TN-2024', description: 'Tây Nguyên in 2024: the ĐBSCL value does not apply to another column; unknown.', input: { region: 'TN', year: 2024, indicators: { '15.1': 95 } }, rule: ['EVAL-THRESHOLD-COLUMN', 'EVAL-THRESHOLD-NONE'], source: S2 });

// --- 8. Unknown versus not met; "if any" indicators.
commune({ name: 'commune/unknown/empty', description: 'No input at all: every criterion unknown, none not met; the commune is undetermined.', input: { ...base, indicators: {} }, rule: ['EVAL-REASON-PRECEDENCE', 'EVAL-STATUS', 'EVAL-PROVENANCE'], source: 'Missing input is unknown, never not-met (project rule)' });
commune({ name: 'commune/unknown/no-indicators-key', description: 'An input without `indicators` at all is the same as an empty one.', input: { region: 'BTB', year: 2023 }, set: COMMUNE_2022, rule: ['EVAL-INPUT-CODES', 'EVAL-REASON-PRECEDENCE'], source: 'Missing input is unknown (project rule)' });
commune({ name: 'commune/unknown/null', description: 'null declares a value unknown: explicitly-unknown, not not-met.', input: { ...base, indicators: { '1.1': null } }, rule: ['EVAL-REASON-PRECEDENCE'], source: 'Explicitly unknown input (null) is unknown (project rule)' });
commune({ name: 'commune/unknown/null-not-encoded', description: 'null for an indicator without a threshold is explicitly-unknown (the value comes first).', input: { ...base, indicators: { '2.1': null } }, rule: ['EVAL-REASON-PRECEDENCE'], source: 'Reason precedence (docs/spec.md)' });
commune({ name: 'commune/unknown/not-met-wins', description: 'A criterion with one indicator not met and another unknown is not met.', input: { ...base, indicators: { '1.1': false } }, judged: { '1.1': { outcome: 'not-met' } }, rule: ['EVAL-CRITERION-COMBINE', 'EVAL-STATUS'], source: `${QD318}: a criterion needs all its indicators; one not met decides` });
commune({ name: 'commune/if-any/13.4', description: '13.4 "(nếu có)" declared not applicable counts as satisfied: criterion 13 is met with 13.1-13.3 met.', input: { ...base, indicators: { '13.1': true, '13.2': true, '13.3': true, '13.4': 'not-applicable' } }, judged: allJudged(['13.1', '13.2', '13.3']), rule: ['EVAL-CRITERION-COMBINE', 'EVAL-REASON-PRECEDENCE', 'EVAL-INPUT-NOT-APPLICABLE'], source: `${QD318}, 13.4 "(nếu có)"` });

// Numeric indicators whose per-region values could not be sourced: a value is still unknown (never
// judged against an invented number). These pin the package's data state as of this version.
const NOT_ENCODED = [['2.1', 100], ['2.2', 80], ['2.3', 80], ['2.4', 80], ['3.1', 80], ['4.2', 99], ['6.3', 50], ['9.2', 80], ['10', 60], ['11', 1.5], ['12.1', 50], ['12.2', 50], ['12.3', 30], ['14.2', 90], ['14.3', 70], ['15.5', 90], ['16', 70], ['17.2', 90], ['17.4', 2], ['17.6', 80], ['17.7', 80], ['17.8', 70], ['17.9', 80], ['17.10', 90]];
NOT_ENCODED.forEach(([code, value], n) => {
  const region = REGIONS[n % REGIONS.length];
  commune({ name: `commune/not-encoded/${code}`, description: `Indicator ${code} (${region}): no sourced threshold, so even a value (${value}) evaluates to unknown with the reason; an overlay can supply the threshold.`, input: { region, year: 2024, indicators: { [code]: value } }, rule: ['EVAL-THRESHOLD-NONE', 'EVAL-REASON-PRECEDENCE'], source: `Never invent a number: ${QD318}, ${code} per-region value not reached (legal notes §4.3)` });
});
commune({ name: 'commune/not-encoded/17.1', description: 'Indicator 17.1 (clean water, two fields): no sourced threshold; a complete value is still unknown.', input: { ...base, indicators: { '17.1': { cleanWaterPercent: 90, centralisedPercent: 30 } } }, rule: ['EVAL-THRESHOLD-NONE'], source: `Never invent a number: ${QD318}, 17.1 (legal notes §4.3: which region takes 15% or 20% is not known)` });

// --- 9. Versions by date (QĐ 318 from 08/03/2022; QĐ 211/QĐ-TTg from 01/03/2024) and the period 2021-2025.
const VERSION_CASES = [
  [{ year: 2023 }, {}, COMMUNE_2022, 'year 2023, default day 31/12/2023', ['EVAL-DEFAULT-DAY', 'SEL-VERSION-BY-DAY']],
  [{ year: 2024 }, {}, COMMUNE_2024, 'year 2024, default day 31/12/2024', ['EVAL-DEFAULT-DAY', 'SEL-VERSION-BY-DAY']],
  [{ year: 2024 }, { asOf: '2024-02-29' }, COMMUNE_2022, 'the day before QĐ 211 took effect', ['SEL-VERSION-BY-DAY']],
  [{ year: 2024 }, { asOf: '2024-03-01' }, COMMUNE_2024, 'the day QĐ 211 took effect', ['SEL-VERSION-BY-DAY']],
  [{ year: 2022 }, { asOf: '2022-03-08' }, COMMUNE_2022, 'the day QĐ 318 was signed and took effect', ['SEL-VERSION-BY-DAY']],
  [{ year: 2025 }, {}, COMMUNE_2024, 'the last assessment year of the period', ['EVAL-DEFAULT-DAY']],
  [{ year: 2021 }, { asOf: '2022-06-30' }, COMMUNE_2022, 'an assessment of 2021 judged on a day of 2022: the year lies in the period', ['EVAL-YEAR-IN-PERIOD']],
  [{ year: 2025 }, { asOf: '2025-12-31' }, COMMUNE_2024, 'the last day of the 2021-2025 set', ['SEL-VERSION-BY-DAY']],
];
VERSION_CASES.forEach(([y, options, set, why, rule], n) => {
  commune({ name: `commune/version/${n + 1}`, description: `Version in force: ${why}.`, options, input: { ...base, ...y, indicators: {} }, set, rule, source: 'QĐ 318/QĐ-TTg in force 08/03/2022; amended by QĐ 211/QĐ-TTg from 01/03/2024' });
});
add({ name: 'commune/version/2026-region', description: 'Year 2026 is assessed against the 2026-2030 set (QĐ 51/2025/QĐ-TTg), whose columns are commune groups: a region is refused.', function: 'evaluateCommune', input: { ...base, year: 2026, indicators: {} }, expected: error('invalid-input', [['region']]), rule: ['EVAL-INPUT-COLUMNS', 'EVAL-DEFAULT-DAY'], source: 'QĐ 51/2025/QĐ-TTg Phụ lục I (from 15/02/2026): three commune groups replace the seven regions' });
commune({ name: 'commune/version/2026', description: 'Year 2026 by default is judged on 31/12/2026 with the 2026-2030 set: ten criteria, none with encoded indicators, so every criterion is unknown until assessed.', input: { group: 2, year: 2026 }, set: COMMUNE_2026, rule: ['EVAL-CRITERION-NOT-ENCODED', 'SEL-VERSION-BY-DAY', 'COL-GROUP'], source: 'QĐ 51/2025/QĐ-TTg Phụ lục I: 10 criteria (secondary); indicators not reached' });
commune({ name: 'commune/version/2026-first-day', description: 'The first day of the 2026-2030 set, 15/02/2026.', options: { asOf: '2026-02-15' }, input: { group: 3, year: 2026 }, set: COMMUNE_2026, rule: ['SEL-VERSION-BY-DAY', 'SEL-GAPS'], source: 'QĐ 51/2025/QĐ-TTg in force from 15/02/2026' });
add({ name: 'commune/version/transition-2026', description: 'A day between 01/01/2026 and 14/02/2026: no source says which criteria govern new assessments.', function: 'evaluateCommune', options: { asOf: '2026-02-01' }, input: { group: 2, year: 2026 }, expected: error('no-set-in-force', [['options', 'asOf']]), rule: ['SEL-GAPS'], source: 'QĐ 318 ends 31/12/2025; QĐ 51/2025/QĐ-TTg in force from 15/02/2026' });
add({ name: 'commune/version/transition-2026-last-day', description: '14/02/2026, the last day of the transitional window: refused.', function: 'evaluateCommune', options: { asOf: '2026-02-14' }, input: { group: 2, year: 2026 }, expected: error('no-set-in-force', [['options', 'asOf']]), rule: ['SEL-GAPS'], source: 'QĐ 51/2025/QĐ-TTg in force from 15/02/2026' });
add({ name: 'commune/version/2020', description: 'Year 2020 lies outside 2021-2025 (QĐ 1980/QĐ-TTg governed, not encoded): no version on 31/12/2020.', function: 'evaluateCommune', input: { ...base, year: 2020, indicators: {} }, expected: error('no-set-in-force', [['year']]), rule: ['SEL-GAPS', 'EVAL-DEFAULT-DAY'], source: 'QĐ 318/QĐ-TTg period 2021-2025' });
add({ name: 'commune/version/2021', description: 'Year 2021 without a day: 31/12/2021 is before QĐ 318 took effect (08/03/2022).', function: 'evaluateCommune', input: { ...base, year: 2021, indicators: {} }, expected: error('no-set-in-force', [['year']]), rule: ['SEL-GAPS', 'EVAL-DEFAULT-DAY'], source: 'QĐ 318/QĐ-TTg in force from 08/03/2022' });
add({ name: 'commune/version/before-318', description: 'A day before 08/03/2022: no version of the 2021-2025 commune set is in force.', function: 'evaluateCommune', options: { asOf: '2022-03-07' }, input: { ...base, year: 2022, indicators: {} }, expected: error('no-set-in-force', [['options', 'asOf']]), rule: ['SEL-GAPS'], source: 'QĐ 318/QĐ-TTg in force from 08/03/2022' });
add({ name: 'commune/version/2026-year-2025-set', description: 'Year 2026 judged on a day of the 2021-2025 set (2025-06-30): the year lies outside that version\'s period 2021-2025.', function: 'evaluateCommune', options: { asOf: '2025-06-30' }, input: { ...base, year: 2026, indicators: {} }, expected: error('no-set-in-force', [['year']]), rule: ['EVAL-YEAR-IN-PERIOD'], source: 'QĐ 318/QĐ-TTg period 2021-2025' });
add({ name: 'commune/version/bad-year-first', description: 'Without a day, the year is read before the rest of the input: a year given as text is the only issue reported, although the region is bad too.', function: 'evaluateCommune', input: { region: 'MEKONG', year: '2024', indicators: {} }, expected: error('invalid-input', [['year']]), rule: ['EVAL-DEFAULT-DAY', 'ERR-STEPS'], source: 'docs/spec.md §3.1 (steps)' });
add({ name: 'commune/version/bad-year-with-day', description: 'With a day, the year is checked with the rest of the input: both issues are reported.', function: 'evaluateCommune', options: { asOf: '2024-06-30' }, input: { region: 'MEKONG', year: '2024', indicators: {} }, expected: error('invalid-input', [['region'], ['year']]), rule: ['EVAL-INPUT-FIELDS', 'EVAL-INPUT-COLUMNS', 'ERR-STEPS'], source: 'docs/spec.md §3.1 (steps)' });
add({ name: 'commune/version/year-out-of-range', description: 'A year of five digits (no day given) is refused at the year.', function: 'evaluateCommune', input: { ...base, year: 20240, indicators: {} }, expected: error('invalid-input', [['year']]), rule: ['EVAL-DEFAULT-DAY'], source: 'docs/spec.md §3.1' });

// --- 10. Invalid input: typed errors naming the path.
const INVALID = [
  [{ ...base, indicators: { '2.1': 101 } }, [['indicators', '2.1']], 'a percentage above 100', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '2.1': -1 } }, [['indicators', '2.1']], 'a negative percentage', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '1.1': 'đạt' } }, [['indicators', '1.1']], 'a pass/fail value given as text', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '1.1': 1 } }, [['indicators', '1.1']], 'a pass/fail value given as 1', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '9.1': 1.5 } }, [['indicators', '9.1']], 'a fractional count', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '9.1': -1 } }, [['indicators', '9.1']], 'a negative count', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '10': -5 } }, [['indicators', '10']], 'a negative amount', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '10': '45' } }, [['indicators', '10']], 'an amount given as text', ['EVAL-INPUT-VALUES']],
  [{ ...base, indicators: { '1.1': 'not-applicable' } }, [['indicators', '1.1']], '"not applicable" for an indicator without "(nếu có)"', ['EVAL-INPUT-NOT-APPLICABLE']],
  [{ ...base, indicators: { '99.9': true } }, [['indicators', '99.9']], 'an unknown indicator code', ['EVAL-INPUT-CODES']],
  [{ ...base, indicators: [true] }, [['indicators']], 'indicators given as a list', ['EVAL-INPUT-CODES']],
  [{ ...base, indicators: { '5': { schools: 3, atMinimumStandard: 3, atLevel1: 4 } } }, [['indicators', '5', 'atLevel1']], 'more schools at level 1 than schools (the path names the field)', ['EVAL-INPUT-COMPOUND', 'ERR-COMPOUND-PATH']],
  [{ ...base, indicators: { '5': { schools: 3, atMinimumStandard: 3 } } }, [['indicators', '5', 'atLevel1']], 'a compound value missing a field', ['EVAL-INPUT-COMPOUND', 'ERR-COMPOUND-PATH']],
  [{ ...base, indicators: { '5': { schools: 3, atMinimumStandard: 3, atLevel1: 1, atLevel2: 0 } } }, [['indicators', '5', 'atLevel2']], 'a compound value with an unknown field', ['EVAL-INPUT-COMPOUND', 'ERR-COMPOUND-PATH']],
  [{ ...base, indicators: { '5': { schools: 0, atMinimumStandard: 0, atLevel1: 0 } } }, [['indicators', '5', 'schools']], 'no school at all: the schools field has a minimum of 1', ['EVAL-INPUT-COMPOUND']],
  [{ ...base, indicators: { '5': { schools: 3, atMinimumStandard: '3', atLevel1: 9 } } }, [['indicators', '5', 'atMinimumStandard']], 'only the first problem of a compound value is reported (a type, before a field exceeding another)', ['EVAL-INPUT-COMPOUND']],
  [{ ...base, indicators: { '5': 3 } }, [['indicators', '5']], 'a compound value that is not an object: the path is the value\'s', ['EVAL-INPUT-COMPOUND', 'ERR-COMPOUND-PATH']],
  [{ ...base, indicators: { '14.1': edu({ grade1EntryPercent: 101 }) } }, [['indicators', '14.1', 'grade1EntryPercent']], 'a percent field above 100', ['EVAL-INPUT-COMPOUND']],
  [{ year: 2024, indicators: {} }, [['region']], 'no region for a regional set', ['EVAL-INPUT-COLUMNS']],
  [{ region: 'MEKONG', year: 2024, indicators: {} }, [['region']], 'an unknown region code', ['EVAL-INPUT-COLUMNS']],
  [{ region: 'ĐBSCL', year: 2024, indicators: {} }, [['region']], 'a region written the Vietnamese way: codes are exact', ['EVAL-INPUT-COLUMNS']],
  [{ ...base, group: 2, indicators: {} }, [['group']], 'a commune group for a regional set', ['EVAL-INPUT-COLUMNS']],
  [{ ...base, groupFacts: { ethnicMinorityArea: 'II' }, indicators: {} }, [['groupFacts']], 'commune-group facts for a regional set', ['EVAL-INPUT-COLUMNS']],
  [{ ...base, indicators: {}, population: 1000 }, [['population']], 'an unknown top-level field', ['EVAL-INPUT-KEYS']],
  [{ ...base, especiallyDifficult: 'yes', indicators: {} }, [['especiallyDifficult']], 'a flag given as text', ['EVAL-INPUT-FIELDS']],
  [{ ...base, name: 42, province: false, indicators: {} }, [['name'], ['province']], 'a name and a province that are not strings', ['EVAL-INPUT-FIELDS']],
  [{ ...base, indicators: { '2.1': 101, '9.1': -2, '99': true }, extra: 1 }, [['indicators', '2.1'], ['indicators', '9.1'], ['indicators', '99'], ['extra']], 'every problem of the input is reported at once', ['ERR-STEPS', 'EVAL-INPUT-KEYS']],
];
INVALID.forEach(([input, paths, why, rule], n) => {
  add({ name: `commune/invalid/${n + 1}`, description: `Rejected with an invalid-input error naming the path: ${why}.`, function: 'evaluateCommune', input, expected: error('invalid-input', paths), rule: [...rule, 'ERR-ROOTS'], source: 'Bad input gets a typed error naming the field path (project rule)' });
});
add({ name: 'commune/invalid/not-an-object', description: 'An input that is not an object: one issue at the root.', function: 'evaluateCommune', options: { asOf: '2024-06-30' }, input: [base], expected: error('invalid-input', [[]]), rule: ['EVAL-INPUT-KEYS', 'ERR-ROOTS'], source: 'docs/spec.md §3.2' });
add({ name: 'commune/invalid/option-key', description: 'An unknown option key is refused before anything else (the bad region is not reported).', function: 'evaluateCommune', options: { asof: '2024-06-30' }, input: { region: 'MEKONG', year: 2024 }, expected: error('invalid-input', [['options', 'asof']]), rule: ['OPT-UNKNOWN-KEYS', 'EVAL-STEPS'], source: 'Options: unknown keys are errors (src/_lib/options.ts)' });
add({ name: 'commune/invalid/as-of', description: 'A day that does not exist is refused at options.asOf.', function: 'evaluateCommune', options: { asOf: '2024-02-30' }, input: base, expected: error('invalid-input', [['options', 'asOf']]), rule: ['EVAL-STEPS', 'CONV-DAY'], source: 'Days are ISO days that exist' });
add({ name: 'commune/invalid/as-of-format', description: 'A day written the Vietnamese way (dd/mm/yyyy) is refused: days are ISO.', function: 'evaluateCommune', options: { asOf: '31/12/2024' }, input: base, expected: error('invalid-input', [['options', 'asOf']]), rule: ['CONV-DAY'], source: 'Days are ISO YYYY-MM-DD' });
add({ name: 'commune/invalid/as-of-two-digit-year', description: 'A year before 0100 is refused (a two-digit year is a typo).', function: 'evaluateCommune', options: { asOf: '0024-06-30' }, input: base, expected: error('invalid-input', [['options', 'asOf']]), rule: ['CONV-DAY'], source: 'Days are ISO days from 0100' });
add({ name: 'commune/invalid/assessment-fields', description: 'Criterion-level assessments: an unknown criterion code and an outcome that is not met / not-met / unknown.', function: 'evaluateCommune', input: { ...base, criteria: { '20': 'met', '3': 'đạt' } }, expected: error('invalid-input', [['criteria', '20'], ['criteria', '3']]), rule: ['EVAL-INPUT-ASSESSMENTS'], source: 'docs/spec.md §3.2' });
add({ name: 'commune/invalid/assessment-source', description: 'The assessment source: an unknown key, an empty text, a day that does not exist.', function: 'evaluateCommune', input: { ...base, criteria: { '3': 'met' }, assessment: { by: '', date: '2024-13-01', who: 'x' } }, expected: error('invalid-input', [['assessment', 'by'], ['assessment', 'date'], ['assessment', 'who']]), rule: ['EVAL-INPUT-FIELDS'], source: 'docs/spec.md §3.2' });

// --- 11. Criterion-level assessments in the 2021-2025 set.
commune({ name: 'commune/assessment/fills-unknown', description: 'Criterion 3 assessed "met" by an appraisal record: its indicators are missing (unknown), so the assessment decides, with basis "assessment".', input: { ...base, criteria: { '3': 'met' }, assessment: { by: 'Đoàn thẩm định tỉnh', decision: 'BB 12/2024', date: '2024-11-20' } }, rule: ['EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-RESULT'], source: 'Criterion-level assessments (docs/spec.md §3.7)' });
commune({ name: 'commune/assessment/agrees', description: 'Criterion 7 met by its indicator and assessed "met": basis stays "indicators".', input: { ...base, indicators: { '7': true }, criteria: { '7': 'met' } }, judged: { '7': { outcome: 'met' } }, rule: ['EVAL-ASSESSMENT-AGREES'], source: 'Criterion-level assessments (docs/spec.md §3.7)' });
commune({ name: 'commune/assessment/partial-indicators', description: 'Criterion 1 with 1.1 met and 1.2 missing is unknown by its indicators; the assessment "not-met" decides it.', input: { ...base, indicators: { '1.1': true }, criteria: { '1': 'not-met' } }, judged: { '1.1': { outcome: 'met' } }, rule: ['EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-STATUS'], source: 'Criterion-level assessments (docs/spec.md §3.7)' });
add({ name: 'commune/assessment/contradiction', description: 'Criterion 9 not met by its indicators (one temporary house) but assessed "met": an error, never settled silently.', function: 'evaluateCommune', input: { ...base, indicators: { '9.1': 1 }, criteria: { '9': 'met' } }, expected: error('invalid-input', [['criteria', '9']]), rule: ['EVAL-ASSESSMENT-CONTRADICTION'], source: 'Criterion-level assessments (docs/spec.md §3.7)' });

// --- 12. Overlays: thresholds a province supplies (test values, not legal values).
const overlay = (thresholds, extra = {}) => ({ id: 'conformance-test-table', title: 'Conformance test values (not legal values)', setKind: 'commune', citation: { instrument: 'Conformance test table' }, provenance: 'secondary', thresholds, ...extra });
const TEST_VALUES = 'Test values supplied by the case (not legal values)';
const o21 = overlay({ '2.1': { rule: { kind: 'min-percent', min: 100 } } });
const ov = (c) => commune({ source: TEST_VALUES, ...c });
ov({ name: 'commune/overlay/boundary-met', description: 'An overlay supplying 2.1 ≥ 100%: 100 is met and the threshold cites the overlay (dates from the set version).', options: { overlays: [o21] }, input: { ...base, indicators: { '2.1': 100 } }, judged: { '2.1': { outcome: 'met' } }, rule: ['EVAL-THRESHOLD-SOURCES', 'EVAL-OVERLAY-DEFAULTS', 'EVAL-OVERLAYS-CITED', 'EVAL-PROVENANCE'] });
ov({ name: 'commune/overlay/boundary-not-met', description: 'Overlay 2.1 ≥ 100%: 99.9 is not met, short by 0.1 (100 − 99.9 = 0.09999999999999432 rounded to 12 significant digits).', options: { overlays: [o21] }, input: { ...base, indicators: { '2.1': 99.9 } }, judged: { '2.1': { outcome: 'not-met', shortfall: 0.1 } }, rule: ['EVAL-JUDGE-MIN', 'EVAL-SHORTFALL-ROUNDING'] });
ov({ name: 'commune/overlay/confirmed', description: 'An overlay value marked confirmed is counted as confirmed (and from an overlay).', options: { overlays: [overlay({ '2.1': { rule: { kind: 'min-percent', min: 100 }, provenance: 'confirmed' } })] }, input: { ...base, indicators: {} }, rule: ['EVAL-PROVENANCE', 'EVAL-OVERLAY-DEFAULTS'] });
ov({ name: 'commune/overlay/region-column', description: 'An overlay value for TDMNPB only does not apply in DBSH: unknown there.', options: { overlays: [overlay({ '2.2': { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 70 } } })] }, input: { region: 'DBSH', year: 2024, indicators: { '2.2': 80 } }, rule: ['EVAL-THRESHOLD-COLUMN', 'EVAL-THRESHOLD-FALL-THROUGH', 'EVAL-THRESHOLD-NONE'] });
ov({ name: 'commune/overlay/region-column-applies', description: 'The same TDMNPB overlay value applies to an especially difficult DBSH commune (TDMNPB column).', options: { overlays: [overlay({ '2.2': { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 70 } } })] }, input: { region: 'DBSH', especiallyDifficult: true, year: 2024, indicators: { '2.2': 80 } }, judged: { '2.2': { outcome: 'met' } }, rule: ['COL-SPECIAL-TDMNPB', 'EVAL-THRESHOLD-APPLIED'] });
ov({ name: 'commune/overlay/max-percent', description: 'An overlay poverty ceiling ≤ 4%: 4.5 is not met, short by 0.5.', options: { overlays: [overlay({ '11': { rule: { kind: 'max-percent', max: 4 } } })] }, input: { ...base, indicators: { '11': 4.5 } }, judged: { '11': { outcome: 'not-met', shortfall: 0.5 } }, rule: ['EVAL-JUDGE-MAX'] });
ov({ name: 'commune/overlay/income-by-year', description: 'An income overlay given for 2024 only does not apply to 2023.', options: { overlays: [overlay({ '10': { years: [2024], rule: { kind: 'min-value', min: 50 } } })] }, input: { ...base, year: 2023, indicators: { '10': 60 } }, set: COMMUNE_2022, rule: ['EVAL-THRESHOLD-YEARS', 'EVAL-THRESHOLD-NONE'] });
ov({ name: 'commune/overlay/income-year-applies', description: 'The 2024 income overlay applies in 2024: 49.5 < 50 is not met, short by 0.5; the threshold names the year.', options: { overlays: [overlay({ '10': { years: [2024], rule: { kind: 'min-value', min: 50 } } })] }, input: { ...base, year: 2024, indicators: { '10': 49.5 } }, judged: { '10': { outcome: 'not-met', shortfall: 0.5 } }, rule: ['EVAL-THRESHOLD-YEARS', 'EVAL-THRESHOLD-APPLIED', 'EVAL-JUDGE-MIN'] });
ov({ name: 'commune/overlay/last-wins', description: 'Two overlays for 2.1: the last one given wins; only it is cited.', options: { overlays: [o21, overlay({ '2.1': { rule: { kind: 'min-percent', min: 90 } } }, { id: 'second-table' })] }, input: { ...base, indicators: { '2.1': 95 } }, judged: { '2.1': { outcome: 'met' } }, rule: ['EVAL-THRESHOLD-SOURCES', 'EVAL-OVERLAYS-CITED'] });
ov({ name: 'commune/overlay/dated', description: 'An overlay value valid from 2025-01-01 does not apply on 2024-12-31.', options: { overlays: [overlay({ '2.1': { validFrom: '2025-01-01', rule: { kind: 'min-percent', min: 90 } } })] }, input: { ...base, indicators: { '2.1': 95 } }, rule: ['EVAL-THRESHOLD-IN-FORCE', 'EVAL-THRESHOLD-NONE'] });
ov({ name: 'commune/overlay/dated-applies', description: 'The same overlay value applies on 2025-06-30, with its own first day.', options: { overlays: [overlay({ '2.1': { validFrom: '2025-01-01', rule: { kind: 'min-percent', min: 90 } } })] }, input: { ...base, year: 2025, indicators: { '2.1': 95 } }, judged: { '2.1': { outcome: 'met' } }, rule: ['EVAL-THRESHOLD-IN-FORCE', 'EVAL-THRESHOLD-APPLIED'] });
ov({ name: 'commune/overlay/other-set', description: 'An overlay for another set kind is ignored by the commune evaluation.', options: { overlays: [overlay({ '2.1': { rule: { kind: 'min-percent', min: 90 } } }, { setKind: 'district' })] }, input: { ...base, indicators: { '2.1': 95 } }, rule: ['EVAL-OVERLAY-KIND'] });
ov({ name: 'commune/overlay/overrides-national', description: 'An overlay value for 15.3 in TDMNPB (≤ 20%) overrides the national 24%: 22 is not met, short by 2.', options: { overlays: [overlay({ '15.3': { columns: ['TDMNPB'], rule: { kind: 'max-percent', max: 20 } } })] }, input: { ...base, indicators: { '15.3': 22 } }, judged: { '15.3': { outcome: 'not-met', shortfall: 2 } }, rule: ['EVAL-THRESHOLD-SOURCES', 'EVAL-PROVENANCE'] });
ov({ name: 'commune/overlay/specific-over-all', description: 'An overlay holding 2.1 ≥ 80% for all columns and ≥ 95% for TDMNPB: the TDMNPB value applies to a TDMNPB commune (90 not met, short by 5).', options: { overlays: [overlay({ '2.1': [{ rule: { kind: 'min-percent', min: 80 } }, { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 95 } }] })] }, input: { ...base, indicators: { '2.1': 90 } }, judged: { '2.1': { outcome: 'not-met', shortfall: 5 } }, rule: ['EVAL-THRESHOLD-SPECIFIC-OVER-ALL'] });
ov({ name: 'commune/overlay/specific-over-all-other-column', description: 'The same overlay in BTB: only the all-column value applies (90 ≥ 80, met).', options: { overlays: [overlay({ '2.1': [{ rule: { kind: 'min-percent', min: 80 } }, { columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 95 } }] })] }, input: { region: 'BTB', year: 2024, indicators: { '2.1': 90 } }, judged: { '2.1': { outcome: 'met' } }, rule: ['EVAL-THRESHOLD-SPECIFIC-OVER-ALL', 'EVAL-THRESHOLD-COLUMN'] });
add({ name: 'commune/overlay/kind-mismatch', description: 'An overlay whose rule kind does not match the indicator is rejected with its path.', function: 'evaluateCommune', options: { overlays: [overlay({ '2.1': { rule: { kind: 'max-percent', max: 10 } } })] }, input: { ...base, indicators: {} }, expected: error('invalid-input', [['options', 'overlays', 0, 'thresholds', '2.1', 'rule', 'kind']]), rule: ['EVAL-OVERLAY-VALIDATION'], source: 'Overlays are validated against the set (project rule)' });

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
ov({ name: 'commune/full/meets-standard', description: 'Every indicator given and met (numeric thresholds from a test overlay): the commune meets the standard, 19/19.', options: { overlays: [full] }, input: { ...base, indicators: allIndicators }, judged: allJudged(COMMUNE_CODES), rule: ['EVAL-STATUS', 'EVAL-COUNTS', 'EVAL-PROVENANCE'] });
ov({ name: 'commune/full/one-short', description: 'The same commune with one temporary house: 18/19, not met.', options: { overlays: [full] }, input: { ...base, indicators: { ...allIndicators, '9.1': 1 } }, judged: { ...allJudged(COMMUNE_CODES), '9.1': { outcome: 'not-met', shortfall: 1 } }, rule: ['EVAL-STATUS', 'EVAL-COUNTS'] });
ov({ name: 'commune/full/one-unknown', description: 'The same commune with income unknown: 18 met, 1 unknown, undetermined (not "not met").', options: { overlays: [full] }, input: { ...base, indicators: { ...allIndicators, '10': null } }, judged: allJudged(COMMUNE_CODES.filter((c) => c !== '10')), rule: ['EVAL-STATUS', 'EVAL-COUNTS', 'EVAL-REASON-PRECEDENCE'] });
ov({ name: 'commune/full/2023-overlay-dates', description: 'The full overlay in 2023 (2022 version): its values take the 2022 version\'s dates; 15.1 now comes from the overlay only.', options: { overlays: [full] }, input: { ...base, year: 2023, indicators: allIndicators }, set: COMMUNE_2022, judged: allJudged(COMMUNE_CODES), rule: ['EVAL-OVERLAY-DEFAULTS', 'EVAL-STATUS'] });

// --- 13. The 2026-2030 set: commune groups and criterion-level assessments.
const Q51 = 'QĐ 51/2025/QĐ-TTg Phụ lục I (final text, secondary): three commune groups';
const ALL10 = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((c) => [c, 'met']));
commune({ name: 'commune/2026/all-assessed-met', description: 'Every criterion of the 2026-2030 set assessed "met": the commune meets the standard on the assessments.', input: { year: 2026, group: 1, criteria: ALL10 }, set: COMMUNE_2026, rule: ['EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-STATUS'], source: Q51 });
commune({ name: 'commune/2026/one-assessed-not-met', description: 'One criterion assessed "not-met", the rest "met": not met.', input: { year: 2027, group: 3, criteria: { ...ALL10, '6': 'not-met' } }, set: COMMUNE_2026, rule: ['EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-STATUS', 'EVAL-COUNTS'], source: Q51 });
commune({ name: 'commune/2026/assessed-unknown', description: 'A criterion assessed "unknown" takes basis "assessment" and loses the reason "indicators-not-encoded".', input: { year: 2026, group: 2, criteria: { '1': 'unknown' } }, set: COMMUNE_2026, rule: ['EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-CRITERION-NOT-ENCODED'], source: Q51 });
commune({ name: 'commune/2026/group-unknown', description: 'A commune whose group is not known (null) is evaluated; its group is null.', input: { year: 2026, group: null }, set: COMMUNE_2026, rule: ['COL-GROUP'], source: Q51 });
commune({ name: 'commune/2026/group-facts', description: 'Facts placing the commune in group 3 (area III, agriculture 60%, not adjacent, not planned urban).', input: { year: 2026, groupFacts: { adjacentToUrbanArea: false, agricultureSharePercent: 60, plannedNewUrbanArea: false, ethnicMinorityArea: 'III' } }, set: COMMUNE_2026, extra: { group: 3 }, rule: ['COL-GROUP', 'GROUP-CLASSIFY'], source: Q51 });
commune({ name: 'commune/2026/group-facts-incomplete', description: 'Facts that do not decide the group (area II only): the group is null.', input: { year: 2026, groupFacts: { ethnicMinorityArea: 'II' } }, set: COMMUNE_2026, rule: ['COL-GROUP', 'GROUP-CLASSIFY'], source: Q51 });
add({ name: 'commune/2026/region-flags', description: 'Region and the special-commune flags are refused by the commune-group set, each at its key.', function: 'evaluateCommune', input: { year: 2026, region: 'TN', especiallyDifficult: true, safeZone: false }, expected: error('invalid-input', [['region'], ['especiallyDifficult'], ['safeZone']]), rule: ['EVAL-INPUT-COLUMNS'], source: Q51 });
add({ name: 'commune/2026/group-and-facts', description: 'Both a group and group facts: refused at groupFacts.', function: 'evaluateCommune', input: { year: 2026, group: 1, groupFacts: { ethnicMinorityArea: 'none' } }, expected: error('invalid-input', [['groupFacts']]), rule: ['EVAL-INPUT-COLUMNS'], source: Q51 });
add({ name: 'commune/2026/bad-group', description: 'A group 4 is refused; a bad fact is reported under groupFacts in another case.', function: 'evaluateCommune', input: { year: 2026, group: 4 }, expected: error('invalid-input', [['group']]), rule: ['EVAL-INPUT-COLUMNS'], source: Q51 });
add({ name: 'commune/2026/bad-facts', description: 'Group facts with an unknown key and a percentage above 100: each at its path under groupFacts.', function: 'evaluateCommune', input: { year: 2026, groupFacts: { agricultureSharePercent: 120, urban: true } }, expected: error('invalid-input', [['groupFacts', 'agricultureSharePercent'], ['groupFacts', 'urban']]), rule: ['EVAL-INPUT-COLUMNS', 'GROUP-FACTS'], source: Q51 });
add({ name: 'commune/2026/indicator-code', description: 'The 2026-2030 set has no indicators encoded: an indicator code is unknown.', function: 'evaluateCommune', input: { year: 2026, group: 2, indicators: { '1.1': true } }, expected: error('invalid-input', [['indicators', '1.1']]), rule: ['EVAL-INPUT-CODES'], source: Q51 });

// --- 14. Regions: the column a commune is assessed against.
const REGION_CASES = [
  [{ region: 'DBSCL', especiallyDifficult: true }, 'TDMNPB', true],
  [{ region: 'TN', safeZone: true }, 'TDMNPB', true],
  [{ region: 'DBSH' }, 'DBSH', false],
  [{ region: 'BTB', especiallyDifficult: false, safeZone: false }, 'BTB', false],
  [{ region: 'TDMNPB', especiallyDifficult: true }, 'TDMNPB', false],
  [{ region: 'DHNTB', especiallyDifficult: true, safeZone: true }, 'TDMNPB', true],
  [{ region: 'DNB' }, 'DNB', false],
];
REGION_CASES.forEach(([input, region, adjusted], n) => {
  add({ name: `regions/effective/${n + 1}`, description: `${JSON.stringify(input)} is assessed against the ${region} column.`, function: 'effectiveRegion', input, expected: { region, adjusted }, rule: ['COL-EFFECTIVE-REGION', 'COL-SPECIAL-TDMNPB'], source: `${QD318}: especially difficult communes and safe-zone communes of poor districts apply the TDMNPB targets` });
});
add({ name: 'regions/effective/invalid', description: 'An unknown region and a flag that is not a boolean.', function: 'effectiveRegion', input: { region: 'Mekong', safeZone: 1 }, expected: error('invalid-input', [['region'], ['safeZone']]), rule: ['COL-EFFECTIVE-REGION', 'ERR-ROOTS'], source: 'docs/spec.md §4' });

// --- 14b. Commune groups of the 2026-2030 set (classifyCommuneGroup), three-valued.
const GROUPS_SRC = 'QĐ 51/2025/QĐ-TTg Phụ lục I (final text, secondary: thoibaotaichinhvietnam): group 1 adjacent to an urban area and oriented to become urban, or agriculture under 10%, or planned as a new urban area; group 3 area II and III of the ethnic-minority and mountainous areas; group 2 the rest';
const GROUP_CASES = [
  [{ adjacentToUrbanArea: true, urbanOriented: true, ethnicMinorityArea: 'none' }, 1, 'adjacent and oriented to become urban, outside ethnic-minority areas'],
  [{ agricultureSharePercent: 9.99, ethnicMinorityArea: 'none' }, 1, 'agriculture under 10% decides group 1 although adjacency is not known'],
  [{ plannedNewUrbanArea: true, ethnicMinorityArea: 'I' }, 1, 'planned as a new urban area, area I (not II or III)'],
  [{ adjacentToUrbanArea: true, urbanOriented: false, agricultureSharePercent: 50, plannedNewUrbanArea: false, ethnicMinorityArea: 'I' }, 2, 'adjacent but not oriented, agriculture 50%, area I: neither definition'],
  [{ adjacentToUrbanArea: false, agricultureSharePercent: 10, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' }, 2, 'agriculture exactly 10% is not under 10%'],
  [{ adjacentToUrbanArea: false, agricultureSharePercent: 70, plannedNewUrbanArea: false, ethnicMinorityArea: 'III' }, 3, 'area III, no group-1 fact'],
  [{ urbanOriented: false, agricultureSharePercent: 40, plannedNewUrbanArea: false, ethnicMinorityArea: 'II' }, 3, 'oriented false makes "adjacent and oriented" false without knowing adjacency'],
  [{ ethnicMinorityArea: 'II' }, null, 'area II, but group 1 is not ruled out'],
  [{ adjacentToUrbanArea: false, agricultureSharePercent: 70, plannedNewUrbanArea: false }, null, 'no group-1 fact, but the area is not known'],
  [{ adjacentToUrbanArea: true, agricultureSharePercent: 30, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' }, null, 'adjacent, orientation not known: group 1 undecided'],
  [{}, null, 'no fact at all'],
];
GROUP_CASES.forEach(([facts, group, why], n) => {
  add({ name: `groups/classify/${n + 1}`, description: `${why}: group ${group ?? 'null (not decided)'}.`, function: 'classifyCommuneGroup', input: facts, expected: { group, conflict: null }, rule: ['GROUP-CLASSIFY', 'GROUP-FACTS'], source: GROUPS_SRC });
});
add({ name: 'groups/conflict', description: 'Planned as a new urban area and in area III: both definitions hold; no source says which prevails, so the group is null with a conflict.', function: 'classifyCommuneGroup', input: { plannedNewUrbanArea: true, ethnicMinorityArea: 'III' }, expected: { group: null, conflict: { groups: [1, 3], resolvedBy: null } }, rule: ['GROUP-CONFLICT'], source: GROUPS_SRC });
add({ name: 'groups/conflict-resolved', description: 'The same, placed in group 3 by the province\'s decision given as resolveConflict.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 3, basis: 'QĐ 12/QĐ-UBND (test)' } }, input: { agricultureSharePercent: 5, ethnicMinorityArea: 'II' }, expected: { group: 3, conflict: { groups: [1, 3], resolvedBy: 'QĐ 12/QĐ-UBND (test)' } }, rule: ['GROUP-CONFLICT'], source: GROUPS_SRC });
add({ name: 'groups/no-conflict-resolution-unused', description: 'resolveConflict does not change a commune without a conflict.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 1, basis: 'test' } }, input: { ethnicMinorityArea: 'III', adjacentToUrbanArea: false, agricultureSharePercent: 80, plannedNewUrbanArea: false }, expected: { group: 3, conflict: null }, rule: ['GROUP-CONFLICT', 'GROUP-CLASSIFY'], source: GROUPS_SRC });
add({ name: 'groups/invalid/facts', description: 'An unknown fact, a share above 100, an area IV, a flag given as text: each at its key.', function: 'classifyCommuneGroup', input: { urban: true, agricultureSharePercent: 101, ethnicMinorityArea: 'IV', plannedNewUrbanArea: 'yes' }, expected: error('invalid-input', [['agricultureSharePercent'], ['ethnicMinorityArea'], ['plannedNewUrbanArea'], ['urban']]), rule: ['GROUP-FACTS', 'ERR-ROOTS'], source: GROUPS_SRC });
add({ name: 'groups/invalid/resolution', description: 'resolveConflict must place the commune in group 1 or 3, with a basis.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 2, basis: '' } }, input: {}, expected: error('invalid-input', [['options', 'resolveConflict']]), rule: ['GROUP-CONFLICT'], source: GROUPS_SRC });
add({ name: 'groups/invalid/option', description: 'An unknown option key.', function: 'classifyCommuneGroup', options: { group: 1 }, input: {}, expected: error('invalid-input', [['options', 'group']]), rule: ['OPT-UNKNOWN-KEYS', 'GROUP-CONFLICT'], source: GROUPS_SRC });

// --- 15. The registry: versions by date.
const setProjection = (s) => ({ id: s.id, kind: s.kind, province: null, validFrom: s.validFrom, validUntil: s.validUntil ?? null, period: s.period, columns: s.columns, criteriaCount: s.criteria.length, conditionCount: s.conditions.length });
const SET_CASES = [
  ['commune', { asOf: '2023-06-30' }, COMMUNE_2022, ['SEL-VERSION-BY-DAY']],
  ['commune', { asOf: '2024-03-01' }, COMMUNE_2024, ['SEL-VERSION-BY-DAY']],
  ['commune', { asOf: '2021-12-31' }, error('no-set-in-force', [['options', 'asOf']]), ['SEL-GAPS']],
  ['commune', { asOf: '2026-01-15' }, error('no-set-in-force', [['options', 'asOf']]), ['SEL-GAPS']],
  ['commune', { asOf: '2026-03-01' }, COMMUNE_2026, ['SEL-VERSION-BY-DAY']],
  ['commune', {}, COMMUNE_2026, ['SEL-NEWEST']],
  ['commune', { province: 'Lai Châu' }, COMMUNE_2026, ['SEL-NEWEST', 'SEL-OPTIONS']],
  ['district', { asOf: '2025-07-01' }, error('no-set-in-force', [['options', 'asOf']]), ['SEL-GAPS']],
  ['district', { asOf: '2025-06-30' }, VERSIONS.district[1], ['SEL-VERSION-BY-DAY', 'SEL-GAPS']],
  ['district', {}, VERSIONS.district[1], ['SEL-NEWEST']],
  ['advanced-commune', {}, VERSIONS['advanced-commune'][1], ['SEL-NEWEST']],
  ['advanced-commune', { asOf: '2026-03-01' }, error('no-set-in-force', [['options', 'asOf']]), ['SEL-GAPS']],
  ['model-commune', { asOf: '2025-12-31' }, VERSIONS['model-commune'][0], ['SEL-VERSION-BY-DAY']],
  ['model-commune', { asOf: '2026-01-01' }, error('no-set-in-force', [['options', 'asOf']]), ['SEL-GAPS']],
  ['village', {}, error('no-set-in-force', [['options', 'province']]), ['SEL-PROVINCIAL']],
  ['modern-commune', { province: 'Lai Châu', asOf: '2026-06-01' }, error('no-set-in-force', [['options', 'province']]), ['SEL-PROVINCIAL']],
  ['hamlet', {}, error('unknown-reference', [['kind']]), ['SEL-KINDS']],
  ['commune', { asOf: '2024-02-30' }, error('invalid-input', [['options', 'asOf']]), ['SEL-OPTIONS', 'CONV-DAY']],
  ['commune', { day: '2024-01-01' }, error('invalid-input', [['options', 'day']]), ['OPT-UNKNOWN-KEYS', 'SEL-OPTIONS']],
  ['hamlet', { day: '2024-01-01' }, error('invalid-input', [['options', 'day']]), ['SEL-OPTIONS']],
  ['village', { asOf: 'soon' }, error('no-set-in-force', [['options', 'province']]), ['SEL-OPTIONS', 'SEL-PROVINCIAL']],
];
SET_CASES.forEach(([kind, options, expected, rule], n) => {
  add({ name: `sets/version/${n + 1}`, description: `getCriteriaSet(${JSON.stringify(kind)}, ${JSON.stringify(options)}).`, function: 'getCriteriaSet', options, input: { kind }, expected: expected.error ? expected : setProjection(expected), rule, source: 'Versions by date: QĐ 318/QĐ-TTg (08/03/2022), QĐ 211/QĐ-TTg (01/03/2024), QĐ 51/2025/QĐ-TTg (from 15/02/2026); district level up to 30/06/2025; village sets are provincial' });
});

writeCase('commune.json', 'National commune sets (QĐ 318/QĐ-TTg Phụ lục I, amended by QĐ 211/QĐ-TTg; QĐ 51/2025/QĐ-TTg), special-commune regions, set versions. Complete expected results (docs/conformance.md).', cases);
