// zod, loaded when a schema is first built: this module replaces zod.ts in the Node ESM build
// only (see zod.ts). It exports the zod functions the schemas call, each loading zod on its
// first call. zod is loaded with require, synchronously, because schemas are built inside
// synchronous calls (checkPlan, defineCriteriaSet…); Node gives zod's CommonJS build, the same
// code as its ES modules. The library never hands zod objects to callers.
// test/_lib/zod-on-demand.test.ts checks that every zod function the sources call is here.
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

type ZodNamespace = typeof Zod;

let loaded: ZodNamespace | undefined;

/** zod itself, loaded on the first call. */
export function loadZod(): ZodNamespace {
  return (loaded ??= createRequire(import.meta.url)('zod') as ZodNamespace);
}

/** A function that calls zod's function `name`, loading zod first. */
function onDemand<K extends keyof ZodNamespace>(name: K): ZodNamespace[K] {
  return ((...args: unknown[]) => (loadZod()[name] as (...a: unknown[]) => unknown)(...args)) as ZodNamespace[K];
}

export const array = onDemand('array');
export const boolean = onDemand('boolean');
export const discriminatedUnion = onDemand('discriminatedUnion');
export const enum_ = onDemand('enum');
export { enum_ as enum };
export const lazy = onDemand('lazy');
export const literal = onDemand('literal');
export const null_ = onDemand('null');
export { null_ as null };
export const number = onDemand('number');
export const partialRecord = onDemand('partialRecord');
export const record = onDemand('record');
export const strictObject = onDemand('strictObject');
export const string = onDemand('string');
export const tuple = onDemand('tuple');
export const union = onDemand('union');
export const unknown = onDemand('unknown');
