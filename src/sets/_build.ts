// Small constructors that keep the set modules close to the layout of their annexes.
import type { LocalizedText } from '../_lib/text.js';
import type { Citation, NameStatus } from '../legal/citation.js';
import type { CompoundField, Indicator, IndicatorKind, Threshold } from '../engine/types.js';

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
    regions: 'all',
    validFrom,
    rule: { kind },
    citation: { ...at, item: code, source: layoutSource },
    provenance: 'secondary',
    note: kind === 'boolean'
      ? 'Pass/fail requirement ("Đạt"): no number; the indicator wording is unverified (recalled).'
      : 'None allowed ("Không"): no number; the indicator wording is unverified (recalled).',
  };
}

/** Standard explanation for thresholds whose table could not be reached. */
export function notReached(table: string): LocalizedText {
  return {
    vi: `chưa mã hóa ngưỡng: chưa tiếp cận được bảng ${table}`,
    en: `threshold not encoded: the table of ${table} could not be reached`,
  };
}
