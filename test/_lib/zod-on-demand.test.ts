// The Node ESM build resolves the sources' `import * as z from 'zod'` to zod-on-demand.ts
// (tsup.config.ts). These tests check that it offers every zod function the sources call, and run
// the public functions that build schemas with it in place of zod, on the library's real schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as onDemand from '../../src/_lib/zod-on-demand.js';
import { checkPlan, defineCriteriaSet, parsePlan } from '../../src/index.js';
import { consistentPlan, laiChau } from '../_support/plans.js';
import { thrown } from '../_support/thrown.js';

vi.mock('zod', () => import('../../src/_lib/zod-on-demand.js'));

/** The zod functions the sources call (`z.name(`), from their text. */
function zodCallsInSources(): string[] {
  const names = new Set<string>();
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const f of files) for (const m of readFileSync(join('src', f), 'utf8').matchAll(/\bz\.([A-Za-z_$][\w$]*)\s*\(/g)) names.add(m[1]!);
  return [...names].sort();
}

describe('zod on demand (the Node ESM build)', () => {
  it('offers every zod function the sources call, each giving what zod gives', () => {
    const zod = createRequire(import.meta.url)('zod') as Record<string, unknown>;
    const calls = zodCallsInSources();
    expect(calls).toEqual(expect.arrayContaining(['array', 'enum', 'lazy', 'null', 'strictObject', 'string']));
    for (const name of calls) {
      expect(typeof (onDemand as Record<string, unknown>)[name], name).toBe('function');
      expect(typeof zod[name], name).toBe('function');
    }
    expect(onDemand.loadZod()).toBe(zod); // zod's CommonJS build, loaded once
    const schema = onDemand.strictObject({ a: onDemand.number().int(), b: onDemand.enum(['x', 'y']).optional(), c: onDemand.null() });
    expect(schema).toBeInstanceOf(zod.ZodObject as new () => unknown);
    expect(schema.safeParse({ a: 1, b: 'x', c: null }).success).toBe(true);
    expect(schema.safeParse({ a: 1.5, c: null }).error?.issues[0]?.path).toEqual(['a']);
  });

  it('is the zod the library uses in this file', async () => {
    const used = await import('zod');
    expect(used.strictObject).toBe(onDemand.strictObject);
    expect(used.strictObject).not.toBe((createRequire(import.meta.url)('zod') as typeof onDemand).strictObject);
  });

  it('builds the plan schema: a valid plan is checked, a bad one is an NtmError naming the field', () => {
    const findings = checkPlan(laiChau()).map((f) => f.code);
    expect(findings).toHaveLength(12);
    expect(findings).toContain('funding-total-mismatch');
    const plan = consistentPlan();
    plan.communes = -3;
    const e = thrown(() => parsePlan(plan));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path)).toContainEqual(['communes']);
  });

  it('builds the criteria-set schema: a bad definition is an NtmError naming the field', () => {
    const e = thrown(() => defineCriteriaSet({ id: '' } as never));
    expect(e.code).toBe('invalid-definition');
    expect(e.issues.some((i) => i.path[0] === 'id')).toBe(true);
  });
});
