// The CLI's only contact with the outside world, so runCli can be tested without spawning.
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';

/** Where the CLI reads files and writes output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 file; rejects when it cannot be read. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads a file's bytes (spreadsheets: their encoding is found from the bytes); rejects when it cannot be read. */
  readonly readBytes?: (path: string) => Promise<Uint8Array>;
  /** Writes a file (an .xlsx output); rejects when it cannot be written. */
  readonly writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  /** Resolves when what stdout has buffered is written (long streamed outputs wait on it). */
  readonly drain?: () => Promise<void>;
}

/** The real process streams and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  drain: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
};
