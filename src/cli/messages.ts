// The command line's own messages (bad usage, files that cannot be read), in both languages.
import type { LocalizedText } from '../_lib/text.js';
import type { NtmErrorCode } from '../index.js';
import { UsageError } from './errors.js';

/** A system error code in words; an unusual one is shown as the system gave it. */
function systemWords(code: string | undefined): LocalizedText {
  switch (code) {
    case 'ENOENT': return { vi: 'không tìm thấy tệp', en: 'file not found' };
    case 'EACCES': case 'EPERM': return { vi: 'không có quyền truy cập tệp', en: 'permission denied' };
    case 'EISDIR': return { vi: 'đây là một thư mục, không phải tệp', en: 'this is a folder, not a file' };
    case 'ENOTDIR': return { vi: 'đường dẫn có phần không phải thư mục', en: 'a part of the path is not a folder' };
    case 'EEXIST': return { vi: 'tệp đã có', en: 'the file exists' };
    case 'ENOSPC': return { vi: 'đĩa đã đầy', en: 'the disk is full' };
    default: return code === undefined ? { vi: 'lỗi hệ thống', en: 'system error' } : { vi: `lỗi hệ thống ${code}`, en: `system error ${code}` };
  }
}

const codeOf = (error: unknown): string | undefined => {
  const c = (error as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
};

/** A file that could not be read: `không đọc được tệp "x.csv": không tìm thấy tệp`. */
export function cannotRead(file: string, error: unknown): UsageError {
  const why = systemWords(codeOf(error));
  return new UsageError({ vi: `không đọc được tệp "${file}": ${why.vi}`, en: `cannot read "${file}": ${why.en}` });
}

/** A file that could not be written. */
export function cannotWrite(file: string, error: unknown): UsageError {
  const why = systemWords(codeOf(error));
  return new UsageError({ vi: `không ghi được tệp "${file}": ${why.vi}`, en: `cannot write "${file}": ${why.en}` });
}

/** A command given no file: `evaluate: thiếu tên tệp (…)`. */
export function missingFile(command: string, what: LocalizedText): UsageError {
  return new UsageError({ vi: `${command}: thiếu tên tệp (${what.vi})`, en: `${command}: missing <file> (${what.en})` });
}

/** A command given more than one file. */
export function oneFile(command: string, count: number): UsageError {
  return new UsageError({ vi: `${command}: mỗi lần chỉ một tệp (đang có ${count} tệp)`, en: `${command}: one file at a time (got ${count})` });
}

/** An option value that is not one of those allowed: `--lang: cần vi hoặc en, đang ghi "fr"`. */
export function badOption(option: string, expected: LocalizedText, got: unknown): UsageError {
  const shown = JSON.stringify(String(got).slice(0, 100));
  return new UsageError({ vi: `${option}: cần ${expected.vi}, đang ghi ${shown}`, en: `${option}: expected ${expected.en}, got ${shown}` });
}

/** What node's argument parser refused, in words (its own messages are English). */
export function argumentError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  switch (codeOf(error)) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError({ vi: `không có tùy chọn ${option}`, en: `unknown option ${option}` });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message)
        ? new UsageError({ vi: `tùy chọn ${option} không nhận giá trị`, en: `option ${option} takes no value` })
        : new UsageError({ vi: `tùy chọn ${option} cần một giá trị`, en: `option ${option} needs a value` });
    default:
      return new UsageError({ vi: `sai cú pháp lệnh: ${message}`, en: message });
  }
}

/** The headline of a library error without issues. */
export function errorHeadline(code: NtmErrorCode): LocalizedText {
  switch (code) {
    case 'invalid-input': return { vi: 'dữ liệu không hợp lệ', en: 'invalid input' };
    case 'invalid-definition': return { vi: 'định nghĩa bộ tiêu chí hoặc bảng ngưỡng không hợp lệ', en: 'invalid definition' };
    case 'no-set-in-force': return { vi: 'không có bộ tiêu chí có hiệu lực', en: 'no criteria set in force' };
    case 'unknown-reference': return { vi: 'tên hoặc mã không có trong thư viện', en: 'unknown name or code' };
    default: return { vi: 'thư viện chưa có nội dung cần thiết', en: 'not available in the library' };
  }
}
