import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../scripts/artifacts.js';
import { ruleSchemas } from '../../src/engine/schemas.js';
import { listCriteriaSets } from '../../src/index.js';

const files = buildArtifacts({ version: '0.0.0-test' });

describe('rules as data (dist/data, dist/schemas)', () => {
  it('holds every criteria-set version, each valid against the criteria-set schema', () => {
    const sets = listCriteriaSets();
    expect(sets.length).toBeGreaterThan(0);
    const index = files.get('data/sets.json') as { sets: { id: string; file: string }[] };
    expect(index.sets.map((s) => s.id)).toEqual(sets.map((s) => s.id));
    for (const entry of index.sets) {
      const data = files.get(`data/${entry.file}`);
      expect(data, entry.file).toBeDefined();
      const parsed = ruleSchemas().criteriaSet.safeParse(JSON.parse(JSON.stringify(data)));
      expect(parsed.success, `${entry.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('keeps thresholds, citations and provenance in the data', () => {
    const set = files.get('data/sets/commune--qd318-2022.json') as { criteria: { indicators: { code: string; thresholds: { citation: { instrument: string }; provenance: string; rule: { kind: string } }[] }[] }[] };
    const edu = set.criteria.flatMap((c) => c.indicators).find((i) => i.code === '14.1')!;
    expect(edu.thresholds[0]!.citation.instrument).toBe('QD-318-2022');
    expect(edu.thresholds[0]!.provenance).toBe('secondary');
    expect(JSON.stringify(edu.thresholds[0]!.rule)).toContain('"const":98');
  });

  it('ships bucket schemes', () => {
    const schemes = files.get('data/bucket-schemes.json') as { schemes: { id: string; buckets: { min: number; max: number }[] }[] };
    expect(schemes.schemes.map((s) => s.id)).toContain('national-19');
  });

  it('has a draft 2020-12 JSON Schema for every public input', () => {
    for (const name of ['commune-input', 'district-input', 'criteria-set', 'overlay', 'funding-lines', 'funding-reconcile', 'plan']) {
      const s = files.get(`schemas/${name}.json`) as { $schema: string; title: string; type: string };
      expect(s, name).toBeDefined();
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.type).toBe(name === 'funding-lines' ? 'array' : 'object');
    }
  });

  it('ships the funding taxonomy', () => {
    const t = files.get('data/funding-taxonomy.json') as { sources: { id: string; parent: string | null; label: { vi: string } }[]; units: string[] };
    expect(t.sources.find((x) => x.id === 'central.investment.domestic')?.parent).toBe('central.investment');
    expect(t.units).toContain('million-vnd');
  });

  it('is plain JSON (round-trips unchanged)', () => {
    for (const [path, value] of files) expect(JSON.parse(JSON.stringify(value)), path).toEqual(value);
  });
});
