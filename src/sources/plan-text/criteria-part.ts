// A block's criteria, by number: each with its count of communes (over the denominator, "maintained"
// when the text says "duy trì"), its advanced-level counts and its district count. A sub-count whose
// criterion has no count of its own in the block is not placed.
import type { PlanCriterionCount } from '../../plans/types.js';
import type { Assembly } from './assembly.js';
import type { Figure } from './figures.js';
import type { BlockKey } from './year-blocks.js';

type Of<K extends Figure['kind']> = Figure & { kind: K };

export function criteriaPart(asm: Assembly, b: BlockKey): PlanCriterionCount[] {
  const criteria = asm.of('criterion', b).sort((x, y) => Number(x.criterion) - Number(y.criterion));
  const advanced = asm.of('criterion-advanced', b);
  const district = asm.of('criterion-district', b);
  const list: PlanCriterionCount[] = [];
  for (const c of criteria) list.push(criterionEntry(asm, b, list.length, c, advanced, district));
  for (const a of [...advanced, ...district]) {
    if (criteria.some((c) => c.criterion === a.criterion)) continue;
    if (asm.conflicted.has(`${b}.criteria.${a.criterion}`)) {
      asm.log.skip('figure-conflict', a.span, `số liệu của tiêu chí ${a.criterion}, mà số xã đạt tiêu chí này mâu thuẫn`, `a count under criterion ${a.criterion}, whose own count is contradictory`, [b, 'criteria'], { criterion: a.criterion });
    } else {
      asm.log.skip('not-placed', a.span, `số liệu của tiêu chí ${a.criterion} nhưng văn bản không ghi số xã đạt tiêu chí này trong cùng năm`, `a count under criterion ${a.criterion}, whose own count is not stated for the same year`, [b, 'criteria'], { criterion: a.criterion });
    }
  }
  return list;
}

/** The entry of criterion `c` at index `i` of the block's list, each of its figures proved. */
function criterionEntry(asm: Assembly, b: BlockKey, i: number, c: Of<'criterion'>, advanced: readonly Of<'criterion-advanced'>[], district: readonly Of<'criterion-district'>[]): PlanCriterionCount {
  const { log, years } = asm;
  const entry: Record<string, unknown> = { criterion: c.criterion, communes: c.communes };
  log.prove([b, 'criteria', i, 'communes'], c.communes, c.span, years.about(b, `số xã đạt tiêu chí ${c.criterion}`, `communes meeting criterion ${c.criterion}`));
  if (c.outOf !== undefined) {
    entry.outOf = c.outOf;
    log.prove([b, 'criteria', i, 'outOf'], c.outOf, c.span, years.about(b, `tiêu chí ${c.criterion}: mẫu số`, `criterion ${c.criterion}: denominator`));
  }
  if (c.label !== undefined) entry.label = c.label;
  if (c.maintained) {
    entry.maintained = true;
    log.prove([b, 'criteria', i, 'maintained'], true, c.span, years.about(b, `tiêu chí ${c.criterion} ghi "duy trì"`, `criterion ${c.criterion} stated as maintained`));
  }
  const adv = dedupe(advanced.filter((a) => a.criterion === c.criterion), (a) => `${a.communes}|${a.label}`);
  if (adv.length > 0) {
    entry.advanced = adv.map((a) => ({ communes: a.communes, label: a.label }));
    adv.forEach((a, k) => log.prove([b, 'criteria', i, 'advanced', k, 'communes'], a.communes, a.span, years.about(b, `tiêu chí ${c.criterion}: số xã đạt ${a.label}`, `criterion ${c.criterion}: communes meeting "${a.label}"`)));
  }
  const d = district.find((x) => x.criterion === c.criterion);
  if (d) {
    entry.district = { districts: d.districts, ...(d.districtCriterion !== undefined ? { criterion: d.districtCriterion } : {}), label: d.label };
    log.prove([b, 'criteria', i, 'district', 'districts'], d.districts, d.span, years.about(b, `tiêu chí ${c.criterion}: số huyện đạt ${d.label}`, `criterion ${c.criterion}: districts meeting "${d.label}"`));
  }
  return entry as unknown as PlanCriterionCount;
}

function dedupe<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
