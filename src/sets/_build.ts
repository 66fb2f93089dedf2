// Small constructors that keep the set modules close to the layout of their annexes.
import type { LocalizedText } from '../_lib/text.js';
import type { Citation, NameStatus, Provenance } from '../legal/citation.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { CompoundField, CriteriaSet, Criterion, Indicator, IndicatorKind, Rule, SourceConflict, Threshold } from '../engine/types/index.js';

/** Units used by the sets. */
export const UNIT = {
  boolean: 'boolean',
  percent: 'percent',
  count: 'count',
  income: 'million-vnd/person/year',
  areaPerPerson: 'm2/person',
  compound: 'compound',
} as const;

const UNIT_OF: Record<IndicatorKind, string> = {
  boolean: UNIT.boolean,
  'none-allowed': UNIT.count,
  'min-percent': UNIT.percent,
  'max-percent': UNIT.percent,
  'min-value': UNIT.income,
  'max-value': UNIT.income,
  'min-count': UNIT.count,
  compound: UNIT.compound,
};

/** Options of {@link indicator}. */
export interface IndicatorOptions {
  readonly unit?: string;
  readonly thresholds?: readonly Threshold[];
  readonly fields?: readonly CompoundField[];
  readonly missingThreshold?: LocalizedText;
  readonly ifAny?: boolean;
  readonly note?: string;
  readonly nameStatus?: NameStatus;
}

