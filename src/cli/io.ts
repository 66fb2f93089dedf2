// The CLI's only contact with the outside world, so runCli can be tested without spawning.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** Writes a new file; rejects (code EEXIST) when one is already there. */
  readonly writeNewFile?: (path: string, data: Uint8Array) => Promise<void>;
  /** Reads a file shipped in the package (`examples/data/communes.csv`); rejects when it is not there. */
  readonly readPackageFile?: (path: string) => Promise<Uint8Array>;
  /** Resolves when what stdout has buffered is written (long streamed outputs wait on it). */
  readonly drain?: () => Promise<void>;
}

/**
 * The package's root: the nearest folder above this module holding the examples and a
 * package.json (dist/cli.js in the package, src/cli/io.ts in the repository).
 */
function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

/** The real process streams and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  writeNewFile: (path, data) => writeFile(path, data, { flag: 'wx' }),
  readPackageFile: async (path) => {
    const root = packageRoot();
    if (root === undefined) throw Object.assign(new Error(`not found: ${path}`), { code: 'ENOENT' });
    return readFile(join(root, path));
  },
  drain: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
};
