// The fixed words of human output, in the terms of the legal texts (Vietnamese) and in English:
// outcomes, statuses, provenance, indicator kinds, set kinds, units. Codes stay in --json.
import type { LocalizedText } from '../_lib/text.js';
import type { CriteriaSetKind } from '../engine/set-kinds.js';
import type { EvaluationStatus, IndicatorKind, IndicatorOutcome } from '../engine/types/index.js';
import type { Provenance } from '../legal/citation.js';

/** Output language. */
export type Lang = 'vi' | 'en';

const OUTCOMES: Readonly<Record<IndicatorOutcome, LocalizedText>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'chưa đạt', en: 'not met' },
  unknown: { vi: 'chưa xác định', en: 'not determined' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
};

/** An indicator or criterion outcome in words (`chưa đạt`). */
export const outcomeWords = (o: IndicatorOutcome, lang: Lang): string => OUTCOMES[o][lang];

/**
 * An evaluation status in words. A computed result never claims recognition (công nhận
 * đạt chuẩn is a decision of the competent People's Committee): it says how many criteria
 * the data meet, `ĐẠT ĐỦ 19/19 TIÊU CHÍ`.
 */
export function statusWords(status: EvaluationStatus, total: number, lang: Lang): string {
  if (status === 'meets-standard') return lang === 'vi' ? `ĐẠT ĐỦ ${total}/${total} TIÊU CHÍ` : `MEETS ALL ${total} CRITERIA`;
  if (status === 'not-met') return lang === 'vi' ? 'CHƯA ĐẠT ĐỦ TIÊU CHÍ' : 'DOES NOT MEET ALL CRITERIA';
  return lang === 'vi' ? 'CHƯA XÁC ĐỊNH ĐƯỢC (thiếu số liệu hoặc ngưỡng)' : 'NOT DETERMINED (missing data or thresholds)';
}

const PROVENANCE: Readonly<Record<Provenance, LocalizedText>> = {
  confirmed: { vi: 'văn bản gốc', en: 'legal text' },
  secondary: { vi: 'nguồn thứ cấp', en: 'secondary source' },
};

/** How a threshold is known, in words. */
export const provenanceWords = (p: Provenance, lang: Lang): string => PROVENANCE[p][lang];

/** Said of an indicator without a threshold in the library. */
export const NO_THRESHOLD: LocalizedText = { vi: 'chưa có ngưỡng trong thư viện', en: 'no threshold in the library' };

/** The names of the indicator kinds, for tables and the guide. */
export const KIND_NAMES: Readonly<Record<IndicatorKind, LocalizedText>> = {
  boolean: { vi: 'Đạt/không đạt', en: 'Pass/fail' },
  'none-allowed': { vi: 'Không còn', en: 'None allowed' },
  'min-percent': { vi: 'Tỷ lệ tối thiểu', en: 'Minimum percentage' },
  'max-percent': { vi: 'Tỷ lệ tối đa', en: 'Maximum percentage' },
  'min-value': { vi: 'Giá trị tối thiểu', en: 'Minimum value' },
  'max-value': { vi: 'Giá trị tối đa', en: 'Maximum value' },
  'min-count': { vi: 'Số lượng tối thiểu', en: 'Minimum number' },
  compound: { vi: 'Nhiều thành phần', en: 'Several parts' },
};

/** The names of the set kinds (what `--kind` selects). */
export const SET_KIND_NAMES: Readonly<Record<CriteriaSetKind, LocalizedText>> = {
  commune: { vi: 'Xã nông thôn mới', en: 'New-rural commune' },
  'advanced-commune': { vi: 'Xã nông thôn mới nâng cao', en: 'Advanced new-rural commune' },
  'model-commune': { vi: 'Xã nông thôn mới kiểu mẫu', en: 'Model new-rural commune' },
  district: { vi: 'Huyện nông thôn mới', en: 'New-rural district' },
  'advanced-district': { vi: 'Huyện nông thôn mới nâng cao', en: 'Advanced new-rural district' },
  'special-district': { vi: 'Huyện nông thôn mới đặc thù, không có đơn vị hành chính cấp xã', en: 'Special new-rural district without commune-level units' },
  town: { vi: 'Thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới', en: 'Town or provincial city completing the new-rural task' },
  village: { vi: 'Thôn, bản nông thôn mới (bộ tiêu chí của tỉnh)', en: 'New-rural village (provincial set)' },
  'modern-commune': { vi: 'Xã nông thôn mới hiện đại (tiêu chí do tỉnh ban hành)', en: 'Modern new-rural commune (provincial criteria)' },
};

/** A set kind in words; an unknown kind is shown as written. */
export function setKindWords(kind: string, lang: Lang): string {
  return Object.hasOwn(SET_KIND_NAMES, kind) ? SET_KIND_NAMES[kind as CriteriaSetKind][lang] : kind;
}

const UNITS: Readonly<Record<string, LocalizedText>> = {
  'million-vnd/person/year': { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
  'm2/person': { vi: 'm²/người', en: 'm²/person' },
};

/** The unit written after an amount (`triệu đồng/người/năm`); '' for percentages, counts and pass/fail. */
export function unitWords(unit: string, lang: Lang): string {
  if (unit === 'percent' || unit === 'count' || unit === 'boolean' || unit === 'compound') return '';
  return Object.hasOwn(UNITS, unit) ? UNITS[unit]![lang] : unit;
}

/** The period of a set as official texts write it: `2021 - 2025`. */
export const periodWords = (from: number, to: number): string => `${from} - ${to}`;
