// The header cells above a threshold table (instrument, dates, provenance, set) and the overlay fields made from them.
import { toIsoDay, viDate } from '../../_lib/dates.js';
import type { LocalizedText } from '../../_lib/text.js';
import { isCriteriaSetKind } from '../../engine/set-kinds.js';
import type { CriteriaSet, CriteriaSetKind, ThresholdOverlay } from '../../engine/types/index.js';
import { isNtmError, type NtmIssueParam } from '../../errors.js';
import type { Citation } from '../../legal/citation.js';
import { getCriteriaSet, listCriteriaSets } from '../../sets/registry.js';
import { cellText, isEmpty, letters, placeOf, type RawRow } from '../tables/cells.js';
import { quote, tableIssue } from '../tables/issues.js';
import type { TableIssue, TablePlace } from '../tables/types.js';
import { readText } from '../tables/values.js';
import { fold } from '../tables/words.js';
import { metaKeyOf, readProvenance, type MetaKey } from './layout.js';
import type { Settings } from './settings.js';

export const sheetOnly = (sheet: string | undefined): TablePlace => (sheet !== undefined ? { sheet } : {});

export function placeParams(at: TablePlace | undefined): Record<string, string> {
  return at === undefined ? {} : { ...(at.sheet !== undefined ? { sheet: at.sheet } : {}), ...(at.cell !== undefined ? { cell: at.cell } : {}) };
}

// --- Header cells above the table ------------------------------------------------------------

export interface Meta {
  readonly values: Map<MetaKey, string>;
  /** Where each field's value is (its value cell). */
  readonly places: Map<MetaKey, TablePlace>;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A day written as YYYY-MM-DD or dd/mm/yyyy (as Vietnamese documents write it); undefined when it does not exist. */
function readDay(text: string): string | undefined {
  const m = DMY.exec(text.trim());
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim();
  return toIsoDay(iso);
}

export function readMeta(rows: readonly RawRow[], sheet: string | undefined, issues: TableIssue[]): Meta {
  const values = new Map<MetaKey, string>();
  const places = new Map<MetaKey, TablePlace>();
  for (const r of rows) {
    const k = r.cells.findIndex((c) => !isEmpty(c));
    if (k < 0) continue;
    const label = cellText(r.cells[k]);
    const key = metaKeyOf(label);
    const valueCell = r.cells[k + 1];
    const at = placeOf(sheet, r, k + 2, label);
    if (key === undefined) {
      if (!isEmpty(valueCell)) issues.push(tableIssue(placeOf(sheet, r, k + 1, label), 'unknown-field', { vi: `ô tiêu đề ${quote(label)} không phải mục nào của bảng ngưỡng (số hiệu văn bản, ngày ban hành, cơ quan ban hành, nguồn gốc…): sửa tên mục hoặc xóa dòng`, en: `${quote(label)} is not a field of the threshold table (instrument number, date of issue, issued by, provenance…): correct the label or delete the row` }, { label, cell: `${letters(k + 1)}${r.row}`, ...sheetParam(sheet) }));
      continue;
    }
    if (places.has(key)) {
      issues.push(tableIssue(placeOf(sheet, r, k + 1, label), 'duplicate-field', { vi: `mục ${quote(label)} ghi hai lần (lần đầu ở ô ${places.get(key)!.cell})`, en: `the field ${quote(label)} is given twice (first in cell ${places.get(key)!.cell})` }, { label, cell: `${letters(k + 1)}${r.row}`, ...sheetParam(sheet) }));
      continue;
    }
    places.set(key, at);
    const v = readText(valueCell);
    if ('code' in v) {
      issues.push(tableIssue(at, v.code, v.text, { ...(v.params ?? {}), cell: at.cell!, ...sheetParam(sheet) }));
      continue;
    }
    if (!('value' in v)) continue;
    const text = String(v.value).normalize('NFC').trim();
    if (text.length > 500) {
      issues.push(tableIssue(at, 'too-long', { vi: `mục ${quote(label)} dài quá 500 ký tự`, en: `the field ${quote(label)} is longer than 500 characters` }, { cell: at.cell!, ...sheetParam(sheet) }));
      continue;
    }
    values.set(key, text);
  }
  return { values, places };
}

export const sheetParam = (sheet: string | undefined): Record<string, string> => (sheet !== undefined ? { sheet } : {});

export function metaIssue(meta: Meta, key: MetaKey, sheet: string | undefined, code: string, text: LocalizedText, params: Record<string, NtmIssueParam> = {}): TableIssue {
  const at = meta.places.get(key) ?? sheetOnly(sheet);
  return tableIssue(at, code, text, { ...params, ...placeParams(at) });
}

/** The set the codes are read against: the option, the version on `asOf`, the version the header names, else the newest. */
export function chooseSet(s: Settings, meta: Meta, sheet: string | undefined, issues: TableIssue[]): CriteriaSet | undefined {
  const written = meta.values.get('setKind');
  let kind = s.set?.kind ?? s.setKind;
  if (written !== undefined) {
    if (!isCriteriaSetKind(written)) {
      issues.push(metaIssue(meta, 'setKind', sheet, 'unknown-kind', { vi: `loại bộ tiêu chí ${quote(written)} không có (ví dụ "commune")`, en: `unknown set kind ${quote(written)} (e.g. "commune")` }, { text: written }));
      return undefined;
    }
    if (kind !== undefined && kind !== written) {
      issues.push(metaIssue(meta, 'setKind', sheet, 'set-kind-mismatch', { vi: `bảng ghi loại bộ tiêu chí "${written}" nhưng đang đọc cho loại "${kind}"`, en: `the table is for the set kind "${written}" but is read for "${kind}"` }, { text: written, expected: kind }));
      return undefined;
    }
    kind = written;
  }
  if (kind === undefined) {
    issues.push(tableIssue(sheetOnly(sheet), 'set-kind-required', { vi: 'không biết bảng dành cho loại bộ tiêu chí nào: truyền tùy chọn setKind (ví dụ "commune") hoặc ghi mục "Loại bộ tiêu chí"', en: 'the set kind is not known: pass the setKind option (e.g. "commune") or fill the "Set kind" field' }));
    return undefined;
  }
  if (s.set) return s.set;
  try {
    if (s.asOf !== undefined) return getCriteriaSet(kind, { asOf: s.asOf });
    const id = meta.values.get('set');
    if (id !== undefined) {
      const found = listCriteriaSets(kind).find((v) => v.id === id);
      if (found) return found;
      issues.push(metaIssue(meta, 'set', sheet, 'unknown-set', { vi: `không có bộ tiêu chí ${quote(id)} loại "${kind}"; có: ${listCriteriaSets(kind).map((v) => v.id).join(', ')}`, en: `no criteria set ${quote(id)} of kind "${kind}"; the versions are ${listCriteriaSets(kind).map((v) => v.id).join(', ')}` }, { text: id }));
      return undefined;
    }
    return getCriteriaSet(kind);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) issues.push(tableIssue(sheetOnly(sheet), i.code, i.text, i.params));
    return undefined;
  }
}

