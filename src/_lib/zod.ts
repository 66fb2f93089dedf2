// The zod the schemas are written with (`import * as z from '../_lib/zod.js'`). Every schema is
// built on first use, so the Node ESM build swaps this module for zod-on-demand.ts
// (tsup.config.ts), which loads zod only then: importing the package does not load zod (most of a
// cold start, README "Performance"), and a program that only evaluates valid input never loads it.
// Sources, tests, bundlers and the CommonJS build use this module as it is; a namespace import of
// it keeps zod tree-shakable (`import { z } from 'zod'` would drag every zod locale into bundles).
export * from 'zod';
