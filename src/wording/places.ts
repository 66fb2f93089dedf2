// Where a problem is, in words a person can find in their file: `chỉ tiêu 2.1`, `xã thứ 3, chỉ
// tiêu 5, thành phần "số trường học các cấp"`, `dòng vốn thứ 2, số tiền`. Paths stay in --json.
import { FUNDING_SOURCES, isFundingSource } from '../funding/taxonomy.js';
import type { CriteriaSet } from '../engine/types/index.js';
import { listCriteriaSets } from '../sets/registry.js';
import { fieldLabel } from './values.js';
import type { Lang } from './terms.js';

type Path = readonly (string | number)[];
type Words = Readonly<Record<string, readonly [vi: string, en: string]>>;

/** The keys of evaluation inputs (and of the CLI's JSON files) in words. */
const INPUT_KEYS: Words = {
  name: ['tên', 'name'],
  province: ['tỉnh', 'province'],
  district: ['huyện', 'district'],
  region: ['vùng', 'region'],
  year: ['năm đánh giá', 'assessment year'],
  especiallyDifficult: ['xã đặc biệt khó khăn', 'especially difficult commune'],
  safeZone: ['xã an toàn khu', 'safe-zone commune'],
  group: ['nhóm xã', 'commune group'],
  groupFacts: ['đặc điểm để phân nhóm xã', 'commune-group facts'],
  assessment: ['căn cứ đánh giá theo tiêu chí', 'assessment record'],
  communes: ['danh sách xã', 'communes'],
  options: ['tùy chọn', 'options'],
  asOf: ['ngày áp dụng', 'day'],
  kind: ['loại bộ tiêu chí', 'set kind'],
  // Funding files
  lines: ['các dòng vốn', 'funding lines'],
  declared: ['số tổng đã ghi', 'stated totals'],
  unit: ['đơn vị', 'unit'],
  amount: ['số tiền', 'amount'],
  source: ['nguồn vốn', 'source'],
  label: ['nội dung', 'label'],
  allowNegative: ['cho phép số âm', 'negative amounts allowed'],
  // Overlays
  id: ['mã bảng ngưỡng', 'overlay id'],
  title: ['tên bảng ngưỡng', 'title'],
  setKind: ['loại bộ tiêu chí', 'set kind'],
  citation: ['trích dẫn', 'citation'],
  instrument: ['văn bản', 'instrument'],
  provenance: ['mức độ tin cậy', 'provenance'],
  validFrom: ['áp dụng từ ngày', 'valid from'],
  validUntil: ['áp dụng đến ngày', 'valid until'],
  columns: ['các cột (vùng hoặc nhóm xã)', 'columns'],
  regions: ['các vùng', 'regions'],
  rule: ['quy tắc đạt', 'rule'],
  min: ['mức tối thiểu', 'minimum'],
  max: ['mức tối đa', 'maximum'],
  criteriaMet: ['số tiêu chí đạt', 'criteria met'],
  recognition: ['công nhận', 'recognition'],
};

const word = (key: string, lang: Lang) => (Object.hasOwn(INPUT_KEYS, key) ? INPUT_KEYS[key]![lang === 'vi' ? 0 : 1] : `"${key}"`);

/** An nth item: `mục thứ 3` / `item 3`. */
export const nth = (index: number, lang: Lang, noun: { vi: string; en: string } = { vi: 'mục', en: 'item' }): string =>
  lang === 'vi' ? `${noun.vi} thứ ${index + 1}` : `${noun.en} ${index + 1}`;

let CODES: ReadonlySet<string> | undefined;
/** A criterion, indicator or condition code of some registered set. */
function registeredCode(code: string): boolean {
  CODES ??= new Set(listCriteriaSets().flatMap((s) => [...s.criteria.flatMap((c) => [c.code, ...c.indicators.map((i) => i.code)]), ...(s.conditions ?? []).map((i) => i.code)]));
  return CODES.has(code);
}

/**
 * A path inside an evaluation input, a funding file or an overlay, in words. `set` names the
 * fields of compound indicators by their labels. The empty path is the whole file.
 */
export function placeWords(path: Path, lang: Lang, set?: CriteriaSet): string {
  if (path.length === 0) return lang === 'vi' ? 'toàn bộ tệp' : 'the whole file';
  const vi = lang === 'vi';
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const prev = path[i - 1];
    // A list's name is said by its item: `dòng vốn thứ 1`, not `các dòng vốn, dòng vốn thứ 1`.
    if ((seg === 'lines' || seg === 'communes') && typeof path[i + 1] === 'number') continue;
    if (typeof seg === 'number') {
      out.push(prev === 'lines' ? nth(seg, lang, { vi: 'dòng vốn', en: 'line' }) : prev === 'communes' ? nth(seg, lang, { vi: 'xã', en: 'commune' }) : nth(seg, lang));
      continue;
    }
    if ((seg === 'indicators' || seg === 'conditions' || seg === 'criteria' || seg === 'thresholds') && i + 1 < path.length && typeof path[i + 1] === 'string') {
      const code = String(path[i + 1]);
      const noun = seg === 'indicators' ? (vi ? 'chỉ tiêu' : 'indicator') : seg === 'conditions' ? (vi ? 'điều kiện' : 'condition') : seg === 'criteria' ? (vi ? 'tiêu chí' : 'criterion') : vi ? 'ngưỡng của chỉ tiêu' : 'threshold of indicator';
      // A numeric code no set holds is the file's own text: quoted, as written (`chỉ tiêu "99.9"`).
      const known = set === undefined || set.criteria.every((c) => c.indicators.length === 0) ? registeredCode(code) : set.criteria.some((c) => c.code === code || c.indicators.some((x) => x.code === code) ) || (set.conditions ?? []).some((x) => x.code === code);
      out.push(known || !/^[\d.]+$/.test(code) ? `${noun} ${code}` : `${noun} "${code}"`);
      const field = path[i + 2];
      if (seg === 'indicators' && typeof field === 'string') {
        const f = set?.criteria.flatMap((c) => c.indicators).find((x) => x.code === code)?.fields?.find((x) => x.key === field);
        out.push(f ? `${vi ? 'thành phần' : 'part'} "${fieldLabel(f, lang)}"` : `${vi ? 'thành phần' : 'part'} "${field}"`);
        i += 2;
      } else i += 1;
      continue;
    }
    if (seg === 'declared' && typeof path[i + 1] === 'string') {
      const key = String(path[i + 1]);
      const name = key === 'total' ? (vi ? 'Tổng cộng' : 'Total') : isFundingSource(key) ? FUNDING_SOURCES[key].label[lang] : `"${key}"`;
      out.push(`${vi ? 'số tổng đã ghi' : 'stated total'} (${name})`);
      i += 1;
      continue;
    }
    out.push(word(seg, lang));
  }
  return out.join(', ');
}
