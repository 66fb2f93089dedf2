// A compiled plan: everything about an evaluation that does not depend on the subject's
// values, worked out once per (set, overlays, column, day, year): the threshold in force
// for each indicator with its text and citation, its rule compiled for judging, and the
// provenance tally. `compile` is pure; evaluate.ts keeps its plans in cache.ts.
import { deepFreeze } from '../_lib/freeze.js';
import { viDate } from '../_lib/dates.js';
import { columnsShort } from '../wording/columns.js';
import type { LocalizedText } from '../_lib/text.js';
import { KINDS } from './kinds/index.js';
import type { CompiledRule } from './kinds/compiled.js';
import { appliesTo, resolveThreshold, type ThresholdCase } from './resolve-threshold.js';
import type { AppliedThreshold, CriteriaSet, Criterion, CriterionResult, EvaluationResult, Indicator, IndicatorResult, ThresholdOverlay } from './types/index.js';

export type { ThresholdCase } from './resolve-threshold.js';

/** Why an indicator or criterion is unknown or not applicable, shared by every result that says so. */
export type Reason = NonNullable<IndicatorResult['reason']>;
export type CriterionReason = NonNullable<CriterionResult['reason']>;

/**
 * An indicator with everything that does not depend on the input value resolved. The fields
 * its results repeat (code, name, kind, unit, citation) are copied here, so that judging reads
 * them from objects of one shape (the set's indicators come in several: optional fields).
 */
export interface PlannedIndicator {
  readonly code: string;
  readonly name: Indicator['name'];
  readonly kind: Indicator['kind'];
  readonly unit: string;
  readonly citation: Indicator['citation'];
  /** Where its value is among the validated values (see validate-input.ts). */
  readonly slot: number;
  /** The threshold's rule compiled (null when no threshold applies). */
  readonly rule: CompiledRule | null;
  /** The threshold applied (frozen, shared by every result of the plan), or null. */
  readonly threshold: AppliedThreshold | null;
  /** Why the indicator is unknown when a value is given but no threshold applies. */
  readonly noThreshold: Reason | undefined;
}

export interface PlannedCriterion {
  readonly crit: Criterion;
  readonly indicators: readonly PlannedIndicator[];
  /** Set when the criterion has no encoded indicators. */
  readonly notEncoded: CriterionReason | undefined;
}

/** The compiled plan of one case. */
export interface Plan {
  readonly set: EvaluationResult['set'];
  readonly criteria: readonly PlannedCriterion[];
  readonly conditions: readonly PlannedIndicator[];
  readonly provenance: EvaluationResult['provenance'];
  readonly overlays: EvaluationResult['overlays'];
  /** Overlays for the set's kind left aside for their dates; undefined when there are none. */
  readonly overlaysNotApplied: EvaluationResult['overlaysNotApplied'];
}

interface Tally { confirmed: number; secondary: number; notEncoded: number; fromOverlay: number; overlays: Map<string, ThresholdOverlay> }

function columnText(c: ThresholdCase): LocalizedText {
  if (c.column === undefined) return { vi: 'chung cho các cột', en: 'all columns' };
  const short = columnsShort([c.column], 'vi');
  return c.column.startsWith('G') ? { vi: short, en: columnsShort([c.column], 'en') } : { vi: `vùng ${short}`, en: `region ${short}` };
}

function notEncodedReason(ind: Indicator, c: ThresholdCase): Reason {
  const base = ind.missingThreshold ?? {
    vi: 'chưa có ngưỡng trong thư viện: chưa tiếp cận được văn bản nguồn',
    en: 'threshold not encoded: the source table could not be reached',
  };
  const col = columnText(c);
  return deepFreeze({
    code: 'threshold-not-encoded',
    message: {
      vi: `${base.vi} (${col.vi}, năm ${c.year}, ngày ${viDate(c.day)}); có thể bổ sung bằng bảng ngưỡng của tỉnh`,
      en: `${base.en} (${col.en}, year ${c.year}, on ${c.day}); supply it with a threshold overlay`,
    },
  });
}

const COLUMN_UNKNOWN: Reason = deepFreeze({
  code: 'column-unknown',
  message: {
    vi: 'ngưỡng khác nhau theo nhóm xã mà chưa biết xã thuộc nhóm nào',
    en: 'the threshold differs by commune group and the commune\'s group is not known',
  },
});

/** The planned indicator: one object literal, so every plan's indicators share one shape. */
const planned = (ind: Indicator, slot: number, rule: CompiledRule | null, threshold: AppliedThreshold | null, noThreshold: Reason | undefined): PlannedIndicator =>
  ({ code: ind.code, name: ind.name, kind: ind.kind, unit: ind.unit, citation: ind.citation, slot, rule, threshold, noThreshold });

