// What the reading of a plan's body carries: for the document (the figures and the unplaced passages
// found so far, the number tokens already read, the open funding lines), and for the line being read
// (how far its statements reach, the last statement, criterion and amount it stated).
import type { FundingSourceId } from '../../funding/taxonomy.js';
import type { FundingUnit } from '../../funding/units.js';
import type { Figure, Span, Unplaced } from './figures.js';
import type { CriterionNames } from './names.js';
import type { NumberConvention } from './numbers.js';
import type { FoldedLine } from './text-bounds.js';

export interface BodyState {
  /** The NFC text, for quotes and labels. */
  readonly text: string;
  /** The folded text, same offsets, for matching. */
  readonly folded: string;
  readonly convention: NumberConvention;
  readonly names: CriterionNames;
  readonly planYear: number;
  readonly figures: Figure[];
  readonly unplaced: Unplaced[];
  /** Offsets of the number tokens a statement has read: the last pass lists the others. */
  readonly claimed: Set<number>;
  readonly funding: FundingState;
}

/** The funding lines of the current section: the lines a new amount may go under, and the declared unit. */
export interface FundingState {
  stack: { id: number; source: FundingSourceId }[];
  unit: { unit: FundingUnit; label: string } | undefined;
  nextId: number;
}

export interface LineState {
  readonly bounds: FoldedLine;
  readonly ls: number;
  readonly le: number;
  readonly year: number | undefined;
  readonly section: string;
  /** Where the statements read so far end: the head of the next one starts after. */
  prevEnd: number;
  last?: LastStatement;
  /** The last criterion stated outside a parenthesis, and in which sentence. */
  lastCriterion?: { readonly code: string; readonly sentence: number };
  lastAmount?: { readonly id: number; readonly source: FundingSourceId; readonly end: number };
}

export interface LastStatement {
  readonly kind: 'criterion' | 'bucket' | 'other';
  readonly end: number;
  readonly criterion?: string;
  readonly bucket?: string;
  readonly sentence: number;
}

export function claim(s: BodyState, start: number): void {
  s.claimed.add(start);
}

/** A passage the reader saw but could not put in the plan, with why. */
export function place(s: BodyState, code: string, span: Span, vi: string, en: string): void {
  s.unplaced.push({ code, span, message: { vi, en } });
}
