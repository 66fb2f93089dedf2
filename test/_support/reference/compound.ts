// Snapshot of the engine as it was before the performance work (commit 4100d89), kept
// as the oracle of the differential tests in test/properties: the optimised engine
// must return deep-equal results and throw the same errors.
import type { LocalizedText } from '../../../src/_lib/text.js';
import type { CompoundField, Condition, Operand } from '../../../src/engine/types.js';

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

/**
 * Evaluates a compound condition. Returns whether it holds and, when it does
 * not, the leaf comparisons that failed (for the explanation).
 */
export function evaluateCondition(c: Condition, values: Values, fields: readonly CompoundField[] | undefined): { met: boolean; failed: LocalizedText[] } {
  if ('compare' in c) {
    const [l, op, r] = c.compare;
    const a = operandValue(l, values);
    const b = operandValue(r, values);
    const met = a !== undefined && b !== undefined && compare(a, op, b);
    return met ? { met, failed: [] } : { met, failed: [{ vi: describeCondition(c, fields, 'vi'), en: describeCondition(c, fields, 'en') }] };
  }
  if ('all' in c) {
    const failed: LocalizedText[] = [];
    for (const x of c.all) failed.push(...evaluateCondition(x, values, fields).failed);
    return { met: failed.length === 0, failed };
  }
  if ('any' in c) {
    const failed: LocalizedText[] = [];
    for (const x of c.any) {
      const r = evaluateCondition(x, values, fields);
      if (r.met) return { met: true, failed: [] };
      failed.push(...r.failed);
    }
    return { met: false, failed };
  }
  return evaluateCondition(evaluateCondition(c.if, values, fields).met ? c.then : c.else, values, fields);
}
