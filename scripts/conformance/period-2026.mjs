// Writes conformance/period-2026.json: the 2026-2030 period: commune groups (QĐ 51/2025/QĐ-TTg
// Phụ lục I, final text), criterion-level assessments (2026-2030 and 2021-2025 sets), plans of 10
// criteria, and the 2026-2035 funding taxonomy. This script does not import the library: every
// expected value follows from the definitions and figures typed below, as the sources word them.
// Run: node scripts/conformance/period-2026.mjs
import { error, writeCase } from './write.mjs';
import { expectEvaluation } from './lib/evaluation.mjs';
import { expectAggregate } from './lib/funding.mjs';
import { COMMUNE_2024, COMMUNE_2026 } from './lib/national.mjs';

// --- The legal data, as quoted (secondary: thoibaotaichinhvietnam; vietnamplus 30/12/2025; laodong; vtcnews).
const GROUPS_RULE =
  'QĐ 51/2025/QĐ-TTg Phụ lục I (final text, secondary): "Xã nhóm 1 là xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị hoặc xã có tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%, hoặc xã được định hướng là đô thị mới. Xã nhóm 2 là xã không thuộc nhóm 1 và nhóm 3. Xã nhóm 3 là xã khu vực II và xã khu vực III thuộc địa bàn vùng đồng bào dân tộc thiểu số và miền núi"';
