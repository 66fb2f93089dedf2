import { finding, type PlanFinding } from '../finding.js';
import { BLOCK_KEYS, yearLabel, type CheckContext } from './context.js';

/**
 * Units planned to complete a whole set against the per-criterion counts of
 * that set: if only 3 communes are to meet some advanced-set criterion, at most
 * 3 can complete the advanced set, whatever number of communes the plan names;
 * likewise districts against the district-criterion counts. A warning, since
 * plans word these targets loosely ("đẩy nhanh việc hoàn thiện").
 */
export function checkCompletion(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    if (!block?.criteria) continue;
    const y = yearLabel(ctx.summaries[key]);

    const planned = block.advanced?.count ?? block.advanced?.communes?.length;
    const advanced = block.criteria.flatMap((c) => (c.advanced ?? []).map((a) => ({ criterion: c.criterion, label: a.label, communes: a.communes })));
    if (planned !== undefined && advanced.length > 0) {
      const min = Math.min(...advanced.map((a) => a.communes));
      if (min < planned) {
        const limiting = advanced.filter((a) => a.communes === min).map((a) => a.criterion);
        const codes = [...new Set(limiting)];
        const list = codes.join(', ');
        out.push(
          finding({
            code: 'completion-exceeds-criterion',
            severity: 'warning',
            path: [key, 'advanced', 'count'],
            expected: `≤ ${min}`,
            actual: planned,
            difference: planned - min,
            message: {
              vi: `${y.vi}: ${planned} xã được đặt mục tiêu hoàn thiện tiêu chí nông thôn mới nâng cao, nhưng chỉ ${min} xã đạt tiêu chí nâng cao của tiêu chí ${list}; nhiều nhất ${min} xã có thể đạt đủ bộ tiêu chí nâng cao.`,
              en: `${y.en}: ${planned} communes are to complete the advanced NTM criteria, but only ${min} meet the advanced version of ${codes.length > 1 ? 'criteria' : 'criterion'} ${list}; at most ${min} can meet the whole advanced set.`,
            },
          }),
        );
      }
    }

    const districts = block.districtsCompleting?.count ?? block.districtsCompleting?.names?.length;
    const dcounts = block.criteria.filter((c) => c.district).map((c) => ({ criterion: c.criterion, label: c.district?.label, districts: c.district?.districts ?? 0 }));
    if (districts !== undefined && dcounts.length > 0) {
      const min = Math.min(...dcounts.map((d) => d.districts));
      if (min < districts) {
        const limiting = dcounts.filter((d) => d.districts === min);
        const namesVi = limiting.map((d) => (d.label ? `"${d.label}"` : `gắn với tiêu chí ${d.criterion}`)).join(', ');
        const namesEn = limiting.map((d) => (d.label ? `"${d.label}"` : `beside criterion ${d.criterion}`)).join(', ');
        out.push(
          finding({
            code: 'completion-exceeds-criterion',
            severity: 'warning',
            path: [key, 'districtsCompleting', 'count'],
            expected: `≤ ${min}`,
            actual: districts,
            difference: districts - min,
            message: {
              vi: `${y.vi}: ${districts} huyện được đặt mục tiêu hoàn thiện tiêu chí cấp huyện, nhưng chỉ ${min} huyện đạt tiêu chí huyện ${namesVi}; nhiều nhất ${min} huyện có thể đạt đủ.`,
              en: `${y.en}: ${districts} districts are to complete the district criteria, but only ${min} meet the district ${limiting.length > 1 ? 'criteria' : 'criterion'} ${namesEn}; at most ${min} can meet them all.`,
            },
          }),
        );
      }
    }
  }
  return out;
}
