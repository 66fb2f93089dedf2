// The one version resolver: kind + day → the set version in force. Every caller that needs
// "the set in force" (evaluate with a kind, evaluateCommune, evaluateDistrict, the CLI) asks here.
import { toIsoDay, viDate } from '../_lib/dates.js';
import { setKindWords } from '../wording/terms.js';
import { readOptions } from '../_lib/options.js';
import { invalidInput, issue, NtmError } from '../errors.js';
import { trust } from '../engine/cache.js';
import { CRITERIA_SET_KINDS, isCriteriaSetKind, PROVINCIAL_KINDS, type CriteriaSetKind } from '../engine/set-kinds.js';
import type { CriteriaSet } from '../engine/types/index.js';
import { ADVANCED_COMMUNE_2022, ADVANCED_COMMUNE_2024 } from './advanced-commune.js';
import { ADVANCED_DISTRICT_2022, ADVANCED_DISTRICT_2024 } from './advanced-district.js';
import { COMMUNE_2022, COMMUNE_2024 } from './commune.js';
import { COMMUNE_2026 } from './commune-2026.js';
import { DISTRICT_2022, DISTRICT_2024 } from './district.js';
import { MODEL_COMMUNE_2022 } from './model-commune.js';
import { periodOfDay, periodOfYear } from './periods.js';
import { SPECIAL_DISTRICT_2024 } from './special-district.js';
import { TOWN_2022 } from './town.js';

/** Every version of every national set, by kind, oldest first. Provincial kinds have none. */
const VERSIONS: Readonly<Partial<Record<CriteriaSetKind, readonly CriteriaSet[]>>> = Object.freeze({
  commune: [COMMUNE_2022, COMMUNE_2024, COMMUNE_2026],
  'advanced-commune': [ADVANCED_COMMUNE_2022, ADVANCED_COMMUNE_2024],
  'model-commune': [MODEL_COMMUNE_2022],
  district: [DISTRICT_2022, DISTRICT_2024],
  town: [TOWN_2022],
  'advanced-district': [ADVANCED_DISTRICT_2022, ADVANCED_DISTRICT_2024],
  'special-district': [SPECIAL_DISTRICT_2024],
});

for (const versions of Object.values(VERSIONS)) for (const v of versions) trust(v);

const DISTRICT_LEVEL: readonly CriteriaSetKind[] = ['district', 'town', 'advanced-district', 'special-district'];
const DISTRICT_LEVEL_ENDS = '2025-07-01';

/** A short description of any value for a message; never throws (null-prototype objects, symbols). */
function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${v.slice(0, 100)}"`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined) return `"${String(v)}"`;
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v;
}

function unknownKind(kind: unknown): NtmError {
  return new NtmError('unknown-reference', `Unknown criteria-set kind ${describeValue(kind)}; expected one of ${CRITERIA_SET_KINDS.join(', ')}.`, [
    issue(['kind'], 'unknown-kind', { vi: `không có loại bộ tiêu chí này; các mã loại: ${CRITERIA_SET_KINDS.join(', ')}`, en: `unknown kind; expected one of ${CRITERIA_SET_KINDS.join(', ')}` }, { allowed: [...CRITERIA_SET_KINDS] }),
  ]);
}

function provincial(kind: CriteriaSetKind, province: unknown): NtmError {
  const what = kind === 'village' ? { vi: 'Bộ tiêu chí thôn, bản do từng tỉnh ban hành', en: 'Village (thôn/bản) criteria are set by each province' } : { vi: 'Tiêu chí xã nông thôn mới hiện đại do từng tỉnh ban hành theo khung thí điểm (QĐ 51/2025/QĐ-TTg Phụ lục II)', en: 'Modern-commune criteria are issued by each province under the pilot framework (QĐ 51/2025/QĐ-TTg Phụ lục II)' };
  const named = typeof province === 'string' && province.trim() !== '' ? ` No set is encoded for ${describeValue(province)}.` : '';
  return new NtmError('no-set-in-force', `${what.en}.${named} Define the province's set with defineCriteriaSet() (the same data format, validated) and evaluate it with evaluate(set, input).`, [
    issue(['options', 'province'], 'provincial-set', { vi: `${what.vi}: khai báo bộ tiêu chí của tỉnh bằng defineCriteriaSet() rồi đánh giá bằng evaluate(set, …)`, en: `${what.en}: define the province's set with defineCriteriaSet() and evaluate it with evaluate(set, …)` }, { kind }),
  ]);
}

