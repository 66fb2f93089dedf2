import { expect } from 'vitest';
import { NtmError } from '../../src/index.js';

/** Runs `fn`, asserts it throws an NtmError, and returns it for further assertions. */
export function thrown(fn: () => unknown): NtmError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NtmError);
    return e as NtmError;
  }
  throw new Error('expected an NtmError');
}
