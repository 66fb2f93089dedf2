// Writes conformance/funding.json. Expected sums are the Lai Châu 2024 plan's own figures (legal notes
// §10.5, transcribed from the plan) and exact arithmetic in lib/decimal.mjs (BigInt), never the library's.
// The source tree is typed below from the legal notes §9.1. Run: node scripts/conformance/funding.mjs
import { add as sum, compare, shift, sub } from './lib/decimal.mjs';
import { EXPONENT, TREE, expectAggregate } from './lib/funding.mjs';
import { error, writeCase } from './write.mjs';

const PLAN = 'Kế hoạch NTM tỉnh Lai Châu 2024, Mục III (Dự kiến nguồn vốn), million VND (legal notes §10.5)';
const EXACT = 'Money is exact: decimal strings at the boundary, no floating point (project rule)';
const RULE_TREE = 'Parent/child rule: a node with its own lines has the amount they state; without, the sum of its parts (docs/funding.md)';
const UNITS = 'đồng, nghìn đồng (10³), triệu đồng (10⁶, the default), tỷ đồng (10⁹): exact conversion';

/** FUND-RECONCILE. */
function expectReconcile({ lines, declared, unit }) {
  const a = expectAggregate(lines, { unit });
  const own = new Map();
  for (const l of lines) own.set(l.source, sum(own.get(l.source) ?? '0', shift(String(l.amount), EXPONENT[l.unit ?? 'million-vnd'] - EXPONENT[a.unit])));
  const out = [];
  for (const [id] of TREE) {
    const node = a.bySource.find((n) => n.source === id);
    if (node && node.unallocated !== null && node.unallocated !== '0') out.push({ source: id, check: 'parts', declared: own.get(id), computed: sub(own.get(id), node.unallocated), difference: node.unallocated });
    if (declared[id] !== undefined) {
      const computed = node ? node.amount : '0';
      const stated = sum('0', String(declared[id]));
      if (compare(stated, computed) !== 0) out.push({ source: id, check: 'declared', declared: stated, computed, difference: sub(stated, computed) });
    }
  }
  if (declared.total !== undefined) {
    const stated = sum('0', String(declared.total));
    if (compare(stated, a.total) !== 0) out.push({ source: 'total', check: 'declared', declared: stated, computed: a.total, difference: sub(stated, a.total) });
  }
  return { discrepancies: out };
}

const cases = [];
const add = (c) => cases.push({ options: {}, ...c });
const agg = ({ input, options = {}, ...rest }) => add({ function: 'aggregateFunding', input, options, expected: expectAggregate(input, options), ...rest });
const rec = ({ input, ...rest }) => add({ function: 'reconcileFunding', input, expected: expectReconcile(input), ...rest });

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

