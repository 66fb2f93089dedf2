// One line of the folded text with its clause and sentence boundaries and its parentheses, found once
// per line so that every lookup is a binary search (a hostile line of a million characters stays linear).
import type { Span } from './figures.js';

interface Pair {
  readonly open: number;
  close: number;
  /** Index of the enclosing pair, or -1. */
  readonly parent: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Index of the last element below `pos` in a sorted list, or -1. */
export function lastBelow(arr: readonly number[], pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export class FoldedLine {
  /** Where clauses end: ";", "(", ")" and sentence dots. */
  private readonly hard: number[] = [];
  /** Sentence dots: ".", "!", "?" not between two digits. */
  private readonly dots: number[] = [];
  private readonly pairs: Pair[] = [];
  private readonly opens: number[] = [];

  constructor(
    /** The whole folded text. */
    readonly f: string,
    readonly ls: number,
    readonly le: number,
  ) {
    const stack: number[] = [];
    for (let i = ls; i < le; i++) {
      const c = f[i];
      const dot = (c === '.' || c === '!' || c === '?') && !(isDigit(f[i - 1]) && isDigit(f[i + 1]));
      if (c === ';' || c === '(' || c === ')' || dot) this.hard.push(i);
      if (dot) this.dots.push(i);
      if (c === '(') {
        stack.push(this.pairs.length);
        this.pairs.push({ open: i, close: le, parent: stack.length > 1 ? stack[stack.length - 2]! : -1 });
        this.opens.push(i);
      } else if (c === ')' && stack.length > 0) this.pairs[stack.pop()!]!.close = i;
    }
  }

  clauseStart(pos: number): number {
    const i = lastBelow(this.hard, pos);
    return i === -1 ? this.ls : Math.max(this.ls, this.hard[i]! + 1);
  }

  clauseEnd(pos: number): number {
    const i = lastBelow(this.hard, pos) + 1;
    return i < this.hard.length ? Math.min(this.le, this.hard[i]!) : this.le;
  }

  sentenceStart(pos: number): number {
    const i = lastBelow(this.dots, pos);
    return i === -1 ? this.ls : Math.max(this.ls, this.dots[i]! + 1);
  }

  sentenceEnd(pos: number): number {
    const i = lastBelow(this.dots, pos) + 1;
    return i < this.dots.length ? this.dots[i]! : this.le;
  }

  /** Where the parenthesis opening at `open` closes in the line, or -1 (unclosed, or too long to be a list). */
  closeOf(open: number): number {
    const k = lastBelow(this.opens, open + 1);
    const pair = k === -1 ? undefined : this.pairs[k];
    return pair && pair.open === open && pair.close < this.le && pair.close - open < 2000 ? pair.close : -1;
  }

  /** The parenthesis enclosing `pos`, if any (an unclosed one runs to the end of the line). */
  parenAt(pos: number): Span | undefined {
    let k = lastBelow(this.opens, pos);
    for (let steps = 0; k !== -1 && steps < 64; steps++) {
      const pair = this.pairs[k]!;
      if (pair.close >= pos) return { start: pair.open, end: pair.close >= this.le ? this.le : pair.close + 1 };
      k = pair.parent;
    }
    return undefined;
  }

  skipSpace(i: number): number {
    while (i < this.le && this.f[i] === ' ') i++;
    return i;
  }

  /** Trims spaces, commas, colons and a dangling "và" off the end of [start, end). */
  trimEnd(start: number, end: number): number {
    for (;;) {
      while (end > start && ' ,:'.includes(this.f[end - 1]!)) end--;
      if (end - start >= 3 && this.f.slice(end - 3, end) === ' va') end -= 3;
      else return end;
    }
  }

  /** Where a quote of a statement begins: after the last ":" or "," of its head, past bullets and spaces. */
  quoteStart(headStart: number, anchorStart: number): number {
    const head = this.f.slice(headStart, anchorStart);
    const cut = Math.max(head.lastIndexOf(':'), head.lastIndexOf(','));
    let s = cut >= 0 ? headStart + cut + 1 : headStart;
    while (s < anchorStart && ' -+*\u2022\t'.includes(this.f[s]!)) s++;
    if (this.f.startsWith('va ', s)) s += 3;
    return s;
  }
}
