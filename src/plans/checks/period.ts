import { finding, enNumber, viNumber, type PlanFinding } from '../finding.js';
import { BLOCK_KEYS, yearLabel, type CheckContext, type YearLabel } from './context.js';
import type { PlanBlockKey, PlanYearSummary } from '../summary.js';
import type { PlanYearBlock } from '../types.js';

/** The first day with no district level (the two-tier local government). */
const NO_DISTRICTS_FROM_YEAR = 2026;

/** One block of the plan with its summary: what the per-block checks below read. */
interface BlockCheck {
  readonly key: PlanBlockKey;
  readonly block: PlanYearBlock;
  readonly s: PlanYearSummary;
  readonly y: YearLabel;
}

/** Buckets stated where no bucket scheme applies (the 10 criteria of 2026-2030 have no national one): not checked. */
function bucketSchemeMissing({ key, block, s, y }: BlockCheck): PlanFinding[] {
  if (block.buckets === undefined || s.scheme) return [];
  const ids = Object.keys(block.buckets).join(', ');
  // The plan's own bucket ids are ranges ("7-9"): said as documents write them, "từ 7 đến 9 tiêu chí".
  const bucketList = Object.keys(block.buckets).map((b) => (/^\d+-\d+$/.test(b) ? `từ ${b.replace('-', ' đến ')} tiêu chí` : /^\d+$/.test(b) ? `${b} tiêu chí` : b)).join('; ');
  return [
    finding({
      code: 'bucket-scheme-missing',
      severity: 'warning',
      path: [key, 'buckets'],
      actual: ids,
      message: {
        vi: `${y.vi}: kế hoạch ghi số xã theo nhóm số tiêu chí đạt (${bucketList}), nhưng chưa có cách phân nhóm quốc gia cho bộ ${s.set.criteriaTotal} tiêu chí giai đoạn ${s.set.period.fromYear} - ${s.set.period.toYear}; các số này không được kiểm tra. Phần mềm dùng thư viện có thể khai báo cách phân nhóm của kế hoạch để kiểm tra (xem docs/plans.md).`,
        en: `${y.en}: the plan states communes by bucket (${ids}), but there is no national bucket scheme for the ${s.set.criteriaTotal} criteria of ${s.set.id}; these counts are not checked. Define the plan's grouping (defineBucketScheme) and pass it as options.scheme.`,
      },
    }),
  ];
}

