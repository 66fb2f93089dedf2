// What the reader finds, before it becomes a plan: each figure with the span of text that states it.
import type { LocalizedText } from '../../_lib/text.js';
import type { FundingSourceId } from '../../funding/taxonomy.js';
import type { FundingUnit } from '../../funding/units.js';
import type { PlanCommune } from '../../plans/types.js';

/** Offsets in the NFC text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A figure of a year block: its year as the text gives it (or the context's). */
interface Yearly {
  readonly year: number;
  readonly span: Span;
}

export type Figure =
  | { readonly kind: 'province'; readonly value: string; readonly span: Span }
  | { readonly kind: 'year'; readonly value: number; readonly span: Span }
  | { readonly kind: 'title'; readonly value: string; readonly span: Span }
  | { readonly kind: 'document-number'; readonly value: string; readonly span: Span }
  | { readonly kind: 'document-date'; readonly value: string; readonly span: Span }
  | { readonly kind: 'document-status'; readonly value: 'draft'; readonly span: Span }
  | { readonly kind: 'issuer'; readonly value: string; readonly span: Span }
  | { readonly kind: 'denominator'; readonly value: number; readonly span: Span }
  | (Yearly & { readonly kind: 'criterion'; readonly criterion: string; readonly communes: number; readonly outOf?: number; readonly label?: string; readonly maintained: boolean })
  | (Yearly & { readonly kind: 'criterion-advanced'; readonly criterion: string; readonly communes: number; readonly label: string })
  | (Yearly & { readonly kind: 'criterion-district'; readonly criterion: string; readonly districts: number; readonly districtCriterion?: string; readonly label: string })
  | (Yearly & { readonly kind: 'meeting-total' | 'meeting-maintained'; readonly value: number; readonly label: string })
  | (Yearly & { readonly kind: 'newly' | 'advanced' | 'model'; readonly count: number; readonly label: string })
  | (Yearly & { readonly kind: 'newly-names' | 'advanced-names' | 'model-names'; readonly communes: readonly PlanCommune[] })
  | (Yearly & { readonly kind: 'villages'; readonly total: number; readonly label: string })
  | (Yearly & { readonly kind: 'villages-by-district'; readonly byDistrict: readonly { readonly district: string; readonly count: number }[] })
  | (Yearly & { readonly kind: 'districts'; readonly count: number; readonly label: string })
  | (Yearly & { readonly kind: 'districts-names'; readonly names: readonly string[] })
  | (Yearly & { readonly kind: 'average'; readonly value: string })
  | (Yearly & { readonly kind: 'bucket'; readonly id: string; readonly count: number })
  | { readonly kind: 'funding-total'; readonly amount: string; readonly unit: FundingUnit; readonly unitLabel: string; readonly label: string; readonly span: Span }
  | {
      readonly kind: 'funding-line';
      readonly id: number;
      readonly source: FundingSourceId;
      readonly amount: string;
      readonly unit: FundingUnit;
      readonly unitLabel: string;
      readonly label: string;
      /** `id` of the line this one is a part of. */
      readonly parent?: number;
      readonly span: Span;
    }
  | { readonly kind: 'projects'; readonly count: number; readonly label?: string; readonly span: Span };

/** Something the reader saw but did not put in the plan, with why. */
export interface Unplaced {
  readonly code: string;
  readonly span: Span;
  readonly message: LocalizedText;
}
