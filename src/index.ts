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
export { NATIONAL_COMMUNE_SCHEME } from './scoring/schemes.js';
export type { Bucket, BucketScheme } from './scoring/schemes.js';
