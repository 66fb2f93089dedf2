// The reference runner in a second language (scripts/reference-runner/ntm_reference.py, Python
// standard library only) runs the conformance vectors from the published data alone: the test that
// docs/spec.md and dist/data are enough to implement the rules. Run where python3 exists.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../scripts/artifacts.js';

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;
const root = fileURLToPath(new URL('..', import.meta.url));

describe('reference runner (Python, from the published data only)', () => {
  it.skipIf(!hasPython)(`passes every vector it covers${hasPython ? '' : ' (skipped: python3 not found on this machine)'}`, () => {
    // The data as the build publishes it (dist/data), written fresh so a stale dist cannot hide a change.
    const dir = mkdtempSync(join(tmpdir(), 'ntm-reference-'));
    try {
      for (const [path, value] of buildArtifacts({ version: '0.0.0-reference' })) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), JSON.stringify(value));
      }
      const run = spawnSync('python3', [join(root, 'scripts/reference-runner/ntm_reference.py'), dir, join(root, 'conformance')], { encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as { passed: number; failed: { name: string; mismatches: string[] }[]; notCovered: Record<string, number> };
      expect(report.failed).toEqual([]);
      expect(run.status).toBe(0);
      // What it covers (results of evaluation, sets, groups, scoring, funding, targets) must not shrink silently.
      expect(report.passed).toBeGreaterThanOrEqual(490);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
