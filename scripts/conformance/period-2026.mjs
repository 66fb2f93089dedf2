// Writes conformance/period-2026.json: the 2026-2030 period: commune groups (QĐ 51/2025/QĐ-TTg
// Phụ lục I, final text), criterion-level assessments (2026-2030 and 2021-2025 sets), plans of 10
// criteria, and the 2026-2035 funding taxonomy. This script does not import the library: every
// expected value follows from the definitions and figures typed below, as the sources word them.
// Run: node scripts/conformance/period-2026.mjs
import { writeCase } from './write.mjs';

// --- The legal data, as quoted (secondary: thoibaotaichinhvietnam; vietnamplus 30/12/2025; laodong; vtcnews).
const GROUPS_RULE =
  'QĐ 51/2025/QĐ-TTg Phụ lục I (final text, secondary): "Xã nhóm 1 là xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị hoặc xã có tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%, hoặc xã được định hướng là đô thị mới. Xã nhóm 2 là xã không thuộc nhóm 1 và nhóm 3. Xã nhóm 3 là xã khu vực II và xã khu vực III thuộc địa bàn vùng đồng bào dân tộc thiểu số và miền núi"';
const NO_PRECEDENCE = 'No source says which group applies to a commune meeting both the group-1 and the group-3 definition: the library reports the conflict and places it only by an explicit option (project rule)';
const TEN = 'QĐ 51/2025/QĐ-TTg Phụ lục I (secondary, vietnamplus 30/12/2025): 10 criteria; a commune meets the standard when it meets all of them';
const ASSESSED = 'Criterion-level assessments (issue 15): a criterion given as a whole takes that outcome, marked as assessed; missing is unknown, never not met';
const NO_OVERRIDE = 'A criterion-level assessment never overrides a computed indicator outcome silently: both given and disagreeing is an error (project rule)';
const CRITERIA_2026 = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const cases = [];
const add = (c) => cases.push(c);

