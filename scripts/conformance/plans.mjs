// Writes conformance/plans.json: plan consistency checks. Expected findings are worked out by hand
// from the figures (sums, bounds, ranges of averages), and for the Lai Châu 2024 plan from its own
// figures (legal notes §10, conflict C14: inconsistencies are reported, never corrected).
// Run: node scripts/conformance/plans.mjs (needs examples/lai-chau-2024/plan.json).
import { readFileSync } from 'node:fs';
import { writeCase } from './write.mjs';

const ARITH = 'Plan figures must agree with each other (legal notes §8.2-8.4: bucket counts add up to the communes; tallies are out of the communes)';
const C14 = 'Lai Châu 2024 plan, internal inconsistencies (legal notes conflict C14): reported as findings, never corrected';
const cases = [];
const add = (c) => cases.push(c);
const plan = (o) => ({ province: 'Tỉnh thử nghiệm (test)', year: 2024, communes: 10, ...o });

add({ name: 'plans/clean', description: 'A plan whose figures agree (4 at 19, 3 at 15-18, 3 at 10-14 = 10 communes; average 15.5 inside the range the buckets allow, 14.5…17.2) has no error or warning.', function: 'checkPlan', options: {}, input: plan({ target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 3, '5-9': 0, '0-4': 0 }, averageCriteria: '15.5' } }), expected: { errors: 0, warnings: 0 }, rule: ARITH });
add({ name: 'plans/buckets-exceed-communes', description: '4 + 3 + 4 = 11 communes in buckets for a province of 10.', function: 'checkPlan', options: {}, input: plan({ target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 4 } } }), expected: { byCode: { 'buckets-exceed-communes': 1 } }, rule: ARITH });
add({ name: 'plans/buckets-sum-mismatch', description: 'Every bucket given, summing to 9 for 10 communes.', function: 'checkPlan', options: {}, input: plan({ target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 1, '5-9': 1, '0-4': 0 } } }), expected: { byCode: { 'buckets-sum-mismatch': 1 } }, rule: ARITH });
add({ name: 'plans/average-outside-buckets', description: 'One commune at 19 and one at 10-14: the average lies in 14.5…16.5, so "18.0" cannot be right.', function: 'checkPlan', options: {}, input: plan({ communes: 2, target: { meetingStandard: { total: 1 }, buckets: { '15-18': 0, '10-14': 1, '5-9': 0, '0-4': 0 }, averageCriteria: '18.0' } }), expected: { byCode: { 'average-outside-buckets': 1 } }, rule: 'Average criteria per commune lies between the bucket bounds (legal notes §8.3)' });
add({ name: 'plans/criterion-above-communes', description: 'A criterion met by 11 communes of 10.', function: 'checkPlan', options: {}, input: plan({ baseline: { criteria: [{ criterion: '2', communes: 11 }] } }), expected: { byCode: { 'criterion-above-communes': 1 } }, rule: 'A per-criterion tally is out of the communes (legal notes §8.4)' });
add({ name: 'plans/criterion-below-recognised', description: '4 communes meet the standard (all 19 criteria) but only 3 are said to meet criterion 2.', function: 'checkPlan', options: {}, input: plan({ baseline: { meetingStandard: { total: 4 }, criteria: [{ criterion: '2', communes: 3 }] } }), expected: { byCode: { 'criterion-below-recognised': 1 } }, rule: 'A commune meeting the standard meets every criterion (QĐ 318; legal notes §8.1)' });
add({ name: 'plans/list-length-mismatch', description: '"5 new NTM communes" with only 4 named.', function: 'checkPlan', options: {}, input: plan({ target: { meetingStandard: { newlyRecognised: { count: 5, communes: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }] } } } }), expected: { byCode: { 'list-length-mismatch': 1 } }, rule: 'A named list has as many names as its count' });
add({ name: 'plans/villages-sum-mismatch', description: '45 villages planned, 20 + 20 + 4 = 44 by district.', function: 'checkPlan', options: {}, input: plan({ target: { villages: { total: 45, byDistrict: [{ district: 'A', count: 20 }, { district: 'B', count: 20 }, { district: 'C', count: 4 }] } } }), expected: { byCode: { 'villages-sum-mismatch': 1 } }, rule: 'District figures add up to the province total' });
add({ name: 'plans/funding-total-mismatch', description: 'A declared total of 120,000 over lines adding up to 114,765.', function: 'checkPlan', options: {}, input: plan({ funding: { unit: 'million-vnd', total: { amount: '120000' }, lines: [{ source: 'central', amount: '114765' }] } }), expected: { byCode: { 'funding-total-mismatch': 1 } }, rule: 'Funding totals are exact sums of their parts (docs/funding.md)' });

let laiChau;
try {
  laiChau = JSON.parse(readFileSync(new URL('../../examples/lai-chau-2024/plan.json', import.meta.url), 'utf8'));
} catch {
  laiChau = undefined;
}
if (laiChau) {
  add({ name: 'plans/lai-chau-2024/funding', description: 'The plan declares 4,916,475 million VND in total; its sources add up to 3,861,812 (difference 1,054,663).', function: 'checkPlan', options: {}, input: laiChau, expected: { byCode: { 'funding-total-mismatch': 1 } }, rule: `${C14}; legal notes §10.5` });
  add({ name: 'plans/lai-chau-2024/average-vs-criteria', description: '2023: the 18 per-criterion counts given add up to 1,170; even with criterion 1 met by all 94 communes the average is at most 1,264/94 ≈ 13.45, below the stated 13.6. 2024: 1,357 + 94 = 1,451 gives at most 15.44, below the stated 15.5.', function: 'checkPlan', options: {}, input: laiChau, expected: { byCode: { 'average-vs-criteria': 2 } }, rule: `${C14}; legal notes §10.3-10.4` });
  add({ name: 'plans/lai-chau-2024/buckets-agree', description: '2023: 39 + 2 + 27 + 26 = 94 and 2024: 44 + 10 + 40 = 94: the buckets agree with the 94 communes.', function: 'checkPlan', options: {}, input: laiChau, expected: { byCode: { 'buckets-sum-mismatch': 0, 'buckets-exceed-communes': 0 } }, rule: `${ARITH}; legal notes §10.3` });
}

writeCase('plans.json', 'Plan consistency checks (checkPlan): buckets, averages, tallies, lists, funding; the Lai Châu 2024 plan.', cases);
