// The `ntm` command: parses arguments, dispatches, maps failures to exit codes. No rules live here.
import { parseArgs } from 'node:util';
import { defineThresholdOverlay, getCriteriaSet, isNtmError, readOverlayTable, type CriteriaSetKind, type NumberStyle, type ThresholdOverlay } from '../index.js';
import { checkPlanCommand } from './commands/check-plan.js';
import { evaluateCommand } from './commands/evaluate.js';
import { extractPlanCommand } from './commands/extract-plan.js';
import { fundingCommand } from './commands/funding.js';
import { overlayTemplateCommand } from './commands/overlay-template.js';
import { setsCommand } from './commands/sets.js';
import { summarizeCommand } from './commands/summarize.js';
import { exampleCommand } from './commands/example.js';
import { parseDay } from '../_lib/dates.js';
import { formatNumber } from '../_lib/numbers.js';
import { errorLines, type Context } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { commandHelp, COMMANDS, mainHelp } from './help.js';
import type { Lang } from './i18n.js';
import { visibleControls } from '../_lib/safe-text.js';
import type { CliIo } from './io.js';
import { argumentError, badOption, errorHeadline } from './messages.js';
import { overlayCodes } from './normalize.js';
import { DataError, parseJson, readText } from './read.js';
import { tableFormatOf } from './tables.js';

declare const __NTM_VERSION__: string | undefined;

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  kind: { type: 'string' },
  province: { type: 'string' },
  overlay: { type: 'string', multiple: true },
  scheme: { type: 'string' },
  floor: { type: 'string' },
  unit: { type: 'string' },
  format: { type: 'string' },
  sheet: { type: 'string' },
  'number-style': { type: 'string' },
  year: { type: 'string' },
  detail: { type: 'string' },
  xlsx: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Command = (ctx: Context, args: readonly string[]) => number | Promise<number>;

// A Map: a command named "constructor" or "__proto__" finds nothing (a plain object would answer with its prototype's).
const HANDLERS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['evaluate', evaluateCommand],
  ['sets', setsCommand],
  ['summarize', summarizeCommand],
  ['funding', fundingCommand],
  ['check-plan', checkPlanCommand],
  ['extract-plan', extractPlanCommand],
  ['overlay-template', overlayTemplateCommand],
  ['example', exampleCommand],
]);

/** At most this many lines of problems are printed by one command; the rest are counted. */
export const MAX_PROBLEM_LINES = 1_000;

/**
 * Output with its control characters shown, not obeyed (names and labels come from the files
 * read: src/_lib/safe-text.ts), and at most MAX_PROBLEM_LINES lines on stderr: a file with
 * 100,000 bad columns prints a thousand lines and a count, not megabytes.
 */
function safeIo(io: CliIo): { io: CliIo; hidden: () => number } {
  let lines = 0;
  let hidden = 0;
  const stderr = (text: string) => {
    const n = (text.match(/\n/g) ?? []).length || 1;
    if (lines >= MAX_PROBLEM_LINES) {
      hidden += n;
      return;
    }
    lines += n;
    io.stderr(visibleControls(text));
  };
  return { io: { ...io, stdout: (text) => io.stdout(visibleControls(text)), stderr }, hidden: () => hidden };
}

/** What reading a threshold table needs from the command line. */
interface OverlayReading {
  readonly kind: CriteriaSetKind;
  readonly asOf?: string;
  readonly numberStyle?: NumberStyle;
}

