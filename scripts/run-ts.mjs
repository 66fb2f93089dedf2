// Runs a TypeScript script from the repository: bundles it with esbuild (tsup's own dependency) into
// .tmp/ and executes it with Node 20, which cannot run TypeScript. Usage: node scripts/run-ts.mjs scripts/x.ts [args]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args]');
  process.exit(2);
}
mkdirSync('.tmp', { recursive: true });
const outfile = resolve('.tmp', basename(entry).replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, packages: 'external', logLevel: 'warning' });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
