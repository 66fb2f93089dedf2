import { describe, expect, it } from 'vitest';
import { PLAN_FINDING_CODES } from '../../../src/plans/finding.js';
import { FINDING_TITLES, findingTitle } from '../../../src/plans/report/places.js';

describe('FINDING_TITLES', () => {
  it('titles every finding code of checkPlan in Vietnamese and English', () => {
    const untitled = PLAN_FINDING_CODES.filter((code) => !Object.hasOwn(FINDING_TITLES, code));
    expect(untitled).toEqual([]);
    for (const code of PLAN_FINDING_CODES) {
      const vi = findingTitle(code, 'vi');
      const en = findingTitle(code, 'en');
      expect(vi && en && vi !== en, code).toBe(true);
      expect(vi, code).toBe(vi!.normalize('NFC'));
    }
  });

  it('gives each title once: no two codes read alike in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const titles = Object.values(FINDING_TITLES).map((t) => t[lang]);
      expect(new Set(titles).size, lang).toBe(titles.length);
    }
  });

  it('leaves an unknown code (from another version of the library) without a title', () => {
    expect(findingTitle('no-such-code', 'vi')).toBeUndefined();
  });
});
