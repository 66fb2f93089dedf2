import { evaluateKind, type EvaluateOptions } from './evaluate.js';
import type { EvaluationInput, EvaluationResult } from './types/index.js';

/**
 * A commune's facts and values: `region` is required by the 2021-2025 set; the
 * 2026-2030 set takes `group` (or `groupFacts`) instead, and a commune whose
 * group is not known is evaluated with `group` absent or `null`.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type CommuneInput } from 'ntm-rules';
 * const input: CommuneInput = { name: 'Sơn Bình', region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '9.1': 0 } };
 * evaluateCommune(input).criteriaMet; // 0 (criterion 1 needs 1.2 too)
 * ```
 */
export type CommuneInput = EvaluationInput;

/**
 * Evaluates a commune against the national commune set in the version in force
 * on `options.asOf` (default: 31 December of the assessment year): QĐ 318/QĐ-TTg
 * Phụ lục I for 2021-2025 (especially difficult and safe-zone communes against
 * the TDMNPB column), QĐ 51/2025/QĐ-TTg Phụ lục I from 15/02/2026 (ten criteria,
 * by commune group). `evaluate({ kind: 'commune' }, input, options)`.
 *
 * @throws {NtmError} for bad input (with paths), or a day no commune set governs (01/01-14/02/2026, before 2022).
 *
 * @example
 * ```ts
 * import { evaluateCommune } from 'ntm-rules';
 * const r = evaluateCommune({
 *   name: 'Sơn Bình', region: 'TDMNPB', year: 2024,
 *   indicators: { '1.1': true, '1.2': true, '5': { schools: 3, atMinimumStandard: 3, atLevel1: 2 } },
 * });
 * r.criteria[0]?.outcome; // 'met'
 * r.criteria[4]?.outcome; // 'met' (2 of 3 schools at level 1 ≥ 50%)
 * r.status; // 'undetermined' (other criteria unknown)
 * const all = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((c) => [c, 'met' as const]));
 * evaluateCommune({ year: 2026, group: 2, criteria: all }).status; // 'meets-standard'
 * ```
 */
export function evaluateCommune(input: CommuneInput, options?: EvaluateOptions): EvaluationResult {
  return evaluateKind('commune', input, options);
}
