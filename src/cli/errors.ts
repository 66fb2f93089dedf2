import type { LocalizedText } from '../_lib/text.js';

/** Exit codes of the `ntm` command. */
export const EXIT = {
  /** Everything went through; no findings. */
  ok: 0,
  /** Findings or errors in the data (invalid input, plan check failures, funding mismatches). */
  findings: 1,
  /** Bad usage: unknown command or option, missing argument, unreadable file. */
  usage: 2,
} as const;

/** Bad usage of the command line, said in both languages; exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.text = text;
  }
}
