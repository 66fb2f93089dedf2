// The fast path of filing an input's values, for inputs whose codes come in one order.
//
// Why: inputs of one source (a file, an app) list their codes in the same order. For such an
// input, reading and checking each value through the general loop (validate-input.ts: find the
// code's entry, then one switch on its type, then one on the kind) is about a third of an
// evaluation. Here a function is generated once per order, which reads each value by its
// code (a load that V8 caches per input shape, as hand-written code would) and files the usual
// value when a simple test passes (`typeof v === "boolean"`, a percentage from 0 to 100, …).
// Any other value (null, "not-applicable", a compound value, a wrong type) goes to the general
// check of that one value, so problems are reported by the one place that words them.
//
// The function is used only when the input's own keys are exactly that order (from
// Object.keys), so it reads exactly the own properties the general loop would read, once
// each, in the same order, and files the same values and issues. It is generated with
// `new Function` from the codes (as JSON string literals) and slot numbers; where code
// generation is not allowed, the general loop does everything. test/engine/ordered-values.test.ts
// checks it against the general loop.
import type { ValueType } from './kinds/values.js';
import { canGenerate } from './read-values.js';

/** What the fast path needs of one position: the code read there, its slot, its type. */
export interface OrderedEntry {
  readonly code: string;
  readonly slot: number;
  readonly input: ValueType;
}

/** Files the value at one position through the general check (wrong types, null, compound values). */
export type FileOne<C> = (position: number, value: unknown, context: C, slots: unknown[]) => void;

/** Reads and files the values of one input whose own keys are the order it was made for. */
export type OrderedFiler<C> = (o: Readonly<Record<string, unknown>>, slots: unknown[], context: C) => void;

/**
 * The usual values of each type, as a test on `v` that the general check accepts unchanged
 * (kinds/values.ts checkScalar). Compound values always take the general check (it copies them).
 * test/engine/ordered-values.test.ts checks each test against checkScalar.
 */
export const ACCEPTED_AS_IS: Readonly<Record<ValueType, string>> = Object.freeze({
  boolean: 'typeof v==="boolean"',
  count: 'typeof v==="number"&&v>=0&&isInteger(v)',
  percent: 'typeof v==="number"&&v>=0&&v<=100',
  amount: 'typeof v==="number"&&v>=0&&v<=1.7976931348623157e308',
  compound: 'false',
});

/**
 * The filer for inputs whose own keys are `order` (entries in key order), or undefined where
 * code generation is not allowed. `fileOne` is called for each value that is not filed as is.
 */
export function compileOrderedFiler<C>(order: readonly OrderedEntry[], fileOne: FileOne<C>): OrderedFiler<C> | undefined {
  if (!canGenerate()) return undefined;
  let body = 'var v;';
  order.forEach((e, k) => {
    body += `v=o[${JSON.stringify(e.code)}];if(v!==undefined){if(${ACCEPTED_AS_IS[e.input]})s[${e.slot}]=v;else f(${k},v,c,s);}`;
  });
  return new Function('f', 'isInteger', `return function(o,s,c){${body}}`)(fileOne, Number.isInteger) as OrderedFiler<C>;
}

/**
 * The filer of the last order seen twice in a row, per kind of code (indicators, conditions)
 * of a set. A new order is compiled when a second input in a row comes in it, so a source
 * whose orders alternate does not compile one per input.
 */
export class OrderedFilers<E extends OrderedEntry, C> {
  private order: readonly string[] | undefined;
  private filer: OrderedFiler<C> | undefined;
  private previous: readonly string[] | undefined;

  /** `fileAt` is the general check of one value (with its entry). */
  constructor(
    private readonly entryOf: (code: string) => E | undefined,
    private readonly fileAt: (entry: E, value: unknown, context: C, slots: unknown[]) => void,
  ) {}

  /** The filer for inputs whose own keys are `keys`, if one is compiled or now worth compiling. */
  for(keys: readonly string[]): OrderedFiler<C> | undefined {
    if (this.order !== undefined && sameKeys(keys, this.order)) return this.filer;
    const previous = this.previous;
    this.previous = keys;
    if (previous === undefined || !sameKeys(keys, previous)) return undefined;
    const entries: E[] = [];
    for (const code of keys) {
      const e = this.entryOf(code);
      if (e === undefined) return undefined; // an unknown code: the general loop reports it
      entries.push(e);
    }
    this.order = keys;
    const fileAt = this.fileAt;
    this.filer = compileOrderedFiler<C>(entries, (k, v, c, s) => fileAt(entries[k]!, v, c, s));
    return this.filer;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let n = 0; n < a.length; n++) if (a[n] !== b[n]) return false;
  return true;
}
