import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const codes = (p: ReturnType<typeof planWith>) => checkPlan(p).filter((f) => f.code.startsWith('funding')).map((f) => f.code);

describe('funding totals', () => {
  it('raises nothing when every subtotal and the total add up', () => {
    expect(codes(planWith(() => {}))).toEqual([]);
  });

  it('flags a subtotal that differs from its parts, at the subtotal, with the numbers', () => {
    // Investment 61 over domestic 60; and central 100 over investment 61 + recurrent 40.
    const found = checkPlan(planWith((p) => { p.funding.lines[0].parts[0].amount = '61'; })).filter((x) => x.code === 'funding-subtotal-mismatch');
    expect(found).toMatchObject([
      { severity: 'error', path: ['funding', 'lines', 0, 'amount'], expected: '101', actual: '100', difference: '-1' },
      { severity: 'error', path: ['funding', 'lines', 0, 'parts', 0, 'amount'], expected: '60', actual: '61', difference: '1' },
    ]);
    expect(found[1]?.message.en).toContain('states 61 million VND, but its parts add up to 60 million VND');
    expect(found[1]?.message.vi).toContain('ghi 61 triệu đồng, nhưng các khoản chi tiết cộng lại 60 triệu đồng');
  });

  it('flags the line whose own parts do not add up, and only that line', () => {
    const findings = checkPlan(planWith((p) => { p.funding.lines[0].parts[1].amount = '45'; }));
    expect(findings.filter((x) => x.code.startsWith('funding')).map((f) => [f.code, f.path.join('.'), f.difference])).toEqual([
      ['funding-subtotal-mismatch', 'funding.lines.0.amount', '-5'],
    ]);
  });

  it('flags a total that differs from the sum of the sources, either way', () => {
    const over = checkPlan(planWith((p) => { p.funding.total.amount = '150'; })).find((f) => f.code === 'funding-total-mismatch');
    expect(over).toMatchObject({ path: ['funding', 'total', 'amount'], expected: '110', actual: '150', difference: '40' });
    expect(over?.message.en).toContain('40 million VND of the total belong to no source');
    const under = checkPlan(planWith((p) => { p.funding.total.amount = '100.5'; })).find((f) => f.code === 'funding-total-mismatch');
    expect(under).toMatchObject({ difference: '-9.5' });
    expect(under?.message.en).toContain('exceed the total by 9.5');
  });

  it('is exact with decimals (no float drift) and honours a stated tolerance', () => {
    const plan = planWith((p) => {
      p.funding.lines = [{ source: 'credit', amount: '0.1' }, { source: 'community', amount: '0.2' }];
      p.funding.total.amount = '0.3';
    });
    expect(codes(plan)).toEqual([]);
    const off = planWith((p) => { p.funding.total.amount = '111'; });
    expect(codes(off)).toEqual(['funding-total-mismatch']);
    expect(checkPlan(off, { fundingTolerance: '1' }).filter((f) => f.code.startsWith('funding'))).toEqual([]);
  });

  it('lets incomplete parts ("trong đó" listing some) sum to less, never more', () => {
    const less = planWith((p) => { p.funding.lines[0].partsComplete = false; p.funding.lines[0].parts.pop(); });
    expect(codes(less)).toEqual([]);
    // Without the flag the same plan is a mismatch.
    expect(codes(planWith((p) => { p.funding.lines[0].parts.pop(); }))).toEqual(['funding-subtotal-mismatch']);
    const more = planWith((p) => { p.funding.lines[0].partsComplete = false; p.funding.lines[0].parts[0].amount = '70'; p.funding.lines[0].parts[0].parts[0].amount = '70'; });
    expect(codes(more)).toEqual(['funding-parts-exceed']);
  });
});
