#!/usr/bin/env node
// Entry point of the `ntm` command. Everything else lives in run.ts so it can be tested in-process.
import { nodeIo } from './io.js';
import { runCli } from './run.js';

// A closed pipe (`ntm sets | head`) is not an error worth a stack trace; any other failure to write
// exits 1 (the exit codes are 0, 1 and 2 only), without a stack trace on a stream that may be gone.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
  });
}

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  // runCli never rejects (it reports internal errors itself, exit 1); this is the last guard.
  (error: unknown) => {
    process.stderr.write(`ntm: internal error: ${error instanceof Error ? error.message : 'unknown'}\n`);
    process.exitCode = 1;
  },
);
