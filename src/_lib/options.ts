// One way to read a public function's options: a plain object (or nothing) whose keys are all known.
// A misspelt key is an error, never silently ignored (a misspelt unit once left amounts 1,000 times off).
import { invalidInput, issue, type IssueInit } from '../errors.js';

/** The options as a plain record of own values, read once (a fresh object the caller owns). */
export type OptionValues = Readonly<Record<string, unknown>>;

const EMPTY: OptionValues = Object.freeze({});

/**
 * Checks that `options` is `undefined` or a plain object whose own keys are all in
 * `allowed`, reading each value once (a getter that throws becomes an issue at its
 * path). Returns a copy of the values; throws an `invalid-input` NtmError naming
 * every unknown key at `['options', key]` (or under `path`).
 */
export function readOptions(options: unknown, allowed: readonly string[], path: readonly (string | number)[] = ['options']): OptionValues {
  if (options === undefined) return EMPTY;
  const issues: IssueInit[] = [];
  let isArray: boolean;
  try {
    isArray = Array.isArray(options); // throws for a revoked Proxy
  } catch {
    throw invalidInput('options', [issue(path, 'unreadable', { vi: 'không đọc được tùy chọn', en: 'the options could not be read' })]);
  }
  if (typeof options !== 'object' || options === null || isArray) {
    throw invalidInput('options', [issue(path, 'expected-object', { vi: 'tùy chọn phải là một đối tượng (object)', en: 'options must be an object' })]);
  }
  const out: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    throw invalidInput('options', [issue(path, 'unreadable', { vi: 'không đọc được tùy chọn', en: 'the options could not be read' })]);
  }
  for (const key of keys) {
    if (!allowed.includes(key)) {
      issues.push(issue([...path, key], 'unknown-key', { vi: `tùy chọn không có: "${key}" (có: ${allowed.join(', ')})`, en: `unknown option "${key}" (known: ${allowed.join(', ')})` }, { key, allowed: [...allowed] }));
      if (issues.length >= 100) break;
      continue;
    }
    try {
      out[key] = (options as Record<string, unknown>)[key];
    } catch {
      issues.push(issue([...path, key], 'unreadable', { vi: 'không đọc được giá trị', en: 'the value could not be read' }));
    }
  }
  if (issues.length > 0) throw invalidInput('options', issues);
  return out;
}
