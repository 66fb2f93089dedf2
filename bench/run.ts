// `npm run bench`: the engine against the hand-coded floor and json-rules-engine,
// province evaluation, funding aggregation against a plain BigInt sum, peak memory
// (separate processes), `ntm evaluate --json` on generated spreadsheets of 10,000 and 340,000 rows,
// and cold import against zod alone; one summary table at the end, then the budget per call at
// the documented limits (bench/limits.ts).
// Bundled by tsup into .tmp/bench/run.js and run with node --expose-gc.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { defineThresholdOverlay, evaluateCommune, getCriteriaSet } from '../src/index.js';
import type { CriteriaSet, ThresholdOverlay } from '../src/index.js';
import { FICTITIOUS_OVERLAY_ID, fictitiousOverlayDefinition, generateCommunes, generateProvince, type GeneratedCommune } from '../test/_support/generate.js';
import { floorTables, handCoded, jsonRulesEngine, runJsonRulesEngine, type JreEncoding } from './peers.js';
import { fundingSection, type Row } from './funding.js';
import { tablesSection } from './tables.js';
import { limitsSection } from './limits.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SELF = fileURLToPath(import.meta.url);
const N_COMMUNES = 10_000;
// json-rules-engine is timed on the first 1,000 of the same communes: all 10,000 would take minutes
// (its JSONPath encoding, slower still, on the first 500).
const N_JRE = 1_000;
const N_JRE_PATH = 500;
// Fresh processes per cold-import measure (each pair: one importing zod, one the package).
const COLD_RUNS = 21;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Times two workloads in alternating rounds (after a warm-up of each), so that load on a
 * shared machine hits both alike; returns the median duration of each and the median of
 * the per-round ratios a/b.
 */
function timeInterleaved(rounds: number, a: () => void, b: () => void): { aMs: number; bMs: number; ratio: number } {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let k = 0; k < rounds; k++) {
    gc();
    let t0 = performance.now();
    a();
    const ta = performance.now() - t0;
    gc();
    t0 = performance.now();
    b();
    const tb = performance.now() - t0;
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { aMs: median(as), bMs: median(bs), ratio: median(ratios) };
}

