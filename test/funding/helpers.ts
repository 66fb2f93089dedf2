import { expect } from 'vitest';
import { NtmError } from '../../src/index.js';

/** Runs `fn`, expects an invalid-input NtmError, and returns it. */
export function thrown(fn: () => unknown): NtmError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NtmError);
    expect((e as NtmError).code).toBe('invalid-input');
    return e as NtmError;
  }
  throw new Error('expected an NtmError');
}

/** The paths of an error's issues, formatted like `lines[3].amount`. */
export function paths(error: NtmError): string[] {
  return error.issues.map((i) => i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join(''));
}
