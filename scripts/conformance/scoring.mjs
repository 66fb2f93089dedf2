// Writes conformance/scoring.json: buckets (classifyCriteriaCount), province summaries (summarizeCommunes)
// and rounding (roundHalfUp). Bucket bounds are typed from the legal notes §8.2; sums and averages are
// computed exactly with lib/decimal.mjs (BigInt), never with the library. Run: node scripts/conformance/scoring.mjs
import { figure, fixedHalfUp } from './lib/decimal.mjs';
import { error, writeCase } from './write.mjs';

const NATIONAL_SRC = 'National reporting buckets 19 / 15-18 / 10-14 / 5-9 / under 5 (legal notes §8.2; secondary; Lai Châu 2024 plan labels)';
const TTH_SRC = 'Thừa Thiên Huế 12/2018 report buckets 19 / 15-18 / 8-9 / under 8 (legal notes §8.2; secondary), 10-14 completing the partition';
const AVERAGE_SRC = 'Average criteria per commune = total criteria met / communes (bình quân tiêu chí/xã, legal notes §8.3), exact; printed to one decimal, half-up';
const NATIONAL = { id: 'national-19', criteriaTotal: 19, buckets: [['19', 19, 19], ['15-18', 15, 18], ['10-14', 10, 14], ['5-9', 5, 9], ['0-4', 0, 4]].map(([id, min, max]) => ({ id, min, max, basis: null })) };
const TTH = { id: 'thua-thien-hue-2018', criteriaTotal: 19, buckets: [['19', 19, 19, 'stated'], ['15-18', 15, 18, 'stated'], ['10-14', 10, 14, 'completes-partition'], ['8-9', 8, 9, 'stated'], ['0-7', 0, 7, 'stated']].map(([id, min, max, basis]) => ({ id, min, max, basis })) };
const cases = [];
const add = (c) => cases.push({ options: {}, ...c });

// --- Buckets: every boundary of both schemes.
const bucketOf = (scheme, n) => scheme.buckets.find((b) => n >= b.min && n <= b.max);
for (const n of [19, 18, 15, 14, 10, 9, 5, 4, 0]) {
  add({ name: `buckets/national/${n}`, description: `${n} criteria met falls in bucket ${bucketOf(NATIONAL, n).id}.`, function: 'classifyCriteriaCount', input: { n }, expected: bucketOf(NATIONAL, n), rule: ['SCORE-BUCKET'], source: NATIONAL_SRC });
}
for (const n of [19, 15, 18, 14, 10, 9, 8, 7, 0]) {
  add({ name: `buckets/thua-thien-hue-2018/${n}`, description: `${n} criteria met falls in bucket ${bucketOf(TTH, n).id} of the Thừa Thiên Huế 2018 scheme.`, function: 'classifyCriteriaCount', options: { scheme: 'thua-thien-hue-2018' }, input: { n }, expected: bucketOf(TTH, n), rule: ['SCORE-BUCKET'], source: TTH_SRC });
}
for (const [n, why] of [[20, 'more than the 19 criteria'], [-1, 'negative'], [3.5, 'not a whole number'], ['12', 'a string'], [true, 'a boolean']]) {
  add({ name: `buckets/invalid/${JSON.stringify(n)}`, description: `A count ${why} is rejected.`, function: 'classifyCriteriaCount', input: { n }, expected: error('invalid-input', [['n']]), rule: ['SCORE-BUCKET', 'ERR-ROOTS', 'CONV-JSON'], source: 'A criteria count is a whole number within 0…19 (QĐ 318: 19 criteria)' });
}
const label = (t) => ({ vi: t, en: t });
const tenScheme = { id: 'test-10', title: label('Test: ten criteria'), criteriaTotal: 10, buckets: [{ id: 'all', min: 10, max: 10, label: label('10') }, { id: '5-9', min: 5, max: 9, label: label('5-9') }, { id: '0-4', min: 0, max: 4, label: label('0-4') }] };
add({ name: 'buckets/custom/10', description: 'A scheme given by the caller (test values): 10 of 10 criteria falls in "all".', function: 'classifyCriteriaCount', options: { scheme: tenScheme }, input: { n: 10 }, expected: { id: 'all', min: 10, max: 10, basis: null }, rule: ['SCORE-BUCKET', 'SCORE-SCHEME'], source: 'Test scheme, not a reporting convention' });
add({ name: 'buckets/custom/11', description: 'The same scheme counts 10 criteria: 11 is refused.', function: 'classifyCriteriaCount', options: { scheme: tenScheme }, input: { n: 11 }, expected: error('invalid-input', [['n']]), rule: ['SCORE-BUCKET'], source: 'Test scheme' });
const badScheme = (buckets, paths, description) => add({ name: `buckets/scheme/${cases.length}`, description, function: 'classifyCriteriaCount', options: { scheme: { ...tenScheme, buckets } }, input: { n: 1 }, expected: error('invalid-definition', paths), rule: ['SCORE-SCHEME'], source: 'Buckets partition 0…criteriaTotal (docs/spec.md §5)' });
badScheme([{ id: 'a', min: 5, max: 10, label: label('a') }, { id: 'b', min: 0, max: 3, label: label('b') }], [['scheme', 'buckets']], 'A gap: no bucket holds 4 criteria.');
badScheme([{ id: 'a', min: 4, max: 10, label: label('a') }, { id: 'b', min: 0, max: 4, label: label('b') }], [['scheme', 'buckets', 0]], 'An overlap on 4 criteria: the later bucket by min is named.');
badScheme([{ id: 'a', min: 6, max: 5, label: label('a') }, { id: 'b', min: 0, max: 10, label: label('b') }], [['scheme', 'buckets', 0]], 'A bucket whose min exceeds its max.');
badScheme([{ id: 'a', min: 0, max: 11, label: label('a') }], [['scheme', 'buckets', 0, 'max']], 'A bound above criteriaTotal.');
badScheme([{ id: 'a', min: 0, max: 5, label: label('a') }, { id: 'a', min: 6, max: 10, label: label('a') }], [['scheme', 'buckets', 1, 'id']], 'Two buckets with one id.');

