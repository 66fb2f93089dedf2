import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../../src/index.js';
import { classifyHeaderCell, codesOf } from '../../../src/sources/tables/headers.js';

const codes = codesOf(getCriteriaSet('commune', { asOf: '2024-06-30' }));
const district = codesOf(getCriteriaSet('district', { asOf: '2024-06-30' }));
const kind = (cell: Parameters<typeof classifyHeaderCell>[0], c = codes) => {
  const t = classifyHeaderCell(cell, c).target;
  return t.kind === 'error' ? t.code : t.kind === 'skip' ? `skip:${t.why}` : t.kind === 'fixed' ? `fixed:${t.key}` : `${t.group}:${t.indicator.code}${t.field ? `.${t.field.key}` : ''}`;
};

describe('headers', () => {
  it.each([
    ['Tên xã', 'fixed:name'], ['TÊN XÃ:', 'fixed:name'], ['Huyện', 'fixed:district'], ['Vùng', 'fixed:region'], ['Xã ĐBKK', 'fixed:especiallyDifficult'], ['ATK', 'fixed:safeZone'],
    ['2.1', 'indicators:2.1'], ['2.1 Tỷ lệ đường xã (%)', 'indicators:2.1'], ['5.schools', 'indicators:5.schools'], ['14.1.literacyLevel', 'indicators:14.1.literacyLevel'],
    ['5', 'compound-needs-fields'], ['5 Trường học', 'compound-needs-fields'], ['5.teachers', 'unknown-field'], ['7.3', 'unknown-indicator'], ['20. Khác', 'unknown-indicator'],
    ['1', 'skip:criterion'], ['1. Quy hoạch', 'skip:criterion'], ['TC7', 'skip:criterion'], ['Tiêu chí 19', 'skip:criterion'],
    ['STT', 'skip:bookkeeping'], ['Ghi chú', 'skip:bookkeeping'], ['', 'skip:empty'], ['conditions.x', 'unknown-condition'],
  ])('%j → %s', (header, expected) => {
    expect(kind(header)).toBe(expected);
  });

  it('conditions of a set, compound ones by field', () => {
    expect(kind('conditions.communes-ntm', district)).toBe('conditions:communes-ntm');
    expect(kind('conditions.satisfaction', district)).toBe('compound-needs-fields');
  });

  it('numbers typed as headers: read as the code unless another code shows the same (17.1 / 17.10); dates are errors', () => {
    expect(kind({ t: 'n', v: 2.1, percent: false })).toBe('indicators:2.1');
    expect(kind({ t: 'n', v: 10, percent: false })).toBe('indicators:10');
    expect(kind({ t: 'n', v: 17.1, percent: false })).toBe('numeric-header');
    expect(kind({ t: 'n', v: 99, percent: false })).toBe('unknown-indicator');
    expect(kind({ t: 'd', v: '2024-01-02' })).toBe('date-header');
    expect(kind({ t: 'b', v: true })).toBe('skip:bookkeeping');
  });
});