/** What reading the overlay's fields needs: the options, the header cells, the sheet and where issues go. */
interface FieldReading {
  readonly s: Settings;
  readonly meta: Meta;
  readonly sheet: string | undefined;
  readonly issues: TableIssue[];
}

/** A field written in the table and given as an option, differently. */
function conflict({ meta, sheet, issues }: FieldReading, key: MetaKey, option: string, written: string, given: string): void {
  issues.push(metaIssue(meta, key, sheet, 'conflicting-value', {
    vi: `bảng ghi ${quote(written)} nhưng tùy chọn ${option} là ${quote(given)}: bỏ một trong hai`,
    en: `the table says ${quote(written)} but the option ${option} says ${quote(given)}: drop one of them`,
  }, { text: written, option }));
}

/** The provenance: written in the table or given as an option (never both, differently), and required. */
function provenanceOf(r: FieldReading): ThresholdOverlay['provenance'] | undefined {
  const { s, meta, sheet, issues } = r;
  let provenance = s.provenance;
  const pw = meta.values.get('provenance');
  if (pw !== undefined) {
    const p = readProvenance(pw);
    if (p === undefined) issues.push(metaIssue(meta, 'provenance', sheet, 'expected-provenance', { vi: `nguồn gốc ghi ${quote(pw)}: ghi "văn bản gốc" (chép từ chính quyết định) hoặc "nguồn thứ cấp" (bản sao, bản tóm tắt)`, en: `provenance ${quote(pw)}: write "confirmed" (copied from the decision itself) or "secondary" (a copy or a summary)` }, { text: pw }));
    else if (provenance !== undefined && provenance !== p) conflict(r, 'provenance', 'provenance', pw, provenance);
    else provenance = p;
  }
  if (provenance === undefined && pw === undefined) {
    issues.push(metaIssue(meta, 'provenance', sheet, 'missing-provenance', { vi: 'thiếu nguồn gốc: ghi mục "Nguồn gốc" là "văn bản gốc" hoặc "nguồn thứ cấp" (hoặc tùy chọn provenance)', en: 'no provenance: fill the "Provenance" field with "confirmed" or "secondary" (or pass the provenance option)' }));
  }
  return provenance;
}

type Days = Partial<Record<'date' | 'validFrom' | 'validUntil', string>>;

