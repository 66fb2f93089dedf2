// Findings as a person reads them: a title for each finding code and the place of its figure in
// the plan's own terms (`Mục tiêu 2024 – tiêu chí 7 (Cơ sở hạ tầng thương mại nông thôn)`), never
// a data path. Codes and paths stay in the JSON output.
import type { LocalizedText } from '../../_lib/text.js';
import { FUNDING_SOURCES, isFundingSource } from '../../funding/taxonomy.js';
import { getCriteriaSet } from '../../sets/registry.js';
import { blockYear } from '../summary.js';
import type { Plan, PlanFundingLine, PlanYearBlock } from '../types.js';

type Lang = 'vi' | 'en';

/** The title of each finding code, for reports and the guide's table. */
export const FINDING_TITLES: Readonly<Record<string, LocalizedText>> = Object.freeze({
  'funding-total-mismatch': { vi: 'Tổng nguồn vốn không khớp với các nguồn', en: 'Total capital does not match its sources' },
  'funding-subtotal-mismatch': { vi: 'Số tổng của một dòng vốn không khớp với các khoản chi tiết', en: 'A funding subtotal does not match its parts' },
  'funding-parts-exceed': { vi: 'Các khoản chi tiết vượt số tổng của dòng vốn', en: 'Parts exceed their funding line' },
  'average-vs-criteria': { vi: 'Bình quân tiêu chí/xã không phù hợp với số xã đạt từng tiêu chí', en: 'Average does not match the per-criterion counts' },
  'average-outside-buckets': { vi: 'Bình quân tiêu chí/xã không phù hợp với số xã theo nhóm', en: 'Average does not match the buckets' },
  'average-unattainable': { vi: 'Bình quân tiêu chí/xã không thể có với số xã của tỉnh', en: 'No total gives the stated average' },
  'criteria-vs-buckets': { vi: 'Số xã đạt từng tiêu chí không phù hợp với số xã theo nhóm', en: 'Per-criterion counts do not match the buckets' },
  'bucket-unknown': { vi: 'Nhóm không có trong cách phân nhóm', en: 'Bucket not in the scheme' },
  'bucket-top-mismatch': { vi: 'Nhóm đạt đủ tiêu chí khác số xã đạt chuẩn', en: 'Top bucket differs from the communes meeting the standard' },
  'bucket-implied': { vi: 'Số xã của nhóm không nêu được suy ra', en: 'An unstated bucket is implied' },
  'buckets-exceed-communes': { vi: 'Số xã theo nhóm vượt tổng số xã', en: 'Buckets exceed the number of communes' },
  'buckets-sum-mismatch': { vi: 'Số xã theo nhóm không khớp với tổng số xã', en: 'Buckets do not add up to the communes' },
  'completion-exceeds-criterion': { vi: 'Mục tiêu hoàn thiện vượt số đơn vị đạt tiêu chí', en: 'Completion target above a criterion count' },
  'criterion-denominator': { vi: 'Mẫu số khác tổng số xã của tỉnh', en: 'Denominator differs from the communes of the province' },
  'criterion-above-communes': { vi: 'Số xã đạt tiêu chí vượt tổng số xã', en: 'Criterion count above the number of communes' },
  'criterion-below-recognised': { vi: 'Số xã đạt tiêu chí ít hơn số xã đạt chuẩn', en: 'Criterion count below the communes meeting the standard' },
  'advanced-above-criterion': { vi: 'Số xã đạt tiêu chí nâng cao nhiều hơn số xã đạt tiêu chí', en: 'Advanced count above the criterion count' },
  'advanced-above-recognised': { vi: 'Số xã đạt tiêu chí nâng cao nhiều hơn số xã đạt chuẩn', en: 'Advanced count above the communes meeting the standard' },
  'advanced-newly-recognised': { vi: 'Xã vừa được công nhận mới vừa hoàn thiện tiêu chí nâng cao', en: 'A commune both newly recognised and advanced' },
  'below-floor-target': { vi: 'Còn xã đạt dưới mức tối thiểu của Chương trình', en: 'Communes below the programme floor' },
  'label-year-mismatch': { vi: 'Năm ghi trong nhãn khác năm của số liệu', en: 'The year in a label differs from the figure' },
  'list-length-mismatch': { vi: 'Số lượng ghi khác danh sách kể tên', en: 'Count differs from the names listed' },
  'villages-sum-mismatch': { vi: 'Số thôn, bản theo huyện không khớp với tổng', en: 'Villages by district do not add up' },
  'maintained-count-changed': { vi: 'Số xã ghi "duy trì" khác kết quả năm trước', en: '"Maintained" count differs from the year before' },
  'criterion-jump': { vi: 'Số xã đạt tiêu chí tăng bất thường trong một năm', en: 'Unusual increase in one year' },
  'criterion-decrease': { vi: 'Mục tiêu thấp hơn kết quả năm trước', en: 'Target below the year before' },
  'recognised-sum-mismatch': { vi: 'Số xã đạt chuẩn khác tổng số xã duy trì và công nhận mới', en: 'Maintained plus newly recognised differs from the total' },
  'recognised-decrease': { vi: 'Số xã đạt chuẩn giảm so với năm trước', en: 'Fewer communes meeting the standard than the year before' },
  'recognised-target-above-sum': { vi: 'Mục tiêu xã đạt chuẩn vượt số có thể có', en: 'Target above what is possible' },
  'recognised-target-below-sum': { vi: 'Mục tiêu xã đạt chuẩn thấp hơn số xã đã đạt cộng số công nhận mới', en: 'Target below the recognised plus the newly recognised' },
  'maintained-above-baseline': { vi: 'Số xã duy trì nhiều hơn số xã đạt chuẩn năm trước', en: 'More communes maintained than met the standard the year before' },
  'maintained-below-baseline': { vi: 'Số xã duy trì ít hơn số xã đạt chuẩn năm trước', en: 'Fewer communes maintained than met the standard the year before' },
  'bucket-scheme-missing': { vi: 'Không có cách phân nhóm cho bộ tiêu chí này', en: 'No bucket scheme for this criteria set' },
  'tier-not-in-period': { vi: 'Xã nông thôn mới nâng cao, kiểu mẫu không còn trong giai đoạn 2026 - 2030', en: 'Advanced and model communes are not in the 2026-2030 period' },
  'modern-not-in-period': { vi: 'Xã nông thôn mới hiện đại chỉ có từ giai đoạn 2026 - 2030', en: 'Modern communes exist only from the 2026-2030 period' },
  'modern-above-recognised': { vi: 'Số xã nông thôn mới hiện đại nhiều hơn số xã đạt chuẩn', en: 'More modern communes than communes meeting the standard' },
  'no-district-level': { vi: 'Từ năm 2026 không còn cấp huyện', en: 'No district level from 2026' },
  'criteria-set-changed': { vi: 'Hai năm tính theo hai bộ tiêu chí khác nhau', en: 'The two years are counted on different criteria sets' },
  'figure-conflict': { vi: 'Một số liệu được ghi hai giá trị khác nhau', en: 'A figure is stated twice with different values' },
  'denominator-differs': { vi: 'Các số liệu ghi trên số xã khác nhau', en: 'Counts over differing numbers of communes' },
});