// --- Summaries. Each expected summary is built from the records by the rules of §5 (counting here,
// averages exactly with BigInt).
const rec = (criteriaMet, extra = {}) => ({ criteriaMet, ...extra });
const repeat = (n, r) => Array.from({ length: n }, () => r);
/** An evaluation-like record: a set id and one result per criterion (outcomes by code). */
const evaluation = (outcomes, extra = {}) => {
  const criteria = Array.from({ length: 19 }, (_, i) => ({ code: String(i + 1), outcome: outcomes[String(i + 1)] ?? 'met' }));
  return { set: { id: 'commune/qd318-qd211-2024', kind: 'commune' }, status: 'undetermined', criteriaTotal: 19, criteriaMet: criteria.filter((c) => c.outcome === 'met').length, criteria, ...extra };
};
const natural = (a, b) => a.localeCompare(b, 'en', { numeric: true });

/**
 * SUM-CRITERIA-TOTAL: the summary counts the scheme's criteria, else options.criteriaTotal, else the first
 * evaluation result's, else 19; the national scheme applies to 19 criteria only, no scheme otherwise.
 */
function expectSummary(records, { scheme: given, criteriaTotal, floor, decimals = 1, precision = 20 } = {}) {
  const firstEval = records.find((r) => typeof r.set === 'object');
  const total = given?.criteriaTotal ?? criteriaTotal ?? firstEval?.criteriaTotal ?? 19;
  const scheme = given ?? (total === 19 ? NATIONAL : null);
  const rs = records.map((r, index) => {
    const isEval = typeof r.set === 'object';
    const criteria = new Map(isEval ? r.criteria.map((c) => [c.code, c.outcome]) : Object.entries(r.criteria ?? {}).map(([k, v]) => [k, v ? 'met' : 'not-met']));
    const met = isEval ? [...criteria.values()].filter((o) => o === 'met').length : r.criteriaMet;
    const unknown = isEval ? [...criteria.values()].filter((o) => o === 'unknown').length : 0;
    return { index, name: r.name ?? null, set: isEval ? r.set.id : undefined, met, unknown, recognition: isEval ? undefined : r.recognition, criteria };
  });
  const n = rs.length;
  const sum = rs.reduce((s, r) => s + r.met, 0);
  const unknown = rs.reduce((s, r) => s + r.unknown, 0);
  const codes = [...new Set(rs.flatMap((r) => [...r.criteria.keys()]))].sort(natural);
  const recognised = rs.filter((r) => r.recognition !== undefined && r.recognition !== 'none');
  const ref = (r) => ({ index: r.index, name: r.name });
  return {
    scheme: scheme ? { id: scheme.id, criteriaTotal: total } : null,
    criteriaTotal: total,
    sets: [...new Set(rs.filter((r) => r.set !== undefined).map((r) => r.set))],
    count: n,
    meetingStandard: rs.filter((r) => r.met === total).length,
    recognised: { count: recognised.length, belowStandard: recognised.filter((r) => r.met < total).map(ref) },
    totalCriteriaMet: sum,
    average: n === 0 ? null : figure(sum, n, { precision, decimals }),
    minimum: n === 0 ? null : Math.min(...rs.map((r) => r.met)),
    maximum: n === 0 ? null : Math.max(...rs.map((r) => r.met)),
    buckets: (scheme?.buckets ?? []).map((b) => ({ id: b.id, min: b.min, max: b.max, count: rs.filter((r) => r.met >= b.min && r.met <= b.max).length })),
    criteria: codes.map((code) => {
      const met = rs.filter((r) => r.criteria.get(code) === 'met').length;
      const notMet = rs.filter((r) => r.criteria.get(code) === 'not-met').length;
      return { code, met, notMet, unknown: n - met - notMet, of: n, ratio: `${met}/${n}` };
    }),
    belowFloor: floor === undefined ? null : { floor, count: rs.filter((r) => r.met < floor).length, communes: rs.filter((r) => r.met < floor).map(ref) },
    undetermined: { communes: rs.filter((r) => r.unknown > 0).length, criteria: unknown, averageIfMet: n === 0 || unknown === 0 ? null : figure(sum + unknown, n, { precision, decimals }) },
  };
}
const summary = ({ input, options = {}, scheme, ...rest }) => add({ function: 'summarizeCommunes', input, options, expected: expectSummary(input, { ...options, scheme }), source: AVERAGE_SRC, ...rest });

