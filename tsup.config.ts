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

// The Node ESM build loads zod when a schema is first built, not at import: the sources' `import * as z
// from 'zod'` resolves to src/_lib/zod-on-demand.ts there (every other build imports zod as written).
const zodOnDemand: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'zod-on-demand',
  setup(build) {
    const onDemand = resolve('src/_lib/zod-on-demand.ts');
    // zod is listed in noExternal below, so that this resolver (not tsup's externals) sees the import;
    // anything but the sources' import stays external.
    build.onResolve({ filter: /^zod$/ }, (args) => (args.importer.startsWith(resolve('src')) && args.importer !== onDemand ? { path: onDemand } : { path: 'zod', external: true }));
  },
};

// The layers importable alone (`ntm-rules/<name>`), besides the root.
const LAYERS = { funding: 'src/funding/index.ts', plans: 'src/plans/index.ts', scoring: 'src/scoring/index.ts', sources: 'src/sources/index.ts' };

// CommonJS subpaths re-export the one CommonJS bundle (./index.cjs), so a program that requires both
// the root and a layer gets one copy of the library (one NtmError class, one set registry).
const layerAsCjsReExport: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'layer-as-cjs-re-export',
  setup(build) {
    build.onResolve({ filter: /^ntm-rules-root$/ }, () => ({ path: './index.cjs', external: true }));
  },
};

// The bundles carry date-fns's isExists: its licence asks for the notice.
const DATE_FNS_NOTICE = { js: '/* Includes isExists from date-fns (https://github.com/date-fns/date-fns), MIT License, Copyright (c) 2021 Sasha Koss and Lesha Koss */' };

export default defineConfig([
  // ESM for bundlers (the "module" export condition): one file per module (bundle: false), so that with
  // "sideEffects": false a bundler drops whole modules an application does not use (funding, plans,
  // scoring…). A single bundled file would keep every top-level call (Decimal.clone, deepFreeze…).
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/_lib/zod-on-demand.ts'],
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
  // ESM for Node (the "default" condition): the root and each layer, bundled with the code they share
  // split into common chunks (one copy of each module). Node loads ~80 separate modules far more slowly
  // than a few files (cold import 1.8x zod's against 1.3x), and Node does not tree-shake anyway.
  // date-fns's isExists (four lines) is bundled in: importing it from the package makes Node read and
  // parse date-fns's 199 kB package.json (its exports map), 6-20 ms of a cold import.
  {
    entry: { index: 'src/index.ts', ...LAYERS },
    format: ['esm'],
    splitting: true,
    noExternal: ['date-fns', 'zod'],
    banner: DATE_FNS_NOTICE,
    esbuildPlugins: [zodOnDemand],
    dts: { entry: { index: 'src/index.ts', ...LAYERS } },
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
  // CommonJS layers: each re-exports the bundle above; its types are the layer's own.
  {
    entry: Object.fromEntries(Object.keys(LAYERS).map((name) => [name, 'src/entries/cjs-layer.ts'])),
    format: ['cjs'],
    dts: { entry: LAYERS },
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    silent: true,
    esbuildPlugins: [layerAsCjsReExport],
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
