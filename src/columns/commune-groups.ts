// The three commune groups (nhóm xã) of the 2026-2030 commune set: the threshold columns that
// replace the seven regions. Definitions as in the final text of QĐ 51/2025/QĐ-TTg Phụ lục I
// (secondary: thoibaotaichinhvietnam). The 2025 draft numbered the groups the other way round;
// nothing here follows the draft.
import { deepFreeze } from '../_lib/freeze.js';
import { readOptions } from '../_lib/options.js';
import type { LocalizedText } from '../_lib/text.js';
import { invalidInput, issue, type IssueInit } from '../errors.js';
import type { Citation } from '../legal/citation.js';

/**
 * A commune group of the 2026-2030 set: 1, 2 or 3.
 *
 * @example
 * ```ts
 * import type { CommuneGroup } from 'ntm-rules';
 * const g: CommuneGroup = 2;
 * ```
 */
export type CommuneGroup = 1 | 2 | 3;

/**
 * The threshold columns of the commune groups, as thresholds and overlays name them.
 *
 * @example
 * ```ts
 * import { COMMUNE_GROUP_COLUMNS } from 'ntm-rules';
 * COMMUNE_GROUP_COLUMNS; // ['G1', 'G2', 'G3']
 * ```
 */
export const COMMUNE_GROUP_COLUMNS = Object.freeze(['G1', 'G2', 'G3'] as const);

/**
 * A commune-group column code.
 *
 * @example
 * ```ts
 * import type { CommuneGroupColumn } from 'ntm-rules';
 * const c: CommuneGroupColumn = 'G3';
 * ```
 */
export type CommuneGroupColumn = (typeof COMMUNE_GROUP_COLUMNS)[number];

/** The column of a group (`2` → `'G2'`). */
export function groupColumn(group: CommuneGroup): CommuneGroupColumn {
  return COMMUNE_GROUP_COLUMNS[group - 1]!;
}

/** Where the group definitions were read. */
export const COMMUNE_GROUP_CITATION: Citation = deepFreeze({
  instrument: 'QD-51-2025',
  annex: 'Phụ lục I',
  source: 'thoibaotaichinhvietnam.vn (final text, as quoted); vietnamplus.vn (30/12/2025): "Mỗi tiêu chí đều được chia theo 3 nhóm xã"',
  note: 'Secondary: the annex itself could not be reached. The 2025 draft numbered the groups the other way round.',
});

/**
 * The commune groups with their definitions as quoted from the final text (secondary).
 *
 * @example
 * ```ts
 * import { COMMUNE_GROUPS } from 'ntm-rules';
 * COMMUNE_GROUPS[2].name.vi; // 'Xã nhóm 2'
 * ```
 */
export const COMMUNE_GROUPS: Readonly<Record<CommuneGroup, { readonly column: CommuneGroupColumn; readonly name: LocalizedText; readonly definition: LocalizedText }>> = deepFreeze({
  1: {
    column: 'G1',
    name: { vi: 'Xã nhóm 1', en: 'Group 1 commune' },
    definition: {
      vi: 'xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị hoặc xã có tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%, hoặc xã được định hướng là đô thị mới',
      en: 'a commune adjacent to an existing urban area and oriented to become urban, or whose agriculture share of the economy is under 10%, or planned as a new urban area',
    },
  },
  2: {
    column: 'G2',
    name: { vi: 'Xã nhóm 2', en: 'Group 2 commune' },
    definition: { vi: 'xã không thuộc nhóm 1 và nhóm 3', en: 'a commune in neither group 1 nor group 3' },
  },
  3: {
    column: 'G3',
    name: { vi: 'Xã nhóm 3', en: 'Group 3 commune' },
    definition: {
      vi: 'xã khu vực II và xã khu vực III thuộc địa bàn vùng đồng bào dân tộc thiểu số và miền núi được cấp có thẩm quyền phân định theo quy định',
      en: 'a commune classified as area II or area III of the ethnic-minority and mountainous areas by the competent authority',
    },
  },
});