// Lai Châu 2023 (plan text): 39 at 19/19, 2 at 15-18, 27 at 10-14, 26 at 5-9, 94 communes. The individual
// counts inside a bucket are not in the plan; any counts inside each bucket give the same bucket tally.
const laiChau = [...repeat(39, rec(19)), ...repeat(2, rec(15)), ...repeat(27, rec(10)), ...repeat(26, rec(5))];
summary({ name: 'summary/lai-chau-2023-buckets', description: 'Bucket counts of Lai Châu 2023 (39/2/27/26 of 94) are reproduced from records in those buckets; the average of these particular records is 1171/94 ≈ 12.457 (12.5).', input: laiChau, rule: ['SUM-COUNTS', 'SUM-AVERAGE', 'SCORE-BUCKET'], source: `${NATIONAL_SRC}; bucket counts add up to the number of communes (Lai Châu 2024 plan, §10.3)` });
summary({ name: 'summary/average-exact', description: 'Average of 19, 12 and 8 criteria: 39/3 = 13 exactly (decimal "13", printed "13.0").', input: [rec(19), rec(12), rec(8)], rule: ['SUM-AVERAGE', 'CONV-DECIMAL'] });
summary({ name: 'summary/rounding-half-up', description: '5/4 = 1.25 is printed 1.3 (half-up, as reports round), not 1.2 (half-even).', input: [rec(1), rec(1), rec(1), rec(2)], rule: ['SUM-AVERAGE', 'CONV-HALF-UP'] });
summary({ name: 'summary/rounding-repeating', description: '89/6 = 14.8333… prints 14.8; its decimal has 20 places.', input: [rec(19), rec(19), rec(16), rec(12), rec(9), rec(14)], rule: ['SUM-AVERAGE'] });
summary({ name: 'summary/precision', description: 'The same with precision 3 and decimals 2: decimal "14.833", printed "14.83".', input: [rec(19), rec(19), rec(16), rec(12), rec(9), rec(14)], options: { precision: 3, decimals: 2 }, rule: ['SUM-AVERAGE', 'SUM-OPTIONS'] });
summary({ name: 'summary/precision-plain', description: '1/21 = 0.0476… to one decimal place is 0.0, written plain: "0"; printed with one decimal: "0.0".', input: [rec(1), ...repeat(20, rec(0))], options: { precision: 1 }, rule: ['SUM-AVERAGE', 'CONV-DECIMAL'] });
summary({ name: 'summary/decimals-zero', description: 'decimals 0: 29/2 = 14.5 is printed "15" (half-up).', input: [rec(19), rec(10)], options: { decimals: 0 }, rule: ['SUM-AVERAGE', 'SUM-OPTIONS', 'CONV-HALF-UP'] });
summary({ name: 'summary/floor', description: 'With a floor of 15, the communes meeting fewer than 15 criteria are counted and listed ("no commune under 15 criteria", QĐ 263 target).', input: [rec(19), rec(15, { name: 'Xã A' }), rec(14, { name: 'Xã B' }), rec(3)], options: { floor: 15 }, rule: ['SUM-FLOOR'], source: 'QĐ 263/QĐ-TTg target: no commune under 15 criteria (legal notes §8.2-8.3, secondary)' });
summary({ name: 'summary/tally', description: 'Per-criterion tally "met/of": criterion 2 met by 2 of 3 communes; a commune not stating criterion 2 is unknown for it; codes in natural order (2 before 10).', input: [rec(19, { criteria: { '2': true } }), rec(12, { criteria: { '2': true, '10': false } }), rec(8)], rule: ['SUM-TALLY'], source: 'Per-criterion tallies as provinces report them ("73/94 xã đạt tiêu chí số 2", legal notes §8.4)' });
summary({ name: 'summary/empty', description: 'No communes: count 0, no average, no minimum.', input: [], rule: ['SUM-COUNTS', 'SUM-AVERAGE'], source: 'An average over no communes is undefined (legal notes §8.3)' });
summary({ name: 'summary/meeting-standard', description: 'Meeting the standard is meeting all 19 criteria; 18 is not.', input: [rec(19), rec(18)], rule: ['SUM-COUNTS'], source: 'A commune meets the NTM standard when it meets all 19 criteria (QĐ 318; GSO definition, legal notes §8.1)' });
summary({ name: 'summary/recognised', description: 'Records flagged recognised: "ntm", "advanced", "model" count, "none" does not; the recognised ones below 19 criteria are listed.', input: [rec(19, { recognition: 'ntm' }), rec(17, { recognition: 'advanced', name: 'Xã Cũ' }), rec(15, { recognition: 'none' }), rec(19, { recognition: 'model' })], rule: ['SUM-COUNTS', 'SUM-RECORDS'], source: 'A commune recognised under an older set may meet fewer criteria now (legal notes §6.6)' });
const eval10 = (met, name) => {
  const criteria = Array.from({ length: 10 }, (_, i) => ({ code: String(i + 1), outcome: i < met ? 'met' : 'unknown' }));
  return { name, set: { id: 'commune/qd51-2026', kind: 'commune' }, status: met === 10 ? 'meets-standard' : 'undetermined', criteriaTotal: 10, criteriaMet: met, criteria };
};
summary({ name: 'summary/ten-criteria/evaluations', description: 'Results of the 10-criterion 2026-2030 set: the summary counts 10 criteria (from the first result); meeting the standard is 10 of 10; no bucket scheme exists for 10 criteria, so no buckets (the 19-criterion national scheme is never borrowed).', input: [eval10(10, 'Xã A'), eval10(7, 'Xã B'), eval10(9, 'Xã C')], rule: ['SUM-CRITERIA-TOTAL', 'SUM-COUNTS', 'SUM-UNDETERMINED'], source: 'QĐ 51/2025/QĐ-TTg: 10 criteria (secondary); no national bucket scheme for them (legal notes 2026-2030)' });
summary({ name: 'summary/ten-criteria/plain', description: 'Plain counts summarised as 10 criteria by options.criteriaTotal: 10 meets the standard; a floor of 8 lists the commune at 7.', input: [rec(10), rec(7, { name: 'Xã B' }), rec(9)], options: { criteriaTotal: 10, floor: 8 }, rule: ['SUM-CRITERIA-TOTAL', 'SUM-FLOOR', 'SUM-OPTIONS'], source: 'QĐ 51/2025/QĐ-TTg: 10 criteria (secondary)' });
summary({ name: 'summary/tth-scheme', description: 'The Thừa Thiên Huế 2018 scheme puts 8 and 9 in 8-9 and 7 under 8.', input: [rec(7), rec(8), rec(9), rec(10)], options: { scheme: 'thua-thien-hue-2018' }, scheme: TTH, rule: ['SUM-COUNTS', 'SUM-OPTIONS'], source: TTH_SRC });
summary({ name: 'summary/custom-scheme', description: 'A ten-criteria scheme given by the caller: records are checked against 10.', input: [rec(10), rec(7), rec(2)], options: { scheme: tenScheme }, scheme: { ...tenScheme, buckets: tenScheme.buckets.map(({ id, min, max }) => ({ id, min, max })) }, rule: ['SUM-OPTIONS', 'SCORE-SCHEME'], source: 'Test scheme, not a reporting convention' });
summary({ name: 'summary/evaluations', description: 'Evaluation results as records: one with all 19 met, one with criterion 10 unknown and 9 not met (17 met). Unknown criteria count as not met; averageIfMet assumes them met (37/2 against 36/2).', input: [evaluation({}), evaluation({ '9': 'not-met', '10': 'unknown' }, { name: 'Xã Mới' })], rule: ['SUM-EVALUATION-RECORD', 'SUM-UNDETERMINED', 'SUM-TALLY'] });
summary({ name: 'summary/mixed', description: 'An evaluation result beside plain records; the set id is listed once.', input: [rec(12), evaluation({ '3': 'unknown', '4': 'unknown' }), rec(19, { recognition: 'ntm' }), evaluation({})], options: { floor: 18 }, rule: ['SUM-EVALUATION-RECORD', 'SUM-UNDETERMINED', 'SUM-FLOOR', 'SUM-RECORDS'] });
const badSummary = (input, paths, description, rule, options = {}) => add({ name: `summary/invalid/${cases.length}`, description, function: 'summarizeCommunes', input, options, expected: error('invalid-input', paths), rule: [...rule, 'ERR-ROOTS'], source: 'docs/spec.md §5' });
badSummary([rec(19), rec(25)], [['records', 1, 'criteriaMet']], 'A record claiming 25 criteria is rejected with its path.', ['SUM-RECORDS']);
badSummary([rec(19), { criteriaMet: 5, district: 'A' }, { name: 3 }], [['records', 1, 'district'], ['records', 2, 'criteriaMet'], ['records', 2, 'name']], 'Every record is checked: an unknown key, a missing count, a name that is not a string.', ['SUM-RECORDS']);
badSummary([rec(12, { recognition: 'yes', criteria: { '2': 'đạt' } })], [['records', 0, 'criteria', '2'], ['records', 0, 'recognition']], 'A recognition flag and a criterion flag that are not allowed values.', ['SUM-RECORDS']);
badSummary([rec(1, { criteria: { '1': true, '2': true } })], [['records', 0, 'criteriaMet']], 'Two criteria flagged met but a count of 1.', ['SUM-PLAIN-CONSISTENT']);
badSummary([rec(18, { criteria: { '1': false, '2': false } })], [['records', 0, 'criteriaMet']], '18 of 19 met but two criteria flagged not met.', ['SUM-PLAIN-CONSISTENT']);
badSummary({ records: [] }, [['records']], 'Records that are not a list.', ['SUM-RECORDS']);
badSummary([rec(5), 7], [['records', 1]], 'A record that is not an object.', ['SUM-RECORDS']);
badSummary([evaluation({}, { criteriaMet: 18 })], [['records', 0, 'criteriaMet']], 'An evaluation result whose count disagrees with its criteria.', ['SUM-EVALUATION-RECORD']);
badSummary([evaluation({}, { criteriaTotal: 10 })], [['records', 0, 'criteria']], 'An evaluation result saying 10 criteria while holding 19 results: without a scheme the summary counts the first result\'s 10 criteria, and 19 results are not 10.', ['SUM-EVALUATION-RECORD', 'SUM-CRITERIA-TOTAL']);
badSummary([evaluation({}, { criteriaTotal: 10 })], [['records', 0, 'criteriaTotal']], 'The same result against the national scheme (19 criteria): its total is not the scheme\'s.', ['SUM-EVALUATION-RECORD', 'SUM-CRITERIA-TOTAL'], { scheme: 'national-19' });
badSummary([rec(5)], [['options', 'criteriaTotal']], 'criteriaTotal 10 with the 19-criterion national scheme.', ['SUM-CRITERIA-TOTAL', 'SUM-OPTIONS'], { scheme: 'national-19', criteriaTotal: 10 });
badSummary([rec(5)], [['options', 'floor']], 'A floor above 19.', ['SUM-FLOOR', 'SUM-OPTIONS'], { floor: 20 });
badSummary([rec(5)], [['options', 'decimals']], 'More than 40 decimals.', ['SUM-OPTIONS'], { decimals: 41 });
badSummary([rec(5)], [['options', 'round']], 'An unknown option.', ['SUM-OPTIONS', 'OPT-UNKNOWN-KEYS'], { round: 1 });

