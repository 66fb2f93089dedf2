// The engine's memory, in one place. Everything the engine remembers between calls lives
// here, with its key and bound:
// - trusted: sets and overlays known valid, clean and deeply frozen (the library's own, and
//   those returned by defineCriteriaSet / defineThresholdOverlay). Held weakly.
// - copies: the validated copy of a deeply frozen set or overlay the library did not build,
//   keyed by the original (weakly), so it is validated once. Objects that are not deeply
//   frozen (or that carry accessors) are validated on every call: they could change.
// - overlayChecks: whether an overlay fits a set (codes and kinds), per (overlay, set), weakly.
// - indexes: each set's code → slot table, weakly, with, per kind of code (indicators,
//   conditions), the last key order seen and the fast path compiled for it (ordered-values.ts):
//   one each, replaced when a new order comes twice in a row.
// - plans: compiled plans (see compile.ts), per set (weakly), then by the overlays' identities,
//   then by the case (the day, the year and the column as one number, so that a look-up builds
//   and hashes no key string; see evaluate.ts caseKey): at most PLANS_PER_SET per set; a full
//   table starts afresh. Keys are values (never positions in a mutable array).
// Nothing here is observable in results: a plan built anew equals the one remembered.

/** Bounds on what the engine remembers. */
export const CACHE_LIMITS = Object.freeze({ plansPerSet: 256 });

const trusted = new WeakSet<object>();

/** Records a set or overlay as valid, clean and deeply frozen. */
export function trust(value: object): void {
  trusted.add(value);
}

/** True for sets and overlays recorded by {@link trust}. */
export function isTrusted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && trusted.has(value);
}

const copies = new WeakMap<object, object>();

/** The validated copy remembered for a deeply frozen original, if any. */
export function copyOf<T extends object>(original: object): T | undefined {
  return copies.get(original) as T | undefined;
}

/** Remembers the validated copy of a deeply frozen original. */
export function rememberCopy(original: object, copy: object): void {
  copies.set(original, copy);
}

/** A value computed once per pair of objects (held weakly). */
export function memoPair<A extends object, B extends object, V>(table: WeakMap<A, WeakMap<B, V>>, a: A, b: B, compute: () => V): V {
  let inner = table.get(a);
  if (inner === undefined) {
    inner = new WeakMap();
    table.set(a, inner);
  }
  let v = inner.get(b);
  if (v === undefined) {
    v = compute();
    inner.set(b, v);
  }
  return v;
}

/** A value computed once per object (held weakly). */
export function memoOne<A extends object, V>(table: WeakMap<A, V>, a: A, compute: () => V): V {
  let v = table.get(a);
  if (v === undefined) {
    v = compute();
    table.set(a, v);
  }
  return v;
}

let nextId = 1;
const ids = new WeakMap<object, number>();

/** A number that names an object's identity in a key string. */
export function identity(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** The plans of one set: by overlays key, then by case key; `size` counts them all. */
interface PlanTable {
  readonly byOverlays: Map<number | string, Map<number | string, unknown>>;
  size: number;
}

const plans = new WeakMap<object, PlanTable>();

/** The overlays' part of a plan key: 0 for none, the identity of one, the identities joined for more. */
function overlaysKey(overlays: readonly object[]): number | string {
  if (overlays.length === 0) return 0;
  if (overlays.length === 1) return identity(overlays[0]!);
  return overlays.map(identity).join('|');
}

/**
 * The plan for a set, its overlays and a case (a key that names the day, the year and the
 * column), built once (see CACHE_LIMITS.plansPerSet).
 */
export function planFor<P>(set: object, overlays: readonly object[], caseKey: number | string, build: () => P): P {
  let table = plans.get(set);
  if (table === undefined) {
    table = { byOverlays: new Map(), size: 0 };
    plans.set(set, table);
  }
  const oKey = overlaysKey(overlays);
  let byCase = table.byOverlays.get(oKey);
  if (byCase === undefined) {
    byCase = new Map();
    table.byOverlays.set(oKey, byCase);
  }
  let plan = byCase.get(caseKey) as P | undefined;
  if (plan === undefined) {
    if (table.size >= CACHE_LIMITS.plansPerSet) {
      table.byOverlays.clear();
      table.byOverlays.set(oKey, byCase);
      byCase.clear();
      table.size = 0;
    }
    plan = build();
    byCase.set(caseKey, plan);
    table.size++;
  }
  return plan;
}
