// The options of readOverlayTable, checked before anything is read.
import { toIsoDay } from '../../_lib/dates.js';
import { readOptions } from '../../_lib/options.js';
import { isCriteriaSetKind } from '../../engine/set-kinds.js';
import { usableSet } from '../../engine/usable-set.js';
import { invalidInput, issue, type IssueInit } from '../../errors.js';
import type { Citation } from '../../legal/citation.js';
import { fileOptions } from '../tables/options.js';
import type { ReadOverlayTableOptions } from './types.js';

const OPTION_KEYS = ['format', 'sheet', 'numberStyle', 'delimiter', 'setKind', 'asOf', 'set', 'id', 'title', 'citation', 'provenance'] as const;

/** The options, checked. */
export type Settings = ReadOverlayTableOptions;

const isText = (v: unknown, max = 500): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

export function settings(options: unknown): Settings {
  const o = readOptions(options, OPTION_KEYS);
  const issues: IssueInit[] = [];
  const file = fileOptions(o, issues);
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...file };
  if (o.setKind !== undefined) {
    if (isCriteriaSetKind(o.setKind)) out.setKind = o.setKind;
    else issues.push(issue(['options', 'setKind'], 'unknown-kind', { vi: 'loại bộ tiêu chí không có (ví dụ "commune")', en: 'unknown set kind (e.g. "commune")' }));
  }
  if (o.asOf !== undefined) {
    const day = toIsoDay(o.asOf);
    if (day === undefined) issues.push(issue(['options', 'asOf'], 'expected-date', { vi: 'phải là ngày có thật dạng YYYY-MM-DD', en: 'must be an existing day as YYYY-MM-DD' }));
    else out.asOf = day;
  }
  for (const key of ['id', 'title'] as const) {
    if (o[key] === undefined) continue;
    if (isText(o[key])) out[key] = (o[key] as string).normalize('NFC').trim();
    else issues.push(issue(['options', key], 'expected-string', { vi: 'phải là một chuỗi không rỗng (tối đa 500 ký tự)', en: 'must be a non-empty string (at most 500 characters)' }));
  }
  if (o.provenance !== undefined) {
    if (o.provenance === 'confirmed' || o.provenance === 'secondary') out.provenance = o.provenance;
    else issues.push(issue(['options', 'provenance'], 'expected-one-of', { vi: 'phải là "confirmed" (văn bản gốc) hoặc "secondary" (nguồn thứ cấp)', en: 'must be "confirmed" or "secondary"' }, { allowed: ['confirmed', 'secondary'] }));
  }
  if (o.citation !== undefined) {
    const c = o.citation as { instrument?: unknown } | null;
    if (typeof c === 'object' && c !== null && !Array.isArray(c) && isText(c.instrument)) out.citation = c as Citation;
    else issues.push(issue(['options', 'citation'], 'expected-citation', { vi: 'phải là một trích dẫn { instrument: "số hiệu văn bản", … }', en: 'must be a citation { instrument: "…", … }' }));
  }
  if (o.set !== undefined && o.asOf !== undefined) issues.push(issue(['options', 'asOf'], 'not-allowed', { vi: 'không dùng asOf khi đã truyền bộ tiêu chí (set)', en: 'asOf is not used with the set option' }));
  if (issues.length > 0) throw invalidInput('options', issues);
  if (o.set !== undefined) {
    out.set = usableSet(o.set);
    if (out.setKind !== undefined && out.setKind !== out.set.kind) {
      throw invalidInput('options', [issue(['options', 'setKind'], 'set-kind-mismatch', { vi: `loại "${out.setKind}" khác loại của bộ tiêu chí "${out.set.kind}"`, en: `"${out.setKind}" is not the set's kind "${out.set.kind}"` })]);
    }
  }
  return out;
}
