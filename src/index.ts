// The public API of ntm-rules. Named exports only.
export { NtmError, isNtmError } from './errors.js';
export type { IssueInit, NtmErrorCode, NtmIssue, NtmIssueParam } from './errors.js';

export type { LocalizedText } from './_lib/text.js';
export type { Citation, Provenance, NameStatus } from './legal/citation.js';
export { INSTRUMENTS } from './legal/instruments.js';
export type { Instrument, InstrumentId } from './legal/instruments.js';

// Threshold columns: regions (2021-2025) and commune groups (2026-2030)
export { REGIONS, REGION_NAMES, isRegion, parseRegion } from './columns/regions.js';
export type { Region } from './columns/regions.js';
export { effectiveRegion } from './columns/special-communes.js';
export type { EffectiveRegion, SpecialCommuneStatus } from './columns/special-communes.js';
export { COMMUNE_GROUPS, COMMUNE_GROUP_COLUMNS, classifyCommuneGroup } from './columns/commune-groups.js';
export type { ClassifyCommuneGroupOptions, CommuneGroup, CommuneGroupClassification, CommuneGroupColumn, CommuneGroupFacts } from './columns/commune-groups.js';
export { COLUMNS_OF_SCHEME } from './columns/column.js';
export type { ColumnScheme, ThresholdColumn } from './columns/column.js';

// The engine
export { evaluate } from './engine/evaluate.js';
export type { EvaluateOptions, EvaluationSubject } from './engine/evaluate.js';
export { evaluateCommune } from './engine/evaluate-commune.js';
export type { CommuneInput } from './engine/evaluate-commune.js';
export { defineThresholdOverlay } from './engine/overlay.js';
export { describeRule } from './engine/describe.js';
export { CRITERIA_SET_KINDS } from './engine/set-kinds.js';
export type * from './engine/types/index.js';

// Criteria sets and periods
export { getCriteriaSet, listCriteriaSets } from './sets/registry.js';
export type { GetCriteriaSetOptions } from './sets/registry.js';
export { PROGRAMME_PERIODS } from './sets/periods.js';
export { MODERN_COMMUNE_PRECONDITION } from './sets/modern-commune.js';
export type { ProgrammePeriod } from './sets/periods.js';

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

// The programmes: targets (2021-2025, 2026-2035) and the 2026-2030 budget, as sourced data
export { PROGRAMME_TARGETS, PROVINCE_COMPLETION, getProgrammeTarget, programmeSummaryTarget, targetCommuneCount } from './programme/targets.js';
export type { ProgrammeId, ProgrammeTarget, TargetCommuneCount, TargetCommuneCountOptions, TargetConflict, TargetMeasure, TargetValue } from './programme/targets.js';
export { PROGRAMME_BUDGET_2026_2030 } from './programme/budget.js';
export type { ProgrammeBudget, ProgrammeBudgetFigure } from './programme/budget.js';

export { defaultRegionOfProvince } from './columns/provinces.js';
export type { ProvinceRegion } from './columns/provinces.js';

// Funding
export {
  FUNDING_COMPONENT_IDS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_IDS,
  FUNDING_TAXONOMIES,
  FUNDING_TAXONOMY_IDS,
  TOP_LEVEL_SOURCES,
  fundingTaxonomyOfYear,
  isFundingSource,
} from './funding/taxonomy.js';
export type { FundingComponent, FundingComponentId, FundingSource, FundingSourceId, FundingTaxonomy, FundingTaxonomyId } from './funding/taxonomy.js';
export { aggregateFunding } from './funding/aggregate.js';
export type { AggregateFundingOptions, FundingAggregate, FundingComponentTotal, FundingLine, FundingNodeTotal, FundingReadOptions } from './funding/aggregate.js';
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

// Sources: plan documents (a plan's text or Word file read into plan data, with evidence)
export { extractPlan } from './sources/plan-text/extract.js';
export { readDocxText } from './sources/plan-text/docx.js';
export { findingEvidence } from './sources/plan-text/evidence.js';
export type { ExtractPlanOptions, PlanEvidence, PlanExtraction, PlanQuote, PlanTextFinding, PlanUnread } from './sources/plan-text/types.js';
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
  TableInput,
  TableIssue,
  TableNotice,
  TablePlace,
  TableRowSource,
} from './sources/tables/types.js';
