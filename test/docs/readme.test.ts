// Keeps the README's 2026-2030 example true: the values its comments state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyCommuneGroup, evaluateCommune } from '../../src/index.js';

describe('README, 2026-2030 example', () => {
  it('classifies the commune as group 3 and evaluates it on the 2026 set from assessments by criterion', () => {
    const { group } = classifyCommuneGroup({ adjacentToUrbanArea: false, urbanOriented: false, agricultureSharePercent: 35, plannedNewUrbanArea: false, ethnicMinorityArea: 'III' });
    expect(group).toBe(3);
    const r = evaluateCommune({ name: 'Xã A', year: 2026, group, criteria: { '1': 'met', '2': 'met', '3': 'not-met' } });
    expect(r.set.id).toBe('commune/qd51-2026');
    expect([r.status, r.criteriaMet, r.criteriaNotMet, r.criteriaUnknown]).toEqual(['not-met', 2, 1, 7]);
  });

  it('is the code the README shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain("ethnicMinorityArea: 'III' }); // 3");
    expect(readme).toContain("r.status;        // 'not-met': 2 met, 1 not met, 7 unknown");
  });
});
