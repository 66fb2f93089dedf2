import { endOfYear, toIsoDay } from '../_lib/dates.js';
import { invalidInput } from '../errors.js';
import { getCriteriaSet } from '../sets/registry.js';
import { evaluate, evaluateOn, type EvaluateOptions, type EvaluationInput } from './evaluate.js';
import type { CriteriaSet, EvaluationResult } from './types.js';
import type { Region } from '../regions/regions.js';

/**
 * A commune's facts and indicator values.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type CommuneInput } from 'ntm-rules';
 * const input: CommuneInput = { name: 'Sơn Bình', region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '9.1': 0 } };
 * evaluateCommune(input).criteriaMet; // 0 (criterion 1 needs 1.2 too)
 * ```
 */
export interface CommuneInput extends EvaluationInput {
  readonly region: Region;
}

/**
 * Evaluates a commune against the national commune set (QĐ 318/QĐ-TTg Phụ lục I)
 * in the version in force on `options.asOf` (default: 31 December of the
 * assessment year). Especially difficult and safe-zone communes are assessed
 * against the TDMNPB column.
 *
 * @throws {NtmError} for bad input (with paths) or a year outside 2021-2025.
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
 * ```
 */
export function evaluateCommune(input: CommuneInput, options?: EvaluateOptions): EvaluationResult {
  const year = (input as { year?: unknown } | null)?.year;
  let day: string | undefined;
  if (options?.asOf === undefined) {
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      throw invalidInput('commune input', [{ path: ['year'], message: 'expected a whole year, e.g. 2024' }]);
    }
    day = endOfYear(year);
  } else {
    day = toIsoDay(options.asOf);
    if (day === undefined) throw invalidInput('options', [{ path: ['options', 'asOf'], message: 'expected a valid ISO date (YYYY-MM-DD) or Date' }]);
  }
  if (typeof year === 'number' && Number.isInteger(year) && (year < 2021 || year > 2025)) {
    // Let the engine explain which set governs that year.
    return evaluate(getCriteriaSet('commune'), input, options);
  }
  return evaluateOn(communeSetOn(day), input, options, day);
}

// The commune set version in force per day, remembered (bounded): evaluating many
// communes of one year looks the version up once.
const versionsByDay = new Map<string, CriteriaSet>();

function communeSetOn(day: string): CriteriaSet {
  let set = versionsByDay.get(day);
  if (set === undefined) {
    set = getCriteriaSet('commune', { asOf: day });
    if (versionsByDay.size >= 512) versionsByDay.clear();
    versionsByDay.set(day, set);
  }
  return set;
}
