// Criteria sets known to be valid, clean (built by the library: no stray properties on
// arrays or objects) and deeply frozen: the package's own sets and those returned by
// defineCriteriaSet. The engine evaluates these as they are; any other set is validated
// and evaluated through its validated copy.
const known = new WeakSet<object>();

/** Records a set as valid, clean and deeply frozen. */
export function markKnownSet(set: object): void {
  known.add(set);
}

/** True for sets recorded by {@link markKnownSet}. */
export function isKnownSet(set: unknown): boolean {
  return typeof set === 'object' && set !== null && known.has(set);
}
