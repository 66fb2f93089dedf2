import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_FINDING_CODES } from '../../src/plans/finding.js';

describe('PLAN_FINDING_CODES', () => {
  const dir = new URL('../../src/plans/checks/', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');

  it('lists each code some check gives, once', () => {
    expect(new Set(PLAN_FINDING_CODES).size).toBe(PLAN_FINDING_CODES.length);
    for (const code of PLAN_FINDING_CODES) expect(sources.includes(`'${code}'`), code).toBe(true);
  });

});