/** Runs `fn` `rounds` times after one warm-up round; returns the median duration in ms. */
function timeRounds(rounds: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let k = 0; k < rounds; k++) {
    gc();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

interface Fixture {
  readonly set: CriteriaSet;
  readonly overlay: ThresholdOverlay;
  readonly communes: GeneratedCommune[];
}

function fixture(): Fixture {
  const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
  return { set, overlay: defineThresholdOverlay(fictitiousOverlayDefinition(set)), communes: generateCommunes(N_COMMUNES, set, 1) };
}

let sink = 0;

function runLibrary(f: Fixture, keep?: unknown[], evaluate: typeof evaluateCommune = evaluateCommune): void {
  const options = { overlays: [f.overlay] };
  for (const c of f.communes) {
    const r = evaluate(c, options);
    sink += r.criteriaMet;
    keep?.push(r);
  }
}

type Library = typeof import('../src/index.js');

/**
 * The package as a bundler ships it to users: dist/esm/ (one file per module) bundled and minified by
 * esbuild, then imported. Speed tricks that a minifier would undo show here (the engine's compiled
 * readers are made at run time, so a minifier cannot fold them).
 */
async function minifiedLibrary(): Promise<Library> {
  const { build } = await import('esbuild');
  const out = resolve(ROOT, '.tmp/bench/ntm-rules.min.mjs');
  await build({ entryPoints: [resolve(ROOT, 'dist/esm/index.js')], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent', external: ['exceljs', 'mammoth'] });
  return (await import(pathToFileURL(out).href)) as Library;
}

function runFloor(f: Fixture, tables: ReturnType<typeof floorTables>, keep?: unknown[]): void {
  for (const c of f.communes) {
    const r = handCoded(c, tables);
    sink += r.criteriaMet;
    keep?.push(r);
  }
}

async function runJre(f: Fixture, engine: ReturnType<typeof jsonRulesEngine>, communes: readonly GeneratedCommune[], keep?: unknown[], encoding: JreEncoding = 'flat'): Promise<void> {
  for (const c of communes) {
    const n = await runJsonRulesEngine(engine, c, encoding);
    sink += n;
    keep?.push(n);
  }
}

/**
 * json-rules-engine against the library on the same communes, in alternating rounds (the library's
 * time per round is the mean of 10 passes), so that load on a shared machine hits both alike: the
 * median json-rules-engine time and the median per-round ratio of the two.
 */
async function jreAgainstLibrary(f: Fixture, engine: ReturnType<typeof jsonRulesEngine>, communes: readonly GeneratedCommune[], encoding: JreEncoding): Promise<{ jreMs: number; ratio: number }> {
  const subset: Fixture = { ...f, communes: [...communes] };
  runLibrary(subset);
  await runJre(f, engine, communes.slice(0, 50), undefined, encoding);
  const times: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < 3; round++) {
    gc();
    let t0 = performance.now();
    for (let k = 0; k < 10; k++) runLibrary(subset);
    const lib = (performance.now() - t0) / 10;
    gc();
    t0 = performance.now();
    await runJre(f, engine, communes, undefined, encoding);
    const t = performance.now() - t0;
    times.push(t);
    ratios.push(t / lib);
  }
  return { jreMs: median(times), ratio: median(ratios) };
}

/** Child-process mode: evaluate all communes with one implementation, keep the results, report memory. */
async function memoryChild(impl: string): Promise<void> {
  const f = fixture();
  gc();
  const before = process.memoryUsage();
  const keep: unknown[] = [];
  if (impl === 'library') runLibrary(f, keep);
  else if (impl === 'floor') runFloor(f, floorTables(f.set), keep);
  else await runJre(f, jsonRulesEngine(f.set), f.communes.slice(0, N_JRE), keep);
  gc();
  const after = process.memoryUsage();
  process.stdout.write(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024, retainedMb: (after.heapUsed - before.heapUsed) / 2 ** 20, kept: keep.length }));
}

function memoryOf(impl: string): { peakRssMb: number; retainedMb: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', SELF, 'memory', impl], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as { peakRssMb: number; retainedMb: number };
}

/**
 * Cold import: fresh node processes, zod and the package in alternating pairs; the medians of
 * `runs` and the median of the per-pair ratios (which load drifting during the runs hits alike).
 */
