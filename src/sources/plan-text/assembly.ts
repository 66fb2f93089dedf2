// What each part of the plan is built from: the figures left after the contradictions are set aside,
// by kind and block; the record of evidence and of what was not read; the plan being built; and what
// the criteria set gives the format room for.
import type { CriteriaSet } from '../../engine/types/index.js';
import { NATIONAL_COMMUNE_SCHEME, type BucketScheme } from '../../scoring/schemes.js';
import type { ExtractionLog } from './extraction-log.js';
import type { Figure } from './figures.js';
import type { BlockKey, Placed, YearBlocks } from './year-blocks.js';

export interface Assembly {
  readonly log: ExtractionLog;
  readonly years: YearBlocks;
  /** The keys of the plan ("target.criteria.2") the text states with different values. */
  readonly conflicted: ReadonlySet<string>;
  /** The plan, as its parts are added. */
  readonly plan: Record<string, unknown>;
  /** The criteria of the set, by code. */
  readonly codes: readonly string[];
  /** The national buckets, when the set has the national number of criteria. */
  readonly scheme: BucketScheme | undefined;
  /** The figures of a kind, in the order of the text: of one block, or of all. */
  of<K extends Figure['kind']>(kind: K, block?: BlockKey): (Figure & { kind: K })[];
}

export function newAssembly(log: ExtractionLog, years: YearBlocks, live: readonly Placed[], conflicted: ReadonlySet<string>, plan: Record<string, unknown>, set: CriteriaSet | undefined): Assembly {
  return {
    log,
    years,
    conflicted,
    plan,
    codes: set ? set.criteria.map((c) => c.code) : [],
    scheme: set && set.criteria.length === NATIONAL_COMMUNE_SCHEME.criteriaTotal ? NATIONAL_COMMUNE_SCHEME : undefined,
    of: <K extends Figure['kind']>(kind: K, block?: BlockKey) => live.filter((i) => i.f.kind === kind && (block === undefined || i.block === block)).map((i) => i.f as Figure & { kind: K }),
  };
}
