// Writes conformance/scoring.json: buckets and province summaries. Expected values are computed by
// hand from the bucket definitions (legal notes §8.2) and the Lai Châu 2024 plan's 2023 bucket counts
// (§10.3), not from the library. Run: node scripts/conformance/scoring.mjs
import { writeCase } from './write.mjs';

const NATIONAL = 'National reporting buckets 19 / 15-18 / 10-14 / 5-9 / under 5 (legal notes §8.2; secondary; Lai Châu 2024 plan labels)';
const TTH = 'Thừa Thiên Huế 12/2018 report buckets 19 / 15-18 / 8-9 / under 8 (legal notes §8.2; secondary), 10-14 completing the partition';
const cases = [];
const add = (c) => cases.push(c);

// --- Buckets: every boundary of the national scheme.
for (const [n, id] of [[19, '19'], [18, '15-18'], [15, '15-18'], [14, '10-14'], [10, '10-14'], [9, '5-9'], [5, '5-9'], [4, '0-4'], [0, '0-4']]) {
  add({ name: `buckets/national/${n}`, description: `${n} criteria met falls in bucket ${id}.`, function: 'classifyCriteriaCount', options: {}, input: { n }, expected: { id }, rule: NATIONAL });
}
for (const [n, id] of [[7, '0-7'], [8, '8-9'], [9, '8-9'], [10, '10-14'], [19, '19']]) {
  add({ name: `buckets/thua-thien-hue-2018/${n}`, description: `${n} criteria met falls in bucket ${id} of the Thừa Thiên Huế 2018 scheme.`, function: 'classifyCriteriaCount', options: { scheme: 'thua-thien-hue-2018' }, input: { n }, expected: { id }, rule: TTH });
}
for (const [n, why] of [[20, 'more than the 19 criteria'], [-1, 'negative'], [3.5, 'not a whole number']]) {
  add({ name: `buckets/invalid/${n}`, description: `A count ${why} is rejected.`, function: 'classifyCriteriaCount', options: {}, input: { n }, expected: { error: { code: 'invalid-input', paths: [['n']] } }, rule: 'A criteria count is a whole number within 0…19 (QĐ 318: 19 criteria)' });
}

