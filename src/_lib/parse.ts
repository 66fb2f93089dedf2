import type { z } from 'zod';
import { invalidInput, type IssueInit } from '../errors.js';

/** Converts zod issues to the library's issue shape (paths without symbols). */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): IssueInit[] {
  return issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p.description ?? '') : p))],
    message: i.message,
  }));
}

/**
 * Validates `input` against a zod schema; returns the parsed (copied) value or
 * throws an `invalid-input` NtmError naming each offending path.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(what, toIssues(result.error.issues));
}
