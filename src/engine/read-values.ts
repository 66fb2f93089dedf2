// The fast path of reading an input's values: a reader compiled per set, with one load site
// per key position.
//
// Why: inputs of one source (a file, an app) list their codes in the same order, and inputs
// parsed from JSON share one hidden class. Reading every value with `values[code]` at one site
// makes that site see every code of the set, so V8 gives up caching it (a megamorphic keyed
// load, about 2 µs per commune). The reader below reads the value at key position k at its own
// site (`v = o[keys[k]]`), which sees one key and one hidden class, so V8 caches it (a direct
// field read on JSON input). It reads own keys only (the keys come from Object.keys) and does
// nothing the plain loop does not. It is generated once per set with `new Function` (its text
// holds nothing but position numbers); where code generation is not allowed (a
// Content-Security-Policy without 'unsafe-eval') the plain loop is used. A minifier cannot fold
// the sites together, since they are made at run time. test/engine/read-values.test.ts checks
// that the generated and the plain readers agree.

/** Reads `o[keys[k]]` into `out[k]` for the first positions (as many as the reader has sites). */
export type PositionalReader = (o: Record<string, unknown>, keys: readonly string[], out: unknown[]) => void;

/** The plain loop the generated reader stands for. */
export function plainPositionalReader(o: Record<string, unknown>, keys: readonly string[], out: unknown[]): void {
  for (let k = 0; k < keys.length && k < out.length; k++) out[k] = o[keys[k]!];
}

let generationAllowed: boolean | undefined;

/** Whether code may be generated here (not under a Content-Security-Policy without 'unsafe-eval'); asked once. */
export function canGenerate(): boolean {
  if (generationAllowed === undefined) {
    try {
      generationAllowed = new Function('return 1')() === 1;
    } catch {
      generationAllowed = false;
    }
  }
  return generationAllowed;
}

/** A reader with `sites` load sites: generated where allowed, else the plain loop. */
export function compilePositionalReader(sites: number): PositionalReader {
  if (!canGenerate() || sites === 0) return plainPositionalReader;
  let body = 'var n=keys.length<out.length?keys.length:out.length;';
  for (let k = 0; k < sites; k++) body += `if(n>${k})out[${k}]=o[keys[${k}]];else return;`;
  return new Function('o', 'keys', 'out', body) as PositionalReader;
}

/**
 * Builds the checked copy of a compound value: `{ k1: o.k1, k2: o.k2, … }` for the fields' keys in
 * order. Generated once per field list, the copy is one object literal (one allocation, one hidden
 * class) instead of a store per key that changes the object's shape each time (about a third of
 * checking a compound value). Keys that are not plain identifiers (or `__proto__`, which a literal
 * would read as the prototype) keep the plain loop.
 */
export type RecordCopier = (o: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** Sets an own property, also for the key `__proto__` (which an assignment would take as the prototype). */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

/** The loop the generated copier stands for. */
export function plainRecordCopier(keys: readonly string[]): RecordCopier {
  return (o) => {
    const copy: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) setOwn(copy, keys[k]!, o[keys[k]!]);
    return copy;
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A copier for these keys: generated where allowed and every key is a plain identifier, else the loop. */
export function compileRecordCopier(keys: readonly string[]): RecordCopier {
  if (!canGenerate() || keys.length === 0 || !keys.every((k) => IDENTIFIER.test(k) && k !== '__proto__')) return plainRecordCopier(keys);
  return new Function('o', `return{${keys.map((k) => `${k}:o.${k}`).join(',')}}`) as RecordCopier;
}
