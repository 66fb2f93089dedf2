// Which commune criteria set a plan's figures are counted on, block by block. A plan's figures
// follow the set in force for the plan year (getCriteriaSet('commune', { asOf: '<year>-12-31' })):
// 19 criteria for 2021-2025, 10 for 2026-2030. A block of a year in another period (the 2025
// baseline of a 2026 plan) could be counted on either set (the 2025 results, or a re-assessment
// against the new criteria): it must then say which, with `criteriaSet`. Never guessed.
import type { LocalizedText } from '../_lib/text.js';
import { invalidInput, issue, isNtmError, type IssueInit } from '../errors.js';
import { NATIONAL_COMMUNE_SCHEME, type BucketScheme } from '../scoring/schemes.js';
import type { CriteriaSet } from '../engine/types/index.js';
import { periodOfYear } from '../sets/periods.js';
import { getCriteriaSet, listCriteriaSets } from '../sets/registry.js';
import { blockYear, summarizeBlock, type PlanBlockKey, type PlanYearSummary } from './summary.js';
import type { Plan, PlanYearBlock } from './types.js';

/** The set a block is counted on, and why. */
export interface PlanBlockSet {
  readonly set: CriteriaSet;
  /** `stated`: the block's `criteriaSet`; `plan-year`: the set in force for the plan year. */
  readonly basis: 'stated' | 'plan-year';
}

/** The commune set versions a block may name. */
function communeSets(): readonly CriteriaSet[] {
  return listCriteriaSets('commune');
}

/**
 * The commune set that governs a year: the version in force on 31 December, or, for a year of an
 * encoded period before its first version (2021, before QĐ 318 of 08/03/2022), the period's first
 * version (same criteria). `undefined` for a year no encoded set governs.
 */
export function communeSetOfYear(year: number): CriteriaSet | undefined {
  try {
    return getCriteriaSet('commune', { asOf: `${year}-12-31` });
  } catch (error) {
    if (!isNtmError(error, 'no-set-in-force')) throw error;
  }
  const period = periodOfYear(year);
  if (period?.encoded !== true) return undefined;
  return communeSets().find((s) => s.period.fromYear === period.fromYear && s.period.toYear === period.toYear);
}

/** Whether a block states any figure that depends on the criteria set. */
function hasFigures(block: PlanYearBlock): boolean {
  return (
    block.meetingStandard !== undefined ||
    block.averageCriteria !== undefined ||
    block.buckets !== undefined ||
    block.criteria !== undefined ||
    block.advanced !== undefined ||
    block.model !== undefined ||
    block.modern !== undefined
  );
}

const setName = (s: CriteriaSet): LocalizedText => ({ vi: `${s.title.vi} (${s.id}, ${s.criteria.length} tiêu chí)`, en: `${s.title.en} (${s.id}, ${s.criteria.length} criteria)` });

/**
 * The set of each block, or the issues that prevent knowing it (paths in the plan). Pure: the
 * plan is only read.
 */
export function resolvePlanSets(plan: Plan): { sets?: Readonly<Record<PlanBlockKey, PlanBlockSet>>; issues: IssueInit[] } {
  const issues: IssueInit[] = [];
  const planSet = communeSetOfYear(plan.year);
  const planPeriod = periodOfYear(plan.year)?.id;
  const out: Partial<Record<PlanBlockKey, PlanBlockSet>> = {};
  for (const key of ['baseline', 'target'] as const) {
    const block = plan[key];
    const stated = block?.criteriaSet;
    if (stated !== undefined) {
      const set = communeSets().find((s) => s.id === stated);
      if (set) out[key] = { set, basis: 'stated' };
      else {
        const known = communeSets().map((s) => s.id).join(', ');
        issues.push(issue([key, 'criteriaSet'], 'unknown-criteria-set', { vi: `không có bộ tiêu chí xã "${stated}" (có: ${known})`, en: `no commune criteria set "${stated}" (known: ${known})` }, { allowed: communeSets().map((s) => s.id) }));
      }
      continue;
    }
    const year = blockYear(plan, key);
    if (block !== undefined && hasFigures(block) && periodOfYear(year)?.id !== planPeriod) {
      const own = communeSetOfYear(year);
      const choices = [own, planSet].filter((s): s is CriteriaSet => s !== undefined);
      const listVi = choices.map((s) => `"${s.id}"`).join(' hoặc ');
      const listEn = choices.map((s) => `"${s.id}"`).join(' or ');
      issues.push(
        issue([key, 'criteriaSet'], 'criteria-set-ambiguous', {
          vi: `số liệu năm ${year} của kế hoạch năm ${plan.year} có thể tính theo bộ tiêu chí của năm ${year} hoặc theo bộ tiêu chí của năm kế hoạch (hai giai đoạn khác nhau); ghi rõ criteriaSet${listVi ? ` (${listVi})` : ''}`,
          en: `the ${year} figures of a ${plan.year} plan may be counted on the ${year} criteria or on the plan year's (two different periods); state criteriaSet${listEn ? ` (${listEn})` : ''}`,
        }, { year, planYear: plan.year, allowed: choices.map((s) => s.id) }),
      );
      continue;
    }
    if (planSet) out[key] = { set: planSet, basis: 'plan-year' };
    else if (block !== undefined && hasFigures(block)) {
      issues.push(issue(['year'], 'no-criteria-set', {
        vi: `không có bộ tiêu chí xã nào được mã hóa cho năm ${plan.year}; ghi criteriaSet cho từng phần số liệu`,
        en: `no commune criteria set is encoded for ${plan.year}; state criteriaSet on each block of figures`,
      }, { year: plan.year }));
    }
  }
  if (issues.length > 0) return { issues };
  // A block without figures (or absent) takes the other block's set, else the newest 2021-2025 set
  // for structure only: nothing is counted on it.
  const fallback = out.target ?? out.baseline ?? { set: communeSetOfYear(2025)!, basis: 'plan-year' as const };
  return { sets: { baseline: out.baseline ?? fallback, target: out.target ?? fallback }, issues };
}

