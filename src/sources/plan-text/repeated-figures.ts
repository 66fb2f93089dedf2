// The same figure stated more than once: one value is kept once; different values are a contradiction,
// reported as a finding quoting every statement, and none of them goes in the plan.
import { convertAmount } from '../../funding/units.js';
import type { ExtractionLog } from './extraction-log.js';
import type { Figure } from './figures.js';
import type { BlockKey, Placed } from './year-blocks.js';

/** Where a figure goes in the plan ("target.criteria.2", "funding.total"), or undefined for figures that are not compared. */
function keyOf(f: Figure, b?: BlockKey): string | undefined {
  switch (f.kind) {
    case 'criterion':
      return `${b}.criteria.${f.criterion}`;
    case 'criterion-district':
      return `${b}.criteria.${f.criterion}.district`;
    case 'meeting-total':
      return `${b}.meetingStandard.total`;
    case 'meeting-maintained':
      return `${b}.meetingStandard.maintained`;
    case 'newly':
    case 'advanced':
    case 'model':
    case 'villages':
    case 'districts':
    case 'average':
    case 'newly-names':
    case 'advanced-names':
    case 'model-names':
    case 'villages-by-district':
    case 'districts-names':
      return `${b}.${f.kind}`;
    case 'bucket':
      return `${b}.buckets.${f.id}`;
    case 'funding-total':
      return 'funding.total';
    case 'projects':
      return 'projects';
    default:
      return undefined;
  }
}

/** The figure's value, to compare (amounts in đồng, so "1,5 tỷ đồng" equals "1.500 triệu đồng"). */
function valueOf(f: Figure): string {
  switch (f.kind) {
    case 'criterion':
      return `${f.communes}/${f.outOf ?? ''}`;
    case 'criterion-district':
      return `${f.districts}/${f.districtCriterion ?? ''}`;
    case 'meeting-total':
    case 'meeting-maintained':
    case 'average':
      return String(f.value);
    case 'newly':
    case 'advanced':
    case 'model':
    case 'districts':
    case 'bucket':
    case 'projects':
      return String(f.count);
    case 'villages':
      return String(f.total);
    case 'newly-names':
    case 'advanced-names':
    case 'model-names':
      return JSON.stringify(f.communes);
    case 'villages-by-district':
      return JSON.stringify(f.byDistrict);
    case 'districts-names':
      return JSON.stringify(f.names);
    case 'funding-total':
      return convertAmount(f.amount, f.unit, 'vnd');
    default:
      return '';
  }
}

/** The value as the finding shows it: as written. */
function shown(f: Figure): string {
  if (f.kind === 'criterion') return f.outOf !== undefined ? `${f.communes}/${f.outOf}` : String(f.communes);
  if (f.kind === 'funding-total') return `${f.amount} ${f.unitLabel}`;
  return valueOf(f);
}

/** The figures to put in the plan, and the keys of the plan left out for a contradiction. */
export function settleRepeats(placed: readonly Placed[], log: ExtractionLog): { live: Placed[]; conflicted: Set<string> } {
  const groups = new Map<string, Placed[]>();
  for (const item of placed) {
    const key = keyOf(item.f, item.block);
    if (key === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  const dropped = new Set<Figure>();
  const conflicted = new Set<string>();
  for (const [key, list] of groups) {
    const values = new Set(list.map((i) => valueOf(i.f)));
    if (values.size === 1) {
      for (const i of list.slice(1)) dropped.add(i.f);
      continue;
    }
    conflicted.add(key);
    const path = key.split('.');
    const all = list.map((i) => shown(i.f)).join('; ');
    log.findings.push({
      code: 'figure-conflict',
      severity: 'error',
      path,
      message: {
        vi: `Cùng một số liệu được ghi ${list.length} lần với giá trị khác nhau (${all}): không đưa vào kế hoạch`,
        en: `The same figure is stated ${list.length} times with different values (${all}): left out of the plan`,
      },
      quotes: list.map((i) => log.quote(i.f.span)),
    });
    for (const i of list) {
      dropped.add(i.f);
      log.skip('figure-conflict', i.f.span, 'số liệu mâu thuẫn với một câu khác của văn bản', 'this figure contradicts another sentence of the text', path);
    }
  }
  return { live: placed.filter((i) => !dropped.has(i.f)), conflicted };
}
