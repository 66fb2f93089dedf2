// The public API of ntm-rules: the rules (errors, legal data, threshold columns, the engine, the
// sets) and the layers built on them, also importable alone: ntm-rules/scoring, ntm-rules/funding,
// ntm-rules/plans, ntm-rules/sources. Named exports only.
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
export { defaultRegionOfProvince } from './columns/provinces.js';
export type { ProvinceRegion } from './columns/provinces.js';

// The engine
export { evaluate } from './engine/evaluate.js';
export type { EvaluateOptions, EvaluationSubject } from './engine/evaluate.js';
export { evaluateCommune } from './engine/evaluate-commune.js';
export type { CommuneInput } from './engine/evaluate-commune.js';
export { defineCriteriaSet } from './engine/define.js';
export { defineThresholdOverlay } from './engine/overlay.js';
export { evaluateDistrict } from './engine/evaluate-district.js';
export type { CommuneRecognition, DistrictInput, DistrictEvaluation } from './engine/evaluate-district.js';
export { describeRule } from './engine/describe.js';
export { CRITERIA_SET_KINDS } from './engine/set-kinds.js';
export type * from './engine/types/index.js';

// Criteria sets and periods
export { getCriteriaSet, listCriteriaSets } from './sets/registry.js';
export type { GetCriteriaSetOptions } from './sets/registry.js';
export { PROGRAMME_PERIODS } from './sets/periods.js';
export { MODERN_COMMUNE_PRECONDITION } from './sets/modern-commune.js';
export { COMMUNE_INDICATOR_CODES } from './sets/commune-codes.js';
export type { CommuneIndicatorCode, CommuneIndicators } from './sets/commune-codes.js';
export type { ProgrammePeriod } from './sets/periods.js';

export { EXAMPLE_VILLAGE_SET } from './sets/village-example.js';

// The programmes: targets (2021-2025, 2026-2035) and the 2026-2030 budget, as sourced data
export { PROGRAMME_TARGETS, PROVINCE_COMPLETION, getProgrammeTarget, programmeSummaryTarget, targetCommuneCount } from './programme/targets.js';
export type { ProgrammeId, ProgrammeTarget, TargetCommuneCount, TargetCommuneCountOptions, TargetConflict, TargetMeasure, TargetValue } from './programme/targets.js';
export { PROGRAMME_BUDGET_2026_2030 } from './programme/budget.js';
export type { ProgrammeBudget, ProgrammeBudgetFigure } from './programme/budget.js';

// Recognition (công nhận): the conditions of QĐ 18/2022/QĐ-TTg
export { checkRecognition } from './recognition/check.js';
export type { RecognitionCondition, RecognitionFacts, RecognitionResult } from './recognition/check.js';

// Scoring (also `ntm-rules/scoring`)
export * from './scoring/index.js';

// Funding (also `ntm-rules/funding`)
export * from './funding/index.js';

// Plans: annual NTM plans as data, their consistency checks, and reports (also `ntm-rules/plans`)
export * from './plans/index.js';

// Sources: office spreadsheets and plan documents (also `ntm-rules/sources`)
export * from './sources/index.js';
