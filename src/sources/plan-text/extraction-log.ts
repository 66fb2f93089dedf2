// What assembling a plan records beside the plan: the evidence of each figure (the words it was read
// from), what was not read and why, and the contradictions found in the text, each quoted exactly from
// the caller's text with its line number.
import type { LocalizedText } from '../../_lib/text.js';
import type { Span } from './figures.js';
import type { PreparedText } from './prepare.js';
import type { PlanEvidence, PlanQuote, PlanTextFinding, PlanUnread } from './types.js';

export type Path = (string | number)[];

export class ExtractionLog {
  readonly evidence: PlanEvidence[] = [];
  readonly unread: PlanUnread[] = [];
  readonly findings: PlanTextFinding[] = [];

  constructor(private readonly p: PreparedText) {}

  /** The words of the caller's text at a span of the NFC text. */
  quote(span: Span): PlanQuote {
    const start = this.p.toOriginal(span.start);
    const end = this.p.toOriginal(span.end);
    return { quote: this.p.original.slice(start, end), start, end, line: this.lineOf(span.start) };
  }

  /** The figure at `path` was read from `span`. */
  prove(path: Path, value: PlanEvidence['value'], span: Span, figure: LocalizedText, note?: LocalizedText): void {
    this.evidence.push({ path, value, figure, ...this.quote(span), ...(note ? { note } : {}) });
  }

  /** A part of the format the text says nothing about. */
  miss(path: Path, vi: string, en: string, params?: Record<string, string | number>): void {
    this.unread.push({ code: 'not-stated', path, message: { vi, en }, ...(params ? { params } : {}) });
  }

  /** Words of the text not put in the plan, with why. */
  skip(code: string, span: Span, vi: string, en: string, path?: Path, params?: Record<string, string | number>): void {
    this.unread.push({ code, message: { vi, en }, ...(path ? { path } : {}), ...(params ? { params } : {}), ...this.quote(span) });
  }

  /** The 1-based number of the line holding an offset of the NFC text. */
  private lineOf(offset: number): number {
    const lines = this.p.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]?.number ?? 1;
  }
}