/** Overlays: JSON files, or threshold tables (.csv, .tsv, .txt, .xlsx) read against the --kind and --as-of set. */
async function loadOverlays(io: CliIo, files: readonly string[], o: OverlayReading): Promise<ThresholdOverlay[]> {
  const out: ThresholdOverlay[] = [];
  for (const file of files) {
    const format = tableFormatOf(file);
    if (format !== undefined) {
      const bytes = io.readBytes ? await readFileBytes(io, file) : new TextEncoder().encode(await readText(io, file));
      try {
        out.push(await readOverlayTable(bytes, {
          ...(format === 'csv' || format === 'xlsx' ? { format } : {}),
          setKind: o.kind,
          ...(o.asOf !== undefined ? { asOf: o.asOf } : {}),
          ...(o.numberStyle !== undefined ? { numberStyle: o.numberStyle } : {}),
        }));
      } catch (error) {
        if (!isNtmError(error)) throw error;
        const lines = (lang: Lang) => error.issues.map((i) => `${file}${tablePlace(i.params, lang)}: ${i.text[lang]}`).join('\n') || `${file}: ${lang === 'vi' ? errorHeadline(error.code).vi : error.message}`;
        throw new DataError({ vi: lines('vi'), en: lines('en') });
      }
      continue;
    }
    const value = overlayCodes(parseJson(await readText(io, file), file));
    try {
      out.push(defineThresholdOverlay(value as ThresholdOverlay));
    } catch (error) {
      if (!isNtmError(error)) throw error;
      throw new DataError({ vi: errorLines(file, error, 'vi').trimEnd(), en: errorLines(file, error, 'en').trimEnd() });
    }
  }
  return out;
}