/** Why no version of a kind is in force on a day, in words (English message, coded issue). */
function noVersion(kind: CriteriaSetKind, versions: readonly CriteriaSet[], day: string, dayPath: readonly string[]): NtmError {
  const first = versions[0]!;
  let why: { vi: string; en: string };
  if (DISTRICT_LEVEL.includes(kind) && day >= DISTRICT_LEVEL_ENDS) {
    why = {
      vi: 'từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp); các bộ tiêu chí cấp huyện chỉ áp dụng đến 30/06/2025',
      en: 'the district level was abolished from 01/07/2025 (two-tier local government); district-level sets apply up to 30/06/2025',
    };
  } else if (day < first.validFrom) {
    why = kind === 'special-district'
      ? { vi: `bộ tiêu chí này do QĐ 211/QĐ-TTg bổ sung, áp dụng từ ${viDate(first.validFrom)}`, en: `the set was added by QĐ 211/QĐ-TTg, in force from ${viDate(first.validFrom)}` }
      : { vi: `phiên bản đầu tiên có hiệu lực từ ${viDate(first.validFrom)}${kind.endsWith('commune') ? '; trước đó là bộ tiêu chí 2016 - 2020 (QĐ 1980/QĐ-TTg), chưa có trong thư viện' : ''}`, en: `the first version is in force from ${viDate(first.validFrom)}${kind.endsWith('commune') ? '; before that the 2016-2020 sets (QĐ 1980/QĐ-TTg) governed, which are not encoded' : ''}` };
  } else {
    const period = periodOfDay(day);
    if (period?.id === 'transition-2026') why = period.note;
    else if (period?.id === '2026-2030') why = { vi: `giai đoạn 2026 - 2030 không có bộ tiêu chí quốc gia về ${setKindWords(kind, 'vi').toLocaleLowerCase('vi')} (QĐ 51/2025/QĐ-TTg chỉ quy định bộ tiêu chí xã)`, en: `there is no national "${kind}" set for 2026-2030 (QĐ 51/2025/QĐ-TTg sets the commune criteria only)` };
    else why = { vi: 'không có phiên bản nào có hiệu lực vào ngày này', en: 'no version is in force on that day' };
  }
  return new NtmError('no-set-in-force', `No "${kind}" set is in force on ${viDate(day)}: ${why.en}.`, [issue(dayPath, 'no-version-in-force', { vi: `không có bộ tiêu chí ${setKindWords(kind, 'vi').toLocaleLowerCase('vi')} có hiệu lực ngày ${viDate(day)}: ${why.vi}`, en: why.en }, { kind, day })]);
}

/**
 * The version of a national kind in force on `day` (ISO); an NtmError saying why when none
 * is (before the first version, the 2026 transitional window, the end of the district level,
 * kinds without a 2026-2030 set, provincial kinds). `dayPath` is where the day came from
 * (`['year']` when it is the default day of the assessment year).
 */
export function resolveSetVersion(kind: unknown, day: string, province?: unknown, dayPath: readonly string[] = ['options', 'asOf']): CriteriaSet {
  if (!isCriteriaSetKind(kind)) throw unknownKind(kind);
  if (PROVINCIAL_KINDS.includes(kind)) throw provincial(kind, province);
  const versions = VERSIONS[kind]!;
  for (const v of versions) if (day >= v.validFrom && (v.validUntil === undefined || day <= v.validUntil)) return v;
  throw noVersion(kind, versions, day, dayPath);
}

