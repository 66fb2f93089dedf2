// Reading the files the commands take: JSON, or CSV for subject lists.
import { formatPath } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { findDuplicateKeys } from './json.js';
import type { CliIo } from './io.js';

/** A problem in a data file, located by a path inside it; exits 1. */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly exitCode = EXIT.findings;
}

/** Reads a file, turning a read failure into bad usage (exit 2). */
export async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`${file}: cannot read the file${code ? ` (${code})` : ''}`);
  }
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
    throw new DataError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  const duplicates = findDuplicateKeys(body);
  if (duplicates.length > 0) {
    throw new DataError(
      duplicates
        .map((d) => `${file} ${formatPath(d.path)} (line ${d.line}): duplicate key "${String(d.path[d.path.length - 1])}": the object gives it twice, and only one value could be read`)
        .join('\n'),
    );
  }
  return value;
}

/** True when the file is to be read as CSV. */
export const isCsv = (file: string): boolean => /\.(csv|tsv)$/i.test(file);
