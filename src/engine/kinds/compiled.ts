// A threshold's rule compiled once per plan (see ../compile.ts) and judged by one switch.
import type { LocalizedText } from '../../_lib/text.js';
import type { IndicatorValue } from '../types/index.js';

/**
 * The judgement of one value against one rule: `true` when met; when not, `false`,
 * the shortfall (a number > 0, in the indicator's unit) or the failed parts of a
 * compound rule. Plain values rather than objects, so judging a value allocates
 * only to report failed parts.
 */
export type Verdict = boolean | number | readonly LocalizedText[];

/** How a compiled rule tests a value (see {@link judge}). */
export const TEST = Object.freeze({
  /** The value is `true`. */
  isTrue: 0,
  /** The value is 0; the shortfall is the value. */
  zero: 1,
  /** value ≥ bound; the shortfall is rounded (see tidy). */
  atLeast: 2,
  /** value ≤ bound; the shortfall is rounded. */
  atMost: 3,
  /** value ≥ bound, whole numbers; the shortfall is exact. */
  atLeastWhole: 4,
  /** A compound rule: `compound` decides. */
  compound: 5,
});

/**
 * A rule as plain data for the usual comparisons, so that judging a value is one
 * switch rather than a call through each kind.
 */
export interface CompiledRule {
  readonly test: number;
  readonly bound: number;
  readonly compound: ((values: Record<string, number | boolean>) => LocalizedText[] | undefined) | undefined;
}

/** A compiled comparison with a bound. */
export const compiled = (test: number, bound: number): CompiledRule => Object.freeze({ test, bound, compound: undefined });

const num = (v: IndicatorValue) => v as number;

/**
 * A difference rounded to 12 significant digits, so that 81.5 - 75.3 is 6.2, not
 * 6.200000000000003 (values and thresholds are written with few decimals). The usual
 * difference lies within float noise of a number with one decimal, r: then r is the
 * 12-digit rounding (r is on the 12-digit grid of d, and d is within half a step of it), and
 * it is returned without the string round trip of toPrecision (about 5% of an evaluation;
 * test/engine/kinds.test.ts checks the two agree).
 */
function tidy(d: number): number {
  const r = Math.round(d * 10) / 10;
  if (Math.abs(d) < 1e10 && Math.abs(d - r) < 4e-13 * Math.abs(d)) return r;
  return Number(d.toPrecision(12));
}

/** Judges a validated value against a compiled rule. */
export function judge(rule: CompiledRule, value: IndicatorValue): Verdict {
  const b = rule.bound;
  switch (rule.test) {
    case TEST.isTrue: return value === true;
    case TEST.zero: return num(value) === 0 || num(value);
    case TEST.atLeast: return num(value) >= b || tidy(b - num(value));
    case TEST.atMost: return num(value) <= b || tidy(num(value) - b);
    case TEST.atLeastWhole: return num(value) >= b || b - num(value);
    default: return rule.compound!(value as Record<string, number | boolean>) ?? true;
  }
}
