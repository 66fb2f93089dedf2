// Re-exports for the engine's hostile-input tests, with the issue cap they check against.
export * from '../../src/index.js';
export { MAX_ISSUES as MAX_ISSUES_FOR_TEST } from '../../src/errors.js';
