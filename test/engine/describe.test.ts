import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { describeRule, getCriteriaSet, isNtmError } from '../../src/index.js';
import type { Indicator, Rule } from '../../src/index.js';

const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
const ind = (code: string): Indicator => set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

function error(fn: () => unknown): { code: string; paths: (string | number)[][] } {
  const e = thrown(fn);
  return { code: e.code, paths: e.issues.map((i) => [...i.path]) };
}

describe('describeRule', () => {
  it('renders each kind as the results do', () => {
    expect(describeRule({ kind: 'min-percent', min: 98 }, ind('2.1'))).toEqual({ vi: '≥ 98%', en: '≥ 98%' });
    expect(describeRule({ kind: 'max-percent', max: 4 }, ind('11')).en).toBe('≤ 4%');
    expect(describeRule({ kind: 'min-value', min: 50 }, ind('10')).vi).toBe('≥ 50 triệu đồng/người/năm');
    expect(describeRule({ kind: 'boolean' }, ind('1.1')).vi).toBe('Đạt');
    expect(describeRule(ind('14.1').thresholds[0]!.rule, ind('14.1')).en).toContain('6-year-olds entering grade 1 ≥ 98%');
  });

  it('rejects malformed arguments with NtmError and paths, never a TypeError', () => {
    expect(error(() => describeRule(undefined as unknown as Rule, undefined as unknown as Indicator))).toEqual({ code: 'invalid-input', paths: [['indicator', 'kind']] });
    expect(error(() => describeRule({ kind: 'min-percent', min: 140 } as Rule, ind('2.1'))).paths[0]?.[0]).toBe('rule');
    expect(error(() => describeRule({ kind: 'boolean' }, ind('2.1')))).toEqual({ code: 'invalid-input', paths: [['rule', 'kind']] });
  });
});
