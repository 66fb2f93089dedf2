/** Deep readonly view of a type. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** Freezes a plain-data value and everything inside it; returns it typed as readonly. */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value as DeepReadonly<T>;
}

/**
 * True when a value and everything reachable from it is frozen and made of data
 * properties only (so caches keyed by its identity stay valid: a frozen object with
 * a getter can still answer differently each time). Walks the value once; cycles
 * are handled; never runs a getter.
 */
export function isDeepFrozen(value: unknown, seen: Set<object> = new Set()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  const descriptors = Object.getOwnPropertyDescriptors(value);
  for (const key of Object.keys(descriptors)) {
    const d = descriptors[key]!;
    if (!('value' in d) || !isDeepFrozen(d.value, seen)) return false;
  }
  return true;
}