/**
 * The facts that place a commune in a group. Leave out what is not known: the
 * group is then `null` where it depends on the missing fact.
 *
 * @example
 * ```ts
 * import { classifyCommuneGroup, type CommuneGroupFacts } from 'ntm-rules';
 * const facts: CommuneGroupFacts = { adjacentToUrbanArea: false, agricultureSharePercent: 45, plannedNewUrbanArea: false, ethnicMinorityArea: 'none' };
 * classifyCommuneGroup(facts).group; // 2
 * ```
 */
export interface CommuneGroupFacts {
  /** Liền kề đô thị hiện hữu (adjacent to an existing urban area). */
  readonly adjacentToUrbanArea?: boolean;
  /** Có định hướng phát triển thành đô thị (oriented to become urban). */
  readonly urbanOriented?: boolean;
  /** Tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế (%), 0-100. */
  readonly agricultureSharePercent?: number;
  /** Được định hướng là đô thị mới (planned as a new urban area). */
  readonly plannedNewUrbanArea?: boolean;
  /** Khu vực of the ethnic-minority and mountainous areas (I, II, III), or `'none'` outside them. */
  readonly ethnicMinorityArea?: 'I' | 'II' | 'III' | 'none';
}

/**
 * Options of {@link classifyCommuneGroup}.
 *
 * @example
 * ```ts
 * import type { ClassifyCommuneGroupOptions } from 'ntm-rules';
 * const options: ClassifyCommuneGroupOptions = { resolveConflict: { group: 3, basis: 'QĐ …/QĐ-UBND of the province (example)' } };
 * ```
 */
export interface ClassifyCommuneGroupOptions {
  /**
   * How to place a commune that meets both the group-1 and the group-3 definition.
   * No source says which prevails, so the library never chooses: without this
   * option such a commune has `group: null` and a `conflict`.
   */
  readonly resolveConflict?: { readonly group: 1 | 3; readonly basis: string };
}

/**
 * The group of a commune and why.
 *
 * @example
 * ```ts
 * import { classifyCommuneGroup, type CommuneGroupClassification } from 'ntm-rules';
 * const c: CommuneGroupClassification = classifyCommuneGroup({ ethnicMinorityArea: 'III', adjacentToUrbanArea: false, agricultureSharePercent: 70, plannedNewUrbanArea: false });
 * c.group; // 3
 * ```
 */
export interface CommuneGroupClassification {
  /** `null` when the facts given do not decide it, or in an unresolved conflict. */
  readonly group: CommuneGroup | null;
  /** Each test of the definitions with its outcome, in order. */
  readonly reasons: readonly LocalizedText[];
  /** Present when the commune meets both the group-1 and the group-3 definition. */
  readonly conflict?: { readonly groups: readonly [1, 3]; readonly resolvedBy?: string };
  readonly citation: Citation;
}

type Tri = boolean | undefined;
const or = (...xs: Tri[]): Tri => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
const and = (a: Tri, b: Tri): Tri => (a === false || b === false ? false : a === true && b === true ? true : undefined);

const KEYS = ['adjacentToUrbanArea', 'urbanOriented', 'agricultureSharePercent', 'plannedNewUrbanArea', 'ethnicMinorityArea'] as const;
const AREAS = ['I', 'II', 'III', 'none'];

