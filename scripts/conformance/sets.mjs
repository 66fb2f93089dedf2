// Writes conformance/sets.json: the district (QĐ 320 Phụ lục I), special-district (QĐ 211), model-commune
// (QĐ 319), town (QĐ 320 Phụ lục II) and advanced sets (QĐ 318 Phụ lục II, QĐ 320 Phụ lục III). The sets
// are typed in lib/national.mjs from the legal notes §5; judged outcomes are stated here by hand; the
// complete expected results are filled in by lib/evaluation.mjs. Run: node scripts/conformance/sets.mjs
import { allJudged, expectEvaluation } from './lib/evaluation.mjs';
import { ADVANCED_COMMUNE_2022, ADVANCED_COMMUNE_2024, ADVANCED_DISTRICT_2022, ADVANCED_DISTRICT_2024, DISTRICT_2022, DISTRICT_2024, MODEL_COMMUNE_2022, SPECIAL_DISTRICT_2024, TOWN_2022, VERSIONS } from './lib/national.mjs';
import { error, writeCase } from './write.mjs';

const QD320 = 'QĐ 320/QĐ-TTg (08/03/2022) Phụ lục I (district), secondary: Q&A quoting the annex (legal notes §5.3)';
const QD211 = 'QĐ 211/QĐ-TTg (01/03/2024) special-district table, secondary (legal notes §5.6)';
const QD319 = 'QĐ 319/QĐ-TTg (08/03/2022) model commune, secondary ×2 (legal notes §5.2)';
const cases = [];
const add = (c) => cases.push({ options: {}, ...c });
const MET = { outcome: 'met' };
const NOT = { outcome: 'not-met' };
const short = (shortfall) => ({ outcome: 'not-met', shortfall });

const communes = (ntm, advanced = 0, model = 0, none = 0) => [
  ...Array.from({ length: ntm }, () => ({ recognition: 'ntm' })),
  ...Array.from({ length: advanced }, () => ({ recognition: 'advanced' })),
  ...Array.from({ length: model }, () => ({ recognition: 'model' })),
  ...Array.from({ length: none }, () => ({ recognition: 'none' })),
];
const district = (o) => ({ region: 'DBSH', year: 2024, communes: communes(9, 1), indicators: {}, ...o });

/** DIST-COUNTS and DIST-CONDITIONS: which conditions get a value (the outcomes are judged by hand). */
function expectDistrict(set, input, options, judged) {
  const count = (...r) => input.communes.filter((c) => r.includes(c.recognition)).length;
  const conditions = { 'communes-ntm': 'given', 'communes-advanced': 'given' };
  if (input.towns !== undefined) conditions['towns-civilised'] = input.towns.length === 0 ? 'not-applicable' : 'given';
  if (input.satisfaction !== undefined) conditions.satisfaction = input.satisfaction.district !== undefined && input.satisfaction.lowestCommuneContent !== undefined ? 'given' : null;
  return {
    ...expectEvaluation(set, input, options, judged, { conditions }),
    communes: { total: input.communes.length, ntm: count('ntm', 'advanced', 'model'), advanced: count('advanced', 'model'), model: count('model') },
    towns: input.towns === undefined ? null : { total: input.towns.length, civilised: input.towns.filter((t) => t.civilised).length },
  };
}
const dist = ({ set = DISTRICT_2024, input, options = {}, judged = {}, ...rest }) => add({ function: 'evaluateDistrict', options, input, expected: expectDistrict(set, input, options, judged), ...rest });

