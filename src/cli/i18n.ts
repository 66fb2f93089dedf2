// Words the CLI prints, in Vietnamese (default) and English. Rules and their texts come from the library.
import type { EvaluationStatus, IndicatorOutcome, Provenance } from '../index.js';

/** Output language. */
export type Lang = 'vi' | 'en';

const OUTCOME: Record<IndicatorOutcome, Record<Lang, string>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'chưa đạt', en: 'not met' },
  unknown: { vi: 'chưa xác định', en: 'unknown' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
};

const STATUS: Record<EvaluationStatus, Record<Lang, string>> = {
  'meets-standard': { vi: 'ĐẠT CHUẨN', en: 'MEETS THE STANDARD' },
  'not-met': { vi: 'CHƯA ĐẠT CHUẨN', en: 'DOES NOT MEET THE STANDARD' },
  undetermined: { vi: 'CHƯA XÁC ĐỊNH (thiếu số liệu hoặc ngưỡng)', en: 'UNDETERMINED (missing input or thresholds)' },
};

const PROVENANCE: Record<Provenance | 'not-encoded', Record<Lang, string>> = {
  confirmed: { vi: 'văn bản gốc', en: 'confirmed' },
  secondary: { vi: 'nguồn thứ cấp', en: 'secondary' },
  'not-encoded': { vi: 'chưa mã hóa', en: 'not encoded' },
};

/** An indicator outcome in words. */
export const outcomeText = (o: IndicatorOutcome, lang: Lang): string => OUTCOME[o][lang];
/** An evaluation status in words. */
export const statusText = (s: EvaluationStatus, lang: Lang): string => STATUS[s][lang];
/** A provenance in words. */
export const provenanceText = (p: Provenance | 'not-encoded', lang: Lang): string => PROVENANCE[p][lang];

/** Picks the text of the language. */
export const t = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);
