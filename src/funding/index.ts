// Funding: the source taxonomy, exact aggregation and reconciliation, units and amounts (`ntm-rules/funding`).
export {
  FUNDING_COMPONENT_IDS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_IDS,
  FUNDING_TAXONOMIES,
  FUNDING_TAXONOMY_IDS,
  TOP_LEVEL_SOURCES,
  fundingTaxonomyOfYear,
  isFundingSource,
} from './taxonomy.js';
export type { FundingComponent, FundingComponentId, FundingSource, FundingSourceId, FundingTaxonomy, FundingTaxonomyId } from './taxonomy.js';
export { aggregateFunding } from './aggregate.js';
export type { AggregateFundingOptions, FundingAggregate, FundingComponentTotal, FundingLine, FundingNodeTotal, FundingReadOptions } from './aggregate.js';
export { reconcileFunding } from './reconcile.js';
export type { FundingDiscrepancy, FundingTotalKey, ReconcileFundingInput } from './reconcile.js';
export { FUNDING_UNITS, convertAmount, isFundingUnit } from './units.js';
export type { FundingUnit } from './units.js';
export { formatAmount } from './format.js';
export type { FormatAmountOptions } from './format.js';
