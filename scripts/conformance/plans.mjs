// Writes conformance/plans.json: plan consistency checks. Expected findings are worked out by hand
// from the figures (sums, bounds, ranges of averages), and for the Lai Châu 2024 plan from its own
// figures (legal notes §10, conflict C14: inconsistencies are reported, never corrected).
// Run: node scripts/conformance/plans.mjs (needs examples/lai-chau-2024/plan.json).
import { readFileSync } from 'node:fs';
import { error, writeCase } from './write.mjs';

const ARITH = 'Plan figures must agree with each other (legal notes §8.2-8.4: bucket counts add up to the communes; tallies are out of the communes)';
const C14 = 'Lai Châu 2024 plan, internal inconsistencies (legal notes conflict C14): reported as findings, never corrected';
const cases = [];
const f = (code, severity, path, expected = null, actual = null, difference = null) => ({ code, severity, path, expected, actual, difference });
const add = ({ findings, options = {}, ...c }) => cases.push({ function: 'checkPlan', options, expected: Array.isArray(findings) ? { findings } : findings, ...c });
const plan = (o) => ({ province: 'Tỉnh thử nghiệm (test)', year: 2024, communes: 10, ...o });
// QĐ 263's floor (no commune under 15 criteria by 2025) applies to 2024 targets with buckets: communes in
// buckets whose max is under 15 are reported (info), expected 0.
const floor = (n) => f('below-floor-target', 'info', ['target', 'buckets'], 0, n, n);
const FLOOR = 'QĐ 263/QĐ-TTg (secondary): no commune under 15 criteria by 2025';

add({ name: 'plans/clean', description: 'A plan whose figures agree: 4 at 19, 3 at 15-18, 3 at 10-14 = 10 communes; the buckets allow totals 4×19 + 3×15 + 3×10 = 151 … 4×19 + 3×18 + 3×14 = 172, averages 15.1…17.2, and "15.5" (totals 155…155) is inside. No error or warning; the 3 communes under 15 criteria are reported against the 2025 floor (info).', input: plan({ target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 3, '5-9': 0, '0-4': 0 }, averageCriteria: '15.5' } }), findings: [floor(3)], rule: ['PLAN-BUCKET-TOTALS', 'PLAN-AVERAGE-TOTALS', 'PLAN-AVERAGE-OUTSIDE-BUCKETS', 'PLAN-RECOGNISED', 'PLAN-BUCKET-ROWS', 'PLAN-BELOW-FLOOR-TARGET'], source: `${ARITH}; ${FLOOR}` });
add({ name: 'plans/buckets-exceed-communes', description: '4 (recognised, top bucket) + 3 + 4 = 11 communes in buckets for a province of 10: expected 10, stated 11, 1 too many. The 4 at 10-14 are under the floor.', input: plan({ target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 4 } } }), findings: [f('buckets-exceed-communes', 'error', ['target', 'buckets'], 10, 11, 1), floor(4)], rule: ['PLAN-BUCKETS-EXCEED-COMMUNES', 'PLAN-BUCKET-ROWS'], source: `${ARITH}; ${FLOOR}` });
add({ name: 'plans/buckets-sum-mismatch', description: 'Every bucket given (the top one by the 4 recognised), summing to 9 for 10 communes: difference −1. 1 + 1 communes under 15 criteria.', input: plan({ target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 1, '5-9': 1, '0-4': 0 } } }), findings: [f('buckets-sum-mismatch', 'error', ['target', 'buckets'], 10, 9, -1), floor(2)], rule: ['PLAN-BUCKETS-SUM-MISMATCH', 'PLAN-RECOGNISED'], source: `${ARITH}; ${FLOOR}` });
add({ name: 'plans/average-outside-buckets', description: 'One commune at 19 and one at 10-14: totals 29…33, averages 14.50…16.50; "18.0" allows totals 36…36: 36 − 33 = 3 above.', input: plan({ communes: 2, target: { meetingStandard: { total: 1 }, buckets: { '15-18': 0, '10-14': 1, '5-9': 0, '0-4': 0 }, averageCriteria: '18.0' } }), findings: [f('average-outside-buckets', 'error', ['target', 'averageCriteria'], '14.50–16.50', '18.0', 3), floor(1)], rule: ['PLAN-AVERAGE-OUTSIDE-BUCKETS', 'PLAN-AVERAGE-TOTALS', 'PLAN-BUCKET-TOTALS'], source: `Average criteria per commune lies between the bucket bounds (legal notes §8.3); ${FLOOR}` });
add({ name: 'plans/criterion-above-communes', description: 'A criterion met by 11 communes of 10: 1 too many.', input: plan({ baseline: { criteria: [{ criterion: '2', communes: 11 }] } }), findings: [f('criterion-above-communes', 'error', ['baseline', 'criteria', 0, 'communes'], 10, 11, 1)], rule: ['PLAN-CRITERION-ABOVE-COMMUNES'], source: 'A per-criterion tally is out of the communes (legal notes §8.4)' });
add({ name: 'plans/criterion-below-recognised', description: '4 communes meet the standard (all 19 criteria) but only 3 are said to meet criterion 2: 1 short.', input: plan({ baseline: { meetingStandard: { total: 4 }, criteria: [{ criterion: '2', communes: 3 }] } }), findings: [f('criterion-below-recognised', 'error', ['baseline', 'criteria', 0, 'communes'], 4, 3, -1)], rule: ['PLAN-CRITERION-BELOW-RECOGNISED', 'PLAN-RECOGNISED'], source: 'A commune meeting the standard meets every criterion (QĐ 318; legal notes §8.1)' });
add({ name: 'plans/list-length-mismatch', description: '"5 new NTM communes" with only 4 named.', input: plan({ target: { meetingStandard: { newlyRecognised: { count: 5, communes: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }] } } } }), findings: [f('list-length-mismatch', 'error', ['target', 'meetingStandard', 'newlyRecognised', 'communes'], 5, 4, -1)], rule: ['PLAN-LIST-LENGTH-MISMATCH'], source: 'A named list has as many names as its count' });
add({ name: 'plans/villages-sum-mismatch', description: '45 villages planned, 20 + 20 + 4 = 44 by district: 1 more in the total.', input: plan({ target: { villages: { total: 45, byDistrict: [{ district: 'A', count: 20 }, { district: 'B', count: 20 }, { district: 'C', count: 4 }] } } }), findings: [f('villages-sum-mismatch', 'error', ['target', 'villages', 'total'], 44, 45, 1)], rule: ['PLAN-VILLAGES-SUM-MISMATCH'], source: 'District figures add up to the province total' });
add({ name: 'plans/funding-total-mismatch', description: 'A declared total of 120,000 over lines adding up to 114,765: 5,235 more.', input: plan({ funding: { unit: 'million-vnd', total: { amount: '120000' }, lines: [{ source: 'central', amount: '114765' }] } }), findings: [f('funding-total-mismatch', 'error', ['funding', 'total', 'amount'], '114765', '120000', '5235')], rule: ['PLAN-FUNDING-TOTAL-MISMATCH'], source: 'Funding totals are exact sums of their parts (docs/funding.md)' });

