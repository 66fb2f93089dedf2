import { toIsoDay, viDate } from '../_lib/dates.js';
import { vietnameseKey } from '../_lib/text.js';
import { NtmError } from '../errors.js';
import { markKnownSet } from '../engine/known-sets.js';
import type { CriteriaSet, CriteriaSetKind } from '../engine/types.js';
import { ADVANCED_COMMUNE_2022, ADVANCED_COMMUNE_2024 } from './advanced-commune.js';
import { ADVANCED_DISTRICT_2022, ADVANCED_DISTRICT_2024 } from './advanced-district.js';
import { COMMUNE_2022, COMMUNE_2024 } from './commune.js';
import { DISTRICT_2022, DISTRICT_2024 } from './district.js';
import { MODEL_COMMUNE_2022 } from './model-commune.js';
import { SPECIAL_DISTRICT_2024 } from './special-district.js';
import { TOWN_2022 } from './town.js';

/** Every version of every national set, by kind, oldest first. Village sets are provincial (see `VILLAGE_SETS`). */
const VERSIONS: Partial<Record<CriteriaSetKind, readonly CriteriaSet[]>> = {
  commune: [COMMUNE_2022, COMMUNE_2024],
  'advanced-commune': [ADVANCED_COMMUNE_2022, ADVANCED_COMMUNE_2024],
  'model-commune': [MODEL_COMMUNE_2022],
  district: [DISTRICT_2022, DISTRICT_2024],
  town: [TOWN_2022],
  'advanced-district': [ADVANCED_DISTRICT_2022, ADVANCED_DISTRICT_2024],
  'special-district': [SPECIAL_DISTRICT_2024],
};

for (const versions of Object.values(VERSIONS)) for (const v of versions) markKnownSet(v);

/** Provincial village sets, keyed by the province's comparison key. */
const VILLAGE_SETS = new Map<string, readonly CriteriaSet[]>();

/** Registers a province's village set versions (the table is empty until a province's set can be sourced). */
export function registerVillageSets(province: string, versions: readonly CriteriaSet[]): void {
  for (const v of versions) markKnownSet(v);
  VILLAGE_SETS.set(vietnameseKey(province), versions);
}

/** A short description of any value for a message; never throws (null-prototype objects, symbols). */
function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${v.slice(0, 100)}"`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined) return `"${String(v)}"`;
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v;
}

const KINDS: readonly CriteriaSetKind[] = ['commune', 'advanced-commune', 'model-commune', 'district', 'advanced-district', 'special-district', 'town', 'village'];

/**
 * Options of {@link getCriteriaSet}.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type GetCriteriaSetOptions } from 'ntm-rules';
 * const options: GetCriteriaSetOptions = { asOf: '2023-06-30' };
 * getCriteriaSet('district', options).id; // 'district/qd320-2022'
 * ```
 */
export interface GetCriteriaSetOptions {
  /** The day whose version is wanted (ISO `YYYY-MM-DD` or Date); defaults to the latest version. */
  readonly asOf?: string | Date;
  /** Province, for village sets (compared after NFC and tone normalisation). */
  readonly province?: string;
}

/**
 * The criteria set of a kind in the version in force on `asOf` (or the latest).
 * Sets are deeply frozen data: set → criteria → indicators → dated, cited thresholds,
 * plus `conditions` where the set has them (district commune conditions, the
 * model-commune conditions, the advanced sets' preconditions).
 *
 * Kinds: `'commune'` and `'advanced-commune'` (QĐ 318/QĐ-TTg Phụ lục I, II),
 * `'model-commune'` (QĐ 319/QĐ-TTg), `'district'`, `'town'` and
 * `'advanced-district'` (QĐ 320/QĐ-TTg Phụ lục I-III), `'special-district'`
 * (QĐ 211/QĐ-TTg, from 01/03/2024), and `'village'`, which is provincial:
 * pass `{ province }`; when no set is known for it (none is shipped, not even
 * Lai Châu's, which could not be sourced), the error says to define one with
 * `defineCriteriaSet` and evaluate it with `evaluate`.
 *
 * @throws {NtmError} `unknown-reference` for an unknown kind; `no-set-in-force` when no version governs the day.
 *
 * @example
 * ```ts
 * import { getCriteriaSet } from 'ntm-rules';
 * const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
 * set.criteria.length; // 19
 * set.criteria[1]?.name.vi; // 'Giao thông'
 * getCriteriaSet('district', { asOf: '2024-02-29' }).id; // 'district/qd320-2022'
 * getCriteriaSet('district', { asOf: '2024-03-01' }).id; // 'district/qd320-qd211-2024'
 * ```
 */
