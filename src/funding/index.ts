// Funding: the source taxonomy, exact aggregation and reconciliation, units and amounts (`ntm-rules/funding`).
export { FUNDING_SOURCES, FUNDING_SOURCE_IDS, TOP_LEVEL_SOURCES, isFundingSource } from './taxonomy.js';
export type { FundingSource, FundingSourceId } from './taxonomy.js';
export { aggregateFunding } from './aggregate.js';
export type { AggregateFundingOptions, FundingAggregate, FundingLine, FundingNodeTotal, FundingReadOptions } from './aggregate.js';
export { reconcileFunding } from './reconcile.js';
export type { FundingDiscrepancy, FundingTotalKey, ReconcileFundingInput } from './reconcile.js';
export { FUNDING_UNITS, convertAmount, isFundingUnit } from './units.js';
export type { FundingUnit } from './units.js';
export { formatAmount } from './format.js';
export type { FormatAmountOptions } from './format.js';