// --- 1. Commune groups.
// A group-2 commune: no group-1 test holds, and it is outside areas II and III.
const plain = { adjacentToUrbanArea: false, urbanOriented: false, agricultureSharePercent: 45, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' };
const GROUP_CASES = [
  // [name, facts, group, why]
  ['group-2', plain, 2, 'no group-1 test holds and the commune is outside areas II and III: "không thuộc nhóm 1 và nhóm 3"'],
  ['adjacent-and-oriented', { ...plain, adjacentToUrbanArea: true, urbanOriented: true }, 1, '"liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị"'],
  ['adjacent-only', { ...plain, adjacentToUrbanArea: true }, 2, 'adjacent to an urban area but not oriented to become urban: the first group-1 test needs both ("và")'],
  ['oriented-only', { ...plain, urbanOriented: true }, 2, 'oriented to become urban but not adjacent to an existing urban area: the first test needs both'],
  ['agriculture-under-10', { ...plain, agricultureSharePercent: 9.9 }, 1, '"tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%": 9.9% is under 10%'],
  ['agriculture-at-10', { ...plain, agricultureSharePercent: 10 }, 2, '10% is not "dưới 10%" (under 10%)'],
  ['planned-new-urban', { ...plain, plannedNewUrbanArea: true }, 1, '"xã được định hướng là đô thị mới"'],
  ['area-III', { ...plain, ethnicMinorityArea: 'III' }, 3, '"xã khu vực III thuộc địa bàn vùng đồng bào dân tộc thiểu số và miền núi", no group-1 test holds'],
  ['area-II', { ...plain, ethnicMinorityArea: 'II' }, 3, '"xã khu vực II …", no group-1 test holds'],
  ['area-I', { ...plain, ethnicMinorityArea: 'I' }, 2, 'area I is not in the group-3 definition (areas II and III only)'],
];
for (const [name, facts, group, why] of GROUP_CASES) {
  add({ name: `groups/${name}`, description: `Group ${group}: ${why}.`, function: 'classifyCommuneGroup', options: {}, input: facts, expected: { group, conflict: null }, rule: GROUPS_RULE });
}
add({ name: 'groups/conflict', description: 'Planned as a new urban area (group 1) and an area-III commune (group 3): both definitions hold; no group is chosen, the conflict is reported.', function: 'classifyCommuneGroup', options: {}, input: { ...plain, plannedNewUrbanArea: true, ethnicMinorityArea: 'III' }, expected: { group: null, conflict: { groups: [1, 3] } }, rule: `${GROUPS_RULE}; ${NO_PRECEDENCE}` });
add({ name: 'groups/conflict-resolved', description: 'The same commune placed in group 3 by an explicit decision (a test value, not a legal rule): group 3, the conflict kept with what resolved it.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 3, basis: 'Conformance test decision (not a legal source)' } }, input: { ...plain, agricultureSharePercent: 5, ethnicMinorityArea: 'II' }, expected: { group: 3, conflict: { groups: [1, 3], resolvedBy: 'Conformance test decision (not a legal source)' } }, rule: `${GROUPS_RULE}; ${NO_PRECEDENCE}` });
const MISSING = [
  ['area-only', { ethnicMinorityArea: 'II' }, 'an area-II commune is group 3 only if no group-1 test holds, and none is known'],
  ['group-1-tests-only', { adjacentToUrbanArea: false, urbanOriented: false, agricultureSharePercent: 45, plannedNewUrbanArea: false }, 'no group-1 test holds, but whether it is in area II or III is not known: group 2 or 3'],
  ['orientation-missing', { ...plain, adjacentToUrbanArea: true, urbanOriented: undefined }, 'adjacent to an urban area with its orientation not given: group 1 or 2'],
  ['nothing', {}, 'no fact given'],
];
for (const [name, facts, why] of MISSING) {
  const input = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  add({ name: `groups/missing/${name}`, description: `Group not known: ${why}. Missing facts give no group, never a guess ("nhóm 2 là xã không thuộc nhóm 1 và nhóm 3" needs both tests).`, function: 'classifyCommuneGroup', options: {}, input, expected: { group: null, conflict: null }, rule: `${GROUPS_RULE}; missing input is unknown (project rule)` });
}
add({ name: 'groups/missing/group-1-holds', description: 'A commune with agriculture under 10% whose area is not given: if it were in area II or III both definitions would hold, so the group is not known.', function: 'classifyCommuneGroup', options: {}, input: { agricultureSharePercent: 8 }, expected: { group: null, conflict: null }, rule: `${GROUPS_RULE}; ${NO_PRECEDENCE}` });
const BAD_FACTS = [
  [{ agricultureSharePercent: 120 }, [['agricultureSharePercent']], 'a share above 100%'],
  [{ ethnicMinorityArea: 'IV' }, [['ethnicMinorityArea']], 'an area that does not exist (I, II, III or none)'],
  [{ adjacentToUrbanArea: 'có' }, [['adjacentToUrbanArea']], 'yes/no given as text'],
  [{ population: 9000 }, [['population']], 'an unknown fact'],
];
BAD_FACTS.forEach(([input, paths, why], n) => {
  add({ name: `groups/invalid/${n + 1}`, description: `Rejected, naming the fact: ${why}.`, function: 'classifyCommuneGroup', options: {}, input, expected: { error: { code: 'invalid-input', paths } }, rule: 'Bad input gets a typed error naming the field path (project rule)' });
});
add({ name: 'groups/invalid/resolution', description: 'A conflict may only be resolved to group 1 or group 3, with its basis.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 2, basis: 'x' } }, input: plain, expected: { error: { code: 'invalid-input', paths: [['options', 'resolveConflict']] } }, rule: NO_PRECEDENCE });

// --- 2. Criterion-level assessments on the 2026-2030 set (no indicator is encoded: QĐ 51's 47 were not reached).
const all = (outcome) => Object.fromEntries(CRITERIA_2026.map((c) => [c, outcome]));
const allAssessed = Object.fromEntries(CRITERIA_2026.map((c) => [c, 'assessment']));
add({ name: 'assessed-2026/all-met', description: 'Ten criteria assessed met: the commune meets the standard (10 of 10), each criterion marked as assessed.', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026, criteria: all('met') }, expected: { setId: 'commune/qd51-2026', status: 'meets-standard', criteriaMet: 10, criteriaNotMet: 0, criteriaUnknown: 0, criteriaTotal: 10, criteria: all('met'), criteriaBasis: allAssessed }, rule: `${TEN}; ${ASSESSED}` });
const nine = Object.fromEntries(CRITERIA_2026.slice(0, 9).map((c) => [c, 'met']));
add({ name: 'assessed-2026/one-not-given', description: 'Nine criteria assessed met, criterion 10 not given: undetermined with 9 met and 1 unknown (not "not met").', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026, criteria: nine }, expected: { status: 'undetermined', criteriaMet: 9, criteriaUnknown: 1, criteria: { ...nine, 10: 'unknown' }, criteriaBasis: { 9: 'assessment', 10: 'indicators' } }, rule: `${TEN}; ${ASSESSED}` });
add({ name: 'assessed-2026/one-not-met', description: 'Nine met and criterion 6 assessed not met: not met, 9 of 10.', function: 'evaluateCommune', options: {}, input: { group: 3, year: 2026, criteria: { ...all('met'), 6: 'not-met' } }, expected: { status: 'not-met', criteriaMet: 9, criteriaNotMet: 1, criteria: { 6: 'not-met' } }, rule: `${TEN}; ${ASSESSED}` });
add({ name: 'assessed-2026/stated-unknown', description: 'A criterion assessed "unknown" is unknown: undetermined.', function: 'evaluateCommune', options: {}, input: { group: 1, year: 2026, criteria: { ...all('met'), 3: 'unknown' } }, expected: { status: 'undetermined', criteriaMet: 9, criteriaUnknown: 1, criteria: { 3: 'unknown' } }, rule: ASSESSED });
add({ name: 'assessed-2026/group-facts', description: 'The group may be given by its facts (here group 3: area III, no group-1 test holds); the assessments decide the outcome.', function: 'evaluateCommune', options: {}, input: { groupFacts: { ...plain, ethnicMinorityArea: 'III' }, year: 2026, criteria: all('met') }, expected: { status: 'meets-standard', criteriaMet: 10 }, rule: `${GROUPS_RULE}; ${ASSESSED}` });
add({ name: 'assessed-2026/with-citation', description: 'The assessment may say who assessed, in which record and on which day; it is kept in the result.', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026, criteria: all('met'), assessment: { by: 'Đoàn thẩm định (conformance test)', decision: 'Biên bản số 1 (test)', date: '2026-11-30' } }, expected: { status: 'meets-standard', assessment: { by: 'Đoàn thẩm định (conformance test)', decision: 'Biên bản số 1 (test)', date: '2026-11-30' } }, rule: ASSESSED });
add({ name: 'assessed-2026/unknown-criterion', description: 'Criterion 11 does not exist in the 10-criterion set.', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026, criteria: { 11: 'met' } }, expected: { error: { code: 'invalid-input', paths: [['criteria', '11']] } }, rule: TEN });
add({ name: 'assessed-2026/bad-outcome', description: 'An outcome is met, not-met or unknown: "đạt" is refused (never guessed).', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026, criteria: { 1: 'đạt' } }, expected: { error: { code: 'invalid-input', paths: [['criteria', '1']] } }, rule: ASSESSED });
add({ name: 'assessed-2026/bad-date', description: 'The assessment day must exist.', function: 'evaluateCommune', options: {}, input: { group: 2, year: 2026, criteria: all('met'), assessment: { date: '2026-02-30' } }, expected: { error: { code: 'invalid-input', paths: [['assessment', 'date']] } }, rule: ASSESSED });
add({ name: 'assessed-2026/bad-group', description: 'Commune groups are 1, 2 and 3.', function: 'evaluateCommune', options: {}, input: { group: 4, year: 2026, criteria: all('met') }, expected: { error: { code: 'invalid-input', paths: [['group']] } }, rule: GROUPS_RULE });

