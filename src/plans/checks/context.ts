import type { PlanFinding } from '../finding.js';
import type { ResolvedCheckPlanOptions } from '../options.js';
import type { PlanBlockKey, PlanYearSummary } from '../summary.js';
import type { Plan } from '../types.js';

/** What every check receives: the plan, resolved options, and the summaries of its two blocks. */
export interface CheckContext {
  readonly plan: Plan;
  readonly options: ResolvedCheckPlanOptions;
  readonly summaries: Readonly<Record<PlanBlockKey, PlanYearSummary>>;
}

/** A check: pure, returns its findings in the plan's order. */
export type PlanCheck = (ctx: CheckContext) => PlanFinding[];

/** The blocks a plan states, baseline first. */
export const BLOCK_KEYS: readonly PlanBlockKey[] = ['baseline', 'target'];

/** The label that opens a block's messages. */
export type YearLabel = ReturnType<typeof yearLabel>;

/** "Năm 2023" / "2023 baseline" labels that open a message. */
export function yearLabel(summary: PlanYearSummary): { vi: string; en: string } {
  return summary.key === 'target'
    ? { vi: `Mục tiêu năm ${summary.year}`, en: `${summary.year} target` }
    : { vi: `Năm ${summary.year}`, en: `${summary.year} baseline` };
}
