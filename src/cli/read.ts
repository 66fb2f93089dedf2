// Reading the files the commands take: JSON, or CSV for subject lists.
import type { LocalizedText } from '../_lib/text.js';
import { placeWords } from '../wording/places.js';
import { EXIT } from './errors.js';
import { findDuplicateKeys } from './json.js';
import type { CliIo } from './io.js';
import { cannotRead } from './messages.js';

/** A problem in a data file, located in it and said in both languages; exits 1. */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly exitCode = EXIT.findings;
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.text = text;
  }
}

/** Reads a file, turning a read failure into bad usage (exit 2). */
export async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Line and column of a character position in a text (1-based). */
function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * Parses JSON text, naming the file and position on failure. A key given twice in one object is
 * an error naming each duplicate (JSON.parse would keep the last value without a word); a
 * `"__proto__"` key stays an own key, as JSON.parse makes it, for the library to accept or refuse.
 */
export function parseJson(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumn(body, Number(position[1])) : undefined;
    throw new DataError({
      vi: `${file}: không phải JSON hợp lệ${at ? ` (lỗi ở dòng ${at.line}, cột ${at.column})` : body.trim() === '' ? ' (tệp trống)' : ''}`,
      en: `${file}: invalid JSON: ${message}`,
    });
  }
  const duplicates = findDuplicateKeys(body);
  if (duplicates.length > 0) {
    const key = (d: (typeof duplicates)[number]) => String(d.path[d.path.length - 1]);
    throw new DataError({
      vi: duplicates.map((d) => `${file}, dòng ${d.line}, ${placeWords(d.path, 'vi')}: khóa "${key(d)}" được ghi hai lần trong cùng một đối tượng; chỉ đọc được một giá trị nên tệp không được đọc`).join('\n'),
      en: duplicates.map((d) => `${file}, line ${d.line}, ${placeWords(d.path, 'en')}: duplicate key "${key(d)}": the object gives it twice, and only one value could be read`).join('\n'),
    });
  }
  return value;
}

/** True when the file is to be read as CSV. */
export const isCsv = (file: string): boolean => /\.(csv|tsv)$/i.test(file);
