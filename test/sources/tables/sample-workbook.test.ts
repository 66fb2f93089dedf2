// The sample workbook in examples/ (written by scripts/make-sample-workbook.ts) reads as documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateFunding, readCommuneTable, readFundingTable, reconcileFunding } from '../../../src/index.js';

const bytes = new Uint8Array(readFileSync('examples/data/xa-2024.xlsx'));

describe('examples/data/xa-2024.xlsx', () => {
  it('reads four communes under their districts, the percent cell as 90, with notices and no issue', async () => {
    const t = await readCommuneTable(bytes);
    expect(t.issues).toEqual([]);
    expect(t.inputs.map((i) => i.name)).toEqual(['Xã Sơn Bình', 'Xã Bản Bo', 'Xã Khun Há', 'Xã Mường So']);
    expect(t.rows.map((r) => r.district)).toEqual(['Huyện Tam Đường', 'Huyện Tam Đường', 'Huyện Tam Đường', 'Huyện Phong Thổ']);
    expect(t.inputs[3]?.indicators['2.1']).toBe(90);
    expect(t.inputs[3]?.indicators['10']).toBeUndefined();
    expect(t.inputs[2]?.indicators['9.1']).toBe(3);
    expect(t.inputs[2]?.especiallyDifficult).toBe(true);
    expect(t.notices.map((n) => n.code)).toEqual(['title-rows', 'bookkeeping-column', 'bookkeeping-column', 'district-heading', 'district-heading', 'blank-rows', 'totals-row']);
  });

  it('its funding sheet adds up to its totals row', async () => {
    const f = await readFundingTable(bytes, { sheet: 'Nguồn vốn' });
    expect(f.issues).toEqual([]);
    expect(f.unit).toBe('million-vnd');
    expect(aggregateFunding(f.lines).total).toBe('135765');
    expect(reconcileFunding({ lines: f.lines, declared: f.declared! })).toEqual([]);
  });
});
