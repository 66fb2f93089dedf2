import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { planSchema } from '../../src/plans/schema.js';

// schema/plan.schema.json is published with the package for non-TypeScript users.
// It is generated from the zod schema; `npm run schema:plan` rewrites it.
const file = fileURLToPath(new URL('../../schema/plan.schema.json', import.meta.url));

function generate(): string {
  const schema = z.toJSONSchema(planSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return `${JSON.stringify({ $schema, title: 'ntm-rules annual NTM plan', ...rest }, null, 2)}\n`;
}

describe('the published JSON Schema of the plan format', () => {
  it('equals the one generated from the zod schema', () => {
    const generated = generate();
    if (process.env.UPDATE_PLAN_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('rejects unknown keys and requires only province and year', () => {
    const s = JSON.parse(readFileSync(file, 'utf8')) as { required: string[]; additionalProperties: boolean };
    expect(s.required).toEqual(['province', 'year']);
    expect(s.additionalProperties).toBe(false);
  });
});
