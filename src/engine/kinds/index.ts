import type { LocalizedText } from '../../_lib/text.js';
import type { Indicator, IndicatorKind, IndicatorValue, Rule } from '../types.js';
import { compileCondition, describeCondition } from './compound.js';

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
 * A rule compiled once per plan (see evaluate.ts): plain data for the usual
 * comparisons, so that judging a value is one switch rather than a call per rule.
 */
export interface CompiledRule {
  readonly test: number;
  readonly bound: number;
  readonly compound: ((values: Record<string, number | boolean>) => LocalizedText[] | undefined) | undefined;
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

/** What a kind accepts as input (see {@link checkValue}). */
export type ValueType = 'boolean' | 'count' | 'percent' | 'amount' | 'compound';

/**
 * Returns a message when `value` is not acceptable input of type `type` for the
 * indicator. One function with a switch, so that the engine's validation loop makes
 * one (inlinable) call rather than a call through each kind.
 */
export function checkValue(type: ValueType, value: unknown, indicator: Indicator): string | undefined {
  switch (type) {
    case 'boolean': return typeof value === 'boolean' ? undefined : 'expected true (đạt) or false (chưa đạt)';
    case 'count': return checkCount(value);
    case 'percent': return checkPercent(value);
    case 'amount': return checkAmount(value);
    default: return checkCompound(value, indicator);
  }
}

/** What the engine needs to know about an indicator kind. */
export interface KindSpec {
  /** What the kind accepts as input. */
  readonly input: ValueType;
  /** Compiles a rule for {@link judge}. */
  readonly compile: (rule: Rule, indicator: Indicator) => CompiledRule;
  readonly describe: (rule: Rule, indicator: Indicator) => LocalizedText;
}

const compiled = (test: number, bound: number): CompiledRule => Object.freeze({ test, bound, compound: undefined });

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkPercent(v: unknown): string | undefined {
  if (!isFiniteNumber(v)) return 'expected a percentage: a finite number from 0 to 100';
  if (v < 0 || v > 100) return `expected a percentage from 0 to 100, got ${v}`;
  return undefined;
}
function checkAmount(v: unknown): string | undefined {
  if (!isFiniteNumber(v)) return 'expected a finite, non-negative number';
  if (v < 0) return `expected a non-negative number, got ${v}`;
  return undefined;
}
function checkCount(v: unknown): string | undefined {
  if (!isFiniteNumber(v) || !Number.isInteger(v) || v < 0) return 'expected a whole number ≥ 0';
  return undefined;
}

const num = (v: IndicatorValue) => v as number;

/**
 * A difference rounded to 12 significant digits (so 81.5 - 75.3 is 6.2, not
 * 6.200000000000003): `Number(d.toPrecision(12))`, with a fast path for the usual
 * case of a difference that already is the double of a one-decimal number (then
 * the round trip through 12 digits returns it unchanged).
 */
function tidy(d: number): number {
  if (Math.abs(d) < 1e10 && Math.round(d * 10) / 10 === d) return d;
  let t = tidied.get(d);
  if (t === undefined) {
    t = Number(d.toPrecision(12));
    if (tidied.size >= 4096) tidied.clear();
    tidied.set(d, t);
  }
  return t;
}
// Differences repeat (values and thresholds have few decimals): remembered, bounded.
const tidied = new Map<number, number>();
const fmt = (n: number) => String(Number(n.toPrecision(12)));

function unitText(unit: string, lang: 'vi' | 'en'): string {
  if (unit === 'million-vnd/person/year') return lang === 'vi' ? ' triệu đồng/người/năm' : ' million VND/person/year';
  if (unit === 'm2/person') return ' m²/' + (lang === 'vi' ? 'người' : 'person');
  if (unit === 'count' || unit === 'percent' || unit === 'boolean') return '';
  return ` ${unit}`;
}

function checkCompound(v: unknown, indicator: Indicator): string | undefined {
  const fields = indicator.fields ?? [];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected an object with the fields ' + fields.map((f) => f.key).join(', ');
  const rec = v as Record<string, unknown>;
  // As many keys as fields and every field present: then no key is unknown. Otherwise
  // look for an unknown key first, so it is reported before any missing field.
  // Counted with for-in (no array per value); inherited enumerable keys, if any, only send
  // the check down the slower path below, which looks at own keys.
  let count = 0;
  for (const _ in rec) count++;
  let exact = count === fields.length;
  for (let n = 0; exact && n < fields.length; n++) if (rec[fields[n]!.key] === undefined) exact = false;
  if (!exact) {
    const unknown = Object.keys(rec).find((key) => !fields.some((f) => f.key === key));
    if (unknown !== undefined) return `unknown field "${unknown}" (expected ${fields.map((f) => f.key).join(', ')})`;
  }
  for (let n = 0; n < fields.length; n++) {
    const f = fields[n]!;
    const fv = rec[f.key];
    if (fv === undefined) return `missing field "${f.key}"`;
    const msg = f.type === 'boolean' ? (typeof fv === 'boolean' ? undefined : 'expected true or false')
      : f.type === 'percent' ? checkPercent(fv)
      : f.type === 'count' ? checkCount(fv)
      : checkAmount(fv);
    if (msg) return `field "${f.key}": ${msg}`;
    if (f.min !== undefined && (fv as number) < f.min) return `field "${f.key}": must be at least ${f.min}`;
    if (f.notGreaterThan !== undefined && typeof rec[f.notGreaterThan] === 'number' && (fv as number) > (rec[f.notGreaterThan] as number)) {
      return `field "${f.key}" (${String(fv)}) cannot exceed "${f.notGreaterThan}" (${String(rec[f.notGreaterThan])})`;
    }
  }
  return undefined;
}

/** The indicator kinds: how each validates input, judges a value and renders its threshold. */
export const KINDS: Readonly<Record<IndicatorKind, KindSpec>> = {
  boolean: {
    input: 'boolean',
    compile: () => compiled(TEST.isTrue, 0),
    describe: () => ({ vi: 'Đạt', en: 'Met' }),
  },
  'none-allowed': {
    input: 'count',
    compile: () => compiled(TEST.zero, 0),
    describe: () => ({ vi: 'Không', en: 'None' }),
  },
  'min-percent': {
    input: 'percent',
    compile: (r) => compiled(TEST.atLeast, (r as { min: number }).min),
    describe: (r) => {
      const min = (r as { min: number }).min;
      const t = min === 100 ? '100%' : `≥ ${fmt(min)}%`;
      return { vi: t, en: t };
    },
  },
  'max-percent': {
    input: 'percent',
    compile: (r) => compiled(TEST.atMost, (r as { max: number }).max),
    describe: (r) => {
      const t = `≤ ${fmt((r as { max: number }).max)}%`;
      return { vi: t, en: t };
    },
  },
  'min-value': {
    input: 'amount',
    compile: (r) => compiled(TEST.atLeast, (r as { min: number }).min),
    describe: (r, ind) => {
      const min = fmt((r as { min: number }).min);
      return { vi: `≥ ${min}${unitText(ind.unit, 'vi')}`, en: `≥ ${min}${unitText(ind.unit, 'en')}` };
    },
  },
  'max-value': {
    input: 'amount',
    compile: (r) => compiled(TEST.atMost, (r as { max: number }).max),
    describe: (r, ind) => {
      const max = fmt((r as { max: number }).max);
      return { vi: `≤ ${max}${unitText(ind.unit, 'vi')}`, en: `≤ ${max}${unitText(ind.unit, 'en')}` };
    },
  },
  'min-count': {
    input: 'count',
    compile: (r) => compiled(TEST.atLeastWhole, (r as { min: number }).min),
    describe: (r) => {
      const t = `≥ ${fmt((r as { min: number }).min)}`;
      return { vi: t, en: t };
    },
  },
  compound: {
    input: 'compound',
    compile: (r, ind) => Object.freeze({ test: TEST.compound, bound: 0, compound: compileCondition((r as { rule: import('../types.js').Condition }).rule, ind.fields) }),
    describe: (r, ind) => {
      const c = (r as { rule: import('../types.js').Condition }).rule;
      return { vi: describeCondition(c, ind.fields, 'vi'), en: describeCondition(c, ind.fields, 'en') };
    },
  },
};
