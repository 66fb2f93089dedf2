// "Đạt": a pass/fail requirement; the input is the assessor's verdict.
import { compiled, TEST } from './compiled.js';
import type { KindSpec } from './spec.js';

export const booleanKind: KindSpec = {
  input: 'boolean',
  compile: () => compiled(TEST.isTrue, 0),
  describe: () => ({ vi: 'Đạt', en: 'Met' }),
};
