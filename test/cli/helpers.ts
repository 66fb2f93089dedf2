import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

/** Runs the CLI in-process with an in-memory file system; returns exit code and output. */
export async function run(argv: readonly string[], files: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
