/**
 * The one error type the library throws. Every rejection of bad input is an
 * {@link NtmError} with a machine-readable `code` and, for input problems, the
 * list of offending field paths, each with a coded, bilingual issue.
 */
import type { LocalizedText } from './_lib/text.js';

/**
 * What went wrong, as a stable machine-readable code.
 *
 * @example
 * ```ts
 * import { isNtmError, type NtmErrorCode } from 'ntm-rules';
 * const code: NtmErrorCode = 'invalid-input';
 * isNtmError(new Error('x'), code); // false
 * ```
 */
export type NtmErrorCode =
  /** The input does not match its schema; see `issues`. */
  | 'invalid-input'
  /** A criteria-set definition (national or provincial) is malformed. */
  | 'invalid-definition'
  /** No criteria set (or version) governs the requested kind, province or date. */
  | 'no-set-in-force'
  /** A name or code refers to nothing the library knows (region, indicator, source). */
  | 'unknown-reference'
  /** An operation that needs a value the library does not hold. */
  | 'not-available';

/**
 * A parameter of an issue: plain data only, so issues serialise as they are.
 *
 * @example
 * ```ts
 * import type { NtmIssueParam } from 'ntm-rules';
 * const allowed: NtmIssueParam = ['met', 'not-met', 'unknown'];
 * ```
 */
export type NtmIssueParam = string | number | boolean | null | readonly (string | number)[];

/**
 * One problem in an input, located by its path from the input's root, with a
 * machine `code`, the values that explain it (`params`) and its text in
 * Vietnamese and English. `message` is `text.en`, kept for callers that print
 * one language.
 *
 * @example
 * ```ts
 * import { evaluateCommune, isNtmError, type NtmIssue } from 'ntm-rules';
 * let issues: readonly NtmIssue[] = [];
 * try { evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 140 } }); } catch (e) { if (isNtmError(e)) issues = e.issues; }
 * issues[0]?.path; // ['indicators', '2.1']
 * issues[0]?.code; // 'out-of-range'
 * issues[0]?.text.vi; // 'phải từ 0 đến 100 (tỷ lệ phần trăm)'
 * ```
 */
export interface NtmIssue {
  /** Path from the root of the input, e.g. `['indicators', '2.1']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, as a stable machine code, e.g. `'expected-number'`, `'unknown-key'`. */
  readonly code: string;
  /** The values the text mentions (expected type, bounds, the key found …), when useful. */
  readonly params?: Readonly<Record<string, NtmIssueParam>>;
  /** What is wrong, in Vietnamese and English, in words a person can act on. */
  readonly text: LocalizedText;
  /** `text.en`. */
  readonly message: string;
}

/**
 * What is handed to {@link NtmError} to describe one issue: coded (`code` and
 * `text`), or a plain English `message` (then given the code `'invalid'`).
 *
 * @example
 * ```ts
 * import { NtmError, type IssueInit } from 'ntm-rules';
 * const init: IssueInit = { path: ['year'], code: 'expected-year', text: { vi: 'cần năm', en: 'expected a year' } };
 * new NtmError('invalid-input', 'Invalid input', [init]).issues[0]?.message; // 'expected a year'
 * ```
 */
export type IssueInit =
  | { readonly path: readonly (string | number)[]; readonly code: string; readonly text: LocalizedText; readonly params?: Readonly<Record<string, NtmIssueParam>> }
  | { readonly path: readonly (string | number)[]; readonly message: string; readonly code?: undefined; readonly text?: undefined; readonly params?: undefined };

/**
 * Builds a coded issue.
 * @internal
 */
export function issue(path: readonly (string | number)[], code: string, text: LocalizedText, params?: Readonly<Record<string, NtmIssueParam>>): IssueInit {
  return params === undefined ? { path, code, text } : { path, code, text, params };
}

function freezeIssue(i: IssueInit): NtmIssue {
  const text = i.text ?? { vi: i.message!, en: i.message! };
  const base = { path: Object.freeze([...i.path]), code: i.code ?? 'invalid', text: Object.freeze({ vi: text.vi, en: text.en }) };
  return Object.freeze(i.params === undefined ? { ...base, message: text.en } : { ...base, params: Object.freeze({ ...i.params }), message: text.en });
}

/**
 * The error every public function throws for bad input or an impossible request.
 *
 * @example
 * ```ts
 * import { evaluateCommune, NtmError } from 'ntm-rules';
 * try {
 *   evaluateCommune({ region: 'XYZ', year: 2024, indicators: {} } as never);
 * } catch (error) {
 *   if (error instanceof NtmError) console.log(error.code, error.issues[0]?.path);
 * }
 * ```
 */
export class NtmError extends Error {
  override readonly name = 'NtmError';
  /** Machine-readable kind of failure. */
  readonly code: NtmErrorCode;
  /** The offending fields, for input errors; empty otherwise. */
  readonly issues: readonly NtmIssue[];

  constructor(code: NtmErrorCode, message: string, issues: readonly IssueInit[] = []) {
    super(message);
    this.code = code;
    this.issues = Object.freeze(issues.map(freezeIssue));
  }
}

/**
 * Tells whether a value is an {@link NtmError}, optionally of one code. Works
 * across two installed copies of the library, where `instanceof` would not.
 * Never throws, whatever the value (a Proxy whose traps throw is not an NtmError).
 *
 * @example
 * ```ts
 * import { isNtmError } from 'ntm-rules';
 * const error: unknown = new Error('x');
 * isNtmError(error, 'invalid-input'); // false
 * ```
 */
export function isNtmError(value: unknown, code?: NtmErrorCode): value is NtmError {
  if (value instanceof NtmError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  try {
    const v = value as { name?: unknown; code?: unknown; issues?: unknown };
    return v.name === 'NtmError' && typeof v.code === 'string' && Array.isArray(v.issues) && (code === undefined || v.code === code);
  } catch {
    return false;
  }
}

/** The English text of an issue being built. @internal */
export function issueMessage(i: IssueInit): string {
  return i.text !== undefined ? i.text.en : i.message;
}

/** At most this many issues are kept in one error: a hostile input cannot make the error itself huge. */
export const MAX_ISSUES = 100;

/** Builds an `invalid-input` error from issues, with a message that lists them (at most {@link MAX_ISSUES} are kept). */
export function invalidInput(what: string, issues: readonly IssueInit[]): NtmError {
  const kept = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
  const lines = kept.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${issueMessage(i)}`);
  if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
  return new NtmError('invalid-input', `Invalid ${what}:\n${lines.join('\n')}`, kept);
}

/** Renders a path as `indicators["2.1"].value` for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