/** The title of a finding; an unknown code (from an older or newer library) reads as the severity alone. */
export function findingTitle(code: string, lang: Lang): string | undefined {
  return Object.hasOwn(FINDING_TITLES, code) ? FINDING_TITLES[code]![lang] : undefined;
}

const BLOCK_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  averageCriteria: ['bình quân tiêu chí/xã', 'average criteria per commune'],
  buckets: ['số xã theo nhóm', 'communes by bucket'],
  meetingStandard: ['xã đạt chuẩn nông thôn mới', 'communes meeting the standard'],
  newlyRecognised: ['xã công nhận mới', 'newly recognised communes'],
  maintained: ['số xã duy trì', 'maintained'],
  total: ['tổng số', 'total'],
  count: ['số lượng', 'count'],
  advanced: ['xã nông thôn mới nâng cao', 'advanced communes'],
  model: ['xã nông thôn mới kiểu mẫu', 'model communes'],
  villages: ['thôn, bản đạt chuẩn', 'villages reaching the standard'],
  byDistrict: ['theo huyện', 'by district'],
  districtsCompleting: ['huyện hoàn thiện tiêu chí', 'districts completing criteria'],
  names: ['danh sách', 'names'],
  label: ['nhãn', 'label'],
  outOf: ['mẫu số', 'denominator'],
  district: ['tiêu chí cấp huyện', 'district criterion'],
  districts: ['số huyện', 'districts'],
  communes: ['số xã', 'communes'],
  year: ['năm', 'year'],
  funding: ['Nguồn vốn', 'Funding'],
  unit: ['đơn vị', 'unit'],
  amount: ['số tiền', 'amount'],
  source: ['nguồn', 'source'],
  projects: ['Danh mục dự án', 'Projects'],
  province: ['tỉnh', 'province'],
  title: ['tên văn bản', 'title'],
  document: ['văn bản', 'document'],
  notes: ['ghi chú', 'notes'],
  status: ['tình trạng', 'status'],
  number: ['số hiệu', 'number'],
  date: ['ngày', 'date'],
  issuer: ['cơ quan ban hành', 'issuer'],
};