// --- 3. Criterion-level assessments on the 2021-2025 set (QĐ 318: criterion 1 = indicators 1.1 and 1.2, "Đạt").
const QD318 = 'QĐ 318/QĐ-TTg Phụ lục I, criterion 1 (1.1 and 1.2, "Đạt"); criterion 10 (income), whose values are not encoded';
const base = { region: 'TDMNPB', year: 2024 };
add({ name: 'assessed-2024/fills-unknown', description: 'Criterion 10 (income) cannot be computed (no encoded value); assessed met, it is met and marked as assessed.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { 10: 60 }, criteria: { 10: 'met' } }, expected: { criteria: { 10: 'met' }, criteriaBasis: { 10: 'assessment' } }, rule: `${QD318}; ${ASSESSED}` });
add({ name: 'assessed-2024/agrees', description: 'Criterion 1 computed met from 1.1 and 1.2, and assessed met: met, from the indicators.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { 1.1: true, 1.2: true }, criteria: { 1: 'met' } }, expected: { criteria: { 1: 'met' }, criteriaBasis: { 1: 'indicators' } }, rule: `${QD318}; ${NO_OVERRIDE}` });
add({ name: 'assessed-2024/contradicts', description: 'Criterion 1 computed met from 1.1 and 1.2, but assessed not met: an error at criteria.1, never settled silently.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { 1.1: true, 1.2: true }, criteria: { 1: 'not-met' } }, expected: { error: { code: 'invalid-input', paths: [['criteria', '1']] } }, rule: `${QD318}; ${NO_OVERRIDE}` });
add({ name: 'assessed-2024/contradicts-not-met', description: 'Indicator 1.2 not met (criterion 1 computed not met) but the criterion assessed met: an error.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { 1.1: true, 1.2: false }, criteria: { 1: 'met' } }, expected: { error: { code: 'invalid-input', paths: [['criteria', '1']] } }, rule: `${QD318}; ${NO_OVERRIDE}` });
add({ name: 'assessed-2024/partial-indicators', description: '1.1 met, 1.2 not given (criterion 1 computed unknown): the assessment decides, met.', function: 'evaluateCommune', options: {}, input: { ...base, indicators: { 1.1: true }, criteria: { 1: 'met' } }, expected: { criteria: { 1: 'met' }, criteriaBasis: { 1: 'assessment' } }, rule: `${QD318}; ${ASSESSED}` });

// --- 4. A plan of 10 criteria (made-up figures; expected findings worked out by hand).
const plan = (o) => ({ province: 'Tỉnh thử nghiệm (test)', year: 2026, communes: 10, ...o });
const PLAN_RULE = 'Plans for 2026+: criterion codes, counts and averages follow the set in force for the plan year (10 criteria, QĐ 51/2025/QĐ-TTg)';
add({ name: 'plans-2026/clean', description: '3 communes meet the 10 criteria; criteria counts 10 × … add up to 70 = an average of 7.0 over 10 communes.', function: 'checkPlan', options: {}, input: plan({ target: { meetingStandard: { total: 3 }, averageCriteria: '7.0', criteria: CRITERIA_2026.map((c, i) => ({ criterion: c, communes: [10, 9, 8, 7, 6, 6, 6, 6, 6, 6][i] })) } }), expected: { errors: 0, warnings: 0 }, rule: `${PLAN_RULE}; 10+9+8+7+6×6 = 70` });
add({ name: 'plans-2026/unknown-criterion', description: 'Criterion 15 is not in the 10-criterion set.', function: 'checkPlan', options: {}, input: plan({ target: { criteria: [{ criterion: '15', communes: 3 }] } }), expected: { error: { code: 'invalid-input', paths: [['target', 'criteria', 0, 'criterion']] } }, rule: PLAN_RULE });
add({ name: 'plans-2026/average-above', description: 'An average of 12 criteria per commune on a set of 10.', function: 'checkPlan', options: {}, input: plan({ target: { averageCriteria: '12.0' } }), expected: { error: { code: 'invalid-input', paths: [['target', 'averageCriteria']] } }, rule: PLAN_RULE });
add({ name: 'plans-2026/average-vs-criteria', description: 'All ten counts given add up to 70 over 10 communes (7.0); "7.5" cannot be right.', function: 'checkPlan', options: {}, input: plan({ target: { meetingStandard: { total: 3 }, averageCriteria: '7.5', criteria: CRITERIA_2026.map((c, i) => ({ criterion: c, communes: [10, 9, 8, 7, 6, 6, 6, 6, 6, 6][i] })) } }), expected: { byCode: { 'average-vs-criteria': 1 } }, rule: `${PLAN_RULE}; 70/10 = 7.0` });
add({ name: 'plans-2026/buckets-without-scheme', description: 'Buckets stated for 10 criteria with no scheme supplied: no national scheme exists, so they are reported unchecked, never read with the 19-criterion national scheme.', function: 'checkPlan', options: {}, input: plan({ target: { buckets: { '10': 3, '5-9': 7 } } }), expected: { errors: 0, byCode: { 'bucket-scheme-missing': 1, 'bucket-unknown': 0, 'below-floor-target': 0 } }, rule: `${PLAN_RULE}; no national bucket scheme for 10 criteria (research: only mock apps have one)` });
add({ name: 'plans-2026/baseline-set-ambiguous', description: 'A 2025 baseline with figures in a 2026 plan: counted on the 19 criteria or re-assessed on the 10? It must say (criteriaSet).', function: 'checkPlan', options: {}, input: plan({ baseline: { averageCriteria: '15.0' } }), expected: { error: { code: 'invalid-input', paths: [['baseline', 'criteriaSet']] } }, rule: 'A value that could be read two ways is an error naming the path (project rule)' });
add({ name: 'plans-2026/no-district-level', description: 'Districts completing criteria in a 2026 target: there is no district level since 01/07/2025.', function: 'checkPlan', options: {}, input: plan({ target: { districtsCompleting: { count: 2 } } }), expected: { byCode: { 'no-district-level': 1 } }, rule: 'Two-tier local government from 01/07/2025 (secondary)' });
add({ name: 'plans-2026/funding-merged-programme', description: 'A 2026 plan naming the ethnic-minority programme as integrated funds: from 2026 it is a component of the merged programme (NQ 257/2025/QH15).', function: 'checkPlan', options: {}, input: plan({ funding: { unit: 'million-vnd', lines: [{ source: 'integrated', amount: '5', parts: [{ source: 'integrated.ethnic-minority', amount: '5' }] }] } }), expected: { error: { code: 'invalid-input', paths: [['funding', 'lines', 0, 'parts', 0, 'source']] } }, rule: 'NQ 257/2025/QH15 (secondary): one programme of three, with two components' });

// --- 5. Funding under the 2026-2035 taxonomy (NQ 257/2025/QH15 as passed, billion VND; secondary: vtcnews, vietnamnet 11/12/2025).
const NQ257 = 'NQ 257/2025/QH15 as passed (secondary): "nguồn vốn ngân sách trung ương 100.000 tỷ đồng (vốn đầu tư phát triển là 70.000 tỷ đồng, kinh phí thường xuyên là 30.000 tỷ đồng). Nguồn vốn ngân sách địa phương 300.000 tỷ đồng. Nguồn vốn tín dụng chính sách … là 23.000 tỷ đồng"; total "khoảng 423.000 tỷ đồng"';
const budget = [
  { source: 'central.investment', amount: '70000', unit: 'billion-vnd' },
  { source: 'central.recurrent', amount: '30000', unit: 'billion-vnd' },
  { source: 'local', amount: '300000', unit: 'billion-vnd' },
  { source: 'credit.policy', amount: '23000', unit: 'billion-vnd' },
];
add({ name: 'funding-2026/nq257', description: 'The state budget of 2026-2030: 70,000 + 30,000 = 100,000 central; 100,000 + 300,000 + 23,000 = 423,000.', function: 'aggregateFunding', options: { taxonomy: '2026-2035', unit: 'billion-vnd' }, input: budget, expected: { taxonomy: '2026-2035', total: '423000', bySource: { central: { amount: '100000' }, local: { amount: '300000' }, credit: { amount: '23000' } } }, rule: NQ257 });
add({ name: 'funding-2026/by-year', description: 'Lines of 2026 take the 2026-2035 taxonomy without an option.', function: 'aggregateFunding', options: {}, input: [{ source: 'central', amount: '1', year: 2026 }], expected: { taxonomy: '2026-2035', total: '1' }, rule: 'The taxonomy version follows the line year: up to 2025 2021-2025, 2026-2035 2026-2035 (project rule)' });
add({ name: 'funding-2026/components', description: 'Central funds by component: 700 to new rural development and poverty reduction, 300 to the ethnic-minority and mountainous areas; 1,000 in all.', function: 'aggregateFunding', options: { taxonomy: '2026-2035' }, input: [{ source: 'central', amount: '700', component: 'new-rural-poverty' }, { source: 'central', amount: '300', component: 'ethnic-minority-mountainous' }], expected: { total: '1000', byComponent: { 'new-rural-poverty': { amount: '700' }, 'ethnic-minority-mountainous': { amount: '300' } } }, rule: 'NQ 257/2025/QH15 (secondary, vietnamnet 18/11/2025): two components, new rural development and poverty reduction; ethnic-minority and mountainous areas' });
add({ name: 'funding-2026/merged-programme-refused', description: 'integrated.poverty-reduction is not a 2026-2035 source: that programme is part of the merged one.', function: 'aggregateFunding', options: { taxonomy: '2026-2035' }, input: [{ source: 'integrated.poverty-reduction', amount: '1' }], expected: { error: { code: 'invalid-input', paths: [['lines', 0, 'source']] } }, rule: 'NQ 257/2025/QH15 (secondary): one programme of three' });
add({ name: 'funding-2026/no-district-budget', description: 'No district budget in 2026-2035.', function: 'aggregateFunding', options: {}, input: [{ source: 'local.district', amount: '1', year: 2026 }], expected: { error: { code: 'invalid-input', paths: [['lines', 0, 'source']] } }, rule: 'Two-tier local government from 01/07/2025 (secondary)' });
add({ name: 'funding-2026/mixed-years', description: 'Lines of 2025 and 2026 in one table belong to two taxonomy versions: refused, naming the line.', function: 'aggregateFunding', options: {}, input: [{ source: 'central', amount: '1', year: 2025 }, { source: 'central', amount: '1', year: 2026 }], expected: { error: { code: 'invalid-input', paths: [['lines', 1, 'year']] } }, rule: 'One taxonomy version per aggregation (project rule)' });

writeCase('period-2026.json', 'The 2026-2030 period: commune groups (QĐ 51/2025/QĐ-TTg), criterion-level assessments, plans of 10 criteria, the 2026-2035 funding taxonomy (NQ 257/2025/QH15).', cases);