// --- District conditions 1-4 (hand arithmetic: share = 100 × part / whole).
dist({ name: 'district/communes/all-ntm-10pct-advanced', description: '10 communes, all NTM, 1 advanced (10%): conditions 1 and 2 met (10% is the boundary).', input: district({}), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['DIST-CONDITIONS', 'DIST-COUNTS', 'DIST-RESULT', 'COL-NONE'], source: `${QD320}, conditions 1-2 (100% NTM; ≥ 10% advanced, conflict C1: not 50%)` });
dist({ name: 'district/communes/one-not-ntm', description: 'One commune of 10 not NTM (90%): condition 1 (100%) not met, short by 10; the district does not meet the standard.', input: district({ communes: communes(8, 1, 0, 1) }), judged: { 'communes-ntm': short(10), 'communes-advanced': MET }, rule: ['DIST-CONDITIONS', 'EVAL-STATUS'], source: `${QD320}, condition 1` });
dist({ name: 'district/communes/no-advanced', description: 'No advanced commune: condition 2 not met, short by 10.', input: district({ communes: communes(10) }), judged: { 'communes-ntm': MET, 'communes-advanced': short(10) }, rule: ['DIST-CONDITIONS'], source: `${QD320}, condition 2` });
dist({ name: 'district/communes/5pct-advanced', description: '1 advanced commune of 20 (5%) is below 10%: not met, short by 5.', input: district({ communes: communes(19, 1) }), judged: { 'communes-ntm': MET, 'communes-advanced': short(5) }, rule: ['DIST-CONDITIONS'], source: `${QD320}, condition 2 (≥ 10%)` });
dist({ name: 'district/communes/model-counts', description: 'A model commune is also advanced and NTM: 9 NTM + 1 model meets conditions 1 and 2.', input: district({ communes: communes(9, 0, 1) }), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['DIST-COUNTS'], source: `${QD320}; ${QD319}: a model commune meets the advanced standard` });
dist({ name: 'district/communes/thirds', description: '1 advanced of 3 communes: 100 / 3 = 33.333333333333336% ≥ 10%, met; 2 NTM of 3 (66.66666666666667%) short of 100 by 33.3333333333 (rounded to 12 significant digits).', input: district({ communes: [{ recognition: 'advanced' }, { recognition: 'ntm' }, { recognition: 'none', name: 'Xã C' }] }), judged: { 'communes-ntm': short(33.3333333333), 'communes-advanced': MET }, rule: ['DIST-CONDITIONS', 'EVAL-SHORTFALL-ROUNDING'], source: `${QD320}, conditions 1-2` });
dist({ name: 'district/towns/none', description: 'A district without townships: condition 3 is not applicable.', input: district({ towns: [] }), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['DIST-CONDITIONS', 'DIST-RESULT'], source: `${QD320}, condition 3 (true when there is no township)` });
dist({ name: 'district/towns/one-not-civilised', description: 'One of two townships not civilised (50%): condition 3 (100%) not met, short by 50.', input: district({ towns: [{ civilised: true }, { civilised: false }] }), judged: { 'communes-ntm': MET, 'communes-advanced': MET, 'towns-civilised': short(50) }, rule: ['DIST-CONDITIONS'], source: `${QD320}, condition 3` });
dist({ name: 'district/towns/all-civilised', description: 'Every township civilised: condition 3 met.', input: district({ towns: [{ civilised: true }, { civilised: true, name: 'TT Phố Mới' }] }), judged: { 'communes-ntm': MET, 'communes-advanced': MET, 'towns-civilised': MET }, rule: ['DIST-CONDITIONS'], source: `${QD320}, condition 3` });
dist({ name: 'district/towns/unknown', description: 'Townships not stated: condition 3 unknown (never not-met).', input: district({}), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['DIST-CONDITIONS', 'EVAL-REASON-PRECEDENCE'], source: 'Missing input is unknown, never not-met (project rule)' });
for (const [d, l, outcome, failed, why] of [[90, 80, 'met', 0, 'both at their boundaries'], [89.9, 95, 'not-met', 1, 'district satisfaction below 90%'], [95, 79.9, 'not-met', 1, 'a commune content below 80%'], [100, 100, 'met', 0, 'everyone satisfied'], [70, 60, 'not-met', 2, 'both below']]) {
  dist({ name: `district/satisfaction/${d}-${l}`, description: `Satisfaction ${d}% with the district, lowest commune content ${l}%: ${outcome} (${why}).`, input: district({ satisfaction: { district: d, lowestCommuneContent: l } }), judged: { 'communes-ntm': MET, 'communes-advanced': MET, satisfaction: outcome === 'met' ? MET : { outcome, failed } }, rule: ['DIST-CONDITIONS', 'EVAL-JUDGE-COMPOUND'], source: `${QD320}, condition 4 (≥ 90% district; ≥ 80% each content in each commune)` });
}
dist({ name: 'district/satisfaction/partial', description: 'Only the district figure given: condition 4 explicitly unknown.', input: district({ satisfaction: { district: 95 } }), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['DIST-CONDITIONS'], source: 'Missing input is unknown (project rule)' });
dist({ name: 'district/satisfaction/empty', description: 'An empty satisfaction object: explicitly unknown too.', input: district({ satisfaction: {} }), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['DIST-CONDITIONS'], source: 'Missing input is unknown (project rule)' });
add({ name: 'district/invalid/no-communes', description: 'A district with no commune is rejected.', function: 'evaluateDistrict', input: district({ communes: [] }), expected: error('invalid-input', [['communes']]), rule: ['DIST-STEPS', 'ERR-ROOTS'], source: 'A district has communes (input contract)' });
add({ name: 'district/invalid/recognition', description: 'An unknown recognition status is rejected with its path.', function: 'evaluateDistrict', input: district({ communes: [{ recognition: 'gold' }] }), expected: error('invalid-input', [['communes', 0, 'recognition']]), rule: ['DIST-STEPS'], source: 'Recognition is none, ntm, advanced or model (QĐ 318, QĐ 319)' });
add({ name: 'district/invalid/fields', description: 'The district\'s own fields, all reported: an unknown key, a region that is not a code, a satisfaction above 100, a township without its flag.', function: 'evaluateDistrict', input: { ...district({ region: 'Đồng bằng', satisfaction: { district: 101 }, towns: [{ name: 'TT A' }] }), population: 1 }, expected: error('invalid-input', [['population'], ['region'], ['satisfaction', 'district'], ['towns', 0, 'civilised']]), rule: ['DIST-STEPS'], source: 'docs/spec.md §3.10' });
add({ name: 'district/invalid/before-options', description: 'A bad district field and an unknown option: the district\'s fields are checked first.', function: 'evaluateDistrict', options: { asof: '2024-01-01' }, input: district({ year: 2024.5 }), expected: error('invalid-input', [['year']]), rule: ['DIST-STEPS'], source: 'docs/spec.md §3.10' });
add({ name: 'district/invalid/option', description: 'A valid district and an unknown option: the option is refused at its path.', function: 'evaluateDistrict', options: { asof: '2024-01-01' }, input: district({}), expected: error('invalid-input', [['options', 'asof']]), rule: ['DIST-STEPS', 'OPT-UNKNOWN-KEYS'], source: 'docs/spec.md §3.10' });
add({ name: 'district/invalid/indicator', description: 'An indicator value of the wrong kind: the engine reports it at indicators.<code>.', function: 'evaluateDistrict', input: district({ indicators: { '3.2': 'đạt', '2.1': { communesWithCarRoad: 100, pavedSurface: 100 } } }), expected: error('invalid-input', [['indicators', '2.1', 'maintainedYearly'], ['indicators', '3.2']]), rule: ['DIST-STEPS', 'EVAL-INPUT-VALUES', 'ERR-COMPOUND-PATH'], source: 'docs/spec.md §3.10' });
add({ name: 'district/version/2025', description: 'A 2025 district assessment without a day: 31/12/2025 is after the district level ended.', function: 'evaluateDistrict', input: district({ year: 2025 }), expected: error('no-set-in-force', [['year']]), rule: ['SEL-GAPS', 'DIST-STEPS'], source: 'The district level was abolished from 01/07/2025 (two-tier local government)' });
dist({ name: 'district/version/2025-06-30', description: 'A 2025 district assessment on 30/06/2025, the last day of the district level.', options: { asOf: '2025-06-30' }, input: district({ year: 2025 }), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['SEL-VERSION-BY-DAY', 'SEL-GAPS'], source: 'District-level sets apply up to 30/06/2025' });
dist({ name: 'district/version/2023', set: DISTRICT_2022, description: 'A 2023 assessment takes the 2022 version.', input: district({ year: 2023 }), judged: { 'communes-ntm': MET, 'communes-advanced': MET }, rule: ['SEL-VERSION-BY-DAY', 'EVAL-DEFAULT-DAY'], source: 'QĐ 320/QĐ-TTg (08/03/2022); QĐ 211/QĐ-TTg from 01/03/2024' });

