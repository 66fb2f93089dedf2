// Generators of malformed input for the hostile-input suite: hostile values (wrong
// types, NaN/Infinity, huge and tiny numbers, NFD Vietnamese, very long strings,
// deep nesting, arrays where objects belong, `__proto__`/`constructor` keys) and
// mutations of valid inputs at any depth.
import fc from 'fast-check';

const LONG = 'x'.repeat(100_000);
const LONG_VI = 'Nông thôn mới '.repeat(5_000);

/** An object nested `depth` levels deep (objects or arrays). */
export function deep(depth: number, array: boolean): unknown {
  let v: unknown = { leaf: 1 };
  for (let k = 0; k < depth; k++) v = array ? [v] : { all: [v], a: v };
  return v;
}

/** Objects whose own keys are `__proto__` / `constructor` (as JSON.parse makes them). */
function protoKeyed(): unknown[] {
  return [
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('{"__proto__": {"polluted": "yes"}, "year": 2024, "region": "TDMNPB", "indicators": {}}'),
    JSON.parse('{"indicators": {"__proto__": {"polluted": "yes"}}, "year": 2024, "region": "TDMNPB"}'),
    JSON.parse('{"prototype": {"polluted": "yes"}}'),
  ];
}

const SPECIAL_VALUES: readonly unknown[] = [
  NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, -5e-324, 2 ** 53 + 1, -(2 ** 53) - 1, 1e21, 0.1 + 0.2, 100.0000001, -1, 101,
  '', ' ', LONG, LONG_VI, 'Lai Châu'.normalize('NFD'), 'Thanh Hoá', 'Thanh Hóa'.normalize('NFD'), 'LAI CHÂU', '  lai   châu  ',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '2024-02-30', '0000-01-01', '9999-12-31', '2024-13-01',
  '\u0000', '\uD800', '１２３', '1e500', '-0', 'NaN', 'Infinity', '1,5', '4.916.475', 'TDMNPB', 'commune', 'not-applicable', 'all',
  true, false, null, undefined, [], [[]], {}, [{}], Object.create(null),
  new Date(NaN), new Date(8.64e15), new Date(-8.64e15), new Date('2024-06-30'), new Map([['a', 1]]), new Set([1]),
  10n, Symbol('s'), () => 1,
  deep(3_000, false), deep(3_000, true), deep(60, false),
  Array.from({ length: 50_000 }, (_, k) => k),
];

/** One hostile value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...protoKeyed()) },
  { weight: 2, arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** A hostile key for an object. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '', ' ', 'extra', LONG.slice(0, 5_000), 'Sơn Bình'.normalize('NFD'), '1.1', '99.9', '0', '-1'),
  fc.string({ maxLength: 12 }),
);

/** Sets an own property, even `__proto__` (as JSON.parse would), without touching prototypes; skips what cannot be set. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  const d = Object.getOwnPropertyDescriptor(target, key);
  if ((d !== undefined && !d.configurable) || (d === undefined && !Object.isExtensible(target))) return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const isPlainContainer = (v: unknown): v is object =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null));

/** Deep copy of plain data (objects, arrays, primitives), unfrozen. */
export function thaw<T>(value: T): T {
  if (Array.isArray(value)) return value.map(thaw) as T;
  if (isPlainContainer(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) setOwn(out, k, thaw((value as Record<string, unknown>)[k]));
    return out as T;
  }
  return value;
}

/** Every plain container (object or array) in a value, breadth first, at most `limit`. */
function containers(root: unknown, limit = 400): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [root];
  while (queue.length > 0 && out.length < limit) {
    const v = queue.shift();
    if (!isPlainContainer(v)) continue;
    out.push(v);
    for (const k of Object.keys(v)) queue.push((v as Record<string, unknown>)[k]);
  }
  return out;
}

/** A mutation of a valid value: one to three edits at random places. */
export interface Mutation {
  readonly picks: readonly number[];
  readonly ops: readonly ('replace' | 'delete' | 'add' | 'to-array' | 'to-string')[];
  readonly values: readonly unknown[];
  readonly keys: readonly string[];
}

