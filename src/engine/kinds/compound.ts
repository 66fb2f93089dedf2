import type { LocalizedText } from '../../_lib/text.js';
import type { CompoundField, Condition, Operand } from '../types.js';

type Values = { readonly [field: string]: number | boolean };

function operandValue(op: Operand, values: Values): number | boolean | undefined {
  if ('field' in op) return values[op.field];
  if ('const' in op) return op.const;
  const num = values[op.percentOf[0]];
  const den = values[op.percentOf[1]];
  if (typeof num !== 'number' || typeof den !== 'number' || den === 0) return undefined;
  return (num * 100) / den;
}

function compare(a: number | boolean, op: string, b: number | boolean): boolean {
  switch (op) {
    case '>=': return a >= b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '<': return a < b;
    default: return a === b;
  }
}

/** Renders an operand for explanations, using field labels. */
export function describeOperand(op: Operand, fields: readonly CompoundField[] | undefined, lang: 'vi' | 'en'): string {
  const label = (key: string) => fields?.find((f) => f.key === key)?.label[lang] ?? key;
  if ('field' in op) return label(op.field);
  if ('const' in op) return typeof op.const === 'boolean' ? (op.const ? (lang === 'vi' ? 'đạt' : 'yes') : (lang === 'vi' ? 'không đạt' : 'no')) : String(op.const);
  return lang === 'vi' ? `tỷ lệ ${label(op.percentOf[0])} / ${label(op.percentOf[1])} (%)` : `${label(op.percentOf[0])} as % of ${label(op.percentOf[1])}`;
}

/** Renders a condition as text, e.g. `a ≥ 98 và b = đạt`. */
export function describeCondition(c: Condition, fields: readonly CompoundField[] | undefined, lang: 'vi' | 'en'): string {
  if ('compare' in c) {
    if (c.label) return c.label[lang];
    const [l, op, r] = c.compare;
    const sym = op === '>=' ? '≥' : op === '<=' ? '≤' : op === '==' ? '=' : op;
    return `${describeOperand(l, fields, lang)} ${sym} ${describeOperand(r, fields, lang)}`;
  }
  if ('all' in c) return c.all.map((x) => describeCondition(x, fields, lang)).join(lang === 'vi' ? ' và ' : ' and ');
  if ('any' in c) return `(${c.any.map((x) => describeCondition(x, fields, lang)).join(lang === 'vi' ? ' hoặc ' : ' or ')})`;
  const w = describeCondition(c.if, fields, lang);
  return lang === 'vi'
    ? `nếu ${w} thì ${describeCondition(c.then, fields, lang)}, nếu không thì ${describeCondition(c.else, fields, lang)}`
    : `if ${w} then ${describeCondition(c.then, fields, lang)}, otherwise ${describeCondition(c.else, fields, lang)}`;
}

// Texts of unlabelled comparisons, by condition and field list (the labels come from the
// fields). Only frozen, hence immutable, data is cached.
type Comparison = Extract<Condition, { compare: unknown }>;
const described = new WeakMap<Comparison, WeakMap<object, LocalizedText>>();
const NO_FIELDS = Object.freeze({});

function describeFailed(c: Comparison, fields: readonly CompoundField[] | undefined): LocalizedText {
  if (c.label) return { vi: c.label.vi, en: c.label.en };
  const cacheable = Object.isFrozen(c) && (fields === undefined || (Object.isFrozen(fields) && fields.every((f) => Object.isFrozen(f) && Object.isFrozen(f.label))));
  let byFields = cacheable ? described.get(c) : undefined;
  let t = byFields?.get(fields ?? NO_FIELDS);
  if (t === undefined) {
    t = Object.freeze({ vi: describeCondition(c, fields, 'vi'), en: describeCondition(c, fields, 'en') });
    if (cacheable) {
      if (byFields === undefined) described.set(c, (byFields = new WeakMap()));
      byFields.set(fields ?? NO_FIELDS, t);
    }
  }
  return { vi: t.vi, en: t.en };
}

// The verdict of a condition that holds, shared: evaluating allocates only for failures.
const HOLDS: { met: boolean; failed: readonly LocalizedText[] } = Object.freeze({ met: true, failed: Object.freeze([]) as readonly LocalizedText[] });

/**
 * Evaluates a compound condition. Returns whether it holds and, when it does
 * not, the leaf comparisons that failed (for the explanation).
 */
export function evaluateCondition(c: Condition, values: Values, fields: readonly CompoundField[] | undefined): { met: boolean; failed: readonly LocalizedText[] } {
  if ('compare' in c) {
    const cmp = c.compare;
    const a = operandValue(cmp[0], values);
    const b = operandValue(cmp[2], values);
    const met = a !== undefined && b !== undefined && compare(a, cmp[1], b);
    return met ? HOLDS : { met, failed: [describeFailed(c, fields)] };
  }
  if ('all' in c) {
    let failed: LocalizedText[] | undefined;
    for (const x of c.all) {
      const r = evaluateCondition(x, values, fields);
      if (r.failed.length > 0) (failed ??= []).push(...r.failed);
    }
    return failed === undefined ? HOLDS : { met: false, failed };
  }
  if ('any' in c) {
    const failed: LocalizedText[] = [];
    for (const x of c.any) {
      const r = evaluateCondition(x, values, fields);
      if (r.met) return HOLDS;
      failed.push(...r.failed);
    }
    return { met: false, failed };
  }
  return evaluateCondition(evaluateCondition(c.if, values, fields).met ? c.then : c.else, values, fields);
}