/** Issues of a block's figures against its set: unknown criterion codes, an average above the set's criteria. */
export function figureIssues(plan: Plan, sets: Readonly<Record<PlanBlockKey, PlanBlockSet>>): IssueInit[] {
  const issues: IssueInit[] = [];
  for (const key of ['baseline', 'target'] as const) {
    const block = plan[key];
    if (!block) continue;
    const set = sets[key].set;
    const codes = new Set(set.criteria.map((c) => c.code));
    const name = setName(set);
    block.criteria?.forEach((c, i) => {
      if (!codes.has(c.criterion)) {
        issues.push(issue([key, 'criteria', i, 'criterion'], 'unknown-criterion', {
          vi: `tiêu chí "${c.criterion}" không có trong ${name.vi}`,
          en: `criterion "${c.criterion}" is not in ${name.en}`,
        }, { criterion: c.criterion, set: set.id, allowed: [...codes] }));
      }
    });
    if (block.averageCriteria !== undefined && Number(block.averageCriteria) > set.criteria.length) {
      issues.push(issue([key, 'averageCriteria'], 'average-above-criteria', {
        vi: `bình quân ${block.averageCriteria.replace('.', ',')} tiêu chí/xã vượt số tiêu chí của ${name.vi}`,
        en: `an average of ${block.averageCriteria} criteria per commune exceeds the criteria of ${name.en}`,
      }, { max: set.criteria.length }));
    }
  }
  return issues;
}

/**
 * The bucket scheme of a block counted on `set`: the scheme given when it counts the set's
 * criteria; else the national scheme for a 19-criteria set; else none (no national scheme exists
 * for the 10 criteria of 2026-2030, and none is borrowed).
 */
export function blockScheme(scheme: BucketScheme, set: CriteriaSet): BucketScheme | null {
  if (scheme.criteriaTotal === set.criteria.length) return scheme;
  if (set.criteria.length === NATIONAL_COMMUNE_SCHEME.criteriaTotal) return NATIONAL_COMMUNE_SCHEME;
  return null;
}

/**
 * The summaries of a validated plan's two blocks, each on its set and scheme. A scheme given in the
 * options that fits no block stating buckets is an error at `<at>.scheme`, not silently ignored.
 */
export function planSummaries(plan: Plan, scheme: BucketScheme, at: readonly (string | number)[] = ['options']): Readonly<Record<PlanBlockKey, PlanYearSummary>> {
  const { sets } = resolvePlanSets(plan);
  // parsePlan has checked the sets; a plan reaching here without them is a bug, not bad input.
  if (!sets) throw new Error('plan criteria sets unresolved');
  const withBuckets = (['baseline', 'target'] as const).filter((k) => plan[k]?.buckets !== undefined);
  if (scheme !== NATIONAL_COMMUNE_SCHEME && withBuckets.length > 0 && !withBuckets.some((k) => sets[k].set.criteria.length === scheme.criteriaTotal)) {
    const sizes = [...new Set(withBuckets.map((k) => sets[k].set.criteria.length))].join(', ');
    throw invalidInput('plan check options', [
      issue([...at, 'scheme'], 'scheme-does-not-fit', {
        vi: `cách phân nhóm "${scheme.id}" tính trên ${scheme.criteriaTotal} tiêu chí, nhưng số xã theo nhóm của kế hoạch tính trên bộ ${sizes} tiêu chí`,
        en: `scheme "${scheme.id}" counts ${scheme.criteriaTotal} criteria, but the plan's buckets are counted on a set of ${sizes} criteria`,
      }, { criteriaTotal: scheme.criteriaTotal }),
    ]);
  }
  return {
    baseline: summarizeBlock(plan, 'baseline', blockScheme(scheme, sets.baseline.set), sets.baseline.set),
    target: summarizeBlock(plan, 'target', blockScheme(scheme, sets.target.set), sets.target.set),
  };
}
