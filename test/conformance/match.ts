/**
 * The conformance comparison (docs/conformance.md §Comparison): `expected` is the complete projected
 * result. Objects match when they have the same keys and every value matches; arrays when they have
 * the same length and match item by item; numbers, strings, booleans and null by equality (numbers as
 * doubles, exactly). Returns the mismatches, each with its path.
 */
export function mismatches(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual).slice(0, 400)}`];
    return expected.flatMap((e, i) => mismatches(e, actual[i], `${path}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)?.slice(0, 400)}`];
    const out: string[] = [];
    for (const k of Object.keys(actual)) if (!Object.hasOwn(expected, k)) out.push(`${path}.${k}: not expected, got ${JSON.stringify((actual as Record<string, unknown>)[k])?.slice(0, 200)}`);
    for (const [k, v] of Object.entries(expected)) {
      if (!Object.hasOwn(actual, k)) out.push(`${path}.${k}: missing`);
      else out.push(...mismatches(v, (actual as Record<string, unknown>)[k], `${path}.${k}`));
    }
    return out;
  }
  return Object.is(expected, actual) || (expected === 0 && actual === 0) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
