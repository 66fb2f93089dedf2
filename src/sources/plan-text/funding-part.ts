// The funding of the plan in one unit (the total's, else the one most amounts are written in; the
// others converted exactly, with a note), as a tree of lines; and the number of projects.
import type { LocalizedText } from '../../_lib/text.js';
import { FUNDING_SOURCES, type FundingSourceId } from '../../funding/taxonomy.js';
import { convertAmount, type FundingUnit } from '../../funding/units.js';
import type { PlanFundingLine } from '../../plans/types.js';
import type { Assembly } from './assembly.js';
import type { Path } from './extraction-log.js';
import type { Figure } from './figures.js';

const UNIT_WORDS_VI: Record<FundingUnit, string> = { vnd: 'đồng', 'thousand-vnd': 'nghìn đồng', 'million-vnd': 'triệu đồng', 'billion-vnd': 'tỷ đồng' };

export function fundingPart(asm: Assembly): void {
  const { log } = asm;
  const totals = asm.of('funding-total');
  const lines = asm.of('funding-line');
  if (totals.length === 0 && lines.length === 0) {
    if (!asm.conflicted.has('funding.total')) log.miss(['funding'], 'Nguồn vốn: văn bản không ghi', 'Funding: not stated');
    return;
  }
  const counts = new Map<FundingUnit, number>();
  for (const x of [...totals, ...lines]) counts.set(x.unit, (counts.get(x.unit) ?? 0) + 1);
  const unit = totals[0]?.unit ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const unitLabel = [...totals, ...lines].find((x) => x.unit === unit)!.unitLabel;
  const inUnit = (amount: string, from: FundingUnit) => (from === unit ? amount : convertAmount(amount, from, unit));
  const note = (from: FundingUnit, amount: string): LocalizedText | undefined =>
    from === unit ? undefined : { vi: `văn bản ghi ${amount} ${UNIT_WORDS_VI[from]}, đổi chính xác sang ${UNIT_WORDS_VI[unit]}`, en: `written as ${amount} ${UNIT_WORDS_VI[from]}, converted exactly to ${UNIT_WORDS_VI[unit]}` };
  const funding: Record<string, unknown> = { unit, unitLabel };
  const total = totals[0];
  if (total) {
    funding.total = { amount: inUnit(total.amount, total.unit), label: total.label };
    log.prove(['funding', 'total', 'amount'], inUnit(total.amount, total.unit), total.span, { vi: 'Tổng nguồn vốn', en: 'Total funding' }, note(total.unit, total.amount));
  } else log.miss(['funding', 'total'], 'Nguồn vốn: không ghi tổng số', 'Funding: no total stated');
  // The lines under each line (undefined: the top), in the order of the text.
  const under = new Map<number | undefined, (Figure & { kind: 'funding-line' })[]>();
  for (const l of lines) {
    const list = under.get(l.parent);
    if (list) list.push(l);
    else under.set(l.parent, [l]);
  }
  const build = (parent: number | undefined, path: Path): PlanFundingLine[] =>
    (under.get(parent) ?? []).map((l, i) => {
      const here = [...path, i];
      const amount = inUnit(l.amount, l.unit);
      log.prove([...here, 'amount'], amount, l.span, { vi: `Nguồn vốn: ${FUNDING_SOURCES[l.source].label.vi}`, en: `Funding: ${FUNDING_SOURCES[l.source].label.en}` }, note(l.unit, l.amount));
      const parts = build(l.id, [...here, 'parts']);
      return { source: l.source as FundingSourceId, amount, ...(l.label ? { label: l.label } : {}), ...(parts.length > 0 ? { parts } : {}) };
    });
  const tree = build(undefined, ['funding', 'lines']);
  funding.lines = tree;
  if (tree.length === 0) log.miss(['funding', 'lines'], 'Nguồn vốn: không ghi nguồn nào', 'Funding: no source stated');
  asm.plan.funding = funding;
}

export function projectsPart(asm: Assembly): void {
  const projects = asm.of('projects')[0];
  if (projects) {
    asm.plan.projects = { count: projects.count, ...(projects.label !== undefined ? { label: projects.label } : {}) };
    asm.log.prove(['projects', 'count'], projects.count, projects.span, { vi: 'Số dự án', en: 'Projects' });
  } else if (!asm.conflicted.has('projects')) asm.log.miss(['projects'], 'Số dự án: văn bản không ghi', 'Projects: not stated');
}