agg({ name: 'funding/lai-chau/central', description: 'Central budget 2024: investment 92,423 (= 67,950 domestic + 24,473 foreign) + recurrent 22,342 = 114,765, as the plan states.', input: laiChau.slice(0, 3), rule: ['FUND-TREE', 'FUND-SHARES', 'FUND-RESULT'], source: PLAN });
agg({ name: 'funding/lai-chau/integrated', description: 'Integrated funds: 521,102 + 1,086,515 = 1,607,617, as the plan states.', input: laiChau.slice(4, 6), rule: ['FUND-TREE'], source: PLAN });
agg({ name: 'funding/lai-chau/all-parts', description: 'All the plan\'s parts add up to 3,861,812 (the plan declares 4,916,475: see the reconciliation case). Shares of the total, half-up to 4 places, written with exactly 4 decimals.', input: laiChau, rule: ['FUND-TREE', 'FUND-SHARES'], source: `${PLAN}; shares rounded half-up` });
rec({ name: 'funding/lai-chau/reconcile-total', description: 'The plan declares a total of 4,916,475 but its parts add up to 3,861,812: one discrepancy of 1,054,663 (conflict C14: reported, never corrected).', input: { lines: laiChau, declared: { total: '4916475', central: '114765', 'central.investment': '92423', integrated: '1607617' } }, rule: ['FUND-RECONCILE'], source: `${PLAN}; legal notes conflict C14` });
rec({ name: 'funding/reconcile/agree', description: 'Declared subtotals that agree with the lines give no discrepancy.', input: { lines: laiChau.slice(0, 3), declared: { total: '114765', central: '114765', 'central.investment': '92423' } }, rule: ['FUND-RECONCILE'], source: PLAN });
agg({ name: 'funding/tree/no-double-count', description: 'A line for central (114,765) and lines for its children (92,423 + 22,342) are not added twice: central is 114,765, the total 114,765, nothing unallocated ("0").', input: [{ source: 'central', amount: '114765' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], rule: ['FUND-TREE'], source: RULE_TREE });
agg({ name: 'funding/tree/unallocated', description: 'A stated subtotal of 120,000 for central whose parts add up to 114,765 leaves 5,235 unallocated.', input: [{ source: 'central', amount: '120000' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], rule: ['FUND-TREE'], source: RULE_TREE });
agg({ name: 'funding/tree/children-exceed', description: 'Children (100 + 50) exceeding their stated parent (120): unallocated −30; their shares are of the total 120, which uses the parent\'s figure (cash 100/120 = 0.8333).', input: [{ source: 'community', amount: '120' }, { source: 'community.cash', amount: '100' }, { source: 'community.labour', amount: '50' }], rule: ['FUND-TREE', 'FUND-SHARES'], source: RULE_TREE });
agg({ name: 'funding/tree/deep', description: 'Lines at three levels: central.investment stated (90) with a domestic child (60); central has no line of its own: its amount is its parts 90 + recurrent 10 = 100.', input: [{ source: 'central.investment', amount: '90' }, { source: 'central.investment.domestic', amount: '60' }, { source: 'central.recurrent', amount: '10' }], rule: ['FUND-TREE'], source: RULE_TREE });
rec({ name: 'funding/tree/parts-discrepancy', description: 'The same table reconciled: the stated 120,000 differs from its parts (114,765) by 5,235.', input: { lines: [{ source: 'central', amount: '120000' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], declared: {} }, rule: ['FUND-RECONCILE', 'FUND-TREE'], source: RULE_TREE });
rec({ name: 'funding/reconcile/order', description: 'Discrepancies in tree order, each node\'s parts check before its declared check, the total last; a node without lines computes as 0.', input: { lines: [{ source: 'central', amount: '100' }, { source: 'central.recurrent', amount: '90' }, { source: 'credit', amount: '50' }], declared: { total: '160', central: '95', 'credit.policy': '10', community: '0' } }, rule: ['FUND-RECONCILE'], source: RULE_TREE });
rec({ name: 'funding/reconcile/units', description: 'Lines in billion and million VND reconciled in million VND; the declared amounts are in million VND.', input: { lines: [{ source: 'credit', amount: '2', unit: 'billion-vnd' }, { source: 'other', amount: '500' }], declared: { total: '2500.5' }, unit: 'million-vnd' }, rule: ['FUND-RECONCILE', 'FUND-UNITS'], source: UNITS });
agg({ name: 'funding/exact/tenths', description: '0.1 + 0.2 is exactly 0.3.', input: [{ source: 'other', amount: '0.1' }, { source: 'other', amount: '0.2' }], rule: ['FUND-RESULT', 'CONV-DECIMAL'], source: EXACT });
agg({ name: 'funding/exact/large', description: 'Large amounts keep every digit: 999,999,999,999,999.99 + 0.01 = 1,000,000,000,000,000.', input: [{ source: 'other', amount: '999999999999999.99' }, { source: 'other', amount: '0.01' }], rule: ['FUND-RESULT'], source: EXACT });
agg({ name: 'funding/exact/numbers', description: 'Amounts given as JSON numbers are read through their shortest form: 0.1 + 0.2 (numbers) is 0.3.', input: [{ source: 'other', amount: 0.1 }, { source: 'other', amount: 0.2 }], rule: ['FUND-AMOUNT'], source: EXACT });
agg({ name: 'funding/exact/exponent', description: 'Exponent notation: 1.5e3 + 2E-1 = 1500.2.', input: [{ source: 'other', amount: '1.5e3' }, { source: 'other', amount: '2E-1' }], rule: ['FUND-AMOUNT', 'CONV-DECIMAL'], source: EXACT });
agg({ name: 'funding/exact/trailing-zeros', description: 'Results are plain: 1.50 + 2.50 = 4 (no trailing zeros, no point).', input: [{ source: 'other', amount: '1.50' }, { source: 'other', amount: '2.50' }], rule: ['FUND-RESULT', 'CONV-DECIMAL'], source: EXACT });
agg({ name: 'funding/units/convert-lines', description: 'Lines in billion VND and million VND summed in million VND: 1.5 billion + 250 million = 1,750 million.', options: { unit: 'million-vnd' }, input: [{ source: 'other', amount: '1.5', unit: 'billion-vnd' }, { source: 'other', amount: '250', unit: 'million-vnd' }], rule: ['FUND-UNITS'], source: UNITS });
agg({ name: 'funding/units/first-line', description: 'Without options.unit, the result is in the first line\'s unit (billion VND here).', input: [{ source: 'other', amount: '1.5', unit: 'billion-vnd' }, { source: 'credit', amount: '0.5', unit: 'billion-vnd' }], rule: ['FUND-UNITS'], source: UNITS });
agg({ name: 'funding/units/default', description: 'Lines without a unit are in million VND.', input: [{ source: 'other', amount: '7' }], rule: ['FUND-UNITS'], source: UNITS });
agg({ name: 'funding/units/to-vnd', description: 'Lines in thousand VND summed in VND: 2.5 thousand + 1 thousand = 3,500 VND.', options: { unit: 'vnd' }, input: [{ source: 'other', amount: '2.5', unit: 'thousand-vnd' }, { source: 'other', amount: '1', unit: 'thousand-vnd' }], rule: ['FUND-UNITS'], source: UNITS });
agg({ name: 'funding/shares/decimals', description: 'shareDecimals 2: 1/3 is "0.33", 2/3 is "0.67"; 0 decimals gives "0" and "1".', options: { shareDecimals: 2 }, input: [{ source: 'credit', amount: '1' }, { source: 'other', amount: '2' }], rule: ['FUND-SHARES', 'FUND-OPTIONS'], source: 'Shares of the total, half-up' });
agg({ name: 'funding/shares/zero-decimals', description: 'shareDecimals 0: 1/3 is "0", 2/3 is "1".', options: { shareDecimals: 0 }, input: [{ source: 'credit', amount: '1' }, { source: 'other', amount: '2' }], rule: ['FUND-SHARES'], source: 'Shares of the total, half-up' });
agg({ name: 'funding/shares/half', description: 'A share of exactly 0.00005 rounds up to "0.0001"; a whole share is "1.0000".', input: [{ source: 'credit', amount: '1' }, { source: 'other', amount: '19999' }], rule: ['FUND-SHARES', 'CONV-HALF-UP'], source: 'Shares of the total, half-up' });
agg({ name: 'funding/shares/zero-total', description: 'A total of 0: every share is null.', input: [{ source: 'other', amount: '0' }], rule: ['FUND-SHARES'], source: 'Shares of the total' });
agg({ name: 'funding/invalid/negative-allowed', description: 'With allowNegative, an adjustment of −5 counts; a negative share can result.', options: { allowNegative: true }, input: [{ source: 'other', amount: '10' }, { source: 'credit', amount: '-5' }], rule: ['FUND-AMOUNT', 'FUND-OPTIONS'], source: 'Adjustments (negative amounts) when explicitly allowed' });
agg({ name: 'funding/empty', description: 'No lines: total 0, no node.', input: [], rule: ['FUND-RESULT'], source: EXACT });
agg({ name: 'funding/labels-and-years', description: 'A label and a year on a line are read but not used in sums.', input: [{ source: 'local.commune', amount: '12.5', label: 'Ngân sách xã Sơn Bình', year: 2024 }], rule: ['FUND-LINES'], source: EXACT });
// Every node of the tree, one line each (leaves and top-level nodes without children).
agg({ name: 'funding/tree/every-source', description: 'One line under every leaf of the tree: each parent is the sum of its children.', input: TREE.filter(([id]) => !TREE.some(([, p]) => p === id)).map(([id], n) => ({ source: id, amount: String((n + 1) * 10) })), rule: ['FUND-TREE', 'FUND-SHARES'], source: 'The source tree (legal notes §9.1)' });

const bad = (input, paths, description, rule, options = {}) => add({ name: `funding/invalid/${cases.length}`, description, function: 'aggregateFunding', input, options, expected: error('invalid-input', paths), rule: [...rule, 'ERR-ROOTS'], source: EXACT });
bad([{ source: 'other', amount: '1', unit: 'million-vnd' }, { source: 'other', amount: '1', unit: 'billion-vnd' }], [['lines', 1, 'unit']], 'Lines in different units without a result unit are rejected at the second line.', ['FUND-UNITS']);
bad([{ source: 'other', amount: '-5' }], [['lines', 0, 'amount']], 'A negative amount is rejected unless allowNegative.', ['FUND-AMOUNT']);
bad([{ source: 'other', amount: '4.916.475' }], [['lines', 0, 'amount']], 'An amount with Vietnamese grouping marks ("4.916.475") is rejected, not misread.', ['FUND-AMOUNT']);
bad([{ source: 'other', amount: '24473,5' }], [['lines', 0, 'amount']], 'A decimal comma is rejected.', ['FUND-AMOUNT']);
bad([{ source: 'central.other', amount: '1' }], [['lines', 0, 'source']], 'An unknown source is rejected.', ['FUND-LINES']);
bad([{ amount: '1' }], [['lines', 0, 'source']], 'A line without a source.', ['FUND-LINES']);
bad([{ source: 'other' }], [['lines', 0, 'amount']], 'A line without an amount.', ['FUND-LINES', 'FUND-AMOUNT']);
bad([{ source: 'other', amount: '1', unti: 'billion-vnd' }], [['lines', 0, 'unti']], 'A misspelt key is an error (a misspelt unit would leave the line 1,000 times off).', ['FUND-LINES']);
bad([{ source: 'nowhere', amount: 'x', label: 5, year: 2024.5 }], [['lines', 0, 'amount'], ['lines', 0, 'label'], ['lines', 0, 'source'], ['lines', 0, 'year']], 'Every problem of a line is reported.', ['FUND-LINES']);
bad([{ source: 'nowhere', amount: 'x', unit: 'tỷ đồng' }], [['lines', 0, 'source'], ['lines', 0, 'unit']], 'An unknown unit: the rest of the line (its amount) is not checked.', ['FUND-LINES', 'FUND-UNITS']);
bad([{ source: 'other', amount: '1' }, 'x', null], [['lines', 1], ['lines', 2]], 'Lines that are not objects.', ['FUND-LINES']);
bad({ source: 'other', amount: '1' }, [['lines']], 'Lines that are not a list.', ['FUND-LINES']);
bad([{ source: 'other', amount: `1${'0'.repeat(200)}` }], [['lines', 0, 'amount']], 'An amount of more than 200 characters.', ['FUND-AMOUNT']);
bad([{ source: 'other', amount: '1e201' }], [['lines', 0, 'amount']], 'An exponent beyond ±200.', ['FUND-AMOUNT']);
bad([{ source: 'other', amount: true }], [['lines', 0, 'amount']], 'An amount that is neither a string nor a number.', ['FUND-AMOUNT', 'CONV-JSON']);
bad([{ source: 'other', amount: '1' }], [['options', 'unit']], 'An unknown result unit.', ['FUND-OPTIONS'], { unit: 'tỷ' });
bad([{ source: 'other', amount: '1' }], [['options', 'allowNegative']], 'allowNegative must be a boolean.', ['FUND-OPTIONS'], { allowNegative: 'yes' });
bad([{ source: 'other', amount: '1' }], [['options', 'shareDecimals']], 'shareDecimals above 20.', ['FUND-OPTIONS'], { shareDecimals: 21 });
bad([{ source: 'nowhere', amount: '1' }], [['options', 'unit']], 'Options are checked before the lines.', ['FUND-OPTIONS'], { unit: 'tỷ', shareDecimals: 21 });
bad([{ source: 'other', amount: '1' }], [['options', 'lang']], 'An unknown option key (aggregateFunding prints nothing, so it has no lang).', ['FUND-OPTIONS', 'OPT-UNKNOWN-KEYS'], { lang: 'vi' });

const badRec = (input, paths, description) => add({ name: `funding/reconcile/invalid/${cases.length}`, description, function: 'reconcileFunding', input, expected: error('invalid-input', paths), rule: ['FUND-RECONCILE-INPUT', 'ERR-ROOTS'], source: EXACT });
badRec({ lines: [], declared: { centre: '1', total: '1,5' } }, [['declared', 'centre'], ['declared', 'total']], 'A declared key that is not a source or "total", and a declared amount that is not a decimal.');
badRec({ lines: [{ source: 'x', amount: '1' }], declared: { total: 'x' } }, [['declared', 'total']], 'Declared amounts are checked before the lines.');
badRec({ lines: [{ source: 'x', amount: '1' }], declared: {} }, [['lines', 0, 'source']], 'A bad line.');
badRec({ lines: [], declared: {}, tolerance: '1' }, [['tolerance']], 'An unknown key of the input.');
badRec({ lines: [], declared: {}, unit: 'dong' }, [['unit']], 'An unknown unit.');
badRec([], [[]], 'An input that is not an object.');
badRec({ lines: [], declared: { total: '-1' } }, [['declared', 'total']], 'A negative declared amount without allowNegative.');
rec({ name: 'funding/reconcile/negative-allowed', description: 'With allowNegative, negative declared amounts and lines are read.', input: { lines: [{ source: 'other', amount: '-3' }], declared: { total: '-2' }, allowNegative: true }, rule: ['FUND-RECONCILE-INPUT', 'FUND-RECONCILE'], source: EXACT });

for (const [amount, from, to] of [['4916475', 'million-vnd', 'billion-vnd'], ['4916.475', 'billion-vnd', 'vnd'], ['1', 'vnd', 'million-vnd'], ['2.5', 'thousand-vnd', 'vnd'], ['-3.5', 'billion-vnd', 'million-vnd'], ['0', 'vnd', 'billion-vnd']]) {
  const out = shift(amount, EXPONENT[from] - EXPONENT[to]);
  add({ name: `funding/convert/${from}-${to}/${amount}`, description: `${amount} ${from} is ${out} ${to}.`, function: 'convertAmount', input: { amount, from, to }, expected: { amount: out }, rule: ['FUND-CONVERT', 'CONV-DECIMAL'], source: UNITS });
}
add({ name: 'funding/convert/invalid', description: 'A bad amount and two bad units: all reported.', function: 'convertAmount', input: { amount: '1,5', from: 'triệu', to: 'tỷ' }, expected: error('invalid-input', [['amount'], ['from'], ['to']]), rule: ['FUND-CONVERT', 'ERR-ROOTS'], source: UNITS });
const FORMAT = 'Vietnamese documents group thousands with "." and write decimals after ","; English uses "," and "."';
for (const [amount, options, text] of [['4916475', { lang: 'vi' }, '4.916.475'], ['4916475', { lang: 'en' }, '4,916,475'], ['24473.5', { lang: 'vi', unit: 'million-vnd' }, '24.473,5 triệu đồng'], ['24473.5', { lang: 'en', unit: 'billion-vnd' }, '24,473.5 billion VND'], ['-1234.5', { lang: 'vi' }, '-1.234,5'], ['999.995', { lang: 'en', decimals: 2 }, '1,000.00'], ['12', { lang: 'vi', decimals: 1, unit: 'thousand-vnd' }, '12,0 nghìn đồng'], ['1000000', { lang: 'vi', unit: 'vnd' }, '1.000.000 đồng'], ['0.5', { lang: 'en', decimals: 0 }, '1']]) {
  add({ name: `funding/format/${options.lang}/${amount}${options.unit ? `/${options.unit}` : ''}${options.decimals !== undefined ? `/${options.decimals}` : ''}`, description: `${amount} printed with ${JSON.stringify(options)} is "${text}".`, function: 'formatAmount', options, input: { amount }, expected: { text }, rule: ['FUND-FORMAT', ...(options.decimals !== undefined ? ['CONV-HALF-UP'] : [])], source: FORMAT });
}
add({ name: 'funding/format/invalid', description: 'A bad amount, lang, unit and decimals: all reported.', function: 'formatAmount', options: { lang: 'fr', unit: 'dong', decimals: 30 }, input: { amount: 'abc' }, expected: error('invalid-input', [['amount'], ['options', 'decimals'], ['options', 'lang'], ['options', 'unit']]), rule: ['FUND-FORMAT'], source: FORMAT });
// The one vector of the former name of lang, read for one more release.
add({ name: 'funding/format/deprecated-locale', description: '`locale`, the deprecated alias of `lang`, is still read: { locale: "en" } prints as { lang: "en" }.', function: 'formatAmount', options: { locale: 'en' }, input: { amount: '4916475' }, expected: { text: '4,916,475' }, rule: ['FUND-FORMAT'], source: FORMAT });
add({ name: 'funding/format/lang-and-locale-differ', description: '`lang` and its deprecated alias `locale` given with different values: refused at ["options", "locale"], neither wins.', function: 'formatAmount', options: { lang: 'vi', locale: 'en' }, input: { amount: '1' }, expected: error('invalid-input', [['options', 'locale']]), rule: ['FUND-FORMAT'], source: FORMAT });
add({ name: 'funding/format/unknown-option', description: 'An unknown option key is refused first.', function: 'formatAmount', options: { lang: 'vi', language: 'vi' }, input: { amount: '1' }, expected: error('invalid-input', [['options', 'language']]), rule: ['FUND-FORMAT', 'OPT-UNKNOWN-KEYS'], source: FORMAT });

writeCase('funding.json', 'Funding: exact sums over the source taxonomy, the parent/child rule, shares, reconciliation, units and formatting (Lai Châu 2024 plan figures). Complete expected results.', cases);
