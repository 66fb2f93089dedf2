// npm run examples — runs every example script against the built package (run `npm run build` first).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

if (!existsSync('dist/index.js')) {
  console.error('examples: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const scripts = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name));
    else if (e.name.endsWith('.mjs')) scripts.push(join(dir, e.name));
  }
};
walk('examples');
let failed = 0;
for (const script of scripts.sort()) {
  process.stdout.write(`\n== node ${script}\n`);
  try {
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
  } catch {
    failed++;
    console.error(`examples: ${script} failed`);
  }
}
console.log(`\nexamples: ${scripts.length - failed}/${scripts.length} ran`);
process.exit(failed > 0 ? 1 : 0);
