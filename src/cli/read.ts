// Reading the files the commands take: JSON, or CSV for subject lists.
import { EXIT, UsageError } from './errors.js';
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

/** Parses JSON text, naming the file and position on failure. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
}

/** True when the file is to be read as CSV. */
export const isCsv = (file: string): boolean => /\.(csv|tsv)$/i.test(file);
