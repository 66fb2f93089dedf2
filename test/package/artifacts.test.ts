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

  it('ships the funding taxonomy versions, the periods, the commune groups and the programme targets', () => {
    const t = files.get('data/funding-taxonomy.json') as { versions: { id: string; sourceIds: string[]; sources: { id: string; label: { vi: string } }[]; components: { id: string }[] }[] };
    expect(t.versions.map((v) => v.id)).toEqual(['2021-2025', '2026-2035']);
    const v26 = t.versions[1]!;
    expect(v26.sources.map((x) => x.id)).toEqual(v26.sourceIds);
    expect(v26.sources.find((x) => x.id === 'central.recurrent')?.label.vi).toBe('Kinh phí thường xuyên');
    expect(v26.components.map((c) => c.id)).toEqual(['new-rural-poverty', 'ethnic-minority-mountainous']);
    const periods = files.get('data/periods.json') as { periods: { id: string; encoded: boolean }[] };
    expect(periods.periods.map((p) => [p.id, p.encoded])).toEqual([['2016-2020', false], ['2021-2025', true], ['transition-2026', false], ['2026-2030', true]]);
    const groups = files.get('data/commune-groups.json') as { columns: string[]; groups: { group: number; column: string; definition: { vi: string } }[]; citation: { instrument: string } };
    expect(groups.groups.map((g) => [g.group, g.column])).toEqual([[1, 'G1'], [2, 'G2'], [3, 'G3']]);
    expect(groups.groups[2]!.definition.vi).toContain('xã khu vực II và xã khu vực III');
    expect(groups.citation.instrument).toBe('QD-51-2025');
    const targets = files.get('data/programme-targets.json') as { targets: { id: string; provenance: string }[]; provinceCompletion: Record<string, { encoded: boolean }>; budget2026to2030: { stateBudget: { source: string; amount: string }[] } };
    expect(targets.targets.find((x) => x.id === 'ntm-communes-2030')?.provenance).toBe('secondary');
    expect(targets.provinceCompletion['2026-2030']?.encoded).toBe(false);
    expect(targets.budget2026to2030.stateBudget.find((f) => f.source === 'total')?.amount).toBe('423000');
  });

  it('is plain JSON (round-trips unchanged)', () => {
    for (const [path, value] of files) expect(JSON.parse(JSON.stringify(value)), path).toEqual(value);
  });
});