/** `, trang "Ngưỡng", ô H24` from a table issue's params. */
function tablePlace(params: Readonly<Record<string, unknown>> | undefined, lang: Lang): string {
  const parts: string[] = [];
  if (typeof params?.sheet === 'string') parts.push(`${lang === 'vi' ? 'trang' : 'sheet'} "${params.sheet}"`);
  if (typeof params?.cell === 'string') parts.push(`${lang === 'vi' ? 'ô' : 'cell'} ${params.cell}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

async function readFileBytes(io: CliIo, file: string): Promise<Uint8Array> {
  try {
    return await io.readBytes!(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const missing = code === 'ENOENT';
    throw new UsageError({
      vi: `${file}: ${missing ? 'không tìm thấy tệp' : `không đọc được tệp${code ? ` (${code})` : ''}`}`,
      en: `${file}: ${missing ? 'file not found' : `cannot read the file${code ? ` (${code})` : ''}`}`,
    });
  }
}

/** A library error about an option (`--kind`, `--as-of`) as bad usage, in both languages. */
function optionError(option: string, error: Parameters<typeof errorLines>[1]): UsageError {
  const text = (lang: Lang) => error.issues.map((i) => i.text[lang]).join('; ') || (lang === 'vi' ? errorHeadline(error.code).vi : error.message);
  return new UsageError({ vi: `${option}: ${text('vi')}`, en: `${option}: ${text('en')}` });
}

/**
 * Runs the `ntm` command with its arguments (without `node` and the script)
 * and returns the exit code: 0 ok, 1 findings or errors in the data (or an internal
 * error, reported as one), 2 bad usage. It never throws.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const safe = safeIo(rawIo);
  const code = await run(argv, safe.io);
  const hidden = safe.hidden();
  if (hidden > 0) rawIo.stderr(langOf(argv) === 'en' ? `… and ${formatNumber(hidden, 'en')} more lines of problems, not shown\n` : `… và ${formatNumber(hidden, 'vi')} dòng báo lỗi khác không in ra\n`);
  return code;
}

/** The language asked for, read before the arguments are parsed: an error in them is said in it too. */
function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'vi';
  argv.forEach((a, k) => {
    const v = a === '--lang' ? argv[k + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') lang = v;
  });
  return lang;
}

type Values = ReturnType<typeof parseCommandLine>['values'];

/** The arguments parsed against OPTIONS; anything else is a usage error. */
function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(error);
  }
}

/** `ntm help [command]`, or `ntm` alone (then the main help with the usage exit code, unless --help asked for it). */
function help(values: Values, command: 'help' | undefined, topic: string | undefined, lang: Lang, io: CliIo): number {
  const about = command === 'help' ? topic : undefined;
  if (about !== undefined && !Object.hasOwn(COMMANDS, about)) throw unknownCommand(about, 'help: ');
  io.stdout(about ? commandHelp(about, lang) : mainHelp(lang));
  return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
}

/** What every command receives, from the global options: `--as-of`, `--kind` (checked here), `--province` and the overlays. */
async function contextOf(values: Values, io: CliIo, lang: Lang): Promise<Context> {
  const asOf = values['as-of'] !== undefined ? parseDay(values['as-of']) : undefined;
  if (values['as-of'] !== undefined && asOf === undefined) throw badOption('--as-of', { vi: 'một ngày có thật, ghi dd/mm/yyyy (29/02/2024) hoặc yyyy-mm-dd (2024-02-29)', en: 'a day that exists, dd/mm/yyyy (29/02/2024) or yyyy-mm-dd (2024-02-29)' }, values['as-of']);
  if (values.kind !== undefined) {
    // An unknown kind, or a village set without its province, is a usage error, not a data error.
    try {
      getCriteriaSet(values.kind as CriteriaSetKind, values.province !== undefined ? { province: values.province } : {});
    } catch (error) {
      if (isNtmError(error)) throw optionError('--kind', error);
      throw error;
    }
  }
  return {
    io,
    lang,
    json: values.json === true,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(values.kind !== undefined ? { kind: values.kind } : {}),
    ...(values.province !== undefined ? { province: values.province } : {}),
    overlays: await loadOverlays(io, values.overlay ?? [], {
      kind: (values.kind ?? 'commune') as CriteriaSetKind,
      ...(asOf !== undefined ? { asOf } : {}),
      ...(values['number-style'] === 'vi' || values['number-style'] === 'en' ? { numberStyle: values['number-style'] } : {}),
    }),
    options: values,
  };
}

/** A failure as its message on stderr and its exit code: bad usage, bad data, or (said plainly) a bug of ours. */
function failure(error: unknown, io: CliIo, lang: Lang): number {
  if (error instanceof UsageError) {
    io.stderr(`ntm: ${error.text[lang]}\n${lang === 'vi' ? 'Xem hướng dẫn: ntm --help' : 'See ntm --help'}\n`);
    return EXIT.usage;
  }
  if (error instanceof DataError) {
    io.stderr(`${error.text[lang]}\n`);
    return EXIT.findings;
  }
  if (isNtmError(error)) {
    io.stderr(errorLines('ntm', error, lang));
    return EXIT.findings;
  }
  // A bug of ours, not of the data or the command line: said plainly, without a stack trace (NTM_DEBUG=1 prints it).
  io.stderr(lang === 'vi'
    ? `ntm: lỗi nội bộ của chương trình (${describeError(error)})\nĐây là lỗi của chương trình, không phải của số liệu; xin báo lại kèm lệnh đã chạy (đặt NTM_DEBUG=1 để in chi tiết).\n`
    : `ntm: internal error: ${describeError(error)}\nThis is a bug in ntm; please report it with the command you ran (NTM_DEBUG=1 prints the details).\n`);
  if (typeof process !== 'undefined' && process.env.NTM_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.findings;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.lang !== undefined) {
      if (values.lang !== 'vi' && values.lang !== 'en') throw badOption('--lang', { vi: 'vi (tiếng Việt) hoặc en (tiếng Anh)', en: 'vi or en' }, values.lang);
      lang = values.lang;
    }
    const [command, ...args] = positionals;
    if (values.version) {
      io.stdout(`${typeof __NTM_VERSION__ === 'string' ? __NTM_VERSION__ : 'dev'}\n`);
      return EXIT.ok;
    }
    if (command === undefined || command === 'help') return help(values, command, args[0], lang, io);
    const handler = HANDLERS.get(command);
    if (!handler) throw unknownCommand(command, '');
    if (values.help) {
      io.stdout(commandHelp(command, lang));
      return EXIT.ok;
    }
    return await handler(await contextOf(values, io, lang), args);
  } catch (error) {
    return failure(error, io, lang);
  }
}

function unknownCommand(name: string, prefix: string): UsageError {
  const list = Object.keys(COMMANDS).join(', ');
  return new UsageError({ vi: `${prefix}không có lệnh "${name}"; các lệnh: ${list}`, en: `${prefix}unknown command "${name}"; commands: ${list}` });
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'unprintable error';
  }
}
