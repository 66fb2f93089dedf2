// Add up the Lai Châu 2024 plan's funding table exactly and check it against the totals it declares.
// Run after `npm run build`: node examples/aggregate-funding.mjs
import { aggregateFunding, formatAmount, FUNDING_SOURCES, reconcileFunding } from '../dist/index.js';
import { readFileSync } from 'node:fs';

const plan = JSON.parse(readFileSync(new URL('./data/lai-chau-2024-funding.json', import.meta.url), 'utf8'));
const a = aggregateFunding(plan.lines, { unit: plan.unit });
for (const [id, node] of Object.entries(a.bySource)) {
  console.log(`${id.padEnd(30)} ${FUNDING_SOURCES[id].label.vi.padEnd(50)} ${formatAmount(node.amount, { lang: 'vi' }).padStart(12)} triệu đồng`);
}
console.log(`Tổng các nguồn: ${formatAmount(a.total, { lang: 'vi', unit: 'million-vnd' })}`);

const discrepancies = reconcileFunding({ lines: plan.lines, declared: plan.declared, unit: plan.unit });
for (const d of discrepancies) {
  console.log(`Không khớp (${d.source}): ghi ${formatAmount(d.declared, { lang: 'vi' })}, tính được ${formatAmount(d.computed, { lang: 'vi' })}, chênh ${formatAmount(d.difference, { lang: 'vi' })}`);
}
