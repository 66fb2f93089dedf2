import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No wall-clock bound on tests (a loaded 2-core machine once failed the 5 s default): these
    // only stop a test that hangs. Speed is measured by `npm run bench`, never asserted here.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Type-only modules hold no statements to cover.
      exclude: ['src/**/types.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