const words = (key: string, lang: Lang) => (Object.hasOwn(BLOCK_WORDS, key) ? BLOCK_WORDS[key]![lang === 'vi' ? 0 : 1] : `"${key}"`);

function criterionNames(year: number): Map<string, LocalizedText> {
  try {
    return new Map(getCriteriaSet('commune', { asOf: `${year}-07-01` }).criteria.map((c) => [c.code, c.name]));
  } catch {
    return new Map();
  }
}

function lineName(l: PlanFundingLine | undefined, lang: Lang, n: number): string {
  if (l?.label) return `"${l.label}"`;
  if (l && isFundingSource(l.source)) return FUNDING_SOURCES[l.source].label[lang];
  return lang === 'vi' ? `dòng thứ ${n + 1}` : `line ${n + 1}`;
}

/**
 * The place of a figure in a plan, in words: `Mục tiêu 2024 – tiêu chí 7 (Cơ sở hạ tầng thương mại
 * nông thôn)`, `Nguồn vốn – dòng "Vốn sự nghiệp", số tiền`. Reads the plan for codes and labels;
 * a path that leaves the plan's data is said key by key.
 */
export function planPlace(plan: Plan | undefined, path: readonly (string | number)[], lang: Lang): string {
  const vi = lang === 'vi';
  if (path.length === 0) return vi ? 'toàn bộ kế hoạch' : 'the whole plan';
  const out: string[] = [];
  let node: unknown = plan;
  let block: PlanYearBlock | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const prev = path[i - 1];
    const here = node as Record<string, unknown> | readonly unknown[] | undefined;
    node = here === undefined || here === null || typeof here !== 'object' ? undefined : (here as Record<string | number, unknown>)[seg];
    if (i === 0 && (seg === 'baseline' || seg === 'target') && plan !== undefined) {
      block = node as PlanYearBlock | undefined;
      const y = blockYear(plan, seg);
      out.push(seg === 'target' ? (vi ? `Mục tiêu ${y}` : `${y} target`) : vi ? `Năm ${y}` : `${y} baseline`);
      continue;
    }
    if (typeof seg === 'number') {
      if (prev === 'criteria' && block !== undefined && plan !== undefined) {
        const code = block.criteria?.[seg]?.criterion;
        const name = code !== undefined ? criterionNames(blockYear(plan, path[0] === 'target' ? 'target' : 'baseline')).get(code)?.[lang] : undefined;
        out.push(code === undefined ? (vi ? `tiêu chí thứ ${seg + 1}` : `criterion ${seg + 1}`) : `${vi ? 'tiêu chí' : 'criterion'} ${code}${name ? ` (${name})` : ''}`);
        // The count itself is the criterion's figure: "số xã" after it adds nothing.
        if (path[i + 1] === 'communes' && i + 2 === path.length) i++;
      } else if (prev === 'lines' || prev === 'parts') out.push(`${vi ? 'dòng' : 'line'} ${lineName(node as PlanFundingLine | undefined, lang, seg)}`);
      else if (prev === 'communes') {
        const c = node as { name?: unknown } | undefined;
        out.push(typeof c?.name === 'string' ? `${vi ? 'xã' : 'commune'} ${c.name}` : vi ? `xã thứ ${seg + 1}` : `commune ${seg + 1}`);
      } else if (prev === 'byDistrict') {
        const d = node as { district?: unknown } | undefined;
        out.push(typeof d?.district === 'string' ? `${vi ? 'huyện' : 'district'} ${d.district}` : vi ? `mục thứ ${seg + 1}` : `item ${seg + 1}`);
      } else if (prev === 'advanced') out.push(vi ? `tiêu chí nâng cao thứ ${seg + 1}` : `advanced criterion ${seg + 1}`);
      else out.push(vi ? `mục thứ ${seg + 1}` : `item ${seg + 1}`);
      continue;
    }
    if (seg === 'criteria' || seg === 'lines' || seg === 'parts' || (seg === 'communes' && typeof path[i + 1] === 'number')) continue;
    if (prev === 'buckets') {
      out.push(vi ? `nhóm "${seg}"` : `bucket "${seg}"`);
      continue;
    }
    if (seg === 'advanced' && typeof prev === 'number' && path[i - 2] === 'criteria') {
      if (typeof path[i + 1] !== 'number') out.push(vi ? 'tiêu chí nâng cao' : 'advanced criteria');
      continue;
    }
    if (seg === 'total' && prev === 'funding') {
      out.push(vi ? 'tổng cộng ghi trong kế hoạch' : 'total stated in the plan');
      continue;
    }
    out.push(words(seg, lang));
  }
  const [first, ...rest] = out;
  return rest.length === 0 ? first! : `${first} – ${rest.join(', ')}`;
}
