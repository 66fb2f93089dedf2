import { expect } from 'vitest';
import { defineCriteriaSet, INSTRUMENTS } from '../../src/index.js';
import type { CriteriaSet, Indicator } from '../../src/index.js';

/** Provenance counts of a set's indicators and conditions, by the threshold values they carry. */
export function provenanceCounts(set: CriteriaSet) {
  const counts = { confirmed: 0, secondary: 0, notEncoded: 0, unverifiedNames: 0, indicators: 0, conditions: 0 };
  const add = (i: Indicator) => {
    if (i.nameStatus === 'unverified') counts.unverifiedNames++;
    if (i.thresholds.length === 0) counts.notEncoded++;
    for (const t of i.thresholds) counts[t.provenance]++;
  };
  for (const c of set.criteria) for (const i of c.indicators) { counts.indicators++; add(i); }
  for (const i of set.conditions ?? []) { counts.conditions++; add(i); }
  return counts;
}

/** Checks what every national set must hold: NFC names, citations to known instruments, kinds matching rules, reasons for gaps, a valid definition. */
export function expectWellFormed(set: CriteriaSet): void {
  expect(Object.isFrozen(set)).toBe(true);
  expect(set.title.vi).toBe(set.title.vi.normalize('NFC'));
  for (const b of set.legalBasis) expect(b.instrument in INSTRUMENTS).toBe(true);
  const check = (i: Indicator) => {
    expect(i.name.vi).toBe(i.name.vi.normalize('NFC'));
    expect(i.name.en.length).toBeGreaterThan(0);
    expect(i.citation.instrument in INSTRUMENTS).toBe(true);
    expect(i.citation.item).toBe(i.code);
    for (const t of i.thresholds) {
      expect(t.citation.instrument in INSTRUMENTS).toBe(true);
      expect(t.rule.kind).toBe(i.kind);
      expect(['confirmed', 'secondary']).toContain(t.provenance);
      expect(t.citation.source ?? '').not.toBe('');
    }
    if (i.thresholds.length === 0) expect(i.missingThreshold).toBeDefined();
  };
  for (const c of set.criteria) {
    expect(c.name.vi).toBe(c.name.vi.normalize('NFC'));
    expect(c.citation.instrument in INSTRUMENTS).toBe(true);
    for (const i of c.indicators) {
      expect(i.code === c.code || i.code.startsWith(`${c.code}.`) || c.indicators.length === 1).toBe(true);
      check(i);
    }
  }
  for (const i of set.conditions ?? []) check(i);
  // The national data passes the same strict validation as a province's definition.
  expect(defineCriteriaSet(set)).toEqual(set);
}
