import { describe, expect, it } from 'vitest';
import { FUNDING_COMPONENT_IDS, FUNDING_SOURCE_IDS, FUNDING_SOURCES, FUNDING_TAXONOMIES, FUNDING_TAXONOMY_IDS, fundingTaxonomyOfYear, INSTRUMENTS, isFundingSource, TOP_LEVEL_SOURCES } from '../../src/index.js';

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

describe('taxonomy versions (2021-2025, 2026-2035)', () => {
  const V26 = FUNDING_TAXONOMIES['2026-2035'];
  const V21 = FUNDING_TAXONOMIES['2021-2025'];

  it('the 2021-2025 version is the tree of FUNDING_SOURCES, for every year up to 2025', () => {
    expect(V21.sourceIds).toEqual(FUNDING_SOURCE_IDS);
    expect(V21.sources).toEqual(FUNDING_SOURCES);
    expect(V21.components).toEqual([]);
    expect([2019, 2021, 2025].map(fundingTaxonomyOfYear)).toEqual(['2021-2025', '2021-2025', '2021-2025']);
    expect([2026, 2030, 2035, 2036, 2026.5].map(fundingTaxonomyOfYear)).toEqual(['2026-2035', '2026-2035', '2026-2035', undefined, undefined]);
    expect(FUNDING_TAXONOMY_IDS).toEqual(['2021-2025', '2026-2035']);
  });

  it('2026-2035: the merged programme\'s sources (NQ 257/2025/QH15), no integrated NTP funds, no district budget', () => {
    expect(V26.programme).toBe('NQ-257-2025-QH15');
    expect(V26.sourceIds).toEqual(['central', 'central.investment', 'central.recurrent', 'local', 'local.province', 'local.commune', 'integrated', 'credit', 'credit.policy', 'enterprise', 'community', 'other']);
    expect(V26.topLevel).toEqual(['central', 'local', 'integrated', 'credit', 'enterprise', 'community', 'other']);
    for (const gone of ['integrated.poverty-reduction', 'integrated.ethnic-minority', 'local.district', 'central.investment.domestic', 'credit.commercial', 'community.labour'] as const) {
      expect(V26.sources[gone]).toBeUndefined();
    }
    expect(V26.sources.central?.children).toEqual(['central.investment', 'central.recurrent']);
    expect(V26.sources.integrated?.children).toEqual([]);
    // NQ 257 names the central budget's recurrent part "kinh phí thường xuyên" (2021-2025 plans: "vốn sự nghiệp").
    expect(V26.sources['central.recurrent']?.label.vi).toBe('Kinh phí thường xuyên');
    expect(V21.sources['central.recurrent']?.label.vi).toBe('Vốn sự nghiệp');
  });

  it('every 2026-2035 node and component is secondary and cited, except the structural credit parent and "other"', () => {
    for (const id of V26.sourceIds) {
      const node = V26.sources[id]!;
      expect(node.labelStatus).toBe('secondary');
      expect(node.label.vi).toBe(node.label.vi.normalize('NFC'));
      if (id === 'credit' || id === 'other') expect(node.citations).toEqual([]);
      else {
        expect(node.citations.length).toBeGreaterThan(0);
        for (const c of node.citations) expect(Object.keys(INSTRUMENTS)).toContain(c.instrument);
      }
    }
    expect(V26.sources['central.investment']?.citations[0]?.source).toContain('vốn đầu tư phát triển là 70.000 tỷ đồng');
    expect(V26.components.map((c) => [c.id, c.lead.vi])).toEqual([
      ['new-rural-poverty', 'Bộ Nông nghiệp và Môi trường'],
      ['ethnic-minority-mountainous', 'Bộ Dân tộc và Tôn giáo'],
    ]);
    for (const c of V26.components) {
      expect(c.labelStatus).toBe('secondary');
      expect(c.citations[0]?.note).toContain('were not read');
    }
    expect(FUNDING_COMPONENT_IDS).toEqual(['new-rural-poverty', 'ethnic-minority-mountainous']);
    expect(Object.isFrozen(V26.sources.central)).toBe(true);
  });
});