export const mutation: fc.Arbitrary<Mutation> = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    picks: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    ops: fc.array(fc.constantFrom('replace', 'replace', 'delete', 'add', 'to-array', 'to-string'), { minLength: n, maxLength: n }),
    values: fc.array(hostileValue, { minLength: n, maxLength: n }),
    keys: fc.array(hostileKey, { minLength: n, maxLength: n }),
  }),
);

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return '[unprintable]';
  }
}

/** Applies a mutation to a thawed copy of `valid`; returns the copy. */
export function mutate<T>(valid: T, m: Mutation): T {
  const root = thaw(valid);
  // Only the copy's own containers are edited, never the (shared) hostile values put in.
  const all = containers(root);
  for (let k = 0; k < m.ops.length; k++) {
    if (all.length === 0) break;
    const target = all[m.picks[k]! % all.length] as Record<string, unknown>;
    const keys = Object.keys(target);
    const key = keys.length > 0 ? keys[m.picks[k]! % keys.length]! : Array.isArray(target) ? '0' : m.keys[k]!;
    switch (m.ops[k]) {
      case 'replace': setOwn(target, key, m.values[k]); break;
      case 'delete': if (Object.getOwnPropertyDescriptor(target, key)?.configurable) delete target[key]; break;
      // Named keys only on objects: arrays with named properties are not JSON data.
      case 'add': if (!Array.isArray(target)) setOwn(target, m.keys[k]!, m.values[k]); break;
      case 'to-array': setOwn(target, key, [target[key]]); break;
      case 'to-string': setOwn(target, key, safeString(target[key])); break;
    }
  }
  return root;
}

/** A trap planted in a valid input: a getter or Proxy trap that throws, a revoked Proxy, a hole, a lying length, a getter that changes. */
export interface Trap {
  readonly pick: number;
  readonly key: number;
  readonly kind: 'getter' | 'changing-getter' | 'proxy-get' | 'proxy-keys' | 'proxy-all' | 'revoked' | 'hole' | 'lying-length';
}

export const trap: fc.Arbitrary<Trap> = fc.record({
  pick: fc.nat(),
  key: fc.nat(),
  kind: fc.constantFrom('getter', 'changing-getter', 'proxy-get', 'proxy-keys', 'proxy-all', 'revoked', 'hole', 'lying-length'),
});

const boom = (): never => {
  throw new RangeError('boom');
};

function trapped(value: unknown, kind: Trap['kind']): unknown {
  if (typeof value !== 'object' || value === null) return value;
  switch (kind) {
    case 'proxy-get': return new Proxy(value, { get: boom });
    case 'proxy-keys': return new Proxy(value, { ownKeys: boom, getOwnPropertyDescriptor: boom });
    case 'revoked': {
      const r = Proxy.revocable(value, {});
      r.revoke();
      return r.proxy;
    }
    case 'lying-length':
      return Array.isArray(value) ? new Proxy(value, { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) }) : new Proxy(value, { get: boom });
    default: return new Proxy(value, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
  }
}

/** Applies a trap to a thawed copy of `args` (the arguments of one call); returns the copy. */
export function plantTrap<T extends readonly unknown[]>(args: T, t: Trap): T {
  const root = thaw(args) as unknown as unknown[];
  const all = containers(root);
  const parent = all[t.pick % all.length] as Record<string, unknown>;
  const keys = Object.keys(parent);
  if (keys.length === 0) return root as unknown as T;
  const key = keys[t.key % keys.length]!;
  const value = parent[key];
  // The arguments array itself is spread by the caller: only its items may be replaced.
  const kind = (parent as unknown) === root && (t.kind === 'getter' || t.kind === 'changing-getter' || t.kind === 'hole') ? 'proxy-all' : t.kind;
  if (kind === 'getter') {
    Object.defineProperty(parent, key, { get: boom, enumerable: true, configurable: true });
  } else if (kind === 'changing-getter') {
    let reads = 0;
    Object.defineProperty(parent, key, { get: () => (reads++ === 0 ? value : { changed: Symbol('x') }), enumerable: true, configurable: true });
  } else if (kind === 'hole') {
    if (Array.isArray(parent)) delete parent[key as unknown as number];
    else Object.defineProperty(parent, key, { get: boom, enumerable: true, configurable: true });
  } else {
    parent[key] = trapped(value, kind);
  }
  return root as unknown as T;
}
