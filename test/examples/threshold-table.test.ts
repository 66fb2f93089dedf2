// The example threshold table in examples/ (EXAMPLE values, written by scripts/make-example-threshold-table.ts)
// reads as the guide says, the same from .xlsx and .csv, and says everywhere that it is not law.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCommune, readOverlayTable } from '../../src/index.js';

const base = 'examples/data/bang-nguong-VI-DU-khong-phai-quy-dinh';

describe(`${base}.xlsx / .csv`, () => {
  it('reads to one overlay, marked as an example in its title and instrument', async () => {
    const xlsx = await readOverlayTable(new Uint8Array(readFileSync(`${base}.xlsx`)), { setKind: 'commune' });
    const csv = await readOverlayTable(new Uint8Array(readFileSync(`${base}.csv`)), { setKind: 'commune' });
    expect(xlsx.id).toBe('vi-du-khong-phai-quy-dinh');
    expect(xlsx.title).toContain('VÍ DỤ');
    expect(xlsx.title).toContain('không phải quy định');
    expect(xlsx.citation).toEqual({ instrument: 'QĐ 000/QĐ-UBND (VÍ DỤ, không có thật) ngày 15/09/2022 của UBND tỉnh Ví Dụ (không có thật)', annex: 'Phụ lục I' });
    expect(Object.keys(xlsx.thresholds).sort()).toEqual(['10', '15.3', '17.1', '2.1', '6.3']);
    const rules = (o: typeof xlsx) => JSON.stringify(Object.values(o.thresholds).flat().map((t) => [t.columns, t.years, t.rule]));
    expect(rules(csv)).toBe(rules(xlsx));
    const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 72, '10': 38, '15.3': 21 } }, { overlays: [xlsx] });
    const outcomes = Object.fromEntries(r.criteria.flatMap((c) => c.indicators).filter((i) => ['2.1', '10', '15.3'].includes(i.code)).map((i) => [i.code, [i.outcome, i.threshold?.source]]));
    expect(outcomes).toEqual({ '2.1': ['met', xlsx.id], '10': ['not-met', xlsx.id], '15.3': ['met', xlsx.id] });
  });

  it('says EXAMPLE in its title cell and on every filled row', () => {
    const text = readFileSync(`${base}.csv`, 'utf8');
    expect(text.split('\n')[0]).toContain('VÍ DỤ MINH HỌA');
    expect(text.split('\n')[0]).toContain('KHÔNG PHẢI QUY ĐỊNH');
    expect(text.split('\n').filter((l) => /^\d/.test(l) && l.includes('SỐ LIỆU VÍ DỤ'))).toHaveLength(7);
  });
});