/** The date of issue and the validity, each a day that exists, the validity not ending before it starts. */
function daysOf({ meta, sheet, issues }: FieldReading): Days {
  const days: Days = {};
  for (const key of ['date', 'validFrom', 'validUntil'] as const) {
    const text = meta.values.get(key);
    if (text === undefined) continue;
    const day = readDay(text);
    if (day === undefined) issues.push(metaIssue(meta, key, sheet, 'expected-date', { vi: `${quote(text)} không phải một ngày có thật: ghi dd/mm/yyyy, ví dụ 15/09/2022`, en: `${quote(text)} is not an existing day: write dd/mm/yyyy or YYYY-MM-DD` }, { text }));
    else days[key] = day;
  }
  if (days.validFrom !== undefined && days.validUntil !== undefined && days.validUntil < days.validFrom) {
    issues.push(metaIssue(meta, 'validUntil', sheet, 'ends-before-start', { vi: `ngày kết thúc (${viDate(days.validUntil)}) trước ngày bắt đầu (${viDate(days.validFrom)})`, en: `ends (${days.validUntil}) before it starts (${days.validFrom})` }));
  }
  return days;
}

/** The instrument: "QĐ 1285/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Lai Châu", from the table's fields or the citation option. */
function citationOf(r: FieldReading, days: Days): Citation | undefined {
  const { s, meta, sheet, issues } = r;
  const v = (k: MetaKey) => meta.values.get(k);
  const number = v('number');
  const issuer = v('issuer');
  const annex = v('annex');
  let citation: Citation | undefined;
  if (number !== undefined) {
    const instrument = `${number}${days.date !== undefined ? ` ngày ${viDate(days.date)}` : ''}${issuer !== undefined ? ` của ${issuer}` : ''}`;
    citation = { instrument, ...(annex !== undefined ? { annex } : {}) };
    if (s.citation !== undefined && (s.citation.instrument !== instrument || (s.citation.annex ?? undefined) !== (annex ?? undefined))) conflict(r, 'number', 'citation', instrument, s.citation.instrument);
  } else if (v('date') !== undefined || issuer !== undefined || annex !== undefined) {
    issues.push(metaIssue(meta, 'number', sheet, 'missing-instrument', { vi: 'thiếu số hiệu văn bản: ghi mục "Số hiệu văn bản" (ví dụ QĐ 1285/QĐ-UBND)', en: 'no instrument number: fill the "Instrument number" field (e.g. QĐ 1285/QĐ-UBND)' }));
  } else citation = s.citation;
  if (citation === undefined && number === undefined && issues.every((i) => i.code !== 'missing-instrument')) {
    issues.push(metaIssue(meta, 'number', sheet, 'missing-instrument', { vi: 'thiếu văn bản: ghi mục "Số hiệu văn bản", "Ngày ban hành", "Cơ quan ban hành" (hoặc tùy chọn citation)', en: 'no instrument: fill the "Instrument number", "Date of issue" and "Issued by" fields (or pass the citation option)' }));
  }
  return citation;
}

/** The title or id: written in the table or given as an option (never both, differently). */
function textField(r: FieldReading, key: 'title' | 'id'): string | undefined {
  const written = r.meta.values.get(key);
  if (written !== undefined && r.s[key] !== undefined && written !== r.s[key]) {
    conflict(r, key, key, written, r.s[key]!);
    return undefined;
  }
  return written ?? r.s[key];
}

/** The overlay's id, title, citation, provenance and dates, from the header cells and options. */
export function overlayFields(s: Settings, meta: Meta, set: CriteriaSet, sheet: string | undefined, issues: TableIssue[]): Omit<ThresholdOverlay, 'thresholds'> | undefined {
  const r: FieldReading = { s, meta, sheet, issues };
  const before = issues.length;
  const provenance = provenanceOf(r);
  const days = daysOf(r);
  const citation = citationOf(r, days);
  const title = textField(r, 'title') ?? (citation ? `Bảng ngưỡng theo ${citation.instrument}` : undefined);
  const id = textField(r, 'id') ?? (citation ? idOf(set.kind, citation.instrument) : undefined);
  const province = meta.values.get('province');
  if (issues.length > before || citation === undefined || provenance === undefined || title === undefined || id === undefined) return undefined;
  return {
    id,
    title,
    setKind: set.kind,
    ...(province !== undefined ? { province } : {}),
    citation,
    provenance,
    ...(days.validFrom !== undefined ? { validFrom: days.validFrom } : {}),
    ...(days.validUntil !== undefined ? { validUntil: days.validUntil } : {}),
  };
}

/** An id made from the instrument: `commune:qd-1285-qd-ubnd-ngay-15-09-2022-…`. */
function idOf(kind: CriteriaSetKind, instrument: string): string {
  const slug = fold(instrument).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
  return `${kind}:${slug || 'table'}`;
}

