// A percentage that must reach the threshold (≥ 98%).
import type { Rule } from '../types/index.js';
import { compiled, TEST } from './compiled.js';
import { thresholdNumber, type KindSpec } from './spec.js';

type MinPercent = Extract<Rule, { kind: 'min-percent' }>;

export const minPercentKind: KindSpec = {
  input: 'percent',
  compile: (r) => compiled(TEST.atLeast, (r as MinPercent).min),
  describe: (r) => {
    const min = (r as MinPercent).min;
    return min === 100 ? { vi: '100%', en: '100%' } : { vi: `≥ ${thresholdNumber(min, 'vi')}%`, en: `≥ ${thresholdNumber(min, 'en')}%` };
  },
};
