// Evaluate one commune against the national commune set and print why each criterion stands where it does.
// Run after `npm run build`: node examples/evaluate-commune.mjs
import { evaluateCommune } from '../dist/index.js';

const result = evaluateCommune({
  name: 'Xã ví dụ (example commune)',
  region: 'DBSCL',
  especiallyDifficult: true, // assessed against the TDMNPB column
  year: 2024,
  indicators: {
    '1.1': true,
    '1.2': true,
    '5': { schools: 4, atMinimumStandard: 4, atLevel1: 2 },
    '9.1': 0,
    '14.1': { grade1EntryPercent: 99, preschool5Universal: true, primaryLevel: 2, lowerSecondaryLevel: 2, literacyLevel: 2 },
    '2.1': 85,
  },
});

console.log(`${result.name} — ${result.set.title.vi} (${result.set.id}), năm ${result.year}`);
console.log(`Vùng áp dụng: ${result.effectiveRegion}${result.effectiveRegionReason ? ` (${result.effectiveRegionReason.vi})` : ''}`);
console.log(`Kết quả: ${result.status}; đạt ${result.criteriaMet}/${result.criteriaTotal}, chưa đạt ${result.criteriaNotMet}, chưa xác định ${result.criteriaUnknown}`);
for (const c of result.criteria) {
  console.log(`  ${c.code.padStart(2)} ${c.name.vi}: ${c.outcome}`);
  for (const i of c.indicators) {
    if (i.outcome === 'met' && i.kind === 'boolean') continue;
    const t = i.threshold ? `ngưỡng ${i.threshold.text.vi} [${i.threshold.provenance}]` : 'chưa có ngưỡng';
    const why = i.reason ? ` — ${i.reason.message.vi}` : i.failed ? ` — chưa đạt: ${i.failed.map((f) => f.vi).join('; ')}` : '';
    console.log(`       ${i.code}: ${i.outcome} (giá trị ${JSON.stringify(i.value)}; ${t})${why}`);
  }
}
console.log(`Nguồn ngưỡng: ${JSON.stringify(result.provenance)}`);