// --- District indicators (legal notes §5.3).
const road = (a, b, c) => ({ communesWithCarRoad: a, pavedSurface: b, maintainedYearly: c });
const QD932 = 'QĐ 320 Phụ lục I 2.1-2.2 as summarised from QĐ 932/QĐ-BGTVT (secondary, legal notes §5.3)';
const withConditions = { 'communes-ntm': MET, 'communes-advanced': MET };
dist({ name: 'district/2.1/met', description: '2.1: 100% of communes with an all-year car road, 100% of surfaces paved, 100% maintained: met.', input: district({ indicators: { '2.1': road(100, 100, 100) } }), judged: { ...withConditions, '2.1': MET }, rule: ['EVAL-JUDGE-COMPOUND'], source: QD932 });
dist({ name: 'district/2.1/not-met', description: '2.1: 99% of district roads maintained is not 100%: not met, one failed part.', input: district({ indicators: { '2.1': road(100, 100, 99) } }), judged: { ...withConditions, '2.1': { outcome: 'not-met', failed: 1 } }, rule: ['EVAL-JUDGE-COMPOUND'], source: QD932 });
dist({ name: 'district/2.2/met', description: '2.2: every part at 100%: met.', input: district({ indicators: { '2.2': { builtToPlannedGrade: 100, meetsTcvn4054: 100, solidBridges: 100 } } }), judged: { ...withConditions, '2.2': MET }, rule: ['EVAL-JUDGE-COMPOUND'], source: QD932 });
dist({ name: 'district/2.2/not-met', description: '2.2: 95% and 90%: two failed parts.', input: district({ indicators: { '2.2': { builtToPlannedGrade: 95, meetsTcvn4054: 90, solidBridges: 100 } } }), judged: { ...withConditions, '2.2': { outcome: 'not-met', failed: 2 } }, rule: ['EVAL-JUDGE-COMPOUND'], source: QD932 });
dist({ name: 'district/2.4/if-planned', description: '2.4 bus station "if planned": not applicable counts as satisfied.', input: district({ indicators: { '2.4': 'not-applicable' } }), judged: withConditions, rule: ['EVAL-INPUT-NOT-APPLICABLE'], source: 'QĐ 320 Phụ lục I 2.4 (if planned)' });
dist({ name: 'district/3.2/not-met', description: '3.2 disaster prevention ("4 tại chỗ") not met: criterion 3 not met.', input: district({ indicators: { '3.2': false } }), judged: { ...withConditions, '3.2': NOT }, rule: ['EVAL-JUDGE-BOOLEAN', 'EVAL-CRITERION-COMBINE'], source: 'QĐ 320 Phụ lục I 3.2 (Đạt)' });
dist({ name: 'district/1-and-4/met', description: '1.1, 1.2 and 4 (Đạt): criteria 1 and 4 met; 3.1 given without a sourced threshold is unknown.', input: district({ indicators: { '1.1': true, '1.2': true, '4': true, '3.1': true } }), judged: { ...withConditions, '1.1': MET, '1.2': MET, '4': MET }, rule: ['EVAL-JUDGE-BOOLEAN', 'EVAL-THRESHOLD-NONE'], source: 'QĐ 320 Phụ lục I 1.1, 1.2, 4 (secondary, by analogy with the QĐ 211 table)' });
dist({ name: 'district/overlay', description: 'A province supplies 5.1 (test value): its threshold applies to the district set in 2023 (2022 version dates).', set: DISTRICT_2022, options: { overlays: [{ id: 'test-district', title: 'Test (not legal values)', setKind: 'district', citation: { instrument: 'Test' }, provenance: 'secondary', thresholds: { '5.1': { rule: { kind: 'boolean' } } } }] }, input: district({ year: 2023, indicators: { '5.1': true } }), judged: { ...withConditions, '5.1': MET }, rule: ['EVAL-THRESHOLD-SOURCES', 'EVAL-OVERLAY-DEFAULTS'], source: 'Test values, not legal values' });

