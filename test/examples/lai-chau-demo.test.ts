// The demo script as users run it, against the library bundled from the sources (no build needed).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.tmp/demo-e2e');
const demo = join(root, 'examples', 'lai-chau-2024', 'demo.mjs');
const plan = join(root, 'plan.json');

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'examples', 'lai-chau-2024'), { recursive: true });
  await build({ entryPoints: ['src/index.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: join(root, 'dist', 'index.js'), packages: 'external', logLevel: 'silent' });
  copyFileSync('examples/lai-chau-2024/demo.mjs', demo);
  copyFileSync('examples/lai-chau-2024/plan.json', plan);
  copyFileSync('examples/lai-chau-2024/plan.json', join(root, 'examples', 'lai-chau-2024', 'plan.json'));
});

const run = (...args: string[]) => spawnSync(process.execPath, [demo, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, INIT_CWD: root } });

describe('examples/lai-chau-2024/demo.mjs', () => {
  it('never writes the report over the plan it reads (was overwritten with HTML), nor over a link to it', () => {
    const before = readFileSync(plan, 'utf8');
    const r = run('--plan', 'plan.json', '--html', 'plan.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is the plan file itself');
    symlinkSync('plan.json', join(root, 'link.json'));
    expect(run('--plan', 'plan.json', '--html', 'link.json').status).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });

  it('an unwritable --html path ends in one clear message, not a stack trace', () => {
    for (const [target, code] of [[join(root, 'missing-dir', 'r.html'), 'ENOENT'], [root, 'EISDIR']] as const) {
      const r = run('--html', target);
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(`Không ghi được báo cáo HTML vào ${target}: ${code}`);
    }
  });

  it('writes the report where asked', () => {
    const r = run('--lang', 'en', '--html', 'report.html');
    expect(r.status).toBe(0);
    expect(readFileSync(join(root, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});
