import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCE_IDS, FUNDING_SOURCES, INSTRUMENTS, isFundingSource, TOP_LEVEL_SOURCES } from '../../src/index.js';

describe('funding-source taxonomy', () => {
  it('has exactly the ids of issue 5, parents before children', () => {
    expect(FUNDING_SOURCE_IDS).toEqual([
      'central',
      'central.investment',
      'central.investment.domestic',
      'central.investment.foreign',
      'central.recurrent',
      'local',
      'local.province',
      'local.district',
      'local.commune',
      'integrated',
      'integrated.poverty-reduction',
      'integrated.ethnic-minority',
      'integrated.other',
      'credit',
      'credit.policy',
      'credit.commercial',
      'enterprise',
      'community',
      'community.cash',
      'community.in-kind',
      'community.labour',
      'other',
    ]);
    expect(Object.keys(FUNDING_SOURCES)).toEqual(FUNDING_SOURCE_IDS);
    expect(TOP_LEVEL_SOURCES).toEqual(['central', 'local', 'integrated', 'credit', 'enterprise', 'community', 'other']);
  });

  it('links parents and children both ways, and ids spell the path', () => {
    for (const id of FUNDING_SOURCE_IDS) {
      const node = FUNDING_SOURCES[id];
      expect(node.id).toBe(id);
      if (node.parent === null) expect(id).not.toContain('.');
      else {
        expect(id.startsWith(`${node.parent}.`)).toBe(true);
        expect(FUNDING_SOURCES[node.parent].children).toContain(id);
        expect(FUNDING_SOURCE_IDS.indexOf(node.parent)).toBeLessThan(FUNDING_SOURCE_IDS.indexOf(id));
      }
    }
  });

  it('labels are bilingual NFC, and every citation names a registered instrument', () => {
    for (const id of FUNDING_SOURCE_IDS) {
      const { label, citations } = FUNDING_SOURCES[id];
      expect(label.vi.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.vi).toBe(label.vi.normalize('NFC'));
      for (const c of citations) expect(Object.keys(INSTRUMENTS)).toContain(c.instrument);
    }
  });

  it('cites the sources legal notes §9.1 names', () => {
    const cites = (id: keyof typeof FUNDING_SOURCES) => FUNDING_SOURCES[id].citations.map((c) => c.instrument);
    for (const id of ['community.cash', 'community.in-kind', 'community.labour'] as const) {
      expect(FUNDING_SOURCES[id].citations).toContainEqual(expect.objectContaining({ instrument: 'ND-27-2022', article: 'Điều 12' }));
    }
    expect(cites('central.recurrent')).toContain('TT-55-2023');
    expect(cites('central.investment.domestic')).toContain('CV-1486-BNN-VPDP-2023');
    expect(cites('central.investment.foreign')).toContain('CV-1486-BNN-VPDP-2023');
    for (const id of ['central', 'local.province', 'integrated.poverty-reduction', 'integrated.ethnic-minority', 'credit', 'community'] as const) {
      expect(cites(id)).toContain('KH-LAICHAU-NTM-2024');
      expect(FUNDING_SOURCES[id].labelStatus).toBe('confirmed');
    }
    // Categories no source read by the project names carry no citation and are secondary.
    for (const id of ['enterprise', 'other', 'credit.policy', 'credit.commercial'] as const) {
      expect(FUNDING_SOURCES[id].citations).toEqual([]);
      expect(FUNDING_SOURCES[id].labelStatus).toBe('secondary');
    }
  });

  it('is frozen and safe against prototype keys', () => {
    expect(Object.isFrozen(FUNDING_SOURCES)).toBe(true);
    expect(Object.isFrozen(FUNDING_SOURCES.central.children)).toBe(true);
    expect(Object.isFrozen(FUNDING_SOURCES.central.label)).toBe(true);
    expect(isFundingSource('__proto__')).toBe(false);
    expect(isFundingSource('toString')).toBe(false);
    expect(isFundingSource(1)).toBe(false);
    expect(isFundingSource('community.labour')).toBe(true);
  });
});
