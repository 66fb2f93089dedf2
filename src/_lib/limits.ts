import type { IssueInit } from '../errors.js';

/** Bounds on rule data (criteria sets, overlays): far above any real table, low enough to keep validation fast and shallow. */
export const RULE_DATA_LIMITS = { maxDepth: 48, maxArrayLength: 2_000, maxNodes: 200_000 } as const;

/**
 * Checks the size and nesting of untrusted rule data before schema validation:
 * the schema would otherwise report every element of a huge array (slow) and
 * recurse as deep as the input (a stack overflow). Returns at most one issue.
 */
export function sizeIssues(value: unknown, limits: { maxDepth: number; maxArrayLength: number; maxNodes: number } = RULE_DATA_LIMITS, prefix: readonly (string | number)[] = []): IssueInit[] {
  let nodes = 0;
  // Iterative walk: the depth check must not itself overflow the stack.
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [...prefix] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (++nodes > limits.maxNodes) return [{ path, message: `too large: more than ${limits.maxNodes} objects and arrays` }];
    if (path.length - prefix.length > limits.maxDepth) return [{ path, message: `nested too deeply (more than ${limits.maxDepth} levels)` }];
    if (Array.isArray(v)) {
      if (v.length > limits.maxArrayLength) return [{ path, message: `too many items: ${v.length} (at most ${limits.maxArrayLength})` }];
      for (let k = 0; k < v.length; k++) stack.push({ v: v[k], path: [...path, k] });
    } else {
      for (const key of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return [];
}

/**
 * The documented bounds on what one call reads (docs/limits.md), checked by `readPlain`
 * (src/_lib/plain.ts) before anything is walked. Each is far above real data (a province has
 * at most a few hundred communes; Vietnam about 8,000 before the 2025 mergers) and low enough
 * that a call at the bounds stays within the budget `npm run bench` measures.
 */
export const INPUT_LIMITS = {
  /** `summarizeCommunes` records: evaluation results or plain records. */
  records: { maxDepth: 6, maxArrayLength: 20_000, maxKeys: 200, maxValues: 4_000_000 },
  /** A summary given to `compareSummaries` or `progressTowardTarget`, or target figures. */
  summary: { maxDepth: 6, maxArrayLength: 1_000, maxKeys: 1_000, maxValues: 50_000 },
  /** A bucket scheme. */
  scheme: { maxDepth: 4, maxArrayLength: 1_000, maxKeys: 100, maxValues: 20_000 },
  /** One evaluation result (`analyzeGap`, `checkRecognition`). */
  evaluationResult: { maxDepth: 12, maxArrayLength: 2_000, maxKeys: 1_000, maxValues: 100_000 },
  /** A plan (`parsePlan`, and the plan given to `checkPlan` and the reports). */
  plan: { maxDepth: 12, maxArrayLength: 2_000, maxKeys: 200, maxValues: 20_000 },
  /** Findings given to the reports (`findings` option). */
  findings: { maxDepth: 4, maxArrayLength: 5_000, maxKeys: 20, maxValues: 100_000 },
  /** Options objects and small inputs (a fraction, recognition facts). */
  small: { maxDepth: 4, maxArrayLength: 100, maxKeys: 100, maxValues: 1_000 },
} as const;