/** Validates the facts, reading each own field once; issues are relative to `path`. */
export function readGroupFacts(value: unknown, path: readonly (string | number)[], issues: IssueInit[]): CommuneGroupFacts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(issue(path, 'expected-object', { vi: 'cần một đối tượng gồm các đặc điểm của xã', en: 'expected an object of the commune\'s facts' }));
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      issues.push(issue([...path, key], 'unknown-key', { vi: `trường không có: "${key}" (có: ${KEYS.join(', ')})`, en: `unknown field "${key}" (known: ${KEYS.join(', ')})` }, { key }));
      continue;
    }
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (key === 'agricultureSharePercent') {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) issues.push(issue([...path, key], 'expected-percent', { vi: 'cần một tỷ lệ phần trăm từ 0 đến 100', en: 'expected a percentage from 0 to 100' }));
    } else if (key === 'ethnicMinorityArea') {
      if (typeof v !== 'string' || !AREAS.includes(v)) issues.push(issue([...path, key], 'expected-one-of', { vi: "cần 'I', 'II', 'III' hoặc 'none'", en: "expected 'I', 'II', 'III' or 'none'" }, { allowed: AREAS }));
    } else if (typeof v !== 'boolean') {
      issues.push(issue([...path, key], 'expected-boolean', { vi: 'cần true (có) hoặc false (không)', en: 'expected true or false' }));
    }
    out[key] = v;
  }
  return out as CommuneGroupFacts;
}

