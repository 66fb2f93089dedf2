// Reads the sample workbook (examples/data/xa-2024.xlsx) as a provincial office keeps it, evaluates
// each commune, and checks its funding sheet against the totals row. Run: npm run build && node examples/read-workbook.mjs
import { readFile } from 'node:fs/promises';
import { aggregateFunding, evaluateCommune, readCommuneTable, readFundingTable, reconcileFunding } from '../dist/index.js';

const bytes = await readFile(new URL('./data/xa-2024.xlsx', import.meta.url));

const table = await readCommuneTable(bytes, { sheet: 'Xã 2024' });
for (const n of table.notices) console.log(`  ${n.severity === 'warning' ? 'cảnh báo' : 'ghi chú'}: dòng ${n.at.row ?? '-'}: ${n.text.vi}`);
for (const i of table.issues) console.log(`  lỗi: ô ${i.at.cell ?? '-'}: ${i.text.vi}`);
table.inputs.forEach((input, k) => {
  const r = evaluateCommune(input);
  const where = table.rows[k];
  console.log(`${where.district} / ${r.name} (dòng ${where.row}): đạt ${r.criteriaMet}/${r.criteriaTotal}, chưa đạt ${r.criteriaNotMet}, chưa xác định ${r.criteriaUnknown}; 2.1 = ${input.indicators['2.1']}`);
});

const funding = await readFundingTable(bytes, { sheet: 'Nguồn vốn' });
const total = aggregateFunding(funding.lines).total;
const gaps = reconcileFunding({ lines: funding.lines, declared: funding.declared ?? {} });
console.log(`Nguồn vốn (${funding.unit}): ${funding.lines.length} dòng, tổng ${total}; dòng "Tổng cộng" ${gaps.length === 0 ? 'khớp' : `lệch ${gaps[0].difference}`}`);
if (table.inputs.length !== 4 || total !== '135765' || gaps.length !== 0) process.exitCode = 1;
