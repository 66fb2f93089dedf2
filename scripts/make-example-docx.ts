// Writes examples/lai-chau-2024/plan.docx: the Lai Châu 2024 plan text as a Word document, one paragraph
// per line, so `npm run demo -- --plan examples/lai-chau-2024/plan.docx` and `ntm check-plan …docx` have a
// document to read. Run: node scripts/run-ts.mjs scripts/make-example-docx.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { makeDocx } from '../test/_support/docx.js';

const text = readFileSync('examples/lai-chau-2024/plan.txt', 'utf8');
const bytes = await makeDocx(text.split('\n').map((line) => [line]));
writeFileSync('examples/lai-chau-2024/plan.docx', bytes);
console.log(`examples/lai-chau-2024/plan.docx: ${bytes.byteLength} bytes`);
