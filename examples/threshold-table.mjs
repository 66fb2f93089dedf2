// Reads the example threshold table (examples/data/bang-nguong-VI-DU-khong-phai-quy-dinh.xlsx: EXAMPLE
// values, not law) as a cited overlay and evaluates a commune with it: the thresholds the package
// lacks come from the table, and the result cites it. Run: npm run build && node examples/threshold-table.mjs
import { readFile } from 'node:fs/promises';
import { evaluateCommune, readOverlayTable } from '../dist/index.js';

const bytes = await readFile(new URL('./data/bang-nguong-VI-DU-khong-phai-quy-dinh.xlsx', import.meta.url));
const overlay = await readOverlayTable(bytes, { setKind: 'commune' });
console.log(`${overlay.title}\n  ${overlay.citation.instrument} (${overlay.provenance}); ${Object.keys(overlay.thresholds).length} chỉ tiêu: ${Object.keys(overlay.thresholds).join(', ')}`);

const r = evaluateCommune({ name: 'Xã A (ví dụ)', region: 'TDMNPB', year: 2024, indicators: { '2.1': 72, '10': 38, '15.3': 21 } }, { overlays: [overlay] });
for (const code of ['2.1', '10', '15.3']) {
  const i = r.criteria.flatMap((c) => c.indicators).find((x) => x.code === code);
  console.log(`  ${code}: ${i.outcome}; ngưỡng ${i.threshold.text.vi} (nguồn: ${i.threshold.source}, ${i.threshold.citation.instrument})`);
}
if (r.overlays.length !== 1 || r.overlays[0].id !== 'vi-du-khong-phai-quy-dinh') process.exitCode = 1;
