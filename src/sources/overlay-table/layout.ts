// The words of a threshold table, in Vietnamese and English: the header fields above the table
// (the instrument, its date and issuer, provenance…), the fixed columns and the threshold column
// headers. The template writes the first form of each; the reader accepts every form listed,
// compared folded (no case, no diacritics).
import type { Lang } from '../../_lib/numbers.js';
import type { LocalizedText } from '../../_lib/text.js';
import { COMMUNE_GROUP_COLUMNS, type CommuneGroupColumn } from '../../columns/commune-groups.js';
import { parseRegion, REGION_NAMES } from '../../columns/regions.js';
import { fold } from '../tables/words.js';
import type { ValueColumn } from './model.js';

/** A header field above the table. */
export type MetaKey = 'title' | 'setKind' | 'set' | 'number' | 'date' | 'issuer' | 'annex' | 'provenance' | 'province' | 'validFrom' | 'validUntil' | 'id';

interface MetaField {
  readonly key: MetaKey;
  readonly label: LocalizedText;
  readonly hint: LocalizedText;
  readonly aliases: readonly string[];
}

/** The header fields in the order the template writes them. */
export const META_FIELDS: readonly MetaField[] = [
  { key: 'title', label: { vi: 'Tên bảng', en: 'Title' }, hint: { vi: 'ví dụ: Ngưỡng bộ tiêu chí xã nông thôn mới của tỉnh …', en: 'e.g. New-rural commune thresholds of … province' }, aliases: ['ten bang', 'tieu de', 'title'] },
  { key: 'setKind', label: { vi: 'Loại bộ tiêu chí', en: 'Set kind' }, hint: { vi: 'không sửa', en: 'do not change' }, aliases: ['loai bo tieu chi', 'set kind', 'setkind', 'kind'] },
  { key: 'set', label: { vi: 'Bộ tiêu chí (phiên bản)', en: 'Criteria set (version)' }, hint: { vi: 'không sửa', en: 'do not change' }, aliases: ['bo tieu chi (phien ban)', 'bo tieu chi', 'phien ban', 'criteria set (version)', 'criteria set', 'set'] },
  { key: 'number', label: { vi: 'Số hiệu văn bản', en: 'Instrument number' }, hint: { vi: 'bắt buộc; ví dụ: QĐ 1285/QĐ-UBND', en: 'required; e.g. QĐ 1285/QĐ-UBND' }, aliases: ['so hieu van ban', 'so van ban', 'so hieu', 'van ban', 'instrument number', 'instrument'] },
  { key: 'date', label: { vi: 'Ngày ban hành', en: 'Date of issue' }, hint: { vi: 'dạng dd/mm/yyyy, ví dụ 15/09/2022', en: 'as dd/mm/yyyy or YYYY-MM-DD' }, aliases: ['ngay ban hanh', 'ngay van ban', 'date of issue', 'date', 'issued on'] },
  { key: 'issuer', label: { vi: 'Cơ quan ban hành', en: 'Issued by' }, hint: { vi: 'ví dụ: UBND tỉnh Lai Châu', en: 'e.g. UBND tỉnh Lai Châu' }, aliases: ['co quan ban hanh', 'noi ban hanh', 'issued by', 'issuer'] },
  { key: 'annex', label: { vi: 'Phụ lục', en: 'Annex' }, hint: { vi: 'phụ lục có bảng ngưỡng, nếu có', en: 'the annex holding the table, if any' }, aliases: ['phu luc', 'annex'] },
  { key: 'provenance', label: { vi: 'Nguồn gốc', en: 'Provenance' }, hint: { vi: 'bắt buộc: "văn bản gốc" nếu chép từ chính văn bản quyết định; "nguồn thứ cấp" nếu từ bản sao, bản tóm tắt, báo chí', en: 'required: "confirmed" when copied from the decision itself; "secondary" when from a copy, a summary or the press' }, aliases: ['nguon goc', 'muc do tin cay', 'provenance'] },
  { key: 'province', label: { vi: 'Tỉnh', en: 'Province' }, hint: { vi: 'tỉnh ban hành, nếu là văn bản của tỉnh', en: 'the province, for a provincial decision' }, aliases: ['tinh', 'ten tinh', 'province'] },
  { key: 'validFrom', label: { vi: 'Áp dụng từ ngày', en: 'Valid from' }, hint: { vi: 'để trống: áp dụng theo hiệu lực của bộ tiêu chí', en: 'blank: as long as the criteria set is in force' }, aliases: ['ap dung tu ngay', 'hieu luc tu ngay', 'valid from'] },
  { key: 'validUntil', label: { vi: 'Áp dụng đến ngày', en: 'Valid until' }, hint: { vi: 'để trống nếu không có ngày kết thúc', en: 'blank when open-ended' }, aliases: ['ap dung den ngay', 'hieu luc den ngay', 'valid until'] },
  { key: 'id', label: { vi: 'Mã bảng', en: 'Table id' }, hint: { vi: 'để trống: tạo từ số hiệu văn bản', en: 'blank: made from the instrument number' }, aliases: ['ma bang', 'table id', 'id'] },
];

