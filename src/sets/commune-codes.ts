// The indicator codes of the 2021-2025 commune set as a literal type, so that an application can
// type its inputs and a misspelt code fails to compile (test/sets/commune-codes.test.ts keeps the
// list equal to the set's data).
import type { IndicatorValue } from '../engine/types/index.js';

/**
 * The indicator codes of the 2021-2025 commune set (QĐ 318/QĐ-TTg Phụ lục I), in the order of the annex.
 *
 * @example
 * ```ts
 * import { COMMUNE_INDICATOR_CODES } from 'ntm-rules';
 * COMMUNE_INDICATOR_CODES.length; // 57
 * ```
 */
export const COMMUNE_INDICATOR_CODES = Object.freeze([
  '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '4.1', '4.2', '5', '6.1', '6.2', '6.3', '7',
  '8.1', '8.2', '8.3', '8.4', '9.1', '9.2', '10', '11', '12.1', '12.2', '12.3', '13.1', '13.2', '13.3', '13.4',
  '14.1', '14.2', '14.3', '15.1', '15.2', '15.3', '15.4', '15.5', '16', '17.1', '17.2', '17.3', '17.4', '17.5',
  '17.6', '17.7', '17.8', '17.9', '17.10', '18.1', '18.2', '18.3', '18.4', '18.5', '18.6', '19.1', '19.2',
] as const);

/**
 * An indicator code of the 2021-2025 commune set.
 *
 * @example
 * ```ts
 * import type { CommuneIndicatorCode } from 'ntm-rules';
 * const code: CommuneIndicatorCode = '17.10';
 * ```
 */
export type CommuneIndicatorCode = (typeof COMMUNE_INDICATOR_CODES)[number];

/**
 * Typed indicator values of a 2021-2025 commune: a misspelt code is a compile error.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type CommuneIndicators } from 'ntm-rules';
 * const indicators: CommuneIndicators = { '1.1': true, '2.1': 96.5, '9.1': 0 };
 * evaluateCommune({ region: 'TDMNPB', year: 2024, indicators }).criteria[0]?.indicators[0]?.outcome; // 'met'
 * ```
 */
export type CommuneIndicators = { readonly [C in CommuneIndicatorCode]?: IndicatorValue };
