// Summarise a province the way reports do: communes per bucket, average criteria per commune,
// minimum, communes under a floor and per-criterion tallies. Run after `npm run build`:
//   node examples/summarize-province.mjs
import { evaluateCommune, summarizeCommunes } from '../dist/index.js';

// Communes already scored (as reports list them) …
const records = [
  { name: 'Xã 1', criteriaMet: 19, recognition: 'ntm', criteria: { '2': true, '5': true, '10': true } },
  { name: 'Xã 2', criteriaMet: 16, criteria: { '2': true, '5': false, '10': false } },
  { name: 'Xã 3', criteriaMet: 12, criteria: { '2': false, '5': true, '10': false } },
  { name: 'Xã 4', criteriaMet: 9 },
];
// … and one evaluated from its indicators: its unknown criteria are not counted as met.
const evaluated = evaluateCommune({ name: 'Xã 5', region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '1.2': true, '9.1': 0 } });

const s = summarizeCommunes([...records, evaluated], { floor: 15 });
console.log(`Số xã: ${s.count}; đạt chuẩn: ${s.meetingStandard}`);
console.log(`Bình quân tiêu chí/xã: ${s.average?.rounded} (chính xác ${s.average?.fraction.numerator}/${s.average?.fraction.denominator})`);
console.log(`Thấp nhất: ${s.minimum}; dưới ${s.belowFloor?.floor} tiêu chí: ${s.belowFloor?.count} xã`);
for (const b of s.buckets) console.log(`  ${b.label.vi}: ${b.count}`);
for (const c of s.criteria) console.log(`  ${c.text.vi}`);
console.log(`Chưa xác định: ${s.undetermined.communes} xã, ${s.undetermined.criteria} tiêu chí (nếu đạt hết, bình quân ${s.undetermined.averageIfMet?.rounded})`);
