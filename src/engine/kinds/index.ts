// The indicator kinds, one file each: what each accepts, how its rule compiles and reads.
import type { IndicatorKind } from '../types/index.js';
import { booleanKind } from './boolean.js';
import { compoundKind } from './compound-kind.js';
import { maxPercentKind } from './max-percent.js';
import { maxValueKind } from './max-value.js';
import { minCountKind } from './min-count.js';
import { minPercentKind } from './min-percent.js';
import { minValueKind } from './min-value.js';
import { noneAllowedKind } from './none-allowed.js';
import type { KindSpec } from './spec.js';

export type { KindSpec } from './spec.js';

/** The indicator kinds by name. */
export const KINDS: Readonly<Record<IndicatorKind, KindSpec>> = Object.freeze({
  boolean: booleanKind,
  'none-allowed': noneAllowedKind,
  'min-percent': minPercentKind,
  'max-percent': maxPercentKind,
  'min-value': minValueKind,
  'max-value': maxValueKind,
  'min-count': minCountKind,
  compound: compoundKind,
});

/** True for a kind name the engine knows. */
export function isIndicatorKind(value: unknown): value is IndicatorKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}
