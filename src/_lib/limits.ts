/**
 * Bounds on rule data (criteria sets, overlays), checked by `readPlain` (src/_lib/plain.ts)
 * before anything is walked: far above any real table (the largest national set holds about
 * 1,900 values, 19 keys in an object, 19 items in an array), low enough that validating data
 * at the limits stays within the budget measured by `npm run bench`.
 */
export const RULE_DATA_LIMITS = Object.freeze({ maxDepth: 48, maxArrayLength: 2_000, maxKeys: 2_000, maxValues: 50_000 });

/**
 * The documented bounds on what one call reads (docs/limits.md), checked by `readPlain`
 * (src/_lib/plain.ts) before anything is walked. Each is far above real data (a province has
 * at most a few hundred communes; Vietnam about 8,000 before the 2025 mergers) and low enough
 * that a call at the bounds stays within the budget `npm run bench` measures.
 */
export const INPUT_LIMITS = {
  /** `summarizeCommunes` records: evaluation results or plain records. */
  records: { maxDepth: 6, maxArrayLength: 20_000, maxKeys: 200, maxValues: 8_000_000 },
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
