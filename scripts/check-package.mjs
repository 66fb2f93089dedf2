// npm run check:package — the package as users receive it:
// 1. npm pack (its prepack script builds dist/ from the sources first); 2. publint on the tarball
//    (strict: warnings fail); 3. attw on the tarball;
// 4. a smoke test: install the tarball in a temporary project as a user would, its dependencies from
//    the registry (npm's cache is used when it holds them, never required: a fresh machine has an
//    empty one), and use it from ESM, from CommonJS, its JSON exports and its `ntm` bin;
// 5. sizes: packed size, and min+gzip size of a bundle importing only evaluateCommune (tree-shaking),
//    with a check that funding code is not in it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve('.');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
const step = (title) => console.log(`\n== ${title}`);
let failed = false;
const fail = (message) => {
  console.error(`FAIL: ${message}`);
  failed = true;
};

step('npm pack');
const packDir = join(root, '.tmp', 'pack');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
// The prepack build prints to stdout too: the JSON report is the part from the first "[" line.
const packOut = sh('npm', ['pack', '--json', '--pack-destination', packDir]);
const [packed] = JSON.parse(packOut.slice(packOut.search(/^\[/m)));
const tarball = join(packDir, packed.filename);
console.log(`${packed.filename}: ${packed.entryCount} files, packed ${(packed.size / 1024).toFixed(1)} kB, unpacked ${(packed.unpackedSize / 1024).toFixed(1)} kB`);
const LAYER_FILES = ['funding', 'plans', 'scoring', 'sources'].flatMap((l) => [`dist/${l}.js`, `dist/${l}.cjs`, `dist/${l}.d.ts`, `dist/${l}.d.cts`, `dist/esm/${l}/index.js`]);
for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/schemas/commune-input.json', 'dist/data/sets.json', ...LAYER_FILES]) {
  if (!packed.files.some((f) => f.path === required)) fail(`${required} is not in the tarball (the prepack build did not produce it)`);
}
if (!packed.files.some((f) => f.path.startsWith('conformance/'))) fail('conformance/ is not in the tarball');

step('publint (strict)');
try {
  console.log(sh(bin('publint'), ['run', tarball, '--strict']).trim());
} catch (e) {
  fail(`publint reported problems:\n${e.stdout}${e.stderr}`);
}

step('attw');
try {
  console.log(sh(bin('attw'), [tarball, '--format', 'table-flipped', '--no-emoji', '--no-color']).trim());
} catch (e) {
  fail(`attw reported problems:\n${e.stdout}${e.stderr}`);
}

