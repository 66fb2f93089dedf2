import { formatNumber } from '../../_lib/numbers.js';
import type { LocalizedText } from '../../_lib/text.js';
import type { CompoundField, Condition, Operand } from '../types/index.js';

type Values = { readonly [field: string]: number | boolean };
type Comparison = Extract<Condition, { compare: unknown }>;

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
  if ('const' in op) return typeof op.const === 'boolean' ? (op.const ? (lang === 'vi' ? 'đạt' : 'yes') : (lang === 'vi' ? 'không đạt' : 'no')) : formatNumber(op.const, lang);
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
  // The parts of a requirement are listed as the annexes list them: separated by semicolons.
  if ('all' in c) return c.all.map((x) => describeCondition(x, fields, lang)).join('; ');
  if ('any' in c) return `(${c.any.map((x) => describeCondition(x, fields, lang)).join(lang === 'vi' ? ' hoặc ' : ' or ')})`;
  const w = describeCondition(c.if, fields, lang);
  return lang === 'vi'
    ? `nếu ${w} thì ${describeCondition(c.then, fields, lang)}, nếu không thì ${describeCondition(c.else, fields, lang)}`
    : `if ${w} then ${describeCondition(c.then, fields, lang)}, otherwise ${describeCondition(c.else, fields, lang)}`;
}

/**
 * A compound rule compiled for one indicator: `undefined` when the value meets it,
 * otherwise the comparisons that failed (a fresh array; the texts are shared and frozen).
 */
export type CompiledCondition = (values: Values) => LocalizedText[] | undefined;

type Getter = (values: Values) => number | boolean | undefined;

function compileOperand(op: Operand): Getter {
  if ('field' in op) {
    const key = op.field;
    return (values) => values[key];
  }
  if ('const' in op) {
    const k = op.const;
    return () => k;
  }
  const [n, d] = op.percentOf;
  return (values) => {
    const num = values[n];
    const den = values[d];
    return typeof num !== 'number' || typeof den !== 'number' || den === 0 ? undefined : (num * 100) / den;
  };
}

function compileComparison(c: Comparison, fields: readonly CompoundField[] | undefined): CompiledCondition {
  const text: LocalizedText = Object.freeze(c.label ? { vi: c.label.vi, en: c.label.en } : { vi: describeCondition(c, fields, 'vi'), en: describeCondition(c, fields, 'en') });
  const [l, op, r] = c.compare;
  // The usual comparison, a field against a constant, reads the field directly.
  if ('field' in l && 'const' in r) {
    const key = l.field;
    const k = r.const;
    return (values) => {
      const a = values[key];
      return a !== undefined && compare(a, op, k) ? undefined : [text];
    };
  }
  const left = compileOperand(l);
  const right = compileOperand(r);
  return (values) => {
    const a = left(values);
    const b = right(values);
    return a !== undefined && b !== undefined && compare(a, op, b) ? undefined : [text];
  };
}

/**
 * Compiles a compound condition once per plan, so that judging a value walks
 * closures rather than re-reading the rule, and failure texts are rendered once.
 * Semantics: a comparison with a missing operand fails; `all` reports every failed
 * part; `any` holds when one part holds, else reports all their failures; `if`
 * picks `then` or `else` by whether its condition holds.
 */
export function compileCondition(c: Condition, fields: readonly CompoundField[] | undefined): CompiledCondition {
  if ('compare' in c) return compileComparison(c, fields);
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, fields));
    return (values) => {
      let failed: LocalizedText[] | undefined;
      for (const part of parts) {
        const f = part(values);
        if (f !== undefined) {
          if (failed === undefined) failed = f;
          else for (const t of f) failed.push(t);
        }
      }
      return failed;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, fields));
    return (values) => {
      const failed: LocalizedText[] = [];
      for (const part of parts) {
        const f = part(values);
        if (f === undefined) return undefined;
        for (const t of f) failed.push(t);
      }
      return failed;
    };
  }
  const test = compileCondition(c.if, fields);
  const then = compileCondition(c.then, fields);
  const otherwise = compileCondition(c.else, fields);
  return (values) => (test(values) === undefined ? then(values) : otherwise(values));
}