// --- Special district (QĐ 211).
const sd = (indicators, conditions = {}) => ({ year: 2024, indicators, conditions });
const sdCase = ({ input, judged = {}, options = {}, ...rest }) => add({ function: 'evaluate', options, input: { subject: { kind: 'special-district' }, input }, expected: expectEvaluation(SPECIAL_DISTRICT_2024, input, options, judged), source: QD211, ...rest });
sdCase({ name: 'special-district/1.2/zero', description: '1.2: no essential infrastructure project built: not met (≥ 01 project), short by 1.', input: sd({ '1.2': 0 }), judged: { '1.2': short(1) }, rule: ['EVAL-JUDGE-MIN-COUNT'] });
sdCase({ name: 'special-district/1.2/one', description: '1.2: one project: met.', input: sd({ '1.2': 1 }), judged: { '1.2': MET }, rule: ['EVAL-JUDGE-MIN-COUNT'] });
sdCase({ name: 'special-district/2.1/boundary', description: '2.1: 99.9% of district-road km at standard is not 100%: short by 0.1.', input: sd({ '2.1': 99.9 }), judged: { '2.1': short(0.1) }, rule: ['EVAL-JUDGE-MIN', 'EVAL-SHORTFALL-ROUNDING'] });
sdCase({ name: 'special-district/2.2/delegated', description: '2.2 (tree-lined roads) is set by the province: without an overlay it is unknown.', input: sd({ '2.2': 80 }), rule: ['EVAL-THRESHOLD-NONE'] });
sdCase({ name: 'special-district/2.3/if-any', description: '2.3 inland waterways "if any": not applicable is satisfied; 1.1 met.', input: sd({ '2.3': 'not-applicable', '1.1': true }), judged: { '1.1': MET }, rule: ['EVAL-INPUT-NOT-APPLICABLE', 'EVAL-CRITERION-COMBINE'] });
sdCase({ name: 'special-district/3.1/boundary', description: '3.1: 79.9% of farmland irrigated is below 80%, short by 0.1.', input: sd({ '3.1': 79.9 }), judged: { '3.1': short(0.1) }, rule: ['EVAL-JUDGE-MIN'] });
sdCase({ name: 'special-district/3.1/met', description: '3.1: exactly 80%: met; 3.2 and 4 (Đạt) met: criteria 3 and 4 met.', input: sd({ '3.1': 80, '3.2': true, '4': true }), judged: { '3.1': MET, '3.2': MET, '4': MET }, rule: ['EVAL-JUDGE-MIN', 'EVAL-CRITERION-COMBINE'] });
sdCase({ name: 'special-district/3.1/if-any', description: '3.1 applies "if any" farmland: not applicable is satisfied.', input: sd({ '3.1': 'not-applicable' }), rule: ['EVAL-INPUT-NOT-APPLICABLE'] });
sdCase({ name: 'special-district/satisfaction', description: 'Satisfaction 89.9% is below 90%: the condition is not met, short by 0.1.', input: sd({}, { satisfaction: 89.9 }), judged: { satisfaction: short(0.1) }, rule: ['EVAL-CONDITIONS', 'EVAL-STATUS'] });
sdCase({ name: 'special-district/first-day', description: 'On 01/03/2024, the first day of the set.', options: { asOf: '2024-03-01' }, input: sd({}, { satisfaction: 90 }), judged: { satisfaction: MET }, rule: ['SEL-VERSION-BY-DAY'] });
add({ name: 'special-district/before-211', description: 'The special-district set does not exist before 01/03/2024.', function: 'getCriteriaSet', options: { asOf: '2024-02-29' }, input: { kind: 'special-district' }, expected: error('no-set-in-force', [['options', 'asOf']]), rule: ['SEL-GAPS'], source: 'QĐ 211/QĐ-TTg added the special-district set from 01/03/2024 (legal notes §5.6)' });
add({ name: 'special-district/2023', description: 'A 2023 special-district assessment: no version on 31/12/2023.', function: 'evaluate', input: { subject: { kind: 'special-district' }, input: { ...sd({}), year: 2023 } }, expected: error('no-set-in-force', [['year']]), rule: ['SEL-GAPS', 'EVAL-DEFAULT-DAY'], source: QD211 });

