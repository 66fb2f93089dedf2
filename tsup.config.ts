import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The CLI imports the library only through its public barrel (../index.js). That import is kept
// external and pointed at the built ./index.js, so dist/cli.js does not carry a second copy of the rules.
const libraryAsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-as-external',
  setup(build) {
    const barrel = resolve('src/index.ts');
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === barrel ? { path: './index.js', external: true } : undefined,
    );
  },
};

// The bundles carry date-fns's isExists: its licence asks for the notice.
const DATE_FNS_NOTICE = { js: '/* Includes isExists from date-fns (https://github.com/date-fns/date-fns), MIT License, Copyright (c) 2021 Sasha Koss and Lesha Koss */' };

export default defineConfig([
  // ESM for bundlers (the "module" export condition): one file per module (bundle: false), so that with
  // "sideEffects": false a bundler drops whole modules an application does not use (funding, plans,
  // scoring…). A single bundled file would keep every top-level call (Decimal.clone, deepFreeze…).
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    bundle: false,
    format: ['esm'],
    outDir: 'dist/esm',
    dts: false,
    clean: false, // the build script empties dist/ first: the configs run in parallel
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    silent: true, // errors still print; the file list would bury the demo's report
  },
  // ESM for Node (the "default" condition): one bundled file. Node loads ~80 separate modules far more
  // slowly than one file (cold import 1.8x zod's against 1.3x), and Node does not tree-shake anyway.
  // date-fns's isExists (four lines) is bundled in: importing it from the package makes Node read and
  // parse date-fns's 199 kB package.json (its exports map), 6-20 ms of a cold import.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    noExternal: ['date-fns'],
    banner: DATE_FNS_NOTICE,
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    silent: true,
    treeshake: true,
  },
  // CommonJS: one bundled file (require() loads everything anyway); date-fns's isExists bundled in, as above.
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    noExternal: ['date-fns'],
    banner: DATE_FNS_NOTICE,
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    silent: true, // errors still print; the file list would bury the demo's report
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    silent: true, // errors still print; the file list would bury the demo's report
    define: { __NTM_VERSION__: JSON.stringify(version) },
    esbuildPlugins: [libraryAsExternal],
  },
]);
