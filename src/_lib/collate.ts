// Criterion and indicator codes in natural order ('2' < '10', '17.2' < '17.10').
// The collator is built on first use: an ICU collator costs several milliseconds,
// too much to pay on every import of the package.
let collator: Intl.Collator | undefined;

/** Compares two codes in natural (numeric-aware) order, for sorting. */
export function compareCodes(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(a, b);
}