// --- roundHalfUp.
const ROUND = 'Reports print figures rounded half-up (legal notes §8.3)';
for (const [value, decimals, text, why] of [['13.55', undefined, '13.6', 'a tie goes up'], ['13.549', undefined, '13.5', 'below the tie'], ['-1.25', undefined, '-1.3', 'a tie goes away from zero'], ['-0.04', undefined, '0.0', 'zero is never negative'], ['2.675', 2, '2.68', 'exactly, not through a double (2.675 is 2.67499999… as a double)'], ['15', 2, '15.00', 'padded to the decimals'], ['0.5', 0, '1', 'no decimals']]) {
  add({ name: `round/${value}/${decimals ?? 1}`, description: `${value} to ${decimals ?? 1} decimals is ${text}: ${why}.`, function: 'roundHalfUp', input: decimals === undefined ? { value } : { value, decimals }, expected: { text: fixedHalfUp(BigInt(value.replace('.', '')), 10n ** BigInt(value.split('.')[1]?.length ?? 0), decimals ?? 1) }, rule: ['ROUND-HALF-UP', 'CONV-HALF-UP'], source: ROUND });
}
for (const [numerator, denominator, decimals] of [[1278, 94, 1], [89, 6, 2], [-5, 4, 1], [1, 3, 0]]) {
  add({ name: `round/fraction/${numerator}-${denominator}/${decimals}`, description: `${numerator}/${denominator} to ${decimals} decimals, from its exact value.`, function: 'roundHalfUp', input: { value: { numerator, denominator }, decimals }, expected: { text: fixedHalfUp(numerator, denominator, decimals) }, rule: ['ROUND-HALF-UP'], source: ROUND });
}
add({ name: 'round/invalid/comma', description: 'A Vietnamese decimal comma ("13,6") is not a decimal string.', function: 'roundHalfUp', input: { value: '13,6' }, expected: error('invalid-input', [['value']]), rule: ['ROUND-HALF-UP', 'ERR-ROOTS'], source: ROUND });
add({ name: 'round/invalid/denominator', description: 'A fraction with a denominator of 0.', function: 'roundHalfUp', input: { value: { numerator: 1, denominator: 0 } }, expected: error('invalid-input', [['value']]), rule: ['ROUND-HALF-UP'], source: ROUND });
add({ name: 'round/invalid/decimals', description: 'More than 40 decimals.', function: 'roundHalfUp', input: { value: '1.5', decimals: 41 }, expected: error('invalid-input', [['decimals']]), rule: ['ROUND-HALF-UP', 'ERR-ROOTS'], source: ROUND });

writeCase('scoring.json', 'Buckets (số xã theo số tiêu chí đạt), province summaries (average, minimum, floor, per-criterion tallies) and rounding. Complete expected results.', cases);
