// An amount in the indicator's unit that must reach the threshold (income ≥ … million VND/person/year).
import type { Rule } from '../types/index.js';
import { compiled, TEST } from './compiled.js';
import { thresholdNumber, unitText, type KindSpec } from './spec.js';

type MinValue = Extract<Rule, { kind: 'min-value' }>;

export const minValueKind: KindSpec = {
  input: 'amount',
  compile: (r) => compiled(TEST.atLeast, (r as MinValue).min),
  describe: (r, ind) => {
    const min = (r as MinValue).min;
    return { vi: `≥ ${thresholdNumber(min, 'vi')}${unitText(ind.unit, 'vi')}`, en: `≥ ${thresholdNumber(min, 'en')}${unitText(ind.unit, 'en')}` };
  },
};
