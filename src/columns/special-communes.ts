import type { LocalizedText } from '../_lib/text.js';
import type { Citation } from '../legal/citation.js';
import { deepFreeze } from '../_lib/freeze.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { isRegion, REGIONS, type Region } from './regions.js';

/**
 * The facts about a commune that decide which region column applies.
 *
 * @example
 * ```ts
 * import { effectiveRegion, type SpecialCommuneStatus } from 'ntm-rules';
 * const s: SpecialCommuneStatus = { region: 'BTB', especiallyDifficult: true };
 * effectiveRegion(s).region; // 'TDMNPB'
 * ```
 */
export interface SpecialCommuneStatus {
  /** The commune's own region. */
  readonly region: Region;
  /** Xã đặc biệt khó khăn (especially difficult commune). */
  readonly especiallyDifficult?: boolean | undefined;
  /**
   * Xã an toàn khu (safe-zone commune) **of a poor district or a district that
   * left poverty in 2018-2020**: only such safe-zone communes take the TDMNPB
   * column (grammatical reading of the rule; see legal notes conflict C6).
   */
  readonly safeZone?: boolean | undefined;
}

/**
 * The region column to apply and why.
 *
 * @example
 * ```ts
 * import { effectiveRegion, type EffectiveRegion } from 'ntm-rules';
 * const e: EffectiveRegion = effectiveRegion({ region: 'TN', safeZone: true });
 * e.region; // 'TDMNPB'
 * ```
 */
export interface EffectiveRegion {
  readonly region: Region;
  /** Set when the column differs from the commune's own region. */
  readonly reason?: LocalizedText;
  readonly citation?: Citation;
}

/** Citation of the special-commune rule (QĐ 318, as summarised in notice 39774). */
export const SPECIAL_COMMUNE_RULE_CITATION: Citation = Object.freeze({
  instrument: 'QD-318-2022',
  source: 'tintuc.thuvienphapluat.com notice 39774 (10/03/2022)',
  note: 'Especially difficult communes, and safe-zone communes of poor districts or districts that left poverty in 2018-2020, apply the TDMNPB targets.',
});

function statusIssues(status: unknown): IssueInit[] {
  if (typeof status !== 'object' || status === null || Array.isArray(status)) return [issue([], 'expected-object', { vi: 'cần { region, especiallyDifficult?, safeZone? }', en: 'expected { region, especiallyDifficult?, safeZone? }' })];
  const s = status as Record<string, unknown>;
  const issues: IssueInit[] = [];
  if (!isRegion(s.region)) issues.push(issue(['region'], 'unknown-region', { vi: `cần mã vùng, một trong: ${REGIONS.join(', ')}`, en: `expected one of ${REGIONS.join(', ')}` }, { allowed: [...REGIONS] }));
  for (const k of ['especiallyDifficult', 'safeZone']) {
    if (s[k] !== undefined && typeof s[k] !== 'boolean') issues.push(issue([k], 'expected-boolean', { vi: 'cần true (có) hoặc false (không)', en: 'expected true or false' }));
  }
  return issues;
}

/**
 * The region column a commune is assessed against: especially difficult communes
 * and safe-zone communes of poor districts use the TDMNPB column whatever their
 * region (QĐ 318/QĐ-TTg).
 *
 * @throws {NtmError} `invalid-input` for a status without a known region, or with flags that are not booleans.
 *
 * @example
 * ```ts
 * import { effectiveRegion } from 'ntm-rules';
 * effectiveRegion({ region: 'DBSCL', especiallyDifficult: true }).region; // 'TDMNPB'
 * ```
 */
export function effectiveRegion(status: SpecialCommuneStatus): EffectiveRegion {
  const issues = statusIssues(status);
  if (issues.length > 0) throw invalidInput('commune status', issues);
  return { ...columnOf(status) };
}

const ESPECIALLY_DIFFICULT: EffectiveRegion = deepFreeze({
  region: 'TDMNPB',
  reason: { vi: 'xã đặc biệt khó khăn áp dụng chỉ tiêu vùng Trung du miền núi phía Bắc', en: 'especially difficult commune: the TDMNPB column applies' },
  citation: SPECIAL_COMMUNE_RULE_CITATION,
});
const SAFE_ZONE: EffectiveRegion = deepFreeze({
  region: 'TDMNPB',
  reason: { vi: 'xã an toàn khu thuộc huyện nghèo áp dụng chỉ tiêu vùng Trung du miền núi phía Bắc', en: 'safe-zone commune of a poor district: the TDMNPB column applies' },
  citation: SPECIAL_COMMUNE_RULE_CITATION,
});
const OWN = Object.fromEntries(REGIONS.map((r) => [r, Object.freeze({ region: r })])) as Readonly<Record<Region, EffectiveRegion>>;

/** {@link effectiveRegion} for a status already validated; the answers are shared, frozen objects. */
export function columnOf(status: SpecialCommuneStatus): EffectiveRegion {
  if (status.region !== 'TDMNPB' && (status.especiallyDifficult === true || status.safeZone === true)) {
    return status.especiallyDifficult === true ? ESPECIALLY_DIFFICULT : SAFE_ZONE;
  }
  return OWN[status.region];
}