export function getCriteriaSet(kind: CriteriaSetKind, options: GetCriteriaSetOptions = {}): CriteriaSet {
  if (!KINDS.includes(kind)) {
    throw new NtmError('unknown-reference', `Unknown criteria-set kind ${describeValue(kind)}; expected one of ${KINDS.join(', ')}.`, [{ path: ['kind'], message: 'unknown kind' }]);
  }
  let versions: readonly CriteriaSet[] | undefined;
  if (kind === 'village') {
    if (typeof options.province !== 'string' || options.province.trim() === '') {
      throw new NtmError('no-set-in-force', 'Village (thôn/bản) criteria are set by each province: pass { province }. Where the package holds no set for a province, define one with defineCriteriaSet() and evaluate it with evaluate().', [{ path: ['options', 'province'], message: 'required for village sets' }]);
    }
    versions = VILLAGE_SETS.get(vietnameseKey(options.province));
    if (!versions) {
      throw new NtmError('no-set-in-force', `No village set is encoded for "${options.province}". Define the province's set with defineCriteriaSet() (same data format, validated) and evaluate it with evaluate(set, input).`, [{ path: ['options', 'province'], message: 'no village set for this province' }]);
    }
  } else {
    versions = VERSIONS[kind];
  }
  if (!versions || versions.length === 0) {
    throw new NtmError('not-available', `No "${kind}" set is encoded yet.`, [{ path: ['kind'], message: 'not encoded' }]);
  }
  if (options.asOf === undefined) return versions[versions.length - 1]!;
  const day = toIsoDay(options.asOf);
  if (day === undefined) throw new NtmError('invalid-input', 'Invalid asOf: expected an ISO date (YYYY-MM-DD) or a valid Date.', [{ path: ['options', 'asOf'], message: 'invalid date' }]);
  const found = versions.find((v) => day >= v.validFrom && (v.validUntil === undefined || day <= v.validUntil));
  if (found) return found;
  const first = versions[0]!;
  const last = versions[versions.length - 1]!;
  let why = '';
  if (day < first.validFrom) {
    why = kind === 'special-district'
      ? ` The special-district set was added by QĐ 211/QĐ-TTg, in force from ${viDate(first.validFrom)}.`
      : ` The first version is in force from ${viDate(first.validFrom)}${kind.endsWith('commune') ? '; before that the 2016-2020 sets (QĐ 1980/QĐ-TTg) governed, which are not encoded' : ''}.`;
  }
  else if (last.validUntil !== undefined && day > last.validUntil) {
    why = day >= '2026-02-15'
      ? ' From 15/02/2026 the 2026-2030 criteria (QĐ 51/2025/QĐ-TTg) govern; they are not encoded yet.'
      : ` The 2021-2025 set ends ${viDate(last.validUntil)}; no source says which set governs new assessments between 01/01/2026 and 14/02/2026 (transitional).`;
  }
  throw new NtmError('no-set-in-force', `No "${kind}" set is in force on ${viDate(day)}.${why}`, [{ path: ['options', 'asOf'], message: 'no version in force' }]);
}

/**
 * Every encoded version of every criteria set, oldest first within each kind:
 * the national sets, then the provincial village sets. For tools that export or
 * list the rules (the `ntm sets` command, the JSON data files).
 *
 * @throws {NtmError} `unknown-reference` for an unknown kind.
 *
 * @example
 * ```ts
 * import { listCriteriaSets } from 'ntm-rules';
 * listCriteriaSets('commune').map((s) => s.id); // ['commune/qd318-2022', 'commune/qd318-qd211-2024']
 * ```
 */
export function listCriteriaSets(kind?: CriteriaSetKind): readonly CriteriaSet[] {
  if (kind !== undefined && !KINDS.includes(kind)) {
    // Never String(kind): a hostile value (an object without a prototype) cannot be converted.
    const shown = typeof kind === 'string' ? `"${kind}"` : `a value of type ${typeof kind}`;
    throw new NtmError('unknown-reference', `Unknown criteria-set kind ${shown}; expected one of ${KINDS.join(', ')}.`, [{ path: ['kind'], message: 'unknown kind' }]);
  }
  const out: CriteriaSet[] = [];
  for (const k of KINDS) {
    if (kind !== undefined && k !== kind) continue;
    if (k === 'village') for (const versions of VILLAGE_SETS.values()) out.push(...versions);
    else out.push(...(VERSIONS[k] ?? []));
  }
  return out;
}
