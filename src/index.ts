// The public API of ntm-rules. Named exports only.
export { NtmError, isNtmError } from './errors.js';
export type { NtmErrorCode, NtmIssue } from './errors.js';

export type { LocalizedText } from './_lib/text.js';
export type { Citation, Provenance, NameStatus } from './legal/citation.js';
export { INSTRUMENTS } from './legal/instruments.js';
export type { Instrument, InstrumentId } from './legal/instruments.js';

export { REGIONS, REGION_NAMES, isRegion } from './regions/regions.js';
export type { Region } from './regions/regions.js';
export { effectiveRegion } from './regions/effective-region.js';
export type { EffectiveRegion, SpecialCommuneStatus } from './regions/effective-region.js';

export { evaluate } from './engine/evaluate.js';
export type { EvaluationInput, EvaluateOptions } from './engine/evaluate.js';
export { evaluateCommune } from './engine/evaluate-commune.js';
export type { CommuneInput } from './engine/evaluate-commune.js';
export { defineThresholdOverlay } from './engine/overlay.js';
export { describeRule } from './engine/describe.js';
export type * from './engine/types.js';

export { getCriteriaSet, listCriteriaSets } from './sets/registry.js';
export type { GetCriteriaSetOptions } from './sets/registry.js';

// Scoring
export { NATIONAL_COMMUNE_SCHEME, THUA_THIEN_HUE_2018_SCHEME } from './scoring/schemes.js';
export type { Bucket, BucketScheme } from './scoring/schemes.js';
export { classifyCriteriaCount, defineBucketScheme } from './scoring/buckets.js';
export { roundHalfUp } from './scoring/decimal.js';
export type { AverageFigure, Fraction } from './scoring/decimal.js';
export type { CommuneRecord, Recognition, ScoringRecord } from './scoring/records.js';
export { summarizeCommunes } from './scoring/summarize.js';
export type { BucketCount, CommuneRef, CommuneSummary, CriterionTally, SummarizeOptions } from './scoring/summarize.js';
export { compareSummaries } from './scoring/compare.js';
export type { CountChange, SummaryComparison } from './scoring/compare.js';
export { progressTowardTarget } from './scoring/progress.js';
export type { Remaining, SummaryTarget, TargetProgress } from './scoring/progress.js';
export { analyzeGap } from './scoring/gap.js';
export type { CriterionGap, GapAnalysis, IndicatorGap } from './scoring/gap.js';

export { defaultRegionOfProvince } from './regions/provinces.js';
export type { ProvinceRegion } from './regions/provinces.js';

// Funding
export { FUNDING_SOURCES, FUNDING_SOURCE_IDS, TOP_LEVEL_SOURCES, isFundingSource } from './funding/taxonomy.js';
export type { FundingSource, FundingSourceId } from './funding/taxonomy.js';
export { aggregateFunding } from './funding/aggregate.js';
export type { AggregateFundingOptions, FundingAggregate, FundingLine, FundingNodeTotal, FundingReadOptions } from './funding/aggregate.js';
export { reconcileFunding } from './funding/reconcile.js';
export type { FundingDiscrepancy, FundingTotalKey, ReconcileFundingInput } from './funding/reconcile.js';
export { FUNDING_UNITS, convertAmount, isFundingUnit } from './funding/units.js';
export type { FundingUnit } from './funding/units.js';
export { formatAmount } from './funding/format.js';
export type { FormatAmountOptions } from './funding/format.js';

// Sets and recognition
export { defineCriteriaSet } from './engine/define.js';
export { evaluateDistrict } from './engine/evaluate-district.js';
export type { CommuneRecognition, DistrictInput, DistrictEvaluation } from './engine/evaluate-district.js';
export { EXAMPLE_VILLAGE_SET } from './sets/village-example.js';
export { checkRecognition } from './recognition/check.js';
export type { RecognitionCondition, RecognitionFacts, RecognitionResult } from './recognition/check.js';

// Plans: annual NTM plans as data, their consistency checks, and reports
export { parsePlan } from './plans/schema.js';
export { checkPlan } from './plans/checks/index.js';
export { PLAN_CHECK_DEFAULTS } from './plans/options.js';
export type { CheckPlanOptions, ResolvedCheckPlanOptions } from './plans/options.js';
export type { PlanFinding, FindingSeverity } from './plans/finding.js';
export { renderPlanReport } from './plans/report/text.js';
export { renderPlanReportHtml } from './plans/report/html.js';
export type { PlanReportOptions } from './plans/report/model.js';
export type * from './plans/types.js';

// Sources: office spreadsheets (CSV of any dialect, Excel .xlsx); their libraries load on first use
export { readCommuneTable, streamCommuneTable } from './sources/tables/commune-table.js';
export { readFundingTable } from './sources/tables/funding-table.js';
export type {
  CommuneTable,
  CommuneTableEntry,
  FundingTable,
  NumberStyle,
  ReadCommuneTableOptions,
  ReadFundingTableOptions,
  TableColumn,
  TableFormat,
  TableIssue,
  TableNotice,
  TablePlace,
  TableRowSource,
} from './sources/tables/types.js';
