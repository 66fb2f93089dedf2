// The group classifier against the definitions quoted from the final text of QĐ 51/2025/QĐ-TTg
// Phụ lục I (src/columns/commune-groups.ts): group 1 = adjacent to an existing urban area AND
// oriented to become urban, OR agriculture under 10%, OR planned as a new urban area; group 3 =
// area II or III of the ethnic-minority and mountainous areas; group 2 = neither.
import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { classifyCommuneGroup, COMMUNE_GROUPS, COMMUNE_GROUP_COLUMNS, type CommuneGroupFacts } from '../../src/index.js';

const NOT_1 = { adjacentToUrbanArea: false, agricultureSharePercent: 60, plannedNewUrbanArea: false } as const;

describe('classifyCommuneGroup', () => {
  it.each<[string, CommuneGroupFacts, 1 | 2 | 3]>([
    ['adjacent and oriented to become urban', { adjacentToUrbanArea: true, urbanOriented: true, agricultureSharePercent: 40, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' }, 1],
    ['agriculture 9.9% (under 10%)', { agricultureSharePercent: 9.9, ethnicMinorityArea: 'I' }, 1],
    ['planned as a new urban area', { plannedNewUrbanArea: true, ethnicMinorityArea: 'none' }, 1],
    ['area II', { ...NOT_1, ethnicMinorityArea: 'II' }, 3],
    ['area III', { ...NOT_1, ethnicMinorityArea: 'III' }, 3],
    ['neither: area I, agriculture 60%', { ...NOT_1, ethnicMinorityArea: 'I' }, 2],
    ['neither: outside the areas, adjacent but not oriented', { adjacentToUrbanArea: true, urbanOriented: false, agricultureSharePercent: 10, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' }, 2],
  ])('%s → group %d', (_why, facts, group) => {
    const c = classifyCommuneGroup(facts);
    expect(c.group).toBe(group);
    expect(c.conflict).toBeUndefined();
    expect(c.reasons.length).toBeGreaterThanOrEqual(3);
    expect(c.citation.instrument).toBe('QD-51-2025');
  });

  it('agriculture of exactly 10% is not "dưới 10%"', () => {
    expect(classifyCommuneGroup({ ...NOT_1, agricultureSharePercent: 10, ethnicMinorityArea: 'none' }).group).toBe(2);
  });

  it('missing facts give no group, with the reason: group 2 needs both tests known', () => {
    const onlyArea = classifyCommuneGroup({ ethnicMinorityArea: 'I' });
    expect(onlyArea.group).toBeNull();
    expect(onlyArea.reasons.at(-1)!.en).toContain('both tests must be known');
    expect(classifyCommuneGroup({ ...NOT_1 }).group).toBeNull(); // area unknown: 2 or 3
    expect(classifyCommuneGroup({ agricultureSharePercent: 5 }).group).toBeNull(); // group 1 met, but group 3 not ruled out (a conflict is possible)
    expect(classifyCommuneGroup({ ethnicMinorityArea: 'III' }).group).toBeNull(); // group 3 met, group 1 not ruled out
    expect(classifyCommuneGroup({ adjacentToUrbanArea: true, agricultureSharePercent: 50, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' }).group).toBeNull(); // orientation unknown
    expect(classifyCommuneGroup({}).group).toBeNull();
  });

  it('a commune meeting both the group 1 and the group 3 definition is a conflict, resolved only by an explicit option', () => {
    const facts: CommuneGroupFacts = { plannedNewUrbanArea: true, ethnicMinorityArea: 'III' };
    const open = classifyCommuneGroup(facts);
    expect(open.group).toBeNull();
    expect(open.conflict).toEqual({ groups: [1, 3] });
    expect(open.reasons.at(-1)!.vi).toContain('cấp có thẩm quyền quyết định');
    const resolved = classifyCommuneGroup(facts, { resolveConflict: { group: 3, basis: 'Quyết định … của UBND tỉnh (ví dụ)' } });
    expect(resolved.group).toBe(3);
    expect(resolved.conflict).toEqual({ groups: [1, 3], resolvedBy: 'Quyết định … của UBND tỉnh (ví dụ)' });
    // The option does nothing where there is no conflict.
    expect(classifyCommuneGroup({ ...NOT_1, ethnicMinorityArea: 'II' }, { resolveConflict: { group: 1, basis: 'x' } }).group).toBe(3);
  });

  it('rejects bad facts and options with paths, never a TypeError', () => {
    expect(thrown(() => classifyCommuneGroup({ agricultureSharePercent: 120 })).issues[0]).toMatchObject({ path: ['agricultureSharePercent'], code: 'expected-percent' });
    expect(thrown(() => classifyCommuneGroup({ ethnicMinorityArea: 'IV' as never })).issues[0]!.path).toEqual(['ethnicMinorityArea']);
    expect(thrown(() => classifyCommuneGroup({ adjacentToUrbanArea: 'có' as never })).issues[0]!.path).toEqual(['adjacentToUrbanArea']);
    expect(thrown(() => classifyCommuneGroup({ urban: true } as never)).issues[0]).toMatchObject({ path: ['urban'], code: 'unknown-key' });
    expect(thrown(() => classifyCommuneGroup(null as never)).issues[0]!.path).toEqual([]);
    expect(thrown(() => classifyCommuneGroup({}, { resolveConflict: { group: 2, basis: 'x' } } as never)).issues[0]!.path).toEqual(['options', 'resolveConflict']);
    expect(thrown(() => classifyCommuneGroup({}, { resolveConflict: { group: 1, basis: ' ' } })).issues[0]!.path).toEqual(['options', 'resolveConflict']);
    expect(thrown(() => classifyCommuneGroup({}, { resolve: 1 } as never)).issues[0]).toMatchObject({ path: ['options', 'resolve'], code: 'unknown-key' });
  });

  it('names the groups as the final text does (not the 2025 draft, whose numbering was reversed)', () => {
    expect(COMMUNE_GROUP_COLUMNS).toEqual(['G1', 'G2', 'G3']);
    expect(Object.isFrozen(COMMUNE_GROUP_COLUMNS)).toBe(true);
    expect(COMMUNE_GROUPS[1].definition.vi).toContain('liền kề đô thị hiện hữu');
    expect(COMMUNE_GROUPS[3].definition.vi).toContain('khu vực II và xã khu vực III');
    expect(COMMUNE_GROUPS[2].definition.vi).toBe('xã không thuộc nhóm 1 và nhóm 3');
  });
});
