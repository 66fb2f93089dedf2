// The CLI's only contact with the outside world, so runCli can be tested without spawning.
import { readFile } from 'node:fs/promises';

/** Where the CLI reads files and writes output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 file; rejects when it cannot be read. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads a file's bytes (a .docx plan); rejects when it cannot be read. */
  readonly readBytes?: (path: string) => Promise<Uint8Array>;
}

/** The real process streams and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
};
