// A 2026 plan (10 criteria, QĐ 51/2025/QĐ-TTg) checked, its communes measured against the national 2026
// target, and its funding read under the 2026-2035 taxonomy. The province and every figure are made up
// (examples/data/plan-2026-example.json). Run after `npm run build`:
//   node examples/plan-2026.mjs
import { readFileSync } from 'node:fs';
import { aggregateFunding, checkPlan, defineBucketScheme, parsePlan, targetCommuneCount } from '../dist/index.js';

const plan = parsePlan(readFileSync(new URL('./data/plan-2026-example.json', import.meta.url), 'utf8'));

// No national bucket scheme exists for 10 criteria: without one, the buckets are reported unchecked.
for (const f of checkPlan(plan)) console.log(`[${f.severity}] ${f.code}: ${f.message.vi}`);
// The plan's own grouping (user data, not an official scheme):
const scheme = defineBucketScheme({
  id: 'vi-du-10', title: { vi: 'Phân nhóm của kế hoạch (ví dụ)', en: "The plan's grouping (example)" }, criteriaTotal: 10,
  buckets: [
    { id: '10', min: 10, max: 10, label: { vi: 'Đạt 10 tiêu chí', en: '10 criteria' } },
    { id: '7-9', min: 7, max: 9, label: { vi: 'Đạt từ 7-9 tiêu chí', en: '7-9 criteria' } },
    { id: '0-6', min: 0, max: 6, label: { vi: 'Dưới 7 tiêu chí', en: 'Under 7 criteria' } },
  ],
});
console.log(`Với cách phân nhóm của kế hoạch: ${checkPlan(plan, { scheme }).length} phát hiện`);

// The national 2026 target, "khoảng 15%" of communes (secondary), for this province's communes.
const t = targetCommuneCount('ntm-communes-2026', plan.communes);
console.log(`Mục tiêu quốc gia 2026 (khoảng ${t.percent}%): ${t.exact} → ${t.count} xã; kế hoạch: ${plan.target.meetingStandard.total} xã`);

// Funding by component under the 2026-2035 taxonomy (the plan's top-level lines).
const a = aggregateFunding(plan.funding.lines.map((l) => ({ source: l.source, amount: l.amount, ...(l.component ? { component: l.component } : {}) })), { taxonomy: '2026-2035' });
console.log(`Tổng ${a.total} triệu đồng; hợp phần 1: ${a.byComponent['new-rural-poverty'].amount}; hợp phần 2: ${a.byComponent['ethnic-minority-mountainous'].amount}; không gắn hợp phần: ${a.withoutComponent.amount}`);