// --- Model commune (QĐ 319): four conditions (income: hand arithmetic on (income × 100) / threshold).
const model = (conditions) => ({ year: 2024, indicators: {}, conditions });
const all4 = { advanced: true, income: { income: 55, advancedThreshold: 50 }, 'smart-village': 1, 'standout-field': 1 };
const mc = ({ input, judged = {}, ...rest }) => add({ function: 'evaluate', input: { subject: { kind: 'model-commune' }, input }, expected: expectEvaluation(MODEL_COMMUNE_2022, input, {}, judged), source: QD319, ...rest });
mc({ name: 'model-commune/all-four', description: 'Advanced, income 55 against an advanced threshold of 50 (5500 / 50 = 110%, the boundary), one smart village, one standout field: meets the model standard.', input: model(all4), judged: allJudged(['advanced', 'income', 'smart-village', 'standout-field']), rule: ['EVAL-CONDITIONS', 'EVAL-STATUS', 'EVAL-COMPOUND-OPERANDS'] });
mc({ name: 'model-commune/income-below', description: 'Income 54.9 against 50 (109.8%) is below 110%.', input: model({ ...all4, income: { income: 54.9, advancedThreshold: 50 } }), judged: { advanced: MET, income: { outcome: 'not-met', failed: 1 }, 'smart-village': MET, 'standout-field': MET }, rule: ['EVAL-COMPOUND-OPERANDS', 'EVAL-STATUS'] });
mc({ name: 'model-commune/no-smart-village', description: 'No smart-village model: not met, short by 1.', input: model({ ...all4, 'smart-village': 0 }), judged: { advanced: MET, income: MET, 'smart-village': short(1), 'standout-field': MET }, rule: ['EVAL-JUDGE-MIN-COUNT'] });
mc({ name: 'model-commune/not-advanced', description: 'A commune not meeting the advanced standard is not a model commune.', input: model({ ...all4, advanced: false }), judged: { advanced: NOT, income: MET, 'smart-village': MET, 'standout-field': MET }, rule: ['EVAL-JUDGE-BOOLEAN', 'EVAL-STATUS'] });
mc({ name: 'model-commune/income-unknown', description: 'Income unknown: undetermined, not "not met".', input: model({ ...all4, income: null }), judged: { advanced: MET, 'smart-village': MET, 'standout-field': MET }, rule: ['EVAL-REASON-PRECEDENCE', 'EVAL-STATUS'] });
mc({ name: 'model-commune/income-zero-threshold', description: 'An advanced threshold of 0: the percentage has no value, the comparison fails.', input: model({ ...all4, income: { income: 55, advancedThreshold: 0 } }), judged: { advanced: MET, income: { outcome: 'not-met', failed: 1 }, 'smart-village': MET, 'standout-field': MET }, rule: ['EVAL-COMPOUND-OPERANDS'] });

