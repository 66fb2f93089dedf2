// End to end: the bin entry bundled as the build does (library kept in one file here), spawned with Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = resolve('.tmp/cli-e2e');
const cli = join(dir, 'cli.mjs');

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await build({ entryPoints: ['src/cli/bin.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, packages: 'external', logLevel: 'silent' });
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ name: 'Xã E2E', region: 'BTB', year: 2023, indicators: { '1.1': true } }));
});

const ntm = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });

describe('ntm (spawned)', () => {
  it('evaluates a file and exits 0', () => {
    const r = ntm('evaluate', 'c.json', '--json');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { name: string; status: string }).name).toBe('Xã E2E');
  });

  it('exits 2 on bad usage with the message on stderr', () => {
    const r = ntm('evaluate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('evaluate: thiếu tên tệp');
  });

  it('exits 1 on invalid data', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ region: 'BTB', year: 2023, indicators: { '1.1': 'yes' } }));
    const r = ntm('evaluate', 'bad.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.json, chỉ tiêu 1.1: cần true (đạt) hoặc false (chưa đạt), đang ghi "yes"');
  });
});
