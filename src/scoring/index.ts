// Scoring: bucket schemes, province summaries, comparisons, progress and gaps (`ntm-rules/scoring`).
export { NATIONAL_COMMUNE_SCHEME, THUA_THIEN_HUE_2018_SCHEME } from './schemes.js';
export type { Bucket, BucketScheme } from './schemes.js';
export { classifyCriteriaCount, defineBucketScheme } from './buckets.js';
export { roundHalfUp } from './decimal.js';
export type { AverageFigure, Fraction } from './decimal.js';
export type { CommuneRecord, Recognition, ScoringRecord } from './records.js';
export { summarizeCommunes } from './summarize.js';
export type { BucketCount, CommuneRef, CommuneSummary, CriterionTally, SummarizeOptions } from './summarize.js';
export { compareSummaries } from './compare.js';
export type { CountChange, SummaryComparison } from './compare.js';
export { progressTowardTarget } from './progress.js';
export type { Remaining, SummaryTarget, TargetProgress } from './progress.js';
export { analyzeGap } from './gap.js';
export type { CriterionGap, GapAnalysis, IndicatorGap } from './gap.js';
