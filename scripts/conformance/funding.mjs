// Writes conformance/funding.json. Expected sums are the Lai Châu 2024 plan's own figures (legal notes
// §10.5, transcribed from the plan) and hand arithmetic; shares were computed with Python's decimal
// module (ROUND_HALF_UP, 4 places), not with this library. Run: node scripts/conformance/funding.mjs
import { writeCase } from './write.mjs';

const PLAN = 'Kế hoạch NTM tỉnh Lai Châu 2024, Mục III (Dự kiến nguồn vốn), million VND (legal notes §10.5)';
const EXACT = 'Money is exact: decimal strings at the boundary, no floating point (project rule)';
const RULE_TREE = 'Parent/child rule: a node with its own lines has the amount they state; without, the sum of its parts (docs/funding.md)';
const cases = [];
const add = (c) => cases.push(c);

const laiChau = [
  { source: 'central.investment.domestic', amount: '67950' },
  { source: 'central.investment.foreign', amount: '24473' },
  { source: 'central.recurrent', amount: '22342' },
  { source: 'local.province', amount: '21000' },
  { source: 'integrated.poverty-reduction', amount: '521102' },
  { source: 'integrated.ethnic-minority', amount: '1086515' },
  { source: 'credit', amount: '2000000' },
  { source: 'community', amount: '118430' },
];

