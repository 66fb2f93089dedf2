// From the figures read to a plan: each figure put at its place once, a figure stated twice with
// different values left out (and both statements quoted), the communes taken from the denominators, and
// every part of the plan format the text gave nothing for listed. Each part of the plan is built by its
// own module (header-part, communes-part, block-part with criteria-part and not-stated, funding-part).
import type { CriteriaSet } from '../../engine/types/index.js';
import { parsePlan } from '../../plans/schema.js';
import type { Plan } from '../../plans/types.js';
import { newAssembly } from './assembly.js';
import { blockPart } from './block-part.js';
import { communesPart } from './communes-part.js';
import { ExtractionLog } from './extraction-log.js';
import type { Figure, Unplaced } from './figures.js';
import { fundingPart, projectsPart } from './funding-part.js';
import { headerPart, type HeaderFacts } from './header-part.js';
import type { PreparedText } from './prepare.js';
import { settleRepeats } from './repeated-figures.js';
import type { PlanExtraction } from './types.js';
import { YearBlocks } from './year-blocks.js';

export interface AssembleInput extends HeaderFacts {
  readonly p: PreparedText;
  readonly figures: readonly Figure[];
  readonly unplaced: readonly Unplaced[];
  readonly set: CriteriaSet | undefined;
}

export function assemble(input: AssembleInput): PlanExtraction {
  const log = new ExtractionLog(input.p);
  const years = new YearBlocks(input.year, input.figures);
  const placed = years.place(input.figures, log);
  const { live, conflicted } = settleRepeats(placed, log);
  const plan: Record<string, unknown> = { province: input.province, year: input.year };
  const asm = newAssembly(log, years, live, conflicted, plan, input.set);
  headerPart(asm, input);
  communesPart(asm);
  blockPart(asm, 'baseline');
  blockPart(asm, 'target');
  fundingPart(asm);
  projectsPart(asm);
  for (const u of input.unplaced) log.skip(u.code, u.span, u.message.vi, u.message.en);

  log.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  // Parts of the format first (in the format's order), then what the text says, in the text's order.
  log.unread.sort((a, b) => (a.start === undefined ? (b.start === undefined ? 0 : -1) : b.start === undefined ? 1 : a.start - b.start));
  return Object.freeze({
    plan: parsePlan(plan as unknown as Plan),
    evidence: Object.freeze(log.evidence.map((e) => Object.freeze(e))),
    unread: Object.freeze(log.unread.map((u) => Object.freeze(u))),
    findings: Object.freeze(log.findings.map((x) => Object.freeze(x))),
  });
}
