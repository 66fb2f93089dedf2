// "Không": a count that must be zero (temporary houses); the shortfall is the count.
import { compiled, TEST } from './compiled.js';
import type { KindSpec } from './spec.js';

export const noneAllowedKind: KindSpec = {
  input: 'count',
  compile: () => compiled(TEST.zero, 0),
  describe: () => ({ vi: 'Không', en: 'None' }),
};
