// The threshold column a subject's facts choose (src/engine/subject-column.ts).
import { describe, expect, it } from 'vitest';
import { Issues } from '../../src/engine/issues.js';
import { groupChoice, regionChoice, type Facts } from '../../src/engine/subject-column.js';
import { getCriteriaSet } from '../../src/index.js';

const REGIONAL = getCriteriaSet('commune', { asOf: '2024-06-30' });
const GROUPED = getCriteriaSet('commune', { asOf: '2026-06-30' });
const facts = (f: Partial<Facts>): Facts => ({ region: undefined, especiallyDifficult: undefined, safeZone: undefined, hasGroup: false, group: undefined, groupFacts: undefined, ...f });

describe('regionChoice', () => {
  it('gives the region column, and the TDMNPB column to an especially difficult commune elsewhere', () => {
    const issues = new Issues();
    expect(regionChoice(REGIONAL, facts({ region: 'DBSH' }), issues)).toMatchObject({ column: 'DBSH', columnKnown: true });
    const special = regionChoice(REGIONAL, facts({ region: 'DBSH', especiallyDifficult: true }), issues);
    expect(special.column).toBe('TDMNPB');
    expect(special.effective?.reason).toBeDefined();
    expect(issues.list).toEqual([]);
  });
  it('requires the region of a regional set, and refuses commune groups', () => {
    const issues = new Issues();
    expect(regionChoice(REGIONAL, facts({ hasGroup: true, group: 2 }), issues).column).toBeUndefined();
    expect(issues.list.map((i) => [i.path, i.code])).toEqual([[['group'], 'not-for-this-set'], [['region'], 'required']]);
  });
});

describe('groupChoice', () => {
  it('takes the group given; null leaves the column unknown', () => {
    expect(groupChoice(GROUPED, facts({ hasGroup: true, group: 2 }), new Issues())).toMatchObject({ group: 2, columnKnown: true });
    expect(groupChoice(GROUPED, facts({ hasGroup: true, group: null }), new Issues())).toMatchObject({ group: null, column: undefined, columnKnown: false });
  });
  it('refuses a region, a group outside 1-3, and both group and groupFacts', () => {
    const issues = new Issues();
    const c = groupChoice(GROUPED, facts({ region: 'DBSH', hasGroup: true, group: 4, groupFacts: {} }), issues);
    expect(c.columnKnown).toBe(false);
    expect(issues.list.map((i) => i.code)).toEqual(['not-for-this-set', 'conflicting-fields', 'expected-one-of']);
  });
});
