// zod, loaded when a schema is first built. The sources import zod as usual (`import * as z from
// 'zod'`, a namespace import that lets bundlers drop what is unused); the Node ESM build resolves
// that import to this module instead (tsup.config.ts), so that importing the package does not load
// zod (most of a cold start, README "Performance") and a program that only evaluates valid input
// never loads it. Every schema is built on first use, inside synchronous calls (checkPlan,
// defineCriteriaSet…), so zod is loaded with require: Node gives zod's CommonJS build, the same
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