const META_BY_ALIAS = new Map<string, MetaKey>(META_FIELDS.flatMap((f) => f.aliases.map((a) => [a, f.key] as const)));

/** The header field a label names (`Số hiệu văn bản:`), or undefined. */
export function metaKeyOf(label: string): MetaKey | undefined {
  return META_BY_ALIAS.get(fold(label).replace(/\s*:$/, ''));
}

/** A fixed column of the table. */
export type FixedColumn = 'code' | 'name' | 'nameEn' | 'unit' | 'comparison' | 'year' | 'notes' | 'number';

export const FIXED_HEADERS: Readonly<Record<FixedColumn, LocalizedText>> = {
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Chỉ tiêu', en: 'Indicator (Vietnamese)' },
  nameEn: { vi: 'Chỉ tiêu (tiếng Anh)', en: 'Indicator (English)' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  comparison: { vi: 'So sánh', en: 'Comparison' },
  year: { vi: 'Năm', en: 'Year' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  number: { vi: 'STT', en: 'No.' },
};

const FIXED_BY_ALIAS = new Map<string, FixedColumn>([
  ...(['ma', 'ma chi tieu', 'ma so', 'code', 'indicator code'] as const).map((a) => [a, 'code'] as const),
  ...(['chi tieu', 'ten chi tieu', 'noi dung', 'noi dung tieu chi', 'indicator', 'indicator (vietnamese)', 'name'] as const).map((a) => [a, 'name'] as const),
  ...(['chi tieu (tieng anh)', 'indicator (english)', 'name (english)'] as const).map((a) => [a, 'nameEn'] as const),
  ...(['don vi', 'don vi tinh', 'dvt', 'unit'] as const).map((a) => [a, 'unit'] as const),
  ...(['so sanh', 'cach so sanh', 'comparison'] as const).map((a) => [a, 'comparison'] as const),
  ...(['nam', 'nam danh gia', 'year'] as const).map((a) => [a, 'year'] as const),
  ...(['ghi chu', 'notes', 'note'] as const).map((a) => [a, 'notes'] as const),
  ...(['stt', 'tt', 'so thu tu', 'no.', 'no'] as const).map((a) => [a, 'number'] as const),
]);

const ALL_ALIASES = new Set(['chung', 'all', 'tat ca', 'moi vung', 'ca nuoc', 'toan quoc', 'chung (moi vung)', 'chung cho moi vung', 'chung cho moi nhom']);

const GROUP = /^(?:g|nhom|xa nhom|nhom xa|group|group commune)\s*([123])$/;

/** What a header cell of the table names: a fixed column, a threshold column, or nothing known. */
export function classifyColumn(header: string): { readonly fixed: FixedColumn } | { readonly value: ValueColumn } | undefined {
  const f = fold(header).replace(/\s*:$/, '');
  const fixed = FIXED_BY_ALIAS.get(f);
  if (fixed) return { fixed };
  if (ALL_ALIASES.has(f)) return { value: 'all' };
  const g = GROUP.exec(f);
  if (g) return { value: COMMUNE_GROUP_COLUMNS[Number(g[1]) - 1]! as CommuneGroupColumn };
  const region = parseRegion(header);
  return region ? { value: region } : undefined;
}

/** The header the template writes for a threshold column. */
export function columnHeader(column: ValueColumn, lang: Lang): string {
  if (column === 'all') return lang === 'vi' ? 'Chung' : 'All';
  if (column === 'G1' || column === 'G2' || column === 'G3') return lang === 'vi' ? `Nhóm ${column.slice(1)}` : `Group ${column.slice(1)}`;
  return lang === 'vi' ? REGION_NAMES[column].abbreviation : column;
}

/** Provenance written in a header cell. */
export function readProvenance(text: string): 'confirmed' | 'secondary' | undefined {
  const f = fold(text);
  if (['van ban goc', 'goc', 'confirmed', 'ban goc'].includes(f)) return 'confirmed';
  if (['nguon thu cap', 'thu cap', 'secondary'].includes(f)) return 'secondary';
  return undefined;
}
