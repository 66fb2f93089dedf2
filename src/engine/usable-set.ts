// The set an evaluation uses: the library's own and defined sets as they are; any other value
// validated, and its validated copy used (never the raw object, whose arrays or keys could carry
// anything). A deeply frozen original without accessors is validated once (cache.ts).
import { isDeepFrozen } from '../_lib/freeze.js';
import { issueMessage, formatPath, NtmError } from '../errors.js';
import { copyOf, isTrusted, rememberCopy } from './cache.js';
import { normalisedSet, parseCriteriaSet } from './define.js';
import type { CriteriaSet } from './types/index.js';

/** A set the engine may evaluate with, or an `invalid-definition` NtmError with paths under `set`. */
export function usableSet(set: unknown): CriteriaSet {
  if (isTrusted(set)) return set as CriteriaSet;
  const copy = typeof set === 'object' && set !== null ? copyOf<CriteriaSet>(set) : undefined;
  if (copy) return copy;
  const parsed = parseCriteriaSet(set);
  if (parsed.issues) {
    const issues = parsed.issues.map((i) => ({ ...i, path: ['set', ...i.path] }));
    throw new NtmError('invalid-definition', `Invalid criteria set: ${issues.length} problem(s), first at ${formatPath(issues[0]!.path)}: ${issueMessage(issues[0]!)}`, issues);
  }
  const frozen = normalisedSet(parsed.set);
  let frozenOriginal = false;
  try {
    frozenOriginal = isDeepFrozen(set);
  } catch {
    // A Proxy whose traps throw: never remembered.
  }
  if (frozenOriginal) rememberCopy(set as object, frozen);
  return frozen;
}
