// An amount in the indicator's unit that must not exceed the threshold.
import type { Rule } from '../types/index.js';
import { compiled, TEST } from './compiled.js';
import { thresholdNumber, unitText, type KindSpec } from './spec.js';

type MaxValue = Extract<Rule, { kind: 'max-value' }>;

export const maxValueKind: KindSpec = {
  input: 'amount',
  compile: (r) => compiled(TEST.atMost, (r as MaxValue).max),
  describe: (r, ind) => {
    const max = (r as MaxValue).max;
    return { vi: `≤ ${thresholdNumber(max, 'vi')}${unitText(ind.unit, 'vi')}`, en: `≤ ${thresholdNumber(max, 'en')}${unitText(ind.unit, 'en')}` };
  },
};