const NO_PRECEDENCE = 'No source says which group applies to a commune meeting both the group-1 and the group-3 definition: the library reports the conflict and places it only by an explicit option (project rule)';
const TEN = 'QĐ 51/2025/QĐ-TTg Phụ lục I (secondary, vietnamplus 30/12/2025): 10 criteria; a commune meets the standard when it meets all of them';
const ASSESSED = 'Criterion-level assessments (issue 15): a criterion given as a whole takes that outcome, marked as assessed; missing is unknown, never not met';
const NO_OVERRIDE = 'A criterion-level assessment never overrides a computed indicator outcome silently: both given and disagreeing is an error (project rule)';
const CRITERIA_2026 = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const cases = [];
// Every case here is named period-2026/… (commune.json holds more cases of the same rules).
const add = (c) => cases.push({ ...c, name: `period-2026/${c.name}` });
const ev26 = (input, extra = {}) => expectEvaluation(COMMUNE_2026, input, {}, {}, extra);

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
  add({ name: `groups/${name}`, description: `Group ${group}: ${why}.`, function: 'classifyCommuneGroup', options: {}, input: facts, expected: { group, conflict: null }, rule: ['GROUP-CLASSIFY'], source: GROUPS_RULE });
}
add({ name: 'groups/conflict', description: 'Planned as a new urban area (group 1) and an area-III commune (group 3): both definitions hold; no group is chosen, the conflict is reported.', function: 'classifyCommuneGroup', options: {}, input: { ...plain, plannedNewUrbanArea: true, ethnicMinorityArea: 'III' }, expected: { group: null, conflict: { groups: [1, 3], resolvedBy: null } }, rule: ['GROUP-CONFLICT'], source: `${GROUPS_RULE}; ${NO_PRECEDENCE}` });
add({ name: 'groups/conflict-resolved', description: 'The same commune placed in group 3 by an explicit decision (a test value, not a legal rule): group 3, the conflict kept with what resolved it.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 3, basis: 'Conformance test decision (not a legal source)' } }, input: { ...plain, agricultureSharePercent: 5, ethnicMinorityArea: 'II' }, expected: { group: 3, conflict: { groups: [1, 3], resolvedBy: 'Conformance test decision (not a legal source)' } }, rule: ['GROUP-CONFLICT'], source: `${GROUPS_RULE}; ${NO_PRECEDENCE}` });
const MISSING = [
  ['area-only', { ethnicMinorityArea: 'II' }, 'an area-II commune is group 3 only if no group-1 test holds, and none is known'],
  ['group-1-tests-only', { adjacentToUrbanArea: false, urbanOriented: false, agricultureSharePercent: 45, plannedNewUrbanArea: false }, 'no group-1 test holds, but whether it is in area II or III is not known: group 2 or 3'],
  ['orientation-missing', { ...plain, adjacentToUrbanArea: true, urbanOriented: undefined }, 'adjacent to an urban area with its orientation not given: group 1 or 2'],
  ['nothing', {}, 'no fact given'],
];
for (const [name, facts, why] of MISSING) {
  const input = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  add({ name: `groups/missing/${name}`, description: `Group not known: ${why}. Missing facts give no group, never a guess ("nhóm 2 là xã không thuộc nhóm 1 và nhóm 3" needs both tests).`, function: 'classifyCommuneGroup', options: {}, input, expected: { group: null, conflict: null }, rule: ['GROUP-CLASSIFY', 'GROUP-FACTS'], source: `${GROUPS_RULE}; missing input is unknown (project rule)` });
}
add({ name: 'groups/missing/group-1-holds', description: 'A commune with agriculture under 10% whose area is not given: if it were in area II or III both definitions would hold, so the group is not known.', function: 'classifyCommuneGroup', options: {}, input: { agricultureSharePercent: 8 }, expected: { group: null, conflict: null }, rule: ['GROUP-CLASSIFY', 'GROUP-CONFLICT'], source: `${GROUPS_RULE}; ${NO_PRECEDENCE}` });
const BAD_FACTS = [
  [{ agricultureSharePercent: 120 }, [['agricultureSharePercent']], 'a share above 100%'],
  [{ ethnicMinorityArea: 'IV' }, [['ethnicMinorityArea']], 'an area that does not exist (I, II, III or none)'],
  [{ adjacentToUrbanArea: 'có' }, [['adjacentToUrbanArea']], 'yes/no given as text'],
  [{ population: 9000 }, [['population']], 'an unknown fact'],
];
BAD_FACTS.forEach(([input, paths, why], n) => {
  add({ name: `groups/invalid/${n + 1}`, description: `Rejected, naming the fact: ${why}.`, function: 'classifyCommuneGroup', options: {}, input, expected: error('invalid-input', paths), rule: ['GROUP-FACTS', 'ERR-ROOTS'], source: 'Bad input gets a typed error naming the field path (project rule)' });
});
add({ name: 'groups/invalid/resolution', description: 'A conflict may only be resolved to group 1 or group 3, with its basis.', function: 'classifyCommuneGroup', options: { resolveConflict: { group: 2, basis: 'x' } }, input: plain, expected: error('invalid-input', [['options', 'resolveConflict']]), rule: ['GROUP-CONFLICT', 'ERR-ROOTS'], source: NO_PRECEDENCE });

// --- 2. Criterion-level assessments on the 2026-2030 set (no indicator is encoded: QĐ 51's 47 were not reached).
const all = (outcome) => Object.fromEntries(CRITERIA_2026.map((c) => [c, outcome]));
const ASSESS_RULES = ['EVAL-CRITERION-NOT-ENCODED', 'EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-STATUS', 'EVAL-COUNTS'];
const ev = (name, description, input, rule, extra = {}) => add({ name, description, function: 'evaluateCommune', options: {}, input, expected: ev26(input, extra), rule, source: `${TEN}; ${ASSESSED}` });
ev('assessed-2026/all-met', 'Ten criteria assessed met: the commune meets the standard (10 of 10), each criterion marked as assessed.', { group: 2, year: 2026, criteria: all('met') }, ASSESS_RULES);
const nine = Object.fromEntries(CRITERIA_2026.slice(0, 9).map((c) => [c, 'met']));
ev('assessed-2026/one-not-given', 'Nine criteria assessed met, criterion 10 not given: undetermined with 9 met and 1 unknown (not "not met"); criterion 10 keeps its reason (indicators not encoded).', { group: 2, year: 2026, criteria: nine }, ASSESS_RULES);
ev('assessed-2026/one-not-met', 'Nine met and criterion 6 assessed not met: not met, 9 of 10.', { group: 3, year: 2026, criteria: { ...all('met'), 6: 'not-met' } }, ASSESS_RULES);
ev('assessed-2026/stated-unknown', 'A criterion assessed "unknown" is unknown, marked as assessed, without a reason: undetermined.', { group: 1, year: 2026, criteria: { ...all('met'), 3: 'unknown' } }, ASSESS_RULES);
ev('assessed-2026/group-facts', 'The group may be given by its facts (here group 3: area III, no group-1 test holds); the assessments decide the outcome.', { groupFacts: { ...plain, ethnicMinorityArea: 'III' }, year: 2026, criteria: all('met') }, ['COL-GROUP', 'GROUP-CLASSIFY', ...ASSESS_RULES], { group: 3 });
ev('assessed-2026/with-citation', 'The assessment may say who assessed, in which record and on which day; it is kept in the result.', { group: 2, year: 2026, criteria: all('met'), assessment: { by: 'Đoàn thẩm định (conformance test)', decision: 'Biên bản số 1 (test)', date: '2026-11-30' } }, ['EVAL-INPUT-FIELDS', 'EVAL-RESULT']);
const evErr = (name, description, input, paths, rule, source) => add({ name, description, function: 'evaluateCommune', options: {}, input, expected: error('invalid-input', paths), rule, source });
evErr('assessed-2026/unknown-criterion', 'Criterion 11 does not exist in the 10-criterion set.', { group: 2, year: 2026, criteria: { 11: 'met' } }, [['criteria', '11']], ['EVAL-INPUT-CODES'], TEN);
evErr('assessed-2026/bad-outcome', 'An outcome is met, not-met or unknown: "đạt" is refused (never guessed).', { group: 2, year: 2026, criteria: { 1: 'đạt' } }, [['criteria', '1']], ['EVAL-INPUT-ASSESSMENTS'], ASSESSED);
evErr('assessed-2026/bad-date', 'The assessment day must exist.', { group: 2, year: 2026, criteria: all('met'), assessment: { date: '2026-02-30' } }, [['assessment', 'date']], ['EVAL-INPUT-FIELDS', 'CONV-DAY'], ASSESSED);
evErr('assessed-2026/bad-group', 'Commune groups are 1, 2 and 3.', { group: 4, year: 2026, criteria: all('met') }, [['group']], ['EVAL-INPUT-COLUMNS'], GROUPS_RULE);

// --- 3. Criterion-level assessments on the 2021-2025 set (QĐ 318: criterion 1 = indicators 1.1 and 1.2, "Đạt").
const QD318 = 'QĐ 318/QĐ-TTg Phụ lục I, criterion 1 (1.1 and 1.2, "Đạt"); criterion 10 (income), whose values are not encoded';
const base = { region: 'TDMNPB', year: 2024 };
const ev24 = (name, description, input, judged, rule, source) => add({ name, description, function: 'evaluateCommune', options: {}, input, expected: expectEvaluation(COMMUNE_2024, input, {}, judged), rule, source });
ev24('assessed-2024/fills-unknown', 'Criterion 10 (income) given a value but judged unknown (no value encoded for the year); assessed met, it is met and marked as assessed.', { ...base, indicators: { 10: 60 }, criteria: { 10: 'met' } }, {}, ['EVAL-ASSESSMENT-FILLS-UNKNOWN', 'EVAL-THRESHOLD-NONE'], `${QD318}; ${ASSESSED}`);
ev24('assessed-2024/agrees', 'Criterion 1 computed met from 1.1 and 1.2, and assessed met: met, from the indicators.', { ...base, indicators: { 1.1: true, 1.2: true }, criteria: { 1: 'met' } }, { 1.1: { outcome: 'met' }, 1.2: { outcome: 'met' } }, ['EVAL-ASSESSMENT-AGREES', 'EVAL-JUDGE-BOOLEAN'], `${QD318}; ${NO_OVERRIDE}`);
evErr('assessed-2024/contradicts', 'Criterion 1 computed met from 1.1 and 1.2, but assessed not met: an error at criteria.1, never settled silently.', { ...base, indicators: { 1.1: true, 1.2: true }, criteria: { 1: 'not-met' } }, [['criteria', '1']], ['EVAL-ASSESSMENT-CONTRADICTION'], `${QD318}; ${NO_OVERRIDE}`);
evErr('assessed-2024/contradicts-not-met', 'Indicator 1.2 not met (criterion 1 computed not met) but the criterion assessed met: an error.', { ...base, indicators: { 1.1: true, 1.2: false }, criteria: { 1: 'met' } }, [['criteria', '1']], ['EVAL-ASSESSMENT-CONTRADICTION'], `${QD318}; ${NO_OVERRIDE}`);
ev24('assessed-2024/partial-indicators', '1.1 met, 1.2 not given (criterion 1 computed unknown): the assessment decides, met.', { ...base, indicators: { 1.1: true }, criteria: { 1: 'met' } }, { 1.1: { outcome: 'met' } }, ['EVAL-ASSESSMENT-FILLS-UNKNOWN'], `${QD318}; ${ASSESSED}`);

// --- 4. Plans of 10 criteria (made-up figures; every finding worked out by hand from docs/spec.md §8).
const plan = (o) => ({ province: 'Tỉnh thử nghiệm (test)', year: 2026, communes: 10, ...o });
const PLAN_RULE = 'Plans for 2026+: criterion codes, counts and averages follow the set in force for the plan year (10 criteria, QĐ 51/2025/QĐ-TTg)';
const COUNTS = CRITERIA_2026.map((c, i) => ({ criterion: c, communes: [10, 9, 8, 7, 6, 6, 6, 6, 6, 6][i] }));
const f = (code, severity, path, expected = null, actual = null, difference = null) => ({ code, severity, path, expected, actual, difference });
const pc = (name, description, input, findings, rule, source = PLAN_RULE, options = {}) => add({ name, description, function: 'checkPlan', options, input, expected: Array.isArray(findings) ? { findings } : findings, rule, source });
pc('plans-2026/clean', '3 communes meet the 10 criteria; criteria counts 10+9+8+7+6×6 = 70 = an average of 7.0 over 10 communes: no finding (no floor target and no bucket scheme for 10 criteria).', plan({ target: { meetingStandard: { total: 3 }, averageCriteria: '7.0', criteria: COUNTS } }), [], ['PLAN-SET', 'PLAN-AVERAGE-VS-CRITERIA', 'PLAN-BELOW-FLOOR-TARGET']);
pc('plans-2026/unknown-criterion', 'Criterion 15 is not in the 10-criterion set.', plan({ target: { criteria: [{ criterion: '15', communes: 3 }] } }), error('invalid-input', [['target', 'criteria', 0, 'criterion']]), ['PLAN-SET-FIGURES']);
pc('plans-2026/average-above', 'An average of 12 criteria per commune on a set of 10.', plan({ target: { averageCriteria: '12.0' } }), error('invalid-input', [['target', 'averageCriteria']]), ['PLAN-SET-FIGURES']);
// Allowed totals for "7.5" over 10: [⌈7.45×10⌉, ⌊7.55×10⌋] = [75, 75]; the criteria give exactly 70 (every criterion stated): 75 − 70 = 5.
pc('plans-2026/average-vs-criteria', 'All ten counts given add up to 70 over 10 communes (7.00); "7.5" allows totals 75…75: 5 above.', plan({ target: { meetingStandard: { total: 3 }, averageCriteria: '7.5', criteria: COUNTS } }), [f('average-vs-criteria', 'error', ['target', 'averageCriteria'], '7.00–7.00', '7.5', 5)], ['PLAN-AVERAGE-VS-CRITERIA', 'PLAN-CRITERIA-TOTALS', 'PLAN-AVERAGE-TOTALS'], `${PLAN_RULE}; 70/10 = 7.0`);
pc('plans-2026/buckets-without-scheme', 'Buckets stated for 10 criteria with no scheme supplied: no national scheme exists, so they are reported unchecked (ids in the plan\'s order), never read with the 19-criterion national scheme.', plan({ target: { buckets: { '10': 3, '5-9': 7 } } }), [f('bucket-scheme-missing', 'warning', ['target', 'buckets'], null, '10, 5-9')], ['PLAN-BUCKET-SCHEME-MISSING'], `${PLAN_RULE}; no national bucket scheme for 10 criteria (research: only mock apps have one)`);
pc('plans-2026/baseline-set-ambiguous', 'A 2025 baseline with figures in a 2026 plan: counted on the 19 criteria or re-assessed on the 10? It must say (criteriaSet).', plan({ baseline: { averageCriteria: '15.0' } }), error('invalid-input', [['baseline', 'criteriaSet']]), ['PLAN-SET'], 'A value that could be read two ways is an error naming the path (project rule)');
pc('plans-2026/no-district-level', 'Districts completing criteria in a 2026 target: there is no district level since 01/07/2025.', plan({ target: { districtsCompleting: { count: 2 } } }), [f('no-district-level', 'error', ['target', 'districtsCompleting'])], ['PLAN-NO-DISTRICT-LEVEL'], 'Two-tier local government from 01/07/2025 (secondary)');
pc('plans-2026/no-district-level-criterion', 'A district count on a criterion of a 2026 target: one finding at that count.', plan({ target: { criteria: [{ criterion: '1', communes: 4, district: { districts: 1 } }] } }), [f('no-district-level', 'error', ['target', 'criteria', 0, 'district'])], ['PLAN-NO-DISTRICT-LEVEL'], 'Two-tier local government from 01/07/2025 (secondary)');
pc('plans-2026/tier-not-in-period', 'Advanced and model communes in a 2026 target: 2026-2030 has no national advanced or model set; both reported, unchecked.', plan({ target: { advanced: { count: 2 }, model: { count: 1 } } }), [f('tier-not-in-period', 'warning', ['target', 'advanced']), f('tier-not-in-period', 'warning', ['target', 'model'])], ['PLAN-TIER-NOT-IN-PERIOD'], 'QĐ 51/2025/QĐ-TTg: the NTM commune set and the modern-commune pilot framework only (secondary)');
pc('plans-2026/modern-above-recognised', '3 modern communes planned where 2 meet the NTM standard: a modern commune must meet the standard first (3 − 2 = 1).', plan({ target: { meetingStandard: { total: 2 }, modern: { count: 3 } } }), [f('modern-above-recognised', 'error', ['target', 'modern'], '≤ 2', 3, 1)], ['PLAN-MODERN-ABOVE-RECOGNISED', 'PLAN-RECOGNISED'], 'Government proposal of 03/12/2025 (secondary): modern communes are chosen among communes meeting the standard');
pc('plans-2026/modern-not-in-period', 'Modern communes in a 2024 plan (counted on the 2021-2025 set): the modern-commune pilot belongs to 2026-2030.', { province: 'Tỉnh thử nghiệm (test)', year: 2024, communes: 10, target: { modern: { count: 1 } } }, [f('modern-not-in-period', 'warning', ['target', 'modern'], null, 1)], ['PLAN-MODERN-NOT-IN-PERIOD'], 'QĐ 51/2025/QĐ-TTg Phụ lục II: the modern-commune pilot of 2026-2030 (secondary)');
pc('plans-2026/criteria-set-changed', 'A 2025 baseline stated on the 19-criterion set and a 2026 target on the 10: the sets differ, so criteria are not compared year over year (criterion 1: 8 → 2 gives no decrease finding).', plan({ baseline: { criteriaSet: 'commune/qd318-qd211-2024', criteria: [{ criterion: '1', communes: 8 }] }, target: { criteria: [{ criterion: '1', communes: 2 }] } }), [f('criteria-set-changed', 'info', ['baseline', 'criteriaSet'], 'commune/qd51-2026', 'commune/qd318-qd211-2024')], ['PLAN-CRITERIA-SET-CHANGED', 'PLAN-CROSS-YEAR', 'PLAN-SET', 'PLAN-CRITERION-DECREASE'], 'No source says how the 2021-2025 results carry over to the 2026-2030 set (legal notes 2026-2030)');
pc('plans-2026/funding-merged-programme', 'A 2026 plan naming the ethnic-minority programme as integrated funds: from 2026 it is a component of the merged programme (NQ 257/2025/QH15).', plan({ funding: { unit: 'million-vnd', lines: [{ source: 'integrated', amount: '5', parts: [{ source: 'integrated.ethnic-minority', amount: '5' }] }] } }), error('invalid-input', [['funding', 'lines', 0, 'parts', 0, 'source']]), ['PLAN-FUNDING-TAXONOMY', 'FUND-TAXONOMY'], 'NQ 257/2025/QH15 (secondary): one programme of three, with two components');

// --- 5. Funding under the 2026-2035 taxonomy (NQ 257/2025/QH15 as passed, billion VND; secondary: vtcnews, vietnamnet 11/12/2025).
const NQ257 = 'NQ 257/2025/QH15 as passed (secondary): "nguồn vốn ngân sách trung ương 100.000 tỷ đồng (vốn đầu tư phát triển là 70.000 tỷ đồng, kinh phí thường xuyên là 30.000 tỷ đồng). Nguồn vốn ngân sách địa phương 300.000 tỷ đồng. Nguồn vốn tín dụng chính sách … là 23.000 tỷ đồng"; total "khoảng 423.000 tỷ đồng"';
const budget = [
  { source: 'central.investment', amount: '70000', unit: 'billion-vnd' },
  { source: 'central.recurrent', amount: '30000', unit: 'billion-vnd' },
  { source: 'local', amount: '300000', unit: 'billion-vnd' },
  { source: 'credit.policy', amount: '23000', unit: 'billion-vnd' },
];
const agg = (name, description, options, input, rule, source) => add({ name, description, function: 'aggregateFunding', options, input, expected: expectAggregate(input, options), rule, source });
agg('funding-2026/nq257', 'The state budget of 2026-2030: 70,000 + 30,000 = 100,000 central; 100,000 + 300,000 + 23,000 = 423,000.', { taxonomy: '2026-2035', unit: 'billion-vnd' }, budget, ['FUND-TAXONOMY', 'FUND-TREE', 'FUND-SHARES'], NQ257);
agg('funding-2026/by-year', 'Lines of 2026 take the 2026-2035 taxonomy without an option.', {}, [{ source: 'central', amount: '1', year: 2026 }], ['FUND-TAXONOMY'], 'The taxonomy version follows the line year: up to 2025 2021-2025, 2026-2035 2026-2035 (project rule)');
agg('funding-2026/components', 'Central funds by component: 700 to new rural development and poverty reduction, 300 to the ethnic-minority and mountainous areas; 1,000 in all; each component\'s share is of the whole total.', { taxonomy: '2026-2035' }, [{ source: 'central', amount: '700', component: 'new-rural-poverty' }, { source: 'central', amount: '300', component: 'ethnic-minority-mountainous' }], ['FUND-COMPONENTS'], 'NQ 257/2025/QH15 (secondary, vietnamnet 18/11/2025): two components, new rural development and poverty reduction; ethnic-minority and mountainous areas');
agg('funding-2026/components-order', 'Components listed in the version\'s order whatever the lines\' order; lines naming none aggregated apart (withoutComponent).', { taxonomy: '2026-2035' }, [{ source: 'local.province', amount: '30', component: 'ethnic-minority-mountainous' }, { source: 'central.investment', amount: '50', component: 'new-rural-poverty' }, { source: 'central.recurrent', amount: '10', component: 'new-rural-poverty' }, { source: 'enterprise', amount: '10' }], ['FUND-COMPONENTS', 'FUND-TREE'], 'NQ 257/2025/QH15 (secondary): two components');
agg('funding-2026/every-source', 'A province\'s plan naming every source of the 2026-2035 tree (illustrative figures, million VND): the commune budget under local, integrated funds of other programmes, enterprises, the community and other sources at the top level; 1,580 in all.', { taxonomy: '2026-2035' }, [
  { source: 'central.investment', amount: '700' }, { source: 'central.recurrent', amount: '300' }, { source: 'local.province', amount: '250' }, { source: 'local.commune', amount: '50' },
  { source: 'integrated', amount: '120' }, { source: 'credit.policy', amount: '80' }, { source: 'enterprise', amount: '40' }, { source: 'community', amount: '30' }, { source: 'other', amount: '10' },
], ['FUND-TAXONOMY', 'FUND-TREE', 'FUND-SHARES'], `${NQ257}; the proposal also counted integrated funds of other programmes, enterprises and the community (vietnamnet; legal-notes-2026-2030.md); two-tier local budget (province, commune)`);
const aggErr = (name, description, options, input, paths, rule, source) => add({ name, description, function: 'aggregateFunding', options, input, expected: error('invalid-input', paths), rule, source });
aggErr('funding-2026/merged-programme-refused', 'integrated.poverty-reduction is not a 2026-2035 source: that programme is part of the merged one.', { taxonomy: '2026-2035' }, [{ source: 'integrated.poverty-reduction', amount: '1' }], [['lines', 0, 'source']], ['FUND-TAXONOMY', 'FUND-LINES'], 'NQ 257/2025/QH15 (secondary): one programme of three');
aggErr('funding-2026/no-district-budget', 'No district budget in 2026-2035.', {}, [{ source: 'local.district', amount: '1', year: 2026 }], [['lines', 0, 'source']], ['FUND-TAXONOMY', 'FUND-LINES'], 'Two-tier local government from 01/07/2025 (secondary)');
aggErr('funding-2026/mixed-years', 'Lines of 2025 and 2026 in one table belong to two taxonomy versions: refused, naming the line.', {}, [{ source: 'central', amount: '1', year: 2025 }, { source: 'central', amount: '1', year: 2026 }], [['lines', 1, 'year']], ['FUND-TAXONOMY'], 'One taxonomy version per aggregation (project rule)');
aggErr('funding-2026/component-2021', 'A component on a 2021-2025 line: that programme had no components.', {}, [{ source: 'central', amount: '1', component: 'new-rural-poverty' }], [['lines', 0, 'component']], ['FUND-COMPONENTS'], 'QĐ 263/QĐ-TTg (2021-2025): no components (project rule)');

writeCase('period-2026.json', 'The 2026-2030 period: commune groups (QĐ 51/2025/QĐ-TTg), criterion-level assessments, plans of 10 criteria, the 2026-2035 funding taxonomy (NQ 257/2025/QH15). Complete expected results.', cases);
