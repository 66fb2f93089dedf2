// A percentage that must not exceed the threshold (stunting ≤ 24%).
import type { Rule } from '../types/index.js';
import { compiled, TEST } from './compiled.js';
import { thresholdNumber, type KindSpec } from './spec.js';

type MaxPercent = Extract<Rule, { kind: 'max-percent' }>;

export const maxPercentKind: KindSpec = {
  input: 'percent',
  compile: (r) => compiled(TEST.atMost, (r as MaxPercent).max),
  describe: (r) => {
    const max = (r as MaxPercent).max;
    return { vi: `≤ ${thresholdNumber(max, 'vi')}%`, en: `≤ ${thresholdNumber(max, 'en')}%` };
  },
};