function coldImport(runs: number): { zod: number; pkg: number; ratio: number; withSchema: number } {
  const pkgUrl = pathToFileURL(resolve(ROOT, 'dist/index.js')).href;
  const probe = (spec: string, then = '') =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); const m = await import(${JSON.stringify(spec)}); ${then} process.stdout.write(String(performance.now() - t));`], { cwd: ROOT, encoding: 'utf8' }));
  // The package loads zod when a schema is first built (src/_lib/zod-on-demand.ts): this measure
  // shows that cost, here of the first plan validated.
  const firstSchema = `m.parsePlan({ province: 'Lai Châu', year: 2024, communes: 94 });`;
  const zod: number[] = [];
  const pkg: number[] = [];
  const ratios: number[] = [];
  const withSchema: number[] = [];
  probe('zod');
  probe(pkgUrl);
  for (let k = 0; k < runs; k++) {
    const z = probe('zod');
    const p = probe(pkgUrl);
    zod.push(z);
    pkg.push(p);
    ratios.push(p / z);
    if (k % 3 === 0) withSchema.push(probe(pkgUrl, firstSchema));
  }
  return { zod: median(zod), pkg: median(pkg), ratio: median(ratios), withSchema: median(withSchema) };
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(): Promise<void> {
  if (process.argv[2] === 'memory') return memoryChild(process.argv[3]!);
  if (process.argv[2] === 'alloc') {
    // Bytes allocated per evaluation (run with --max-semi-space-size=256 so no collection happens in between).
    const f = fixture();
    runLibrary(f);
    const n = 1000;
    const tables = floorTables(f.set);
    const empty = f.communes.map((c) => ({ ...c, indicators: {} }));
    const bools = f.communes.map((c) => ({ ...c, indicators: Object.fromEntries(Object.entries(c.indicators).filter(([, v]) => typeof v === 'boolean')) }));
    const cases: [string, (c: GeneratedCommune, k: number) => unknown][] = [
      ['library', (c) => evaluateCommune(c, { overlays: [f.overlay] })],
      ['library, no overlay', (c) => evaluateCommune(c)],
      ['library, no values', (_c, k) => evaluateCommune(empty[k]!, { overlays: [f.overlay] })],
      ['library, booleans only', (_c, k) => evaluateCommune(bools[k]!, { overlays: [f.overlay] })],
      ['floor', (c) => handCoded(c, tables)],
    ];
    for (const [name, fn] of cases) {
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let k = 0; k < n; k++) sink += (fn(f.communes[k]!, k) as { criteriaMet: number }).criteriaMet;
      console.log(name, Math.round((process.memoryUsage().heapUsed - before) / n), 'bytes per commune');
    }
    return;
  }
  if (process.argv[2] === 'funding') return printTable(await fundingSection(timeRounds, gc));
  if (process.argv[2] === 'tables') return printTable(await tablesSection(ROOT, getCriteriaSet('commune', { asOf: '2024-06-30' }), process.argv[3] === 'small' ? [10_000] : undefined));
  if (process.argv[2] === 'limits') return printTable(await limitsSection(timeRounds), 'Budget per call at the documented limits');
  if (process.argv[2] === 'import') {
    const cold = coldImport(COLD_RUNS);
    return console.log(`zod ${fmt(cold.zod, 1)} ms, package ${fmt(cold.pkg, 1)} ms, ratio ${fmt(cold.ratio, 2)} (median of ${COLD_RUNS} pairs); with a first plan validated ${fmt(cold.withSchema, 1)} ms`);
  }
  const f = fixture();
  const tables = floorTables(f.set);
  const engine = jsonRulesEngine(f.set);
  console.log(`Inputs: ${fmt(f.communes.length)} generated communes (seed 1; mixed regions, years 2022-2025, ${f.communes.filter((c) => c.especiallyDifficult || c.safeZone).length} special communes), every indicator filled.`);
  console.log(`Thresholds: the commune set plus the overlay "${FICTITIOUS_OVERLAY_ID}": FICTITIOUS, BENCHMARK-ONLY values for every numeric indicator`);
  console.log('(most real numeric thresholds are not encoded), so all three implementations make the same comparisons. Not law.\n');

  // Agreement: the three implementations must count the same criteria met.
  const quick = process.argv[2] === 'quick';
  const jreCommunes = f.communes.slice(0, quick ? 10 : N_JRE);
  const jrePathCommunes = f.communes.slice(0, quick ? 10 : N_JRE_PATH);
  const enginePath = jsonRulesEngine(f.set, 'path');
  const jreCounts: number[] = [];
  const jrePathCounts: number[] = [];
  await runJre(f, engine, jreCommunes, jreCounts);
  await runJre(f, enginePath, jrePathCommunes, jrePathCounts, 'path');
  let disagreements = 0;
  let meetAll = 0;
  f.communes.forEach((c, k) => {
    const lib = evaluateCommune(c, { overlays: [f.overlay] }).criteriaMet;
    const floor = handCoded(c, tables).criteriaMet;
    if (lib !== floor || (k < jreCommunes.length && lib !== jreCounts[k]) || (k < jrePathCommunes.length && lib !== jrePathCounts[k])) disagreements++;
    if (lib === 19) meetAll++;
  });
  console.log(`Agreement on criteriaMet: library and floor on all ${fmt(f.communes.length)}, json-rules-engine on the first ${fmt(jreCommunes.length)} (JSONPath encoding: ${fmt(jrePathCommunes.length)}): ${disagreements === 0 ? 'all agree' : `${disagreements} disagreements`} (${meetAll} communes meet all 19).`);

  const { aMs: libMs, bMs: floorMs, ratio: slowdown } = timeInterleaved(9, () => runLibrary(f), () => runFloor(f, tables));
  // The same communes as JSON.parse gives them (as read from a file): objects V8 keeps in fast mode,
  // whose constant-key reads (the floor's) get much faster; the generator's key-by-key objects are
  // dictionary-mode objects.
  const parsed: Fixture = { ...f, communes: f.communes.map((c) => JSON.parse(JSON.stringify(c)) as GeneratedCommune) };
  const { aMs: libJsonMs, bMs: floorJsonMs, ratio: slowdownJson } = timeInterleaved(9, () => runLibrary(parsed), () => runFloor(parsed, tables));
  // The same two measures on the minified bundle (its own overlay: overlays are trusted per copy of the library).
  const min = await minifiedLibrary();
  const minFixture = (g: Fixture): Fixture => ({ ...g, overlay: min.defineThresholdOverlay(fictitiousOverlayDefinition(f.set)) });
  const minGen = minFixture(f);
  const minJson = minFixture(parsed);
  const { aMs: minMs, ratio: slowdownMin } = timeInterleaved(9, () => runLibrary(minGen, undefined, min.evaluateCommune), () => runFloor(f, tables));
  const { aMs: minJsonMs, ratio: slowdownMinJson } = timeInterleaved(9, () => runLibrary(minJson, undefined, min.evaluateCommune), () => runFloor(parsed, tables));
  if (process.argv[2] === 'quick') {
    console.log(`library ${fmt((f.communes.length / libMs) * 1000)} communes/s, floor ${fmt((f.communes.length / floorMs) * 1000)} communes/s, ratio ${fmt(slowdown, 2)}`);
    console.log(`JSON-parsed inputs: library ${fmt((f.communes.length / libJsonMs) * 1000)} communes/s, floor ${fmt((f.communes.length / floorJsonMs) * 1000)} communes/s, ratio ${fmt(slowdownJson, 2)}`);
    console.log(`minified bundle: ${fmt((f.communes.length / minMs) * 1000)} communes/s, ratio ${fmt(slowdownMin, 2)}; JSON-parsed ${fmt((f.communes.length / minJsonMs) * 1000)} communes/s, ratio ${fmt(slowdownMinJson, 2)}`);
    return;
  }
  const jre = await jreAgainstLibrary(f, engine, jreCommunes, 'flat');
  const jrePath = await jreAgainstLibrary(f, enginePath, jrePathCommunes, 'path');
  const jreMs = jre.jreMs;
  const jrePathRate = (jrePathCommunes.length / jrePath.jreMs) * 1000;
  const libRate = (f.communes.length / libMs) * 1000;
  const floorRate = (f.communes.length / floorMs) * 1000;
  const jreRate = (jreCommunes.length / jreMs) * 1000;

  const province = generateProvince(f.set);
  const provinceMs = timeRounds(50, () => {
    for (const c of province.communes) sink += evaluateCommune(c, { overlays: [f.overlay] }).criteriaMet;
  });

  const memLib = memoryOf('library');
  const memFloor = memoryOf('floor');
  const memJre = memoryOf('jre');

  const funding: Row[] = await fundingSection(timeRounds, gc);
  const spreadsheets: Row[] = await tablesSection(ROOT, f.set);

  const cold = coldImport(COLD_RUNS);

  const speedup = jre.ratio;
  const rows: Row[] = [
    { measure: 'evaluateCommune (validation + full explanation)', value: `${fmt(libRate)} communes/s`, ratio: `${fmt(slowdown, 2)}x the floor's time (median of 9 alternating rounds)`, goal: '≤ 5x', met: slowdown <= 5 },
    { measure: 'hand-coded comparisons (floor)', value: `${fmt(floorRate)} communes/s`, ratio: '1x', goal: '', met: undefined },
    { measure: 'evaluateCommune, the same communes through JSON.parse', value: `${fmt((f.communes.length / libJsonMs) * 1000)} communes/s`, ratio: `${fmt(slowdownJson, 2)}x the floor's time on them`, goal: '≤ 5x', met: slowdownJson <= 5 },
    { measure: 'hand-coded comparisons, the same through JSON.parse', value: `${fmt((f.communes.length / floorJsonMs) * 1000)} communes/s`, ratio: '1x', goal: '', met: undefined },
    { measure: 'evaluateCommune, minified bundle (esbuild of dist/esm)', value: `${fmt((f.communes.length / minMs) * 1000)} communes/s`, ratio: `${fmt(slowdownMin, 2)}x the floor's time`, goal: '≤ 5x', met: slowdownMin <= 5 },
    { measure: 'evaluateCommune, minified bundle, through JSON.parse', value: `${fmt((f.communes.length / minJsonMs) * 1000)} communes/s`, ratio: `${fmt(slowdownMinJson, 2)}x the floor's time on them`, goal: '≤ 5x', met: slowdownMinJson <= 5 },
    { measure: `json-rules-engine (133 rules, flat facts; first ${fmt(N_JRE)} communes)`, value: `${fmt(jreRate)} communes/s`, ratio: `library ${fmt(speedup)}x faster, same communes, 3 alternating rounds (floor ${fmt(floorRate / jreRate)}x)`, goal: '≥ 200x', met: speedup >= 200 },
    { measure: `json-rules-engine (133 rules, JSONPath; first ${fmt(N_JRE_PATH)} communes)`, value: `${fmt(jrePathRate)} communes/s`, ratio: `library ${fmt(jrePath.ratio)}x faster (floor ${fmt(floorRate / jrePathRate)}x)`, goal: '', met: undefined },
    { measure: `province of ${province.communes.length} communes (evaluateCommune)`, value: `${fmt(provinceMs, 2)} ms`, ratio: '', goal: '', met: undefined },
    { measure: 'peak RSS / retained heap, 10,000 results: library', value: `${fmt(memLib.peakRssMb)} MB / ${fmt(memLib.retainedMb, 1)} MB`, ratio: '', goal: '', met: undefined },
    { measure: 'peak RSS / retained heap, 10,000 results: floor', value: `${fmt(memFloor.peakRssMb)} MB / ${fmt(memFloor.retainedMb, 1)} MB`, ratio: '', goal: '', met: undefined },
    { measure: `peak RSS / retained heap, ${fmt(N_JRE)} results: json-rules-engine`, value: `${fmt(memJre.peakRssMb)} MB / ${fmt(memJre.retainedMb, 1)} MB`, ratio: '', goal: '', met: undefined },
    ...funding,
    ...spreadsheets,
    { measure: `cold import: zod alone (median of ${COLD_RUNS} fresh processes)`, value: `${fmt(cold.zod, 1)} ms`, ratio: '1x', goal: '', met: undefined },
    { measure: 'cold import: ntm-rules (dist/index.js)', value: `${fmt(cold.pkg, 1)} ms`, ratio: `${fmt(cold.ratio, 2)}x zod (median of pair ratios)`, goal: '≤ 1.3x', met: cold.ratio <= 1.3 },
    { measure: 'cold import, then a first plan validated (loads zod)', value: `${fmt(cold.withSchema, 1)} ms`, ratio: `${fmt(cold.withSchema / cold.zod, 2)}x zod`, goal: '', met: undefined },
  ];
  printTable(rows);
  printTable(await limitsSection(timeRounds), 'Budget per call at the documented limits');
  if (sink === -1) console.log(sink); // keeps the work observable
}

function printTable(rows: readonly Row[], title?: string): void {
  if (title) console.log(`\n${title}:`);
  const head = ['Measure', 'Value', 'Ratio', 'Goal', 'Met'];
  const cells = rows.map((r) => [r.measure, r.value, r.ratio, r.goal, r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((x, k) => x.padEnd(widths[k]!)).join(' | ')} |`;
  console.log('\n' + line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
}

await main();