/** Advanced and model tiers (communes or criteria) stated in 2026-2030, which has neither. */
function tiersNotInPeriod({ key, block, s, y }: BlockCheck): PlanFinding[] {
  if (s.set.period.fromYear < 2026) return [];
  const tiers: [string[], boolean, { vi: string; en: string }][] = [
    [['advanced'], block.advanced !== undefined, { vi: 'xã nông thôn mới nâng cao', en: 'advanced communes' }],
    [['model'], block.model !== undefined, { vi: 'xã nông thôn mới kiểu mẫu', en: 'model communes' }],
  ];
  block.criteria?.forEach((c, i) => {
    if (c.advanced !== undefined) tiers.push([['criteria', String(i), 'advanced'], true, { vi: `tiêu chí nâng cao của tiêu chí ${c.criterion}`, en: `the advanced version of criterion ${c.criterion}` }]);
  });
  return tiers
    .filter(([, present]) => present)
    .map(([path, , what]) =>
      finding({
        code: 'tier-not-in-period',
        severity: 'warning',
        path: [key, ...path.map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
        message: {
          vi: `${y.vi}: kế hoạch nêu ${what.vi}, nhưng giai đoạn 2026 - 2030 không có bộ tiêu chí quốc gia nâng cao hay kiểu mẫu (QĐ 51/2025/QĐ-TTg chỉ có bộ tiêu chí xã nông thôn mới và khung thí điểm xã nông thôn mới hiện đại); số liệu này không được kiểm tra.`,
          en: `${y.en}: the plan states ${what.en}, but 2026-2030 has no national advanced or model set (QĐ 51/2025/QĐ-TTg has the NTM commune set and the modern-commune pilot framework only); these figures are not checked.`,
        },
      }),
    );
}

/** Modern communes (the 2026-2030 pilot): none before that period, and never more than the communes meeting the standard. */
function modernCommunes({ key, block, s, y }: BlockCheck): PlanFinding[] {
  const modern = block.modern?.count ?? block.modern?.communes?.length;
  if (modern === undefined) return [];
  const out: PlanFinding[] = [];
  if (s.set.period.fromYear < 2026) {
    out.push(
      finding({
        code: 'modern-not-in-period',
        severity: 'warning',
        path: [key, 'modern'],
        actual: modern,
        message: {
          vi: `${y.vi}: kế hoạch nêu ${viNumber(modern)} xã nông thôn mới hiện đại, nhưng số liệu được tính theo bộ ${s.set.criteriaTotal} tiêu chí giai đoạn ${s.set.period.fromYear} - ${s.set.period.toYear}; xã nông thôn mới hiện đại là thí điểm của giai đoạn 2026 - 2030 (QĐ 51/2025/QĐ-TTg Phụ lục II).`,
          en: `${y.en}: the plan states ${enNumber(modern)} modern communes, but its figures are counted on ${s.set.id}; modern communes are a pilot of 2026-2030 (QĐ 51/2025/QĐ-TTg Phụ lục II).`,
        },
      }),
    );
  }
  if (s.recognised !== undefined && modern > s.recognised) {
    out.push(
      finding({
        code: 'modern-above-recognised',
        severity: 'error',
        path: [key, 'modern'],
        expected: `≤ ${s.recognised}`,
        actual: modern,
        difference: modern - s.recognised,
        message: {
          vi: `${y.vi}: ${viNumber(modern)} xã nông thôn mới hiện đại, nhiều hơn ${viNumber(s.recognised)} xã đạt chuẩn nông thôn mới; xã nông thôn mới hiện đại phải là xã đã đạt chuẩn nông thôn mới (nguồn thứ cấp: đề xuất của Chính phủ, 03/12/2025).`,
          en: `${y.en}: ${enNumber(modern)} modern communes, more than the ${enNumber(s.recognised)} communes meeting the NTM standard; a modern commune must meet the NTM standard first (secondary: Government proposal, 03/12/2025).`,
        },
      }),
    );
  }
  return out;
}

/** Districts stated (completing, or per criterion) for a year after the district level ended (01/07/2025). */
function noDistrictLevel({ key, block, s, y }: BlockCheck): PlanFinding[] {
  if (s.year < NO_DISTRICTS_FROM_YEAR) return [];
  const paths: (string | number)[][] = [];
  if (block.districtsCompleting !== undefined) paths.push([key, 'districtsCompleting']);
  block.criteria?.forEach((c, i) => {
    if (c.district !== undefined) paths.push([key, 'criteria', i, 'district']);
  });
  return paths.map((path) =>
    finding({
      code: 'no-district-level',
      severity: 'error',
      path,
      message: {
        vi: `${y.vi}: kế hoạch nêu số huyện, nhưng từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp).`,
        en: `${y.en}: the plan states districts, but there is no district level since 01/07/2025 (two-tier local government).`,
      },
    }),
  );
}

/** A baseline and target counted on sets of different sizes: noted, as they are not compared year over year. */
function criteriaSetChanged(ctx: CheckContext): PlanFinding[] {
  const { baseline: B, target: T } = ctx.summaries;
  if (ctx.plan.baseline === undefined || ctx.plan.target === undefined || B.set.id === T.set.id || B.set.criteriaTotal === T.set.criteriaTotal) return [];
  return [
    finding({
      code: 'criteria-set-changed',
      severity: 'info',
      path: ['baseline', 'criteriaSet'],
      expected: T.set.id,
      actual: B.set.id,
      message: {
        vi: `Số liệu năm ${B.year} tính theo ${B.set.id} (${B.set.criteriaTotal} tiêu chí), mục tiêu năm ${T.year} theo ${T.set.id} (${T.set.criteriaTotal} tiêu chí): không so sánh từng tiêu chí giữa hai năm, không đối chiếu số xã duy trì và công nhận mới (chưa có văn bản nào nói kết quả giai đoạn trước được chuyển sang thế nào).`,
        en: `The ${B.year} figures are counted on ${B.set.id} (${B.set.criteriaTotal} criteria), the ${T.year} target on ${T.set.id} (${T.set.criteriaTotal} criteria): criteria are not compared year over year, and maintained and newly recognised communes are not reconciled (no source says how the earlier results carry over).`,
      },
    }),
  ];
}

/**
 * What a plan's criteria set implies beyond the arithmetic: buckets stated where no bucket scheme
 * applies (the 10 criteria of 2026-2030 have no national one); advanced and model tiers, which
 * 2026-2030 does not have; modern communes (the 2026-2030 pilot), which must first meet the NTM
 * standard and do not exist before; districts after the district level ended (01/07/2025); and a
 * baseline and target counted on different sets, which are not compared year over year.
 */
export function checkPeriod(ctx: CheckContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const key of BLOCK_KEYS) {
    const block = ctx.plan[key];
    if (!block) continue;
    const s = ctx.summaries[key];
    const b: BlockCheck = { key, block, s, y: yearLabel(s) };
    out.push(...bucketSchemeMissing(b), ...tiersNotInPeriod(b), ...modernCommunes(b), ...noDistrictLevel(b));
  }
  out.push(...criteriaSetChanged(ctx));
  return out;
}

/** Whether the two blocks are counted on sets of different sizes (then no cross-year check applies). */
export function setsDiffer(ctx: CheckContext): boolean {
  const { baseline: B, target: T } = ctx.summaries;
  return B.set.criteriaTotal !== T.set.criteriaTotal;
}
