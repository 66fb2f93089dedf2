import type { CriteriaSet, NtmError, ThresholdOverlay } from '../index.js';
import { placeWords } from '../wording/places.js';
import type { Lang } from './i18n.js';
import type { CliIo } from './io.js';
import { errorHeadline } from './messages.js';

/** What every command receives: the parsed global options and the outside world. */
export interface Context {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly json: boolean;
  /** ISO day for the version in force, when given. */
  readonly asOf?: string;
  /** The criteria-set kind for `evaluate` and `summarize` (default 'commune'). */
  readonly kind?: string;
  readonly province?: string;
  readonly overlays: readonly ThresholdOverlay[];
  /** Raw option values a command may read (e.g. `--scheme`). */
  readonly options: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

/**
 * The lines of a library error about a file, each issue with its place in words and its text in
 * the output language: `xa.json, chỉ tiêu 2.1: cần một tỷ lệ phần trăm …`. `prefix` names the
 * file (and the entry of a list); `set` names the parts of compound indicators.
 */
export function errorLines(prefix: string, error: NtmError, lang: Lang, set?: CriteriaSet): string {
  if (error.issues.length === 0) return `${prefix}: ${lang === 'vi' ? errorHeadline(error.code).vi : error.message}\n`;
  return error.issues.map((i) => `${prefix}${i.path.length > 0 ? `, ${placeWords(i.path, lang, set)}` : ''}: ${i.text[lang]}\n`).join('');
}

/** Writes JSON to stdout. */
export function printJson(ctx: Context, value: unknown): void {
  ctx.io.stdout(JSON.stringify(value, null, 2) + '\n');
}
