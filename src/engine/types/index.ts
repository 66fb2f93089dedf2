// The engine's data types: rules, sets, inputs, overlays and results.
export type * from './rules.js';
export type * from './sets.js';
export type * from './inputs.js';
export type * from './overlays.js';
export type * from './results.js';
export type { LocalizedText } from '../../_lib/text.js';