add({ name: 'funding/lai-chau/central', description: 'Central budget 2024: investment 92,423 (= 67,950 domestic + 24,473 foreign) + recurrent 22,342 = 114,765, as the plan states.', function: 'aggregateFunding', options: {}, input: laiChau.slice(0, 3), expected: { total: '114765', unit: 'million-vnd', bySource: { central: { amount: '114765' }, 'central.investment': { amount: '92423' }, 'central.investment.domestic': { amount: '67950' } } }, rule: PLAN });
add({ name: 'funding/lai-chau/integrated', description: 'Integrated funds: 521,102 + 1,086,515 = 1,607,617, as the plan states.', function: 'aggregateFunding', options: {}, input: laiChau.slice(4, 6), expected: { total: '1607617', bySource: { integrated: { amount: '1607617' } } }, rule: PLAN });
add({ name: 'funding/lai-chau/all-parts', description: 'All the plan\'s parts add up to 3,861,812 (the plan declares 4,916,475: see the reconciliation case). Shares of the total, half-up to 4 places.', function: 'aggregateFunding', options: {}, input: laiChau, expected: { total: '3861812', lineCount: 8, bySource: { central: { amount: '114765', share: '0.0297' }, local: { amount: '21000', share: '0.0054' }, integrated: { amount: '1607617', share: '0.4163' }, credit: { amount: '2000000', share: '0.5179' }, community: { amount: '118430', share: '0.0307' } } }, rule: `${PLAN}; shares rounded half-up` });
add({ name: 'funding/lai-chau/reconcile-total', description: 'The plan declares a total of 4,916,475 but its parts add up to 3,861,812: one discrepancy of 1,054,663 (conflict C14: reported, never corrected).', function: 'reconcileFunding', options: {}, input: { lines: laiChau, declared: { total: '4916475', central: '114765', 'central.investment': '92423', integrated: '1607617' } }, expected: { discrepancies: [{ source: 'total', check: 'declared', declared: '4916475', computed: '3861812', difference: '1054663' }] }, rule: `${PLAN}; legal notes conflict C14` });
add({ name: 'funding/reconcile/agree', description: 'Declared subtotals that agree with the lines give no discrepancy.', function: 'reconcileFunding', options: {}, input: { lines: laiChau.slice(0, 3), declared: { total: '114765', central: '114765', 'central.investment': '92423' } }, expected: { discrepancies: [] }, rule: PLAN });
add({ name: 'funding/tree/no-double-count', description: 'A line for central (114,765) and lines for its children (92,423 + 22,342) are not added twice: central is 114,765, the total 114,765, nothing unallocated.', function: 'aggregateFunding', options: {}, input: [{ source: 'central', amount: '114765' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], expected: { total: '114765', bySource: { central: { amount: '114765', unallocated: '0' } } }, rule: RULE_TREE });
add({ name: 'funding/tree/unallocated', description: 'A stated subtotal of 120,000 for central whose parts add up to 114,765 leaves 5,235 unallocated.', function: 'aggregateFunding', options: {}, input: [{ source: 'central', amount: '120000' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], expected: { total: '120000', bySource: { central: { amount: '120000', unallocated: '5235' } } }, rule: RULE_TREE });
add({ name: 'funding/tree/parts-discrepancy', description: 'The same table reconciled: the stated 120,000 differs from its parts (114,765) by 5,235.', function: 'reconcileFunding', options: {}, input: { lines: [{ source: 'central', amount: '120000' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], declared: {} }, expected: { discrepancies: [{ source: 'central', check: 'parts', declared: '120000', computed: '114765', difference: '5235' }] }, rule: RULE_TREE });
add({ name: 'funding/exact/tenths', description: '0.1 + 0.2 is exactly 0.3.', function: 'aggregateFunding', options: {}, input: [{ source: 'other', amount: '0.1' }, { source: 'other', amount: '0.2' }], expected: { total: '0.3' }, rule: EXACT });
add({ name: 'funding/exact/large', description: 'Large amounts keep every digit: 999,999,999,999,999.99 + 0.01 = 1,000,000,000,000,000.', function: 'aggregateFunding', options: {}, input: [{ source: 'other', amount: '999999999999999.99' }, { source: 'other', amount: '0.01' }], expected: { total: '1000000000000000' }, rule: EXACT });
add({ name: 'funding/units/convert-lines', description: 'Lines in billion VND and million VND summed in million VND: 1.5 billion + 250 million = 1,750 million.', function: 'aggregateFunding', options: { unit: 'million-vnd' }, input: [{ source: 'other', amount: '1.5', unit: 'billion-vnd' }, { source: 'other', amount: '250', unit: 'million-vnd' }], expected: { total: '1750', unit: 'million-vnd' }, rule: '1 tỷ đồng = 1,000 triệu đồng; conversions are exact shifts of the decimal point' });
add({ name: 'funding/units/mixed-without-unit', description: 'Lines in different units without a result unit are rejected at the second line.', function: 'aggregateFunding', options: {}, input: [{ source: 'other', amount: '1', unit: 'million-vnd' }, { source: 'other', amount: '1', unit: 'billion-vnd' }], expected: { error: { code: 'invalid-input', paths: [['lines', 1, 'unit']] } }, rule: 'Never add amounts in different units silently (project rule)' });
add({ name: 'funding/invalid/negative', description: 'A negative amount is rejected unless allowNegative.', function: 'aggregateFunding', options: {}, input: [{ source: 'other', amount: '-5' }], expected: { error: { code: 'invalid-input', paths: [['lines', 0, 'amount']] } }, rule: 'Amounts are not negative unless adjustments are allowed' });
add({ name: 'funding/invalid/negative-allowed', description: 'With allowNegative, an adjustment of -5 counts.', function: 'aggregateFunding', options: { allowNegative: true }, input: [{ source: 'other', amount: '10' }, { source: 'other', amount: '-5' }], expected: { total: '5' }, rule: 'Adjustments (negative amounts) when explicitly allowed' });
add({ name: 'funding/invalid/grouping', description: 'An amount with Vietnamese grouping marks ("4.916.475") is rejected, not misread.', function: 'aggregateFunding', options: {}, input: [{ source: 'other', amount: '4.916.475' }], expected: { error: { code: 'invalid-input', paths: [['lines', 0, 'amount']] } }, rule: 'Amounts are plain decimal strings with "." as the decimal point (no grouping)' });
add({ name: 'funding/invalid/source', description: 'An unknown source is rejected.', function: 'aggregateFunding', options: {}, input: [{ source: 'central.other', amount: '1' }], expected: { error: { code: 'invalid-input', paths: [['lines', 0, 'source']] } }, rule: 'Funding sources come from the taxonomy (FUNDING_SOURCES)' });
for (const [amount, from, to, out] of [['4916475', 'million-vnd', 'billion-vnd', '4916.475'], ['4916.475', 'billion-vnd', 'vnd', '4916475000000'], ['1', 'vnd', 'million-vnd', '0.000001'], ['2.5', 'thousand-vnd', 'vnd', '2500']]) {
  add({ name: `funding/convert/${from}-${to}/${amount}`, description: `${amount} ${from} is ${out} ${to}.`, function: 'convertAmount', options: { from, to }, input: { amount }, expected: { amount: out }, rule: 'đồng, nghìn đồng (10³), triệu đồng (10⁶), tỷ đồng (10⁹): exact conversion' });
}
for (const [amount, options, text] of [['4916475', { locale: 'vi' }, '4.916.475'], ['4916475', { locale: 'en' }, '4,916,475'], ['24473.5', { locale: 'vi', unit: 'million-vnd' }, '24.473,5 triệu đồng']]) {
  add({ name: `funding/format/${options.locale}/${amount}${options.unit ? '/unit' : ''}`, description: `${amount} printed for ${options.locale} is "${text}".`, function: 'formatAmount', options, input: { amount }, expected: { text }, rule: 'Vietnamese documents group thousands with "." and write decimals after ","; English uses "," and "."' });
}

writeCase('funding.json', 'Funding: exact sums over the source taxonomy, the parent/child rule, reconciliation, units and formatting (Lai Châu 2024 plan figures).', cases);