function planIndicator(set: CriteriaSet, ind: Indicator, slot: number, c: ThresholdCase, overlays: readonly ThresholdOverlay[], tally: Tally): PlannedIndicator {
  const resolved = resolveThreshold(set, ind, c, overlays);
  if (resolved === undefined || resolved === 'column-unknown') {
    tally.notEncoded++;
    return planned(ind, slot, null, null, resolved === undefined ? notEncodedReason(ind, c) : COLUMN_UNKNOWN);
  }
  const t = resolved.threshold;
  const threshold: AppliedThreshold = Object.freeze({
    rule: t.rule,
    text: Object.freeze(KINDS[ind.kind].describe(t.rule, ind)),
    column: t.columns === 'all' ? 'all' : c.column!,
    validFrom: t.validFrom,
    ...(t.validUntil !== undefined ? { validUntil: t.validUntil } : {}),
    ...(t.years !== undefined ? { year: c.year } : {}),
    citation: t.citation,
    provenance: t.provenance,
    source: resolved.source,
    ...(t.conflict !== undefined ? { conflict: t.conflict } : {}),
  });
  tally[t.provenance]++;
  if (resolved.overlay) {
    tally.fromOverlay++;
    tally.overlays.set(resolved.overlay.id, resolved.overlay);
  }
  return planned(ind, slot, KINDS[ind.kind].compile(t.rule, ind), threshold, undefined);
}

function criterionNotEncoded(crit: Criterion): CriterionReason {
  return deepFreeze({
    code: 'indicators-not-encoded',
    message: crit.missingIndicators ?? { vi: 'chưa có danh mục chỉ tiêu trong thư viện', en: 'no indicators encoded' },
  });
}

const dates = (from: string | undefined, until: string | undefined, lang: 'vi' | 'en') =>
  lang === 'vi' ? `${from ? `từ ${viDate(from)}` : ''}${from && until ? ' ' : ''}${until ? `đến ${viDate(until)}` : ''}` : `${from ?? ''}…${until ?? ''}`;

/** The overlays given for the set's kind whose validity lies outside the set version's. */
function notApplied(set: CriteriaSet, overlays: readonly ThresholdOverlay[]): EvaluationResult['overlaysNotApplied'] {
  const out = overlays.filter((o) => o.setKind === set.kind && !appliesTo(o, set));
  if (out.length === 0) return undefined;
  return deepFreeze(out.map((o) => ({
    id: o.id,
    title: o.title,
    reason: {
      vi: `bảng ngưỡng có hiệu lực ${dates(o.validFrom, o.validUntil, 'vi')}, ngoài thời gian hiệu lực của phiên bản bộ tiêu chí được áp dụng (${dates(set.validFrom, set.validUntil, 'vi')}): không áp dụng`,
      en: `the overlay is valid ${dates(o.validFrom, o.validUntil, 'en')}, outside the validity of the set version applied (${dates(set.validFrom, set.validUntil, 'en')}): not applied`,
    },
  })));
}

/**
 * Compiles the plan of one case: for each indicator of the set (criteria in order, then
 * conditions), the threshold in force and its compiled rule. Pure: the same arguments
 * give an equal plan.
 */
export function compile(set: CriteriaSet, c: ThresholdCase, overlays: readonly ThresholdOverlay[]): Plan {
  const tally: Tally = { confirmed: 0, secondary: 0, notEncoded: 0, fromOverlay: 0, overlays: new Map() };
  let slot = 0;
  const criteria: PlannedCriterion[] = [];
  for (const crit of set.criteria) {
    const indicators: PlannedIndicator[] = [];
    for (const ind of crit.indicators) indicators.push(planIndicator(set, ind, slot++, c, overlays, tally));
    criteria.push({ crit, indicators, notEncoded: crit.indicators.length === 0 ? criterionNotEncoded(crit) : undefined });
  }
  const conditions: PlannedIndicator[] = [];
  for (const ind of set.conditions ?? []) conditions.push(planIndicator(set, ind, conditions.length, c, overlays, tally));
  return {
    set: Object.freeze({ id: set.id, kind: set.kind, title: set.title, validFrom: set.validFrom, ...(set.validUntil !== undefined ? { validUntil: set.validUntil } : {}) }),
    criteria,
    conditions,
    provenance: Object.freeze({ confirmed: tally.confirmed, secondary: tally.secondary, notEncoded: tally.notEncoded, fromOverlay: tally.fromOverlay }),
    overlays: deepFreeze([...tally.overlays.values()].map((o) => ({ id: o.id, title: o.title, citation: o.citation }))),
    overlaysNotApplied: notApplied(set, overlays),
  };
}
