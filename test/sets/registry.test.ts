import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { isNtmError, listCriteriaSets } from '../../src/index.js';

function error(fn: () => unknown): { code: string; paths: (string | number)[][] } {
  const e = thrown(fn);
  return { code: e.code, paths: e.issues.map((i) => [...i.path]) };
}

describe('listCriteriaSets', () => {
  it('lists every version of a kind, oldest first', () => {
    expect(listCriteriaSets('commune').map((s) => s.id)).toEqual(['commune/qd318-2022', 'commune/qd318-qd211-2024', 'commune/qd51-2026']);
    expect(listCriteriaSets().length).toBeGreaterThan(listCriteriaSets('commune').length);
  });

  it('rejects an unknown kind', () => {
    expect(error(() => listCriteriaSets('hamlet' as never))).toEqual({ code: 'unknown-reference', paths: [['kind']] });
    expect(error(() => listCriteriaSets(Object.create(null) as never))).toEqual({ code: 'unknown-reference', paths: [['kind']] });
  });
});

describe('dated values inside their version', () => {
  it('holds no threshold that could never apply inside its set version', () => {
    const dead: string[] = [];
    for (const set of listCriteriaSets()) {
      const indicators = [...set.criteria.flatMap((c) => c.indicators), ...(set.conditions ?? [])];
      for (const i of indicators) {
        for (const t of i.thresholds) {
          const startsAfter = set.validUntil !== undefined && t.validFrom > set.validUntil;
          const endsBefore = t.validUntil !== undefined && t.validUntil < set.validFrom;
          if (startsAfter || endsBefore) dead.push(`${set.id} ${i.code} ${t.validFrom}…${t.validUntil ?? ''}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });
});
