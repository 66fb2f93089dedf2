import { readFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

/** The repository's root: package files (`examples/…`) are read from it, as from the installed package. */
const ROOT = new URL('../../', import.meta.url);

/** Runs the CLI in-process with an in-memory file system; returns exit code, output and the files written. */
export async function run(argv: readonly string[], files: Record<string, string | Uint8Array> = {}): Promise<{ code: number; stdout: string; stderr: string; written: Record<string, Uint8Array> }> {
  let stdout = '';
  let stderr = '';
  const written: Record<string, Uint8Array> = {};
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const io: CliIo = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readFile: async (path) => {
      const data = files[path];
      if (data === undefined) throw missing(path);
      return typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    readBytes: async (path) => {
      const data = files[path];
      if (data === undefined) throw missing(path);
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
    writeFile: async (path, data) => {
      written[path] = data;
    },
    writeNewFile: async (path, data) => {
      if (files[path] !== undefined || written[path] !== undefined) throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' });
      written[path] = data;
    },
    readPackageFile: async (path) => new Uint8Array(await readFile(new URL(path, ROOT))),
    drain: async () => undefined,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, written };
}