/** A sentence naming the criteria that govern a year outside a set's period, for messages. */
export function periodNote(kind: CriteriaSetKind, year: number): string {
  const period = periodOfYear(year);
  if (period === undefined) return '';
  if (period.id === '2026-2030' && (DISTRICT_LEVEL.includes(kind) || kind === 'advanced-commune' || kind === 'model-commune')) {
    return ` ${year} falls in 2026-2030 (QĐ 51/2025/QĐ-TTg), which has no "${kind}" set.`;
  }
  return ` ${period.note.en}`;
}

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
  /** The day whose version is wanted (ISO `YYYY-MM-DD` or Date); without it, the kind's newest version. */
  readonly asOf?: string | Date;
  /** Province, for provincial kinds (the error then says how to define the province's set). */
  readonly province?: string;
}

/**
 * The criteria set of a kind in the version in force on `asOf`, or, without a day,
 * the kind's newest version (never "today": a day must be asked for). Sets are
 * deeply frozen data: set → criteria → indicators → dated, cited thresholds, plus
 * `conditions` where the set has them.
 *
 * Kinds: `'commune'` (2021-2025: QĐ 318/QĐ-TTg Phụ lục I, amended by QĐ 211/QĐ-TTg from
 * 01/03/2024; from 15/02/2026: QĐ 51/2025/QĐ-TTg Phụ lục I, ten criteria and commune-group
 * columns), `'advanced-commune'` and `'model-commune'` (2021-2025 only), `'district'`,
 * `'town'`, `'advanced-district'` and `'special-district'` (up to 30/06/2025, when the
 * district level ended), and the provincial kinds `'village'` and `'modern-commune'`, for
 * which the error says to define the province's set with `defineCriteriaSet`.
 *
 * @throws {NtmError} `unknown-reference` for an unknown kind; `no-set-in-force` when no version governs the day (the message says which criteria do); `invalid-input` for a bad day or option.
 *
 * @example
 * ```ts
 * import { getCriteriaSet } from 'ntm-rules';
 * getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria.length; // 19
 * getCriteriaSet('commune', { asOf: '2026-06-01' }).criteria.length; // 10
 * getCriteriaSet('district', { asOf: '2024-02-29' }).id; // 'district/qd320-2022'
 * getCriteriaSet('district', { asOf: '2024-03-01' }).id; // 'district/qd320-qd211-2024'
 * ```
 */
export function getCriteriaSet(kind: CriteriaSetKind, options?: GetCriteriaSetOptions): CriteriaSet {
  const o = readOptions(options, ['asOf', 'province']);
  if (!isCriteriaSetKind(kind)) throw unknownKind(kind);
  if (PROVINCIAL_KINDS.includes(kind)) throw provincial(kind, o.province);
  if (o.asOf === undefined) {
    const versions = VERSIONS[kind]!;
    return versions[versions.length - 1]!;
  }
  const day = toIsoDay(o.asOf);
  if (day === undefined) throw invalidInput('options', [issue(['options', 'asOf'], 'invalid-date', { vi: 'cần một ngày có thật dạng YYYY-MM-DD (hoặc Date)', en: 'expected an existing day as YYYY-MM-DD (or a Date)' })]);
  return resolveSetVersion(kind, day);
}

/**
 * Every encoded version of every national criteria set, oldest first within each
 * kind. For tools that export or list the rules (the `ntm sets` command, the JSON
 * data files).
 *
 * @throws {NtmError} `unknown-reference` for an unknown kind.
 *
 * @example
 * ```ts
 * import { listCriteriaSets } from 'ntm-rules';
 * listCriteriaSets('commune').map((s) => s.id); // ['commune/qd318-2022', 'commune/qd318-qd211-2024', 'commune/qd51-2026']
 * ```
 */
export function listCriteriaSets(kind?: CriteriaSetKind): readonly CriteriaSet[] {
  if (kind !== undefined && !isCriteriaSetKind(kind)) throw unknownKind(kind);
  const out: CriteriaSet[] = [];
  for (const k of CRITERIA_SET_KINDS) if (kind === undefined || k === kind) out.push(...(VERSIONS[k] ?? []));
  return out;
}