/** Builds an indicator; `at` is the citation of the annex the set comes from. */
export function indicator(
  at: Citation,
  code: string,
  name: LocalizedText,
  kind: IndicatorKind,
  options: IndicatorOptions = {},
): Indicator {
  return {
    code,
    name: { vi: name.vi.normalize('NFC'), en: name.en },
    nameStatus: options.nameStatus ?? 'unverified',
    kind,
    unit: options.unit ?? UNIT_OF[kind],
    ...(options.fields ? { fields: options.fields } : {}),
    thresholds: options.thresholds ?? [],
    citation: { ...at, item: code },
    ...(options.missingThreshold ? { missingThreshold: options.missingThreshold } : {}),
    ...(options.ifAny ? { ifAny: true } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
}

/**
 * The pass rule of a pass/fail ("Đạt") or "none allowed" ("Không") indicator.
 * It carries no number: the assessor's verdict decides. Its provenance is that
 * of the set's layout (secondary), and the note says the wording is unverified.
 */
export function passRule(at: Citation, code: string, kind: 'boolean' | 'none-allowed', validFrom: string, layoutSource: string): Threshold {
  return {
    columns: 'all',
    validFrom,
    rule: { kind },
    citation: { ...at, item: code, source: layoutSource },
    provenance: 'secondary',
    note: kind === 'boolean'
      ? 'Pass/fail requirement ("Đạt"): no number; the indicator wording is unverified (recalled).'
      : 'None allowed ("Không"): no number; the indicator wording is unverified (recalled).',
  };
}

/** Standard explanation for thresholds whose table could not be reached; `table` names it (in each language when the names differ). */
export function notReached(table: string | LocalizedText): LocalizedText {
  const name = typeof table === 'string' ? { vi: `bảng ${table}`, en: table } : table;
  return {
    vi: `chưa có ngưỡng trong thư viện: chưa tiếp cận được ${name.vi}`,
    en: `threshold not encoded: the table of ${name.en} could not be reached`,
  };
}

/** Builds a criterion; `source` is where its name and place in the annex were read. */
export function criterionOf(
  at: Citation,
  code: string,
  name: LocalizedText,
  indicators: readonly Indicator[],
  options: { readonly nameStatus: NameStatus; readonly group?: string; readonly source?: string },
): Criterion {
  return {
    code,
    name: { vi: name.vi.normalize('NFC'), en: name.en },
    nameStatus: options.nameStatus,
    ...(options.group !== undefined ? { group: options.group } : {}),
    indicators,
    citation: { ...at, item: code, ...(options.source !== undefined ? { source: options.source } : {}) },
  };
}

/**
 * A placeholder for indicators whose list could not be read: the whole
 * criterion (`code` = the criterion's) or its remaining indicators
 * (`code` = `'<criterion>.*'`). Its input is the assessor's verdict (true/false),
 * and it has no threshold, so it stays `unknown` until an overlay supplies the
 * pass rule with a citation; a criterion is never reported met on the strength
 * of the few indicators that happen to be known.
 */
export function unread(at: Citation, code: string, criterionName: string, table: string | LocalizedText): Indicator {
  const name = typeof table === 'string' ? { vi: table, en: table } : table;
  const rest = code.endsWith('.*');
  return indicator(
    at,
    code,
    rest
      ? { vi: `Các chỉ tiêu còn lại của tiêu chí ${criterionName} (chưa tiếp cận được văn bản)`, en: `Remaining indicators of the criterion "${criterionName}" (text not reached)` }
      : { vi: `Tiêu chí ${criterionName}: các chỉ tiêu (chưa tiếp cận được văn bản)`, en: `Criterion "${criterionName}": its indicators (text not reached)` },
    'boolean',
    {
      missingThreshold: {
        vi: `chưa có trong thư viện: danh mục chỉ tiêu và ngưỡng của ${name.vi} chưa tiếp cận được; nhập kết luận đánh giá (đạt hoặc chưa đạt) và bổ sung quy tắc đạt bằng bảng ngưỡng bổ sung có trích dẫn`,
        en: `not encoded: the indicator list and thresholds of ${name.en} could not be reached; give the assessor's verdict (true/false) and supply the pass rule with a cited overlay`,
      },
      note: 'Placeholder for indicators that could not be read; not a legal indicator.',
    },
  );
}

/** A sourced threshold value of one indicator. */
export function cited(
  at: Citation,
  code: string,
  rule: Rule,
  validFrom: string,
  source: string,
  extra: { readonly provenance?: Provenance; readonly columns?: Threshold['columns']; readonly note?: string; readonly conflict?: SourceConflict } = {},
): Threshold {
  return {
    columns: extra.columns ?? 'all',
    validFrom,
    rule,
    citation: { ...at, item: code, source },
    provenance: extra.provenance ?? 'secondary',
    ...(extra.note !== undefined ? { note: extra.note } : {}),
    ...(extra.conflict !== undefined ? { conflict: extra.conflict } : {}),
  };
}

/**
 * Last day of the district-level sets: the district level was abolished from 01/07/2025
 * (two-tier local government; secondary, legal notes §3.5), so district, town,
 * advanced-district and special-district assessments end on 30/06/2025.
 */
export const DISTRICT_LEVEL_UNTIL = '2025-06-30';

/** The note every district-level set carries about the end of the district level. */
export const DISTRICT_LEVEL_NOTE: LocalizedText = {
  vi: 'Từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp): bộ tiêu chí này chỉ áp dụng đến 30/06/2025 và được giữ lại để tra cứu, đối chiếu số liệu trước đó.',
  en: 'From 01/07/2025 there is no district level (two-tier local government): this set applies up to 30/06/2025 and is kept for historical data.',
};

/** First day of the QĐ 211/QĐ-TTg amendments (secondary: LawNet, "as of March 1, 2024"). */
export const QD211_FROM = '2024-03-01';

/**
 * The version of a set in force from 01/03/2024, as amended by QĐ 211/QĐ-TTg.
 * What QĐ 211 changed in each set could not be read, so the content carries over
 * and the version says so; amended values, once sourced, are added to the
 * indicators as dated thresholds (never edits of the old ones).
 */
export function amendedByQd211(base: CriteriaSet, id: string, setName: LocalizedText, options: { readonly validUntil?: string; readonly notes?: readonly LocalizedText[] } = {}): CriteriaSet {
  return deepFreeze({
    ...base,
    id,
    legalBasis: [...base.legalBasis, { instrument: 'QD-211-2024', note: `Amends the ${setName.en}; the amended texts were not reachable.` }],
    validFrom: QD211_FROM,
    validUntil: options.validUntil ?? '2025-12-31',
    notes: [
      ...(base.notes ?? []),
      ...(options.notes ?? []),
      {
        vi: `QĐ 211/QĐ-TTg (01/03/2024) sửa đổi ${setName.vi}; nội dung sửa đổi chưa tiếp cận được nên giữ nguyên nội dung trước đó.`,
        en: `QĐ 211/QĐ-TTg (01/03/2024) amended the ${setName.en}; the amendments could not be reached, so the content carries over.`,
      },
    ],
  }) as CriteriaSet;
}

/**
 * The criteria with only the thresholds that can apply inside a version ending on `validUntil`: a
 * value dated after the version ends (e.g. a value of the QĐ 211 version, from 01/03/2024) is left
 * to the later version instead of sitting unusable in the earlier one.
 */
export function thresholdsUntil(criteria: readonly Criterion[], validUntil: string): readonly Criterion[] {
  return criteria.map((c) => {
    if (!c.indicators.some((i) => i.thresholds.some((t) => t.validFrom > validUntil))) return c;
    return { ...c, indicators: c.indicators.map((i) => ({ ...i, thresholds: i.thresholds.filter((t) => t.validFrom <= validUntil) })) };
  });
}