// --- Summaries.
const rec = (criteriaMet, extra = {}) => ({ criteriaMet, ...extra });
const repeat = (n, r) => Array.from({ length: n }, () => r);
// Lai Châu 2023 (plan text): 39 at 19/19, 2 at 15-18, 27 at 10-14, 26 at 5-9, 94 communes. The individual
// counts inside a bucket are not in the plan; any counts inside each bucket must give the same bucket tally.
const laiChau = [...repeat(39, rec(19)), ...repeat(2, rec(15)), ...repeat(27, rec(10)), ...repeat(26, rec(5))];
add({
  name: 'summary/lai-chau-2023-buckets',
  description: 'Bucket counts of Lai Châu 2023 (39/2/27/26 of 94) are reproduced from records in those buckets; the average of these particular records is 1171/94 ≈ 12.5 (the plan states 13.6 for the real communes, whose exact counts it does not give).',
  function: 'summarizeCommunes',
  options: {},
  input: laiChau,
  expected: { count: 94, meetingStandard: 39, buckets: { '19': 39, '15-18': 2, '10-14': 27, '5-9': 26, '0-4': 0 }, minimum: 5, maximum: 19, totalCriteriaMet: 1171, average: { fraction: { numerator: 1171, denominator: 94 }, rounded: '12.5' } },
  rule: `${NATIONAL}; bucket counts add up to the number of communes (Lai Châu 2024 plan, §10.3)`,
});
add({ name: 'summary/average-exact', description: 'Average of 19, 12 and 8 criteria: 39/3 = 13 exactly.', function: 'summarizeCommunes', options: {}, input: [rec(19), rec(12), rec(8)], expected: { average: { fraction: { numerator: 39, denominator: 3 }, exact: true, decimal: '13', rounded: '13.0' }, buckets: { '19': 1, '10-14': 1, '5-9': 1 } }, rule: 'Average criteria per commune = total criteria met / communes (bình quân tiêu chí/xã, legal notes §8.3)' });
add({ name: 'summary/rounding-half-up', description: '5/4 = 1.25 is printed 1.3 (half-up, as reports round), not 1.2 (half-even).', function: 'summarizeCommunes', options: {}, input: [rec(1), rec(1), rec(1), rec(2)], expected: { average: { decimal: '1.25', exact: true, rounded: '1.3' } }, rule: 'Averages are printed to one decimal, rounded half-up (reporting convention, legal notes §8.3)' });
add({ name: 'summary/rounding-repeating', description: '89/6 = 14.8333… prints 14.8.', function: 'summarizeCommunes', options: {}, input: [rec(19), rec(19), rec(16), rec(12), rec(9), rec(14)], expected: { average: { fraction: { numerator: 89, denominator: 6 }, exact: false, rounded: '14.8' }, minimum: 9, maximum: 19 }, rule: 'Average criteria per commune (legal notes §8.3)' });
add({ name: 'summary/floor', description: 'With a floor of 15, the communes meeting fewer than 15 criteria are counted ("no commune under 15 criteria", QĐ 263 target).', function: 'summarizeCommunes', options: { floor: 15 }, input: [rec(19), rec(15), rec(14), rec(3)], expected: { belowFloor: { floor: 15, count: 2 } }, rule: 'QĐ 263/QĐ-TTg target: no commune under 15 criteria (legal notes §8.2-8.3, secondary)' });
add({ name: 'summary/tally', description: 'Per-criterion tally "met/of": criterion 2 met by 2 of 3 communes; a commune not stating criterion 2 is unknown for it.', function: 'summarizeCommunes', options: {}, input: [rec(19, { criteria: { '2': true } }), rec(12, { criteria: { '2': true, '10': false } }), rec(8)], expected: { criteria: { '2': { met: 2, notMet: 0, unknown: 1, ratio: '2/3' }, '10': { met: 0, notMet: 1, unknown: 2, ratio: '0/3' } } }, rule: 'Per-criterion tallies as provinces report them ("73/94 xã đạt tiêu chí số 2", legal notes §8.4)' });
add({ name: 'summary/empty', description: 'No communes: count 0, no average, no minimum.', function: 'summarizeCommunes', options: {}, input: [], expected: { count: 0, average: null, minimum: null, buckets: { '19': 0, '0-4': 0 } }, rule: 'An average over no communes is undefined (legal notes §8.3)' });
add({ name: 'summary/meeting-standard', description: 'Meeting the standard is meeting all 19 criteria; 18 is not.', function: 'summarizeCommunes', options: {}, input: [rec(19), rec(18)], expected: { meetingStandard: 1 }, rule: 'A commune meets the NTM standard when it meets all 19 criteria (QĐ 318; GSO definition, legal notes §8.1)' });
add({ name: 'summary/invalid-count', description: 'A record claiming 25 criteria is rejected with its path.', function: 'summarizeCommunes', options: {}, input: [rec(19), rec(25)], expected: { error: { code: 'invalid-input', paths: [['records', 1, 'criteriaMet']] } }, rule: 'A criteria count is within 0…19' });
add({ name: 'summary/tth-scheme', description: 'The Thừa Thiên Huế 2018 scheme puts 8 and 9 in 8-9 and 7 under 8.', function: 'summarizeCommunes', options: { scheme: 'thua-thien-hue-2018' }, input: [rec(7), rec(8), rec(9), rec(10)], expected: { buckets: { '8-9': 2, '0-7': 1, '10-14': 1 } }, rule: TTH });

writeCase('scoring.json', 'Buckets (số xã theo số tiêu chí đạt) and province summaries (average, minimum, floor, per-criterion tallies).', cases);
