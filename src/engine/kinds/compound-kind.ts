// An object of named fields judged by a condition over them (schools at level 1, education).
import type { Rule } from '../types/index.js';
import { TEST } from './compiled.js';
import { compileCondition, describeCondition } from './compound.js';
import type { KindSpec } from './spec.js';

type Compound = Extract<Rule, { kind: 'compound' }>;

export const compoundKind: KindSpec = {
  input: 'compound',
  compile: (r, ind) => Object.freeze({ test: TEST.compound, bound: 0, compound: compileCondition((r as Compound).rule, ind.fields) }),
  describe: (r, ind) => {
    const c = (r as Compound).rule;
    return { vi: describeCondition(c, ind.fields, 'vi'), en: describeCondition(c, ind.fields, 'en') };
  },
};
