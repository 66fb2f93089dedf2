// `ntm evaluate <file.csv> --json` on generated spreadsheets: rows per second, peak memory (the
// CLI in a child process, as users run it), and bytes of output per commune. The CSV is written
// as a Vietnamese office saves it: semicolons, decimal commas, Vietnamese headers, a title row.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CriteriaSet } from '../src/index.js';
import type { Row } from './funding.js';
import { fictitiousOverlayDefinition, generateCommune, indicatorsOf, rng, type GeneratedCommune as CommuneInput } from '../test/_support/generate.js';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** The CSV columns of a set: fixed columns, then one per indicator or compound field. */
function columnsOf(set: CriteriaSet): { header: string; get: (c: CommuneInput) => unknown }[] {
  const cols: { header: string; get: (c: CommuneInput) => unknown }[] = [
    { header: 'STT', get: (c) => (c as { stt?: number }).stt },
    { header: 'tên xã', get: (c) => c.name },
    { header: 'huyện', get: (c) => `Huyện ${Math.floor(((c as { stt?: number }).stt ?? 0) / 20)}` },
    { header: 'vùng', get: (c) => c.region },
    { header: 'năm', get: (c) => c.year },
    { header: 'xã đặc biệt khó khăn', get: (c) => c.especiallyDifficult },
    { header: 'xã an toàn khu', get: (c) => c.safeZone },
  ];
  for (const ind of indicatorsOf(set)) {
    if (ind.kind === 'compound') for (const f of ind.fields ?? []) cols.push({ header: `${ind.code}.${f.key}`, get: (c) => (c.indicators[ind.code] as Record<string, unknown> | undefined)?.[f.key] });
    else cols.push({ header: ind.code, get: (c) => c.indicators[ind.code] });
  }
  return cols;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (v === true) return 'đạt';
  if (v === false) return 'chưa đạt';
  if (v === 'not-applicable') return 'không áp dụng';
  if (typeof v === 'number') return String(v).replace('.', ',');
  return String(v);
}

/** Writes `n` generated communes as a semicolon CSV; returns its size in bytes. */
export function writeCommunesCsv(path: string, n: number, set: CriteriaSet, seed = 11): number {
  const cols = columnsOf(set);
  const fd = openSync(path, 'w');
  writeSync(fd, `KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM (số liệu sinh ngẫu nhiên để đo tốc độ)\r\n${cols.map((c) => c.header).join(';')}\r\n`);
  const r = rng(seed);
  let batch: string[] = [];
  for (let k = 0; k < n; k++) {
    // Numbered names: the generator's names repeat, and a real file has each commune once.
    const g = generateCommune(r, set);
    const c = { ...g, name: `${g.name} ${k + 1}`, stt: k + 1 } as CommuneInput;
    batch.push(cols.map((col) => cell(col.get(c))).join(';'));
    if (batch.length === 2000) {
      writeSync(fd, batch.join('\r\n') + '\r\n');
      batch = [];
    }
  }
  if (batch.length > 0) writeSync(fd, batch.join('\r\n') + '\r\n');
  closeSync(fd);
  return statSync(path).size;
}

interface Run {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly outBytes: number;
  readonly code: number;
}

/** Runs the built CLI on a file in a child process; counts its output bytes without keeping them. */
function runCli(root: string, args: readonly string[]): Promise<Run> {
  const wrapper = resolve(root, '.tmp/bench/measured-cli.mjs');
  writeFileSync(
    wrapper,
    `process.on('exit', () => process.stderr.write('\\nMEASURE ' + JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n'));\n` +
      `process.argv = [process.argv[0], ${JSON.stringify(resolve(root, 'dist/cli.js'))}, ...process.argv.slice(2)];\n` +
      `await import(${JSON.stringify(resolve(root, 'dist/cli.js'))});\n`,
  );
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [wrapper, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let err = '';
    child.stdout.on('data', (b: Buffer) => (outBytes += b.length));
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      if (err.length > 100_000) err = err.slice(-10_000);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const m = /MEASURE (\{.*\})/.exec(err);
      if (!m) return fail(new Error(`no measure from the CLI (exit ${code}): ${err.slice(-2000)}`));
      done({ seconds: (performance.now() - t0) / 1000, peakRssMb: (JSON.parse(m[1]!) as { peakRssMb: number }).peakRssMb, outBytes, code: code ?? -1 });
    });
  });
}

/** The rows of the summary table for spreadsheets at national scale. */
export async function tablesSection(root: string, set: CriteriaSet, sizes: readonly number[] = [10_000, 340_000]): Promise<Row[]> {
  const dir = resolve(root, '.tmp/bench');
  mkdirSync(dir, { recursive: true });
  const overlay = resolve(dir, 'overlay.json');
  writeFileSync(overlay, JSON.stringify(fictitiousOverlayDefinition(set)));
  const rows: Row[] = [];
  for (const n of sizes) {
    const file = resolve(dir, `communes-${n}.csv`);
    const size = writeCommunesCsv(file, n, set);
    const details: ('full' | 'compact')[] = n <= 20_000 ? ['full', 'compact'] : ['compact'];
    for (const detail of details) {
      const r = await runCli(root, ['evaluate', file, '--json', '--detail', detail, '--overlay', overlay]);
      if (r.code !== 0) throw new Error(`ntm evaluate exited ${r.code} on ${file}`);
      const perCommune = r.outBytes / n;
      rows.push({
        measure: `ntm evaluate --json --detail ${detail}: ${fmt(n)} rows (CSV ${fmt(size / 2 ** 20, 1)} MB)`,
        value: `${fmt(n / r.seconds)} rows/s, peak RSS ${fmt(r.peakRssMb)} MB`,
        ratio: `${fmt(perCommune / 1024, 1)} KB of JSON per commune (${fmt(r.outBytes / 2 ** 30, 2)} GB), ${fmt(r.seconds, 1)} s`,
        goal: detail === 'compact' ? (n > 20_000 ? 'bounded memory; < 6 KB/commune' : '< 6 KB/commune') : '< 700 MB peak',
        met: detail === 'compact' ? perCommune < 6 * 1024 && r.peakRssMb < 700 : r.peakRssMb < 700,
      });
    }
  }
  return rows;
}
