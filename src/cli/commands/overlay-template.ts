// `ntm overlay-template <kind>`: the threshold table of a set as a spreadsheet to fill in.
import { isNtmError, overlayTemplate, type CriteriaSetKind } from '../../index.js';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t } from '../i18n.js';

/** Writes the template: CSV on standard output, or an .xlsx file with --xlsx. */
export async function overlayTemplateCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const kind = args[0];
  if (kind === undefined) throw new UsageError({ vi: 'overlay-template: thiếu mã loại bộ tiêu chí (ví dụ commune)', en: 'overlay-template: missing <kind> (e.g. commune)' });
  if (args.length > 1) throw new UsageError({ vi: `overlay-template: mỗi lần một loại bộ tiêu chí (đang ghi ${args.length})`, en: `overlay-template: one kind at a time (got ${args.length})` });
  const out = ctx.options.xlsx;
  if (out !== undefined && (typeof out !== 'string' || !/\.xlsx$/i.test(out))) throw new UsageError({ vi: `--xlsx: cần tên tệp có đuôi .xlsx, đang ghi "${String(out)}"`, en: `--xlsx: expected a file name ending in .xlsx, got "${String(out)}"` });
  const options = { ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), lang: ctx.lang };
  let data: string | Uint8Array;
  try {
    data = out === undefined ? await overlayTemplate(kind as CriteriaSetKind, options) : await overlayTemplate(kind as CriteriaSetKind, { ...options, format: 'xlsx' });
  } catch (error) {
    // An unknown kind is a mistake on the command line, not in data.
    if (isNtmError(error, 'unknown-reference')) throw new UsageError({ vi: `overlay-template: ${error.issues.map((i) => i.text.vi).join('; ') || 'không có loại bộ tiêu chí này'}`, en: `overlay-template: ${error.message}` });
    throw error;
  }
  if (typeof data === 'string') {
    ctx.io.stdout(data);
    return EXIT.ok;
  }
  if (!ctx.io.writeFile) throw new UsageError({ vi: '--xlsx: môi trường này không ghi được tệp', en: '--xlsx: this environment cannot write files' });
  try {
    await ctx.io.writeFile(out as string, data);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError({ vi: `${String(out)}: không ghi được tệp${code ? ` (${code})` : ''}`, en: `${String(out)}: cannot write the file${code ? ` (${code})` : ''}` });
  }
  ctx.io.stderr(`${t(ctx.lang, 'Đã ghi mẫu bảng ngưỡng', 'Threshold table template written to')} ${String(out)}\n`);
  return EXIT.ok;
}