// --- Town (QĐ 320 Phụ lục II) and the advanced sets.
const town = (conditions) => ({ year: 2024, indicators: {}, conditions });
add({ name: 'town/communes', description: 'A town completing the task needs 100% of communes NTM and at least 1 advanced commune: 100% and 0 advanced fails the second (short by 1); the third condition is not encoded.', function: 'evaluate', input: { subject: { kind: 'town' }, input: town({ 'communes-ntm': 100, 'advanced-communes': 0 }) }, expected: expectEvaluation(TOWN_2022, town({ 'communes-ntm': 100, 'advanced-communes': 0 }), {}, { 'communes-ntm': MET, 'advanced-communes': short(1) }), rule: ['EVAL-CONDITIONS', 'EVAL-JUDGE-MIN-COUNT'], source: 'QĐ 320 Phụ lục II (legal notes §5.4, secondary)' });
add({ name: 'town/not-read', description: 'The two known conditions met and the placeholder given true: it has no threshold, so the town is undetermined.', function: 'evaluate', input: { subject: { kind: 'town' }, input: town({ 'communes-ntm': 100, 'advanced-communes': 2, 'conditions-not-read': true }) }, expected: expectEvaluation(TOWN_2022, town({ 'communes-ntm': 100, 'advanced-communes': 2, 'conditions-not-read': true }), {}, { 'communes-ntm': MET, 'advanced-communes': MET }), rule: ['EVAL-THRESHOLD-NONE', 'EVAL-STATUS'], source: 'QĐ 320 Phụ lục II: five conditions, two known (legal notes §5.4)' });
const adv = { region: 'TDMNPB', year: 2024, indicators: {}, conditions: { 'ntm-commune': false } };
add({ name: 'advanced-commune/prerequisite', description: 'A commune not recognised NTM cannot meet the advanced standard.', function: 'evaluate', input: { subject: { kind: 'advanced-commune' }, input: adv }, expected: expectEvaluation(ADVANCED_COMMUNE_2024, adv, {}, { 'ntm-commune': NOT }), rule: ['EVAL-CONDITIONS', 'EVAL-STATUS'], source: 'QĐ 318 Phụ lục II: the advanced set applies to communes already NTM (legal notes §5.1)' });
const advWater = (region, year, v) => ({ region, year, indicators: { '18.1': v }, conditions: { 'ntm-commune': true } });
add({ name: 'advanced-commune/18.1-BTB', description: 'Centralised clean water 55% in BTB (Thanh Hóa): met (≥ 55%).', function: 'evaluate', input: { subject: { kind: 'advanced-commune' }, input: advWater('BTB', 2023, 55) }, expected: expectEvaluation(ADVANCED_COMMUNE_2022, advWater('BTB', 2023, 55), {}, { '18.1': MET, 'ntm-commune': MET }), rule: ['EVAL-JUDGE-MIN', 'EVAL-THRESHOLD-COLUMN'], source: 'm.baomoi.com Như Thanh article: "từ 55% đối với xã đạt chuẩn NTM nâng cao" (legal notes §5.1, secondary)' });
add({ name: 'advanced-commune/18.1-BTB-2024', description: 'Centralised clean water 54% in BTB in 2024 (the 2024 version keeps the BTB value of 2022): below 55%, short by 1.', function: 'evaluate', input: { subject: { kind: 'advanced-commune' }, input: advWater('BTB', 2024, 54) }, expected: expectEvaluation(ADVANCED_COMMUNE_2024, advWater('BTB', 2024, 54), {}, { '18.1': short(1), 'ntm-commune': MET }), rule: ['EVAL-JUDGE-MIN', 'EVAL-THRESHOLD-COLUMN'], source: 'm.baomoi.com Như Thanh article: "từ 55% đối với xã đạt chuẩn NTM nâng cao" (legal notes §5.1, secondary); QĐ 211 changed no BTB water value' });
add({ name: 'advanced-commune/18.1-TN', description: 'The same in Tây Nguyên: no value is known there.', function: 'evaluate', input: { subject: { kind: 'advanced-commune' }, input: advWater('TN', 2024, 55) }, expected: expectEvaluation(ADVANCED_COMMUNE_2024, advWater('TN', 2024, 55), {}, { 'ntm-commune': MET }), rule: ['EVAL-THRESHOLD-NONE', 'EVAL-THRESHOLD-COLUMN'], source: 'legal notes §5.1' });
const advInsurance = (year, v) => ({ region: 'DBSCL', year, indicators: { '14.1': v }, conditions: {} });
add({ name: 'advanced-commune/14.1-DBSCL-2024', description: 'Health insurance 94% in ĐBSCL in 2024: below the advanced 95%, short by 1.', function: 'evaluate', input: { subject: { kind: 'advanced-commune' }, input: advInsurance(2024, 94) }, expected: expectEvaluation(ADVANCED_COMMUNE_2024, advInsurance(2024, 94), {}, { '14.1': short(1) }), rule: ['EVAL-JUDGE-MIN'], source: 'news.laodong.vn (Cà Mau, 2024), baocamau.vn "từ 95% trở lên" (secondary)' });
add({ name: 'advanced-commune/14.1-DBSCL-2023', description: 'The same in 2023 (2022 version): no value before 01/03/2024.', function: 'evaluate', input: { subject: { kind: 'advanced-commune' }, input: advInsurance(2023, 94) }, expected: expectEvaluation(ADVANCED_COMMUNE_2022, advInsurance(2023, 94), {}, {}), rule: ['EVAL-THRESHOLD-NONE'], source: 'news.laodong.vn (Cà Mau, 2024), dated from QĐ 211' });
const advDistrict = (year) => ({ year, indicators: {}, conditions: { 'ntm-district': true, satisfaction: 95 } });
add({ name: 'advanced-district/precondition', description: 'An advanced district must already be an NTM district; the other conditions are not encoded (unknown).', function: 'evaluate', input: { subject: { kind: 'advanced-district' }, input: advDistrict(2024) }, expected: expectEvaluation(ADVANCED_DISTRICT_2024, advDistrict(2024), {}, { 'ntm-district': MET }), rule: ['EVAL-CONDITIONS', 'EVAL-THRESHOLD-NONE'], source: 'QĐ 320 Phụ lục III (legal notes §5.5)' });
add({ name: 'advanced-district/2023', description: 'The 2022 version in 2023.', function: 'evaluate', input: { subject: { kind: 'advanced-district' }, input: advDistrict(2023) }, expected: expectEvaluation(ADVANCED_DISTRICT_2022, advDistrict(2023), {}, { 'ntm-district': MET }), rule: ['SEL-VERSION-BY-DAY'], source: 'QĐ 320/QĐ-TTg; QĐ 211/QĐ-TTg from 01/03/2024' });

