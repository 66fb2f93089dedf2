// A whole number that must reach the threshold (≥ 1 project); the shortfall is exact.
import type { Rule } from '../types/index.js';
import { compiled, TEST } from './compiled.js';
import { thresholdNumber, type KindSpec } from './spec.js';

type MinCount = Extract<Rule, { kind: 'min-count' }>;

export const minCountKind: KindSpec = {
  input: 'count',
  compile: (r) => compiled(TEST.atLeastWhole, (r as MinCount).min),
  describe: (r) => {
    const min = (r as MinCount).min;
    return { vi: `≥ ${thresholdNumber(min, 'vi')}`, en: `≥ ${thresholdNumber(min, 'en')}` };
  },
};