const yesNo = (t: Tri, lang: 'vi' | 'en') => (t === undefined ? (lang === 'vi' ? 'chưa rõ' : 'unknown') : t ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no');

/** {@link classifyCommuneGroup} on facts already validated. */
export function classifyFacts(f: CommuneGroupFacts, options: ClassifyCommuneGroupOptions = {}): CommuneGroupClassification {
  const adjacentAndOriented = and(f.adjacentToUrbanArea, f.urbanOriented);
  const lowAgriculture: Tri = f.agricultureSharePercent === undefined ? undefined : f.agricultureSharePercent < 10;
  const group1 = or(adjacentAndOriented, lowAgriculture, f.plannedNewUrbanArea);
  const group3: Tri = f.ethnicMinorityArea === undefined ? undefined : f.ethnicMinorityArea === 'II' || f.ethnicMinorityArea === 'III';
  const reasons: LocalizedText[] = [
    {
      vi: `liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị: ${yesNo(adjacentAndOriented, 'vi')}; tỷ trọng nông nghiệp dưới 10%: ${yesNo(lowAgriculture, 'vi')}${f.agricultureSharePercent !== undefined ? ` (${String(f.agricultureSharePercent).replace('.', ',')}%)` : ''}; định hướng là đô thị mới: ${yesNo(f.plannedNewUrbanArea, 'vi')} → định nghĩa xã nhóm 1: ${yesNo(group1, 'vi')}`,
      en: `adjacent to an existing urban area and oriented to become urban: ${yesNo(adjacentAndOriented, 'en')}; agriculture under 10%: ${yesNo(lowAgriculture, 'en')}${f.agricultureSharePercent !== undefined ? ` (${f.agricultureSharePercent}%)` : ''}; planned as a new urban area: ${yesNo(f.plannedNewUrbanArea, 'en')} → group 1 definition: ${yesNo(group1, 'en')}`,
    },
    {
      vi: `xã khu vực II hoặc III vùng đồng bào dân tộc thiểu số và miền núi: ${yesNo(group3, 'vi')}${f.ethnicMinorityArea !== undefined ? ` (${f.ethnicMinorityArea === 'none' ? 'không thuộc vùng' : `khu vực ${f.ethnicMinorityArea}`})` : ''} → định nghĩa xã nhóm 3: ${yesNo(group3, 'vi')}`,
      en: `area II or III of the ethnic-minority and mountainous areas: ${yesNo(group3, 'en')}${f.ethnicMinorityArea !== undefined ? ` (${f.ethnicMinorityArea === 'none' ? 'outside those areas' : `area ${f.ethnicMinorityArea}`})` : ''} → group 3 definition: ${yesNo(group3, 'en')}`,
    },
  ];
  const result = (group: CommuneGroup | null, why: LocalizedText, conflict?: CommuneGroupClassification['conflict']): CommuneGroupClassification =>
    deepFreeze({ group, reasons: [...reasons, why], ...(conflict ? { conflict } : {}), citation: COMMUNE_GROUP_CITATION }) as CommuneGroupClassification;
  if (group1 === true && group3 === true) {
    const chosen = options.resolveConflict;
    if (chosen) {
      return result(chosen.group, { vi: `thỏa cả định nghĩa nhóm 1 và nhóm 3; xếp nhóm ${chosen.group} theo: ${chosen.basis}`, en: `meets both the group 1 and the group 3 definition; placed in group ${chosen.group} on the basis given: ${chosen.basis}` }, { groups: [1, 3], resolvedBy: chosen.basis });
    }
    return result(null, { vi: 'thỏa cả định nghĩa nhóm 1 và nhóm 3; văn bản không quy định nhóm nào được áp dụng: cần cấp có thẩm quyền quyết định (tùy chọn resolveConflict)', en: 'meets both the group 1 and the group 3 definition; no source says which prevails: the competent authority must decide (option resolveConflict)' }, { groups: [1, 3] });
  }
  if (group1 === true && group3 === false) return result(1, { vi: 'thuộc xã nhóm 1', en: 'group 1' });
  if (group1 === false && group3 === true) return result(3, { vi: 'thuộc xã nhóm 3', en: 'group 3' });
  if (group1 === false && group3 === false) return result(2, { vi: 'không thuộc nhóm 1 và nhóm 3: xã nhóm 2', en: 'neither group 1 nor group 3: group 2' });
  return result(null, {
    vi: 'chưa đủ thông tin để xếp nhóm (nhóm 2 là xã không thuộc nhóm 1 và nhóm 3, nên cần biết cả hai điều kiện)',
    en: 'not enough facts to place the commune (group 2 means neither group 1 nor group 3, so both tests must be known)',
  });
}

/**
 * Places a commune in one of the three groups of the 2026-2030 commune set
 * (QĐ 51/2025/QĐ-TTg Phụ lục I, final text): group 1 for communes adjacent to an
 * existing urban area and oriented to become urban, with an agriculture share
 * under 10%, or planned as a new urban area; group 3 for area II and III
 * communes of the ethnic-minority and mountainous areas; group 2 for the rest.
 *
 * Missing facts give `group: null` with the reason (group 2 cannot be known
 * without both tests). A commune meeting both the group-1 and the group-3
 * definition is a reported conflict, resolved only by `options.resolveConflict`.
 *
 * @throws {NtmError} `invalid-input` naming each bad fact or option.
 *
 * @example
 * ```ts
 * import { classifyCommuneGroup } from 'ntm-rules';
 * classifyCommuneGroup({ agricultureSharePercent: 8, ethnicMinorityArea: 'none' }).group; // 1
 * classifyCommuneGroup({ ethnicMinorityArea: 'II' }).group; // null (group 1 not ruled out)
 * classifyCommuneGroup({ plannedNewUrbanArea: true, ethnicMinorityArea: 'III' }).conflict; // { groups: [1, 3] }
 * ```
 */
export function classifyCommuneGroup(facts: CommuneGroupFacts, options?: ClassifyCommuneGroupOptions): CommuneGroupClassification {
  const issues: IssueInit[] = [];
  const f = readGroupFacts(facts, [], issues);
  const o = readOptions(options, ['resolveConflict']);
  const rc = o.resolveConflict as ClassifyCommuneGroupOptions['resolveConflict'] | undefined;
  if (rc !== undefined) {
    if (typeof rc !== 'object' || rc === null || (rc.group !== 1 && rc.group !== 3) || typeof rc.basis !== 'string' || rc.basis.trim() === '') {
      issues.push(issue(['options', 'resolveConflict'], 'expected-resolution', { vi: 'cần { group: 1 hoặc 3, basis: căn cứ quyết định }', en: 'expected { group: 1 or 3, basis: the decision it rests on }' }));
    }
  }
  if (issues.length > 0) throw invalidInput('commune group facts', issues);
  return classifyFacts(f, rc ? { resolveConflict: { group: rc.group, basis: rc.basis.normalize('NFC') } } : {});
}