let laiChau;
try {
  laiChau = JSON.parse(readFileSync(new URL('../../examples/lai-chau-2024/plan.json', import.meta.url), 'utf8'));
} catch {
  laiChau = undefined;
}
if (laiChau) {
  // Every finding follows from the plan's own figures by docs/spec.md §8 (94 communes):
  add({
    name: 'plans/lai-chau-2024',
    description: [
      'The Lai Châu 2024 plan, every finding in order.',
      'Funding: the declared 4,916,475 million VND against sources adding up to 3,861,812 (1,054,663 more).',
      '2023 average: the 18 per-criterion counts stated add up to 1,170, criterion 1 unstated: totals 1,170 + 39 (recognised) … 1,170 + 94 = 1,209…1,264 (12.86…13.45); "13.6" allows 1,274…1,283: 10 above.',
      '2024 average: 1,357 + 44…94 = 1,401…1,451 (14.90…15.44); "15.5" allows 1,453…1,461: 2 above.',
      'Completion: 4 advanced communes planned where the fewest stated advanced criterion count is 3; 3 districts completing where the fewest district criterion count is 2.',
      'Year over year: criterion 7 marked maintained goes 91 → 92; criterion 8 rises 70 → 94 and criterion 19 39 → 93, beyond 20% of 94 = 18.8 (≤ 88, ≤ 57).',
      'Labels: the first funding line and the projects say "năm 2023" in a 2024 plan.',
      'Pha Mu is both newly recognised and advanced (info). Against the 2025 floor, 40 communes in 10-14 (info).',
      'The buckets agree with the 94 communes (2023: 39 + 2 + 27 + 26; 2024: 44 + 10 + 40), so no bucket finding.',
    ].join(' '),
    input: laiChau,
    findings: [
      f('funding-total-mismatch', 'error', ['funding', 'total', 'amount'], '3861812', '4916475', '1054663'),
      f('average-vs-criteria', 'error', ['baseline', 'averageCriteria'], '12.86–13.45', '13.6', 10),
      f('average-vs-criteria', 'error', ['target', 'averageCriteria'], '14.90–15.44', '15.5', 2),
      f('completion-exceeds-criterion', 'warning', ['target', 'advanced', 'count'], '≤ 3', 4, 1),
      f('completion-exceeds-criterion', 'warning', ['target', 'districtsCompleting', 'count'], '≤ 2', 3, 1),
      f('maintained-count-changed', 'warning', ['target', 'criteria', 5, 'communes'], 91, 92, 1),
      f('criterion-jump', 'warning', ['target', 'criteria', 6, 'communes'], '≤ 88', 94, 24),
      f('criterion-jump', 'warning', ['target', 'criteria', 17, 'communes'], '≤ 57', 93, 54),
      f('label-year-mismatch', 'warning', ['funding', 'lines', 0, 'label'], 2024, 2023, -1),
      f('label-year-mismatch', 'warning', ['projects', 'label'], 2024, 2023, -1),
      f('advanced-newly-recognised', 'info', ['target', 'advanced', 'communes', 3], null, 'Pha Mu'),
      floor(40),
    ],
    rule: ['PLAN-ORDER', 'PLAN-FUNDING-TOTAL-MISMATCH', 'PLAN-AVERAGE-VS-CRITERIA', 'PLAN-CRITERIA-TOTALS', 'PLAN-COMPLETION-EXCEEDS-CRITERION', 'PLAN-MAINTAINED-COUNT-CHANGED', 'PLAN-CRITERION-JUMP', 'PLAN-LABEL-YEAR-MISMATCH', 'PLAN-ADVANCED-NEWLY-RECOGNISED', 'PLAN-BELOW-FLOOR-TARGET', 'PLAN-BLOCK-YEAR'],
    source: `${C14}; legal notes §10.3-10.5`,
  });
}

writeCase('plans.json', 'Plan consistency checks (checkPlan): buckets, averages, tallies, lists, funding, every finding code; the Lai Châu 2024 plan. Complete expected findings.', cases);
