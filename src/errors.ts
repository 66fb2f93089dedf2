/**
 * The one error type the library throws. Every rejection of bad input is an
 * {@link NtmError} with a machine-readable `code` and, for input problems, the
 * list of offending field paths.
 */

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
 * One problem in an input, located by its path from the input's root.
 *
 * @example
 * ```ts
 * import { evaluateCommune, isNtmError, type NtmIssue } from 'ntm-rules';
 * let issues: readonly NtmIssue[] = [];
 * try { evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 140 } }); } catch (e) { if (isNtmError(e)) issues = e.issues; }
 * issues[0]?.path; // ['indicators', '2.1']
 * ```
 */
export interface NtmIssue {
  /** Path from the root of the input, e.g. `['indicators', '2.1']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a person can act on (English). */
  readonly message: string;
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

  constructor(code: NtmErrorCode, message: string, issues: readonly NtmIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ path: Object.freeze([...i.path]), message: i.message })));
  }
}

/**
 * Tells whether a value is an {@link NtmError}, optionally of one code. Works
 * across two installed copies of the library, where `instanceof` would not.
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
  const v = value as { name?: unknown; code?: unknown; issues?: unknown };
  return v.name === 'NtmError' && typeof v.code === 'string' && Array.isArray(v.issues) && (code === undefined || v.code === code);
}

/** Builds an `invalid-input` error from issues, with a message that lists them. */
export function invalidInput(what: string, issues: readonly NtmIssue[]): NtmError {
  const lines = issues.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${i.message}`);
  if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
  return new NtmError('invalid-input', `Invalid ${what}:\n${lines.join('\n')}`, issues);
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
