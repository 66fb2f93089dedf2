// The roll-up of the per-node sums: one decimal per node and group from the integer accumulators,
// then the parent/child rule applied bottom-up within each group.
import { Dec, ZERO, type DecimalValue } from '../_lib/decimal.js';
import { FUNDING_COMPONENT_IDS, FUNDING_SOURCE_IDS, FUNDING_SOURCES, sourceIndex, type FundingTaxonomyId } from './taxonomy.js';
import type { FundingComputation, FundingGroupComputation } from './types.js';
import type { FundingUnit } from './units.js';

/** Nodes of the source tree. */
export const N = FUNDING_SOURCE_IDS.length;
/** Groups of lines: without a component, then one per component. */
export const G = 1 + FUNDING_COMPONENT_IDS.length;
const PARENT_INDEX: readonly number[] = FUNDING_SOURCE_IDS.map((id) => sourceIndex(FUNDING_SOURCES[id].parent));

/** Accumulators for one power-of-ten scale: value = (small + big) × 10^-scale. */
export interface Bucket {
  readonly scale: number;
  readonly small: Float64Array;
  readonly big: bigint[];
}

export function newBucket(scale: number): Bucket {
  return { scale, small: new Float64Array(N * G), big: new Array<bigint>(N * G).fill(0n) };
}

/** Turns the accumulators into one decimal per node and group, then applies the parent/child rule bottom-up within each group. */
export function rollUp(buckets: Map<number, Bucket>, hasOwn: boolean[], unit: FundingUnit, lineCount: number, taxonomy: FundingTaxonomyId, componentsUsed: boolean): FundingComputation {
  const groups: (FundingGroupComputation | undefined)[] = [];
  const amountAll = new Array<DecimalValue>(N).fill(ZERO);
  const presentAll = new Array<boolean>(N).fill(false);
  const unallocated = new Array<DecimalValue | undefined>(N).fill(undefined);
  let totalAll = ZERO;
  for (let g = 0; g < G; g++) {
    const base = g * N;
    const hasOwnG = hasOwn.slice(base, base + N);
    if (!hasOwnG.includes(true)) {
      groups.push(undefined);
      continue;
    }
    const group = groupOf(ownSums(buckets, base), hasOwnG);
    for (let k = 0; k < N; k++) {
      if (!group.present[k]) continue;
      presentAll[k] = true;
      amountAll[k] = amountAll[k]!.plus(group.amount[k]!);
      if (hasOwnG[k] && group.hasParts[k]) unallocated[k] = (unallocated[k] ?? ZERO).plus(group.own[k]!.minus(group.parts[k]!));
    }
    totalAll = totalAll.plus(group.total);
    groups.push(group);
  }
  return { unit, lineCount, taxonomy, groups, componentsUsed, amount: amountAll, present: presentAll, unallocated, total: totalAll };
}

/** The sum of the lines naming each node itself, in one group (`base` = group × N). */
function ownSums(buckets: Map<number, Bucket>, base: number): DecimalValue[] {
  const own = new Array<DecimalValue>(N).fill(ZERO);
  for (const b of buckets.values()) {
    for (let k = 0; k < N; k++) {
      const v = b.big[base + k]! + BigInt(b.small[base + k]!);
      if (v !== 0n) own[k] = own[k]!.plus(new Dec(`${v}e${-b.scale}`));
    }
  }
  return own;
}

/** One group's amounts under the parent/child rule: a node's own lines state its amount; without them, its children's sum is. */
function groupOf(own: DecimalValue[], hasOwnG: boolean[]): FundingGroupComputation {
  const parts = new Array<DecimalValue>(N).fill(ZERO);
  const hasParts = new Array<boolean>(N).fill(false);
  const amount = new Array<DecimalValue>(N).fill(ZERO);
  const present = new Array<boolean>(N).fill(false);
  let total = ZERO;
  // Children come after their parents in document order, so walk it backwards.
  for (let k = N - 1; k >= 0; k--) {
    present[k] = hasOwnG[k]! || hasParts[k]!;
    if (!present[k]) continue;
    amount[k] = hasOwnG[k] ? own[k]! : parts[k]!;
    const p = PARENT_INDEX[k]!;
    if (p === -1) total = total.plus(amount[k]!);
    else {
      parts[p] = parts[p]!.plus(amount[k]!);
      hasParts[p] = true;
    }
  }
  return { own, hasOwn: hasOwnG, parts, hasParts, amount, present, total };
}
