// A province defines its own village (thôn, bản) set as data, validated, and evaluates a village with it.
// The numbers below are EXAMPLE values for the format, not a real province's decision.
// Run after `npm run build`: node examples/define-village-set.mjs
import { defineCriteriaSet, evaluate } from '../dist/index.js';

const decision = { instrument: 'QĐ …/QĐ-UBND tỉnh A (example)' };
const set = defineCriteriaSet({
  id: 'village/tinh-a-2022',
  kind: 'village',
  province: 'Tỉnh A',
  title: { vi: 'Bộ tiêu chí thôn nông thôn mới tỉnh A (ví dụ)', en: 'Province A village criteria (example)' },
  legalBasis: [decision],
  period: { fromYear: 2022, toYear: 2025 },
  validFrom: '2022-06-01',
  columns: 'none',
  criteria: [
    {
      code: '1', name: { vi: 'Giao thông', en: 'Transport' }, nameStatus: 'confirmed', citation: { ...decision, item: '1' },
      indicators: [{
        code: '1.1', name: { vi: 'Tỷ lệ đường thôn được cứng hóa', en: 'Share of village roads hardened' }, nameStatus: 'confirmed',
        kind: 'min-percent', unit: 'percent', citation: { ...decision, item: '1.1' },
        thresholds: [{ columns: 'all', validFrom: '2022-06-01', rule: { kind: 'min-percent', min: 70 }, citation: { ...decision, item: '1.1' }, provenance: 'confirmed', note: 'example value' }],
      }],
    },
    {
      code: '2', name: { vi: 'Nhà văn hóa', en: 'Cultural house' }, nameStatus: 'confirmed', citation: { ...decision, item: '2' },
      indicators: [{
        code: '2.1', name: { vi: 'Thôn có nhà văn hóa', en: 'The village has a cultural house' }, nameStatus: 'confirmed',
        kind: 'boolean', unit: 'boolean', citation: { ...decision, item: '2.1' },
        thresholds: [{ columns: 'all', validFrom: '2022-06-01', rule: { kind: 'boolean' }, citation: { ...decision, item: '2.1' }, provenance: 'confirmed' }],
      }],
    },
  ],
});

const r = evaluate(set, { name: 'Bản Nà', year: 2024, indicators: { '1.1': 65, '2.1': true } });
console.log(`${r.name}: ${r.status} (${r.criteriaMet}/${r.criteriaTotal})`);
for (const c of r.criteria) for (const i of c.indicators) {
  console.log(`  ${i.code} ${i.name.vi}: ${i.outcome}${i.shortfall !== undefined ? ` (thiếu ${i.shortfall})` : ''} — ${i.threshold?.text.vi} [${i.threshold?.citation.instrument}]`);
}

// Bad definitions are rejected with the path of each problem.
try {
  defineCriteriaSet({ ...set, id: 'village/broken', criteria: [{ ...set.criteria[0], indicators: [{ ...set.criteria[0].indicators[0], kind: 'percent' }] }] });
} catch (error) {
  console.log(`Rejected: ${error.code} at ${error.issues.map((i) => i.path.join('.')).join(', ')}`);
}
