// The funding source tree of each taxonomy version and the complete expected aggregate (FUND-TREE,
// FUND-SHARES, FUND-UNITS, FUND-TAXONOMY, FUND-COMPONENTS), in exact decimal arithmetic (decimal.mjs).
import { add as sum, compare, divideFixed, shift, sub } from './decimal.mjs';

// The 2021-2025 tree (legal notes §9.1: the Lai Châu plan's headings, CV 1486/BNN-VPĐP, TT 55/2023/TT-BTC,
// NĐ 27/2022 Điều 12), in document order: a parent before its children.
export const TREE = [
  ['central', null], ['central.investment', 'central'], ['central.investment.domestic', 'central.investment'], ['central.investment.foreign', 'central.investment'], ['central.recurrent', 'central'],
  ['local', null], ['local.province', 'local'], ['local.district', 'local'], ['local.commune', 'local'],
  ['integrated', null], ['integrated.poverty-reduction', 'integrated'], ['integrated.ethnic-minority', 'integrated'], ['integrated.other', 'integrated'],
  ['credit', null], ['credit.policy', 'credit'], ['credit.commercial', 'credit'],
  ['enterprise', null],
  ['community', null], ['community.cash', 'community'], ['community.in-kind', 'community'], ['community.labour', 'community'],
  ['other', null],
];
// The 2026-2035 tree (NQ 257/2025/QH15 as reported; two-tier local government): the nodes its sources
// name, in the same order; no district budget, no integrated programmes (they are components now).
const IDS_2026 = ['central', 'central.investment', 'central.recurrent', 'local', 'local.province', 'local.commune', 'integrated', 'credit', 'credit.policy', 'enterprise', 'community', 'other'];
export const TREES = { '2021-2025': TREE, '2026-2035': TREE.filter(([id]) => IDS_2026.includes(id)) };
export const COMPONENTS = { '2021-2025': [], '2026-2035': ['new-rural-poverty', 'ethnic-minority-mountainous'] };
export const EXPONENT = { vnd: 0, 'thousand-vnd': 3, 'million-vnd': 6, 'billion-vnd': 9 };

/** FUND-TAXONOMY: the option, else the lines' years (up to 2025, or 2026-2035), else 2021-2025. */
export function taxonomyOf(lines, option) {
  if (option !== undefined) return option;
  const year = lines.find((l) => l.year !== undefined)?.year;
  return year !== undefined && year >= 2026 ? '2026-2035' : '2021-2025';
}

/** The tree sums of some lines: every node present, with its amount and (own and parts) its unallocated. */
function treeSums(lines, tree, target, total, shareDecimals) {
  const own = new Map();
  for (const l of lines) own.set(l.source, sum(own.get(l.source) ?? '0', shift(String(l.amount), EXPONENT[l.unit ?? 'million-vnd'] - EXPONENT[target])));
  const amount = new Map();
  const parts = new Map();
  for (const [id, parent] of [...tree].reverse()) {
    if (!own.has(id) && !parts.has(id)) continue;
    amount.set(id, own.has(id) ? own.get(id) : parts.get(id));
    if (parent !== null) parts.set(parent, sum(parts.get(parent) ?? '0', amount.get(id)));
  }
  const groupTotal = sum('0', ...tree.filter(([id, p]) => p === null && amount.has(id)).map(([id]) => amount.get(id)));
  const whole = total ?? groupTotal;
  const share = (x) => (compare(whole, '0') === 0 ? null : divideFixed(x, whole, shareDecimals));
  const bySource = tree.filter(([id]) => amount.has(id)).map(([id]) => ({ source: id, amount: amount.get(id), share: share(amount.get(id)), unallocated: own.has(id) && parts.has(id) ? sub(own.get(id), parts.get(id)) : null }));
  return { total: groupTotal, share: share(groupTotal), bySource };
}

/** The complete expected aggregate of valid lines (docs/conformance.md projection of aggregateFunding). */
export function expectAggregate(lines, { unit, shareDecimals = 4, taxonomy } = {}) {
  const target = unit ?? lines[0]?.unit ?? 'million-vnd';
  const version = taxonomyOf(lines, taxonomy);
  const tree = TREES[version];
  const all = treeSums(lines, tree, target, undefined, shareDecimals);
  const usesComponents = lines.some((l) => l.component !== undefined);
  const group = (ls) => {
    const g = treeSums(ls, tree, target, all.total, shareDecimals);
    return { amount: g.total, share: g.share, bySource: g.bySource };
  };
  const byComponent = usesComponents
    ? COMPONENTS[version].filter((c) => lines.some((l) => l.component === c)).map((c) => ({ component: c, ...group(lines.filter((l) => l.component === c)) }))
    : null;
  const without = lines.filter((l) => l.component === undefined);
  return {
    unit: target,
    total: all.total,
    lineCount: lines.length,
    taxonomy: version,
    bySource: all.bySource,
    byComponent,
    withoutComponent: usesComponents && without.length > 0 ? group(without) : null,
  };
}
