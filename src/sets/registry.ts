import { toIsoDay, viDate } from '../_lib/dates.js';
import { vietnameseKey } from '../_lib/text.js';
import { NtmError } from '../errors.js';
import type { CriteriaSet, CriteriaSetKind } from '../engine/types.js';
import { COMMUNE_2022, COMMUNE_2024 } from './commune.js';

/** Every version of every national set, by kind, oldest first. Village sets are provincial (see `villageSets`). */
const VERSIONS: Partial<Record<CriteriaSetKind, readonly CriteriaSet[]>> = {
  commune: [COMMUNE_2022, COMMUNE_2024],
};

/** Provincial village sets, keyed by the province's comparison key. */
const VILLAGE_SETS = new Map<string, readonly CriteriaSet[]>();

/** Registers further versions (used by the set modules of other kinds). */
export function registerVersions(kind: CriteriaSetKind, versions: readonly CriteriaSet[]): void {
  VERSIONS[kind] = [...(VERSIONS[kind] ?? []), ...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
}

/** Registers a province's village set versions. */
export function registerVillageSets(province: string, versions: readonly CriteriaSet[]): void {
  VILLAGE_SETS.set(vietnameseKey(province), versions);
}

const KINDS: readonly CriteriaSetKind[] = ['commune', 'advanced-commune', 'model-commune', 'district', 'advanced-district', 'special-district', 'town', 'village'];

/** Options of {@link getCriteriaSet}. */
export interface GetCriteriaSetOptions {
  /** The day whose version is wanted (ISO `YYYY-MM-DD` or Date); defaults to the latest version. */
  readonly asOf?: string | Date;
  /** Province, for village sets (compared after NFC and tone normalisation). */
  readonly province?: string;
}

/**
 * The criteria set of a kind in the version in force on `asOf` (or the latest).
 * Sets are deeply frozen data: set → criteria → indicators → dated, cited thresholds.
 *
 * @throws {NtmError} `unknown-reference` for an unknown kind; `no-set-in-force` when no version governs the day.
 *
 * @example
 * ```ts
 * import { getCriteriaSet } from 'ntm-rules';
 * const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
 * set.criteria.length; // 19
 * set.criteria[1]?.name.vi; // 'Giao thông'
 * ```
 */
export function getCriteriaSet(kind: CriteriaSetKind, options: GetCriteriaSetOptions = {}): CriteriaSet {
  if (!KINDS.includes(kind)) {
    throw new NtmError('unknown-reference', `Unknown criteria-set kind "${String(kind)}"; expected one of ${KINDS.join(', ')}.`, [{ path: ['kind'], message: 'unknown kind' }]);
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
  if (day < first.validFrom) why = ` The first version is in force from ${viDate(first.validFrom)}${kind.endsWith('commune') ? '; before that the 2016-2020 sets (QĐ 1980/QĐ-TTg) governed, which are not encoded' : ''}.`;
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
 * @example
 * ```ts
 * import { listCriteriaSets } from 'ntm-rules';
 * listCriteriaSets('commune').map((s) => s.id); // ['commune/qd318-2022', 'commune/qd318-qd211-2024']
 * ```
 */
export function listCriteriaSets(kind?: CriteriaSetKind): readonly CriteriaSet[] {
  const out: CriteriaSet[] = [];
  for (const k of KINDS) {
    if (kind !== undefined && k !== kind) continue;
    if (k === 'village') for (const versions of VILLAGE_SETS.values()) out.push(...versions);
    else out.push(...(VERSIONS[k] ?? []));
  }
  return out;
}