step('smoke test: install the tarball in a temporary project');
const project = mkdtempSync(join(tmpdir(), 'ntm-smoke-'));
try {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'ntm-smoke', version: '1.0.0', private: true }));
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: project });
  const esm = `import { evaluateCommune, getCriteriaSet } from 'ntm-rules';
const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '1.2': true } });
if (r.criteria[0].outcome !== 'met' || getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria.length !== 19) throw new Error('ESM import gave wrong results');
console.log('ESM import ok:', r.set.id, r.status);
// zod loads on the first schema (src/_lib/zod-on-demand.ts), not at import and not for valid input.
const { createRequire } = await import('node:module');
const zodLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((f) => /[\\/]node_modules[\\/]zod[\\/]/.test(f));
if (zodLoaded()) throw new Error('importing ntm-rules loaded zod');
const { parsePlan } = await import('ntm-rules');
let code;
try { parsePlan({ province: 'Lai Châu', year: 2024, communes: -1 }); } catch (e) { code = e.code + ' ' + JSON.stringify(e.issues.map((i) => i.path)); }
if (!zodLoaded() || !code?.startsWith('invalid-input') || !code.includes('["communes"]')) throw new Error('zod on demand: ' + code);
console.log('zod on demand ok: not loaded by import or by evaluateCommune; parsePlan loaded it and said', code);`;
  console.log(sh(process.execPath, ['--input-type=module', '-e', esm], { cwd: project }).trim());
  // The layers alone (ntm-rules/funding, /plans, /scoring, /sources): the same functions as the root's, one copy of the library.
  const layersEsm = `import * as root from 'ntm-rules';
import { aggregateFunding } from 'ntm-rules/funding';
import { checkPlan } from 'ntm-rules/plans';
import { summarizeCommunes } from 'ntm-rules/scoring';
import { readCommuneTable } from 'ntm-rules/sources';
if (aggregateFunding !== root.aggregateFunding || checkPlan !== root.checkPlan || summarizeCommunes !== root.summarizeCommunes || readCommuneTable !== root.readCommuneTable) throw new Error('ESM layers are not the root functions');
console.log('ESM layers ok: ntm-rules/funding, /plans, /scoring, /sources');`;
  console.log(sh(process.execPath, ['--input-type=module', '-e', layersEsm], { cwd: project }).trim());
  const layersCjs = `const root = require('ntm-rules');
const { aggregateFunding } = require('ntm-rules/funding');
const { checkPlan } = require('ntm-rules/plans');
if (aggregateFunding !== root.aggregateFunding || checkPlan !== root.checkPlan || require('ntm-rules/scoring').NtmError !== root.NtmError) throw new Error('CJS layers are not the root functions');
console.log('CJS layers ok');`;
  console.log(sh(process.execPath, ['-e', layersCjs], { cwd: project }).trim());
  const cjs = `const { evaluateCommune, NtmError } = require('ntm-rules');
const r = evaluateCommune({ region: 'DBSH', year: 2023, indicators: { '9.1': 1 } });
if (r.status !== 'not-met' || typeof NtmError !== 'function') throw new Error('CJS require gave wrong results');
const schema = require('ntm-rules/schemas/commune-input.json');
const sets = require('ntm-rules/data/sets.json');
if (!schema.$schema.includes('2020-12') || sets.sets.length === 0) throw new Error('JSON exports missing');
console.log('CJS require ok:', r.set.id, r.status, '| schemas and data reachable through exports');`;
  console.log(sh(process.execPath, ['-e', cjs], { cwd: project }).trim());
  // A plan document through the installed package: mammoth is loaded on first use, from ESM and from CommonJS.
  const docx = join(root, 'examples', 'lai-chau-2024', 'plan.docx');
  const plans = `const { readFileSync } = require('node:fs');
const { readDocxText, extractPlan, checkPlan } = require('ntm-rules');
readDocxText(readFileSync(${JSON.stringify(docx)})).then((text) => {
  const x = extractPlan(text);
  if (x.plan.communes !== 94 || checkPlan(x.plan).length !== 12) throw new Error('extractPlan on the Word copy gave wrong results');
  console.log('plan document ok (CJS): ' + x.evidence.length + ' figures read from the .docx, ' + checkPlan(x.plan).length + ' findings');
});`;
  console.log(sh(process.execPath, ['-e', plans], { cwd: project }).trim());
  const plansEsm = `import { readFileSync } from 'node:fs';
import { readDocxText, extractPlan } from 'ntm-rules';
const x = extractPlan(await readDocxText(readFileSync(${JSON.stringify(docx)})));
if (x.plan.province !== 'Lai Châu') throw new Error('extractPlan (ESM) gave wrong results');
console.log('plan document ok (ESM)');`;
  console.log(sh(process.execPath, ['--input-type=module', '-e', plansEsm], { cwd: project }).trim());
  const help = sh(join(project, 'node_modules', '.bin', 'ntm'), ['--help', '--lang', 'en'], { cwd: project });
  if (!help.includes('ntm evaluate')) fail('the installed ntm bin does not print its help');
  else console.log('bin ok: ntm --help prints', help.split('\n').length, 'lines');
} catch (e) {
  fail(`smoke test: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
} finally {
  rmSync(project, { recursive: true, force: true });
}

step('size');
const entry = join(root, '.tmp', 'size-entry.mjs');
// What bundlers get: the "module" export condition, dist/esm/ (one ESM file per module).
writeFileSync(entry, `import { evaluateCommune } from '../dist/esm/index.js';\nconsole.log(evaluateCommune);\n`);
const result = await build({ entryPoints: [entry], bundle: true, minify: true, treeShaking: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent' });
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`bundle importing only evaluateCommune: ${(code.length / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB min+gzip`);
const out = Object.values(result.metafile.outputs)[0];
const byPackage = {};
for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
  if (bytesInOutput === 0) continue;
  const pkg = input.includes('node_modules/') ? input.split('node_modules/')[1].split('/')[0] : 'ntm-rules';
  byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
}
console.log(`  by package (minified bytes): ${Object.entries(byPackage).map(([p, b]) => `${p} ${(b / 1024).toFixed(1)} kB`).join(', ')}`);
if (byPackage['decimal.js'] || byPackage['csv-parse'] || byPackage['exceljs'] || byPackage['mammoth'] || byPackage['jszip']) fail('decimal.js, csv-parse, exceljs or mammoth is in the evaluateCommune bundle: tree-shaking failed');
// Which of the library's own modules survive (dist/esm/ holds one ESM file per module).
const kept = Object.entries(out.inputs).filter(([i, v]) => i.startsWith('dist/esm/') && v.bytesInOutput > 0).map(([i]) => i);
const shakenOut = Object.keys(result.metafile.inputs).filter((i) => i.startsWith('dist/esm/') && !kept.includes(i));
const leaked = kept.filter((i) => /^dist\/esm\/(funding|plans|scoring|sources|cli)/.test(i));
if (leaked.length > 0) fail(`funding/plans/scoring/sources/CLI modules in the evaluateCommune bundle: ${leaked.join(', ')}`);
else console.log(`  funding code absent: ${kept.length} library modules kept, none under funding/, plans/, scoring/, sources/ or cli; ${shakenOut.length} dropped, among them ${shakenOut.filter((i) => /funding|plans/.test(i)).length} funding/plans modules`);
writeFileSync(join(root, '.tmp', 'size.json'), JSON.stringify({ packedBytes: packed.size, unpackedBytes: packed.unpackedSize, evaluateCommuneMinBytes: code.length, evaluateCommuneMinGzipBytes: gz }, null, 2));

if (failed) {
  console.error('\ncheck:package FAILED');
  process.exit(1);
}
console.log('\ncheck:package: no problems');
