// Writes dist/data/*.json and dist/schemas/*.json from the TypeScript sources. Run by `npm run build`
// after tsup (bundled on the fly with esbuild: Node 20 cannot run TypeScript itself).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildArtifacts } from './artifacts.js';

const root = process.cwd();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const files = buildArtifacts({ version });
for (const [path, value] of files) {
  const out = join(root, 'dist', path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(value, null, 2) + '\n');
}
console.log(`build-data: wrote ${files.size} files to dist/data and dist/schemas`);
