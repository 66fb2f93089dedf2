import type { ThresholdOverlay } from '../index.js';
import type { Lang } from './i18n.js';
import type { CliIo } from './io.js';

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

/** Renders an input path as `[2].indicators["2.1"]`. */
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

/** Writes JSON to stdout. */
export function printJson(ctx: Context, value: unknown): void {
  ctx.io.stdout(JSON.stringify(value, null, 2) + '\n');
}
