/**
 * Where a rule comes from. Every threshold, indicator and condition carries one.
 *
 * @example
 * ```ts
 * import type { Citation } from 'ntm-rules';
 * const c: Citation = { instrument: 'QD-318-2022', annex: 'Phụ lục I', item: '14.1', source: 'QĐ 1491/QĐ-BGDĐT summary' };
 * ```
 */
export interface Citation {
  /** The instrument's id in {@link INSTRUMENTS} (e.g. `'QD-318-2022'`), or a free name for a provincial text. */
  readonly instrument: string;
  /** Annex (phụ lục), e.g. `'Phụ lục I'`. */
  readonly annex?: string;
  /** Article and clause, e.g. `'Điều 4 khoản 1'`. */
  readonly article?: string;
  /** Criterion or indicator code in the text, e.g. `'14.1'`. */
  readonly item?: string;
  /** Where the value was read when that is not the instrument itself (secondary sources). */
  readonly source?: string;
  /** Anything a reader needs to weigh the citation. */
  readonly note?: string;
}

/**
 * How a value is known.
 * - `confirmed`: read in the legal text itself (or a verbatim quote of the clause).
 * - `secondary`: read in an official summary, ministry guidance, legal Q&A, or a provincial copy.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type Provenance } from 'ntm-rules';
 * const p: Provenance | undefined = getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria[0]?.indicators[0]?.thresholds[0]?.provenance; // 'secondary'
 * ```
 */
export type Provenance = 'confirmed' | 'secondary';

/**
 * How a name or structure is known: as a value, or `unverified` when only recalled
 * (usable as a provisional label, never as a threshold).
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type NameStatus } from 'ntm-rules';
 * const s: NameStatus | undefined = getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria[1]?.nameStatus; // 'secondary'
 * ```
 */
export type NameStatus = Provenance | 'unverified';

/** Formats a citation as one line, e.g. `QĐ 318/QĐ-TTg, Phụ lục I, 14.1`. */
export function formatCitation(citation: Citation, instruments: Readonly<Record<string, { readonly short: string }>>): string {
  const parts = [instruments[citation.instrument]?.short ?? citation.instrument];
  if (citation.annex) parts.push(citation.annex);
  if (citation.article) parts.push(citation.article);
  if (citation.item) parts.push(citation.item);
  return parts.join(', ');
}
