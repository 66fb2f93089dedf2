// The two year blocks of a plan: the plan's year is the target; the earlier year most figures are
// stated for is the baseline (the latest of those that tie). A figure of any other year is not held.
import type { LocalizedText } from '../../_lib/text.js';
import type { ExtractionLog } from './extraction-log.js';
import type { Figure } from './figures.js';

export type BlockKey = 'baseline' | 'target';

/** A figure with the block its year puts it in (none for the figures of no year). */
export interface Placed {
  readonly f: Figure;
  readonly block?: BlockKey;
}

export class YearBlocks {
  readonly baselineYear: number | undefined;

  constructor(
    readonly planYear: number,
    figures: readonly Figure[],
  ) {
    const earlier = new Map<number, number>();
    for (const f of figures) if ('year' in f && typeof f.year === 'number' && f.year < planYear) earlier.set(f.year, (earlier.get(f.year) ?? 0) + 1);
    this.baselineYear = [...earlier.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  }

  blockOf(year: number): BlockKey | undefined {
    return year === this.planYear ? 'target' : year === this.baselineYear ? 'baseline' : undefined;
  }

  yearOf(b: BlockKey): number {
    return b === 'target' ? this.planYear : (this.baselineYear ?? this.planYear - 1);
  }

  /** "Mục tiêu năm 2024" / "2024 target", "Năm 2023 (hiện trạng)" / "2023 baseline". */
  words(b: BlockKey): LocalizedText {
    return b === 'target' ? { vi: `Mục tiêu năm ${this.planYear}`, en: `${this.planYear} target` } : { vi: `Năm ${this.yearOf(b)} (hiện trạng)`, en: `${this.yearOf(b)} baseline` };
  }

  /** A figure of the block, named: "Mục tiêu năm 2024: số xã …". */
  about(b: BlockKey, vi: string, en: string): LocalizedText {
    const w = this.words(b);
    return { vi: `${w.vi}: ${vi}`, en: `${w.en}: ${en}` };
  }

  /** Each figure with its block; a figure of a year the plan does not hold is recorded as not read. */
  place(figures: readonly Figure[], log: ExtractionLog): Placed[] {
    const { planYear, baselineYear } = this;
    const placed: Placed[] = [];
    for (const f of figures) {
      if (!('year' in f && typeof f.year === 'number')) {
        placed.push({ f });
        continue;
      }
      const block = this.blockOf(f.year);
      if (block) placed.push({ f, block });
      else {
        log.skip('year-not-held', f.span, `số liệu của năm ${f.year}: kế hoạch chỉ có năm ${planYear} và một năm hiện trạng${baselineYear ? ` (${baselineYear})` : ''}`, `a figure for ${f.year}: the plan holds ${planYear} and one baseline year${baselineYear ? ` (${baselineYear})` : ''}`, undefined, { year: f.year });
      }
    }
    return placed;
  }
}
