// The reference runner in a second language (scripts/reference-runner/ntm_reference.py, Python
// standard library only) runs the conformance vectors from the published data alone: the test that
// docs/spec.md and dist/data are enough to implement the rules. Run where python3 exists.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../scripts/artifacts.js';

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The number of vectors in conformance/*.json (read, not hard-coded, so that new vectors are required too). */
function vectorCount(): number {
  const dir = join(root, 'conformance');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .reduce((n, f) => n + (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cases: unknown[] }).cases.length, 0);
}

describe('reference runner (Python, from the published data only)', () => {
  it.skipIf(!hasPython)(`passes every conformance vector${hasPython ? '' : ' (skipped: python3 not found on this machine)'}`, () => {
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
      // Every vector, results and errors alike: a vector the runner does not cover is a gap in the spec or the runner.
      expect(report.notCovered).toEqual({});
      expect(report.passed).toBe(vectorCount());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