// --- Versions of every national set.
const setProjection = (s) => ({ id: s.id, kind: s.kind, province: null, validFrom: s.validFrom, validUntil: s.validUntil ?? null, period: s.period, columns: s.columns, criteriaCount: s.criteria.length, conditionCount: s.conditions.length });
for (const [kind, versions] of Object.entries(VERSIONS)) {
  for (const s of versions) {
    for (const asOf of [s.validFrom, s.validUntil].filter((d) => d !== null)) {
      add({ name: `sets/version/${s.id}/${asOf}`, description: `The ${kind} set in force on ${asOf} (a first or last day) is ${s.id}.`, function: 'getCriteriaSet', options: { asOf }, input: { kind }, expected: setProjection(s), rule: ['SEL-VERSION-BY-DAY'], source: 'QĐ 318/319/320 (08/03/2022); QĐ 211/QĐ-TTg amendments and special districts from 01/03/2024; QĐ 51/2025/QĐ-TTg from 15/02/2026; district level up to 30/06/2025' });
    }
  }
}

// --- No version before a kind's first day or after its last: the days next to the ends of the versions.
const nextDay = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
for (const [kind, versions] of Object.entries(VERSIONS)) {
  const last = versions.at(-1).validUntil;
  for (const asOf of [nextDay(versions[0].validFrom, -1), ...(last !== null && last !== undefined ? [nextDay(last, 1)] : [])]) {
    add({ name: `sets/no-version/${kind}/${asOf}`, description: `No ${kind} version is in force on ${asOf} (next to the ends of its versions): an error at the day's path, never the nearest version.`, function: 'getCriteriaSet', options: { asOf }, input: { kind }, expected: error('no-set-in-force', [['options', 'asOf']]), rule: ['SEL-VERSION-BY-DAY', 'SEL-GAPS'], source: 'QĐ 318/319/320 from 08/03/2022; QĐ 211/QĐ-TTg special districts from 01/03/2024; district level up to 30/06/2025; 2021-2025 advanced and model commune sets up to 31/12/2025 (legal notes)' });
  }
}

writeCase('sets.json', 'District, special-district, model-commune, town and advanced sets: conditions, thresholds from the legal notes, versions by date. Complete expected results.', cases);
