// Which threshold column a subject's facts choose: a region (2021-2025 sets, special communes
// aside) or a commune group (2026-2030), with the issues of facts that do not fit the set.
import type { LocalizedText } from '../_lib/text.js';
import { classifyFacts, groupColumn, readGroupFacts, type CommuneGroup } from '../columns/commune-groups.js';
import type { ThresholdColumn } from '../columns/column.js';
import { isRegion, REGIONS } from '../columns/regions.js';
import { columnOf, type EffectiveRegion } from '../columns/special-communes.js';
import type { IssueInit } from '../errors.js';
import type { Issues } from './issues.js';
import type { CriteriaSet } from './types/index.js';

const regionHelp = (v: unknown) => ({ vi: `vùng không có${typeof v === 'string' ? ` "${v.slice(0, 40)}"` : ''}; cần một trong các mã: ${REGIONS.join(', ')}`, en: `unknown region${typeof v === 'string' ? ` "${v.slice(0, 40)}"` : ''}; expected one of ${REGIONS.join(', ')}` });

/** The subject's facts as read (not yet checked). */
export interface Facts {
  readonly region: unknown;
  readonly especiallyDifficult: unknown;
  readonly safeZone: unknown;
  readonly hasGroup: boolean;
  readonly group: unknown;
  readonly groupFacts: unknown;
}

/** The threshold column of the subject, from its facts: how a set's columns are chosen. */
export interface ColumnChoice {
  readonly effective: EffectiveRegion | undefined;
  readonly group: CommuneGroup | null | undefined;
  readonly groupReasons: readonly LocalizedText[] | undefined;
  readonly column: ThresholdColumn | undefined;
  readonly columnKnown: boolean;
}

const NO_COLUMN: ColumnChoice = Object.freeze({ effective: undefined, group: undefined, groupReasons: undefined, column: undefined, columnKnown: true });

/** Commune-group sets (2026-2030): the group given, or classified from the facts; regions do not apply. */
export function groupChoice(set: CriteriaSet, f: Facts, issues: Issues): ColumnChoice {
  for (const [key, v] of [['region', f.region], ['especiallyDifficult', f.especiallyDifficult], ['safeZone', f.safeZone]] as const) {
    if (v !== undefined) issues.add([key], { code: 'not-for-this-set', text: { vi: `${set.title.vi} chia ngưỡng theo nhóm xã, không theo vùng: ghi nhóm xã ("group") hoặc các đặc điểm để phân nhóm ("groupFacts")`, en: `the set ${set.id} has commune-group columns, not regions: give "group" or "groupFacts"` } });
  }
  if (f.hasGroup && f.groupFacts !== undefined) issues.add(['groupFacts'], { code: 'conflicting-fields', text: { vi: 'chỉ ghi một trong hai: "group" hoặc "groupFacts"', en: 'give either "group" or "groupFacts", not both' } });
  let group: CommuneGroup | null | undefined = null;
  let groupReasons: readonly LocalizedText[] | undefined;
  if (f.hasGroup) {
    if (f.group === 1 || f.group === 2 || f.group === 3 || f.group === null) group = f.group;
    else {
      group = undefined;
      issues.add(['group'], { code: 'expected-one-of', text: { vi: 'cần nhóm xã 1, 2 hoặc 3 (null khi chưa xác định)', en: 'expected commune group 1, 2 or 3 (null when not known)' }, params: { allowed: [1, 2, 3] } });
    }
  } else if (f.groupFacts !== undefined) {
    const list: IssueInit[] = [];
    const facts = readGroupFacts(f.groupFacts, ['groupFacts'], list);
    for (const i of list) issues.add(i.path, { code: i.code ?? 'invalid', text: i.text ?? { vi: '', en: '' } });
    const classified = classifyFacts(facts);
    group = classified.group;
    groupReasons = classified.reasons;
  }
  const column = group === null || group === undefined ? undefined : groupColumn(group);
  return { effective: undefined, group, groupReasons, column, columnKnown: column !== undefined };
}

/** Region sets (2021-2025): the region, required, and the column it gives (special communes aside). */
export function regionChoice(set: CriteriaSet, f: Facts, issues: Issues): ColumnChoice {
  if (f.group !== undefined || f.groupFacts !== undefined) {
    issues.add([f.group !== undefined ? 'group' : 'groupFacts'], { code: 'not-for-this-set', text: { vi: `${set.title.vi} không chia ngưỡng theo nhóm xã`, en: `the set ${set.id} has no commune-group columns` } });
  }
  const region = f.region;
  if (region !== undefined && !isRegion(region)) issues.add(['region'], { code: 'expected-region', text: regionHelp(region), params: { allowed: [...REGIONS] } });
  if (set.columns !== 'region') return NO_COLUMN;
  if (region === undefined) {
    issues.add(['region'], { code: 'required', text: { vi: `bắt buộc: ngưỡng của bộ tiêu chí này khác nhau theo vùng (${REGIONS.join(', ')})`, en: `required: this set's thresholds vary by region (${REGIONS.join(', ')})` } });
    return NO_COLUMN;
  }
  if (!isRegion(region)) return NO_COLUMN;
  return regionColumn(columnOf({ region, especiallyDifficult: f.especiallyDifficult === true, safeZone: f.safeZone === true }));
}

// columnOf gives one shared object per region column (and per special-commune rule): its choice is made once.
const REGION_CHOICES = new Map<EffectiveRegion, ColumnChoice>();

function regionColumn(effective: EffectiveRegion): ColumnChoice {
  let choice = REGION_CHOICES.get(effective);
  if (choice === undefined) {
    choice = Object.freeze({ effective, group: undefined, groupReasons: undefined, column: effective.region, columnKnown: true });
    REGION_CHOICES.set(effective, choice);
  }
  return choice;
}

