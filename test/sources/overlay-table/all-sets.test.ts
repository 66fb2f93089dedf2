// The template of every national set the package encodes, filled in and read back: no indicator lost.
import { describe, expect, it } from 'vitest';
import { listCriteriaSets, NtmError, overlayTemplate, readOverlayTable, type CriteriaSet, type Indicator } from '../../../src/index.js';
import { partsOf } from '../../../src/sources/overlay-table/model.js';
import { Sheet, withInstrument } from '../../_support/overlay-table.js';

/** A valid cell for an indicator row or a part row, in the template's language. */
function valueFor(ind: Indicator, field: string | undefined, lang: 'vi' | 'en'): string {
  if (field !== undefined) {
    const part = partsOf(ind).find((p) => p.field.key === field)!;
    if (part.type === 'boolean') return lang === 'vi' ? 'Đạt' : 'Met';
    return part.type === 'share' || part.type === 'percent' ? '≥ 50%' : '≥ 1';
  }
  switch (ind.kind) {
    case 'boolean': return lang === 'vi' ? 'Đạt' : 'Met';
    case 'none-allowed': return lang === 'vi' ? 'Không' : 'None';
    case 'min-percent': return '≥ 50%';
    case 'max-percent': return '≤ 50%';
    case 'min-value': return '≥ 10';
    case 'max-value': return '≤ 10';
    default: return '≥ 1';
  }
}

function indicatorsOf(set: CriteriaSet): Indicator[] {
  return [...set.criteria.flatMap((c) => c.indicators), ...(set.conditions ?? [])];
}

describe.each(listCriteriaSets().map((s) => [s.id, s] as const))('%s', (_id, set) => {
  it.each(['vi', 'en'] as const)('the template (%s) lists every indicator and, filled in, reads back with a value for each in every column', async (lang) => {
    const sheet = withInstrument(new Sheet(await overlayTemplate(set.kind, { asOf: set.validFrom, lang })), lang);
    expect(sheet.rows.find((r) => r[0] === (lang === 'vi' ? 'Bộ tiêu chí (phiên bản)' : 'Criteria set (version)'))![1]).toBe(set.id);
    const codes = new Map(indicatorsOf(set).map((i) => [i.code, i]));
    const header = sheet.header;
    const valueCols = header.map((h, k) => [h, k] as const).filter(([h]) => !['Mã', 'Code', 'Chỉ tiêu', 'Indicator (Vietnamese)', 'Indicator (English)', 'Đơn vị', 'Unit', 'So sánh', 'Comparison', 'Năm', 'Year', 'Ghi chú', 'Notes'].includes(h));
    expect(valueCols.length).toBe(1 + (set.columns === 'region' ? 7 : set.columns === 'commune-group' ? 3 : 0));
    const seen = new Set<string>();
    let rows = 0;
    for (const row of sheet.rows.slice(sheet.headerIndex + 1)) {
      const code = row[0]!;
      const direct = codes.get(code);
      const dot = code.lastIndexOf('.');
      const parent = direct ? undefined : codes.get(code.slice(0, dot));
      const field = parent?.kind === 'compound' ? code.slice(dot + 1) : undefined;
      const ind = direct ?? (field !== undefined ? parent : undefined);
      if (!ind) continue;
      seen.add(ind.code);
      if (ind.kind === 'compound' && field === undefined) continue;
      rows++;
      for (const [, k] of valueCols) row[k] = valueFor(ind, field, lang);
    }
    // Every indicator and condition of the set has its row (compound ones: their parts).
    expect([...seen].sort()).toEqual([...codes.keys()].sort());
    if (codes.size === 0) {
      // The 2026-2030 set: criteria only, so nothing to read back.
      expect(sheet.rows.slice(sheet.headerIndex + 1).map((r) => r[0])).toEqual(set.criteria.map((c) => c.code));
      await expect(readOverlayTable(sheet.csv(), { setKind: set.kind })).rejects.toThrow(NtmError);
      return;
    }
    expect(rows).toBeGreaterThan(0);
    const overlay = await readOverlayTable(sheet.csv(), { setKind: set.kind });
    expect(Object.keys(overlay.thresholds).sort()).toEqual([...codes.keys()].sort());
    for (const ind of codes.values()) {
      const years = ind.unit === 'million-vnd/person/year' ? set.period.toYear - set.period.fromYear + 1 : 1;
      const list = overlay.thresholds[ind.code] as readonly { rule: { kind: string } }[];
      expect(list, ind.code).toHaveLength(valueCols.length * years);
      for (const t of list) expect(t.rule.kind).toBe(ind.kind);
    }
  });
});
