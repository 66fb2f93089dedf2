import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../scripts/artifacts.js';

// The plan's JSON Schema is generated at build time from the zod schema (dist/schemas/plan.json,
// published as ntm-rules/schemas/plan.json); no copy is kept by hand.
const schema = buildArtifacts({ version: '0.0.0-test' }).get('schemas/plan.json') as { required: string[]; additionalProperties: boolean };

describe('the published JSON Schema of the plan format', () => {
  it('rejects unknown keys and requires only province and year', () => {
    expect(schema.required).toEqual(['province', 'year']);
    expect(schema.additionalProperties).toBe(false);
  });
});
