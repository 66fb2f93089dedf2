// The header of a plan: issuer, number, date, title, and from the title the province and the plan's year.
//   ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU / Số: …/KH-UBND / Lai Châu, ngày … tháng … năm 2024
//   KẾ HOẠCH / Thực hiện Chương trình … xây dựng nông thôn mới tỉnh Lai Châu năm 2024
import { toIsoDay } from '../../_lib/dates.js';
import type { Figure, Span } from './figures.js';
import { lastYear, type LineLayout } from './layout.js';
import { foldText, type PreparedText, type TextLine } from './prepare.js';
import { MUNICIPALITIES } from './vocabulary.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[ -]\p{Lu}[\p{L}\p{M}]*){0,3}`;
const PROVINCE = new RegExp(String.raw`(?<![\p{L}])(?:tỉnh|Tỉnh|TỈNH)\s+(${NAME})`, 'gu');
const CITY = new RegExp(String.raw`(?<![\p{L}])(?:thành phố|Thành phố|THÀNH PHỐ)\s+(${NAME})`, 'gu');
const ISSUER = new RegExp(String.raw`(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(tỉnh|TỈNH|thành phố|THÀNH PHỐ)\s+(${NAME})(?=\s+ban hành)`, 'u');

export interface HeaderResult {
  readonly figures: Figure[];
  readonly year?: number;
  readonly province?: string;
  /** Province and year statements that disagree (title against issuer). */
  readonly conflicts: { readonly what: 'province' | 'year'; readonly spans: readonly Span[]; readonly values: readonly (string | number)[] }[];
}

/** "LAI CHÂU" → "Lai Châu". */
function titleCase(s: string): string {
  return s
    .split(/([ -])/)
    .map((w) => (w === ' ' || w === '-' ? w : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi')))
    .join('');
}

function isUpper(s: string): boolean {
  return s === s.toLocaleUpperCase('vi');
}

interface Named {
  readonly name: string;
  readonly span: Span;
  readonly key: string;
}

function provincesIn(p: PreparedText, from: number, to: number): Named[] {
  const out: Named[] = [];
  const s = p.text.slice(from, to);
  for (const m of s.matchAll(PROVINCE)) {
    const start = from + m.index;
    out.push({ name: m[1]!, span: { start, end: start + m[0].length }, key: foldText(m[1]!) });
  }
  const cities = new Set(MUNICIPALITIES.map(foldText));
  for (const m of s.matchAll(CITY)) {
    if (!cities.has(foldText(m[1]!))) continue;
    const start = from + m.index;
    out.push({ name: m[1]!, span: { start, end: start + m[0].length }, key: foldText(m[1]!) });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The name as best written: a mixed-case occurrence when there is one. */
function bestName(key: string, all: readonly Named[]): string {
  const mixed = all.find((n) => n.key === key && !isUpper(n.name));
  return mixed ? mixed.name : titleCase(all.find((n) => n.key === key)!.name);
}

interface Title {
  readonly value: string;
  readonly span: Span;
  readonly year?: number;
}

export function readHeader(p: PreparedText, lines: readonly LineLayout[]): HeaderResult {
  const figures: Figure[] = [];
  const conflicts: HeaderResult['conflicts'][number][] = [];
  const headerLines = p.lines.filter((_, i) => lines[i]!.section === 'header');
  const headerEnd = headerLines.length > 0 ? headerLines[headerLines.length - 1]!.end : 0;
  const bodyStart = Math.min(p.text.length, headerEnd + 1);
  const title = titleUnderHeading(p, headerLines) ?? titleInSentence(p, bodyStart);
  if (title) figures.push({ kind: 'title', value: title.value, span: title.span });
  const year = title?.year;
  if (year !== undefined) figures.push({ kind: 'year', value: year, span: title!.span });

  // The province: the title's, else the issuer's, else the header's; one name, or a conflict.
  const scanEnd = Math.min(p.text.length, bodyStart + 3000);
  const all = provincesIn(p, 0, scanEnd);
  const inTitle = title ? all.filter((n) => n.span.start >= title.span.start && n.span.end <= title.span.end) : [];
  const inHeader = all.filter((n) => n.span.end <= headerEnd);
  const chosen = inTitle[0] ?? inHeader[0] ?? all[0];
  let province: string | undefined;
  if (chosen) {
    province = bestName(chosen.key, all);
    figures.push({ kind: 'province', value: province, span: chosen.span });
    const others = [...inTitle, ...inHeader].filter((n) => n.key !== chosen.key);
    if (others.length > 0) conflicts.push({ what: 'province', spans: [chosen.span, others[0]!.span], values: [province, bestName(others[0]!.key, all)] });
  }
  const issuer = issuerOf(p, headerLines, scanEnd, inHeader, all);
  if (issuer) figures.push(issuer);
  figures.push(...documentFigures(p, headerLines));

  // The year again in "ban hành Kế hoạch … năm YYYY": a different year is a conflict.
  if (year !== undefined) {
    const m = /ban hanh ke hoach\b[^.;\n]{0,300}?\bnam\s+((?:19|20)\d{2})\b(?!\s*-\s*\d)/.exec(p.folded.slice(0, scanEnd));
    if (m && Number(m[1]) !== year) {
      conflicts.push({ what: 'year', spans: [title!.span, { start: m.index, end: m.index + m[0].length }], values: [year, Number(m[1])] });
    }
  }
  return { figures, conflicts, ...(year !== undefined ? { year } : {}), ...(province !== undefined ? { province } : {}) };
}

/** The title: "KẾ HOẠCH" and the lines under it, up to "Căn cứ …". */
function titleUnderHeading(p: PreparedText, headerLines: readonly TextLine[]): Title | undefined {
  const titleIndex = headerLines.findIndex((l) => /^ke hoach\s*$/.test(p.folded.slice(l.start, l.end).trim()));
  if (titleIndex === -1) return undefined;
  const parts: { start: number; end: number }[] = [];
  for (const l of headerLines.slice(titleIndex + 1, titleIndex + 6)) {
    const f = p.folded.slice(l.start, l.end).trim();
    if (f === '') continue;
    if (/^(can cu|so\s*:|\(|-)/.test(f)) break;
    parts.push(l);
    if (/\bnam\s+\d{4}\s*$/.test(f)) break;
  }
  if (parts.length === 0) return undefined;
  const head = headerLines[titleIndex]!;
  const last = parts[parts.length - 1]!;
  const rest = parts.map((l) => p.text.slice(l.start, l.end).trim()).join(' ').replace(/\s+/g, ' ');
  const start = head.start + (p.text.slice(head.start, head.end).length - p.text.slice(head.start, head.end).trimStart().length);
  const end = last.start + p.text.slice(last.start, last.end).trimEnd().length;
  const value = `Kế hoạch ${rest.charAt(0).toLocaleLowerCase('vi')}${rest.slice(1)}`;
  const year = lastYear(p.folded.slice(start, end));
  return { value, span: { start, end }, ...(year !== undefined ? { year } : {}) };
}

/** Without a "KẾ HOẠCH" heading: "… ban hành Kế hoạch thực hiện … năm 2024" near the top. */
function titleInSentence(p: PreparedText, bodyStart: number): Title | undefined {
  const scanEnd = Math.min(p.text.length, bodyStart + 2000);
  const m = /\bke hoach\b[^.;\n]{0,300}?\bnam\s+((?:19|20)\d{2})\b(?!\s*-\s*\d)/.exec(p.folded.slice(0, scanEnd));
  if (!m) return undefined;
  const span = { start: m.index, end: m.index + m[0].length };
  return { value: p.text.slice(span.start, span.end).replace(/\s+/g, ' '), span, year: Number(m[1]) };
}

/** Issuer: "UBND tỉnh Lai Châu ban hành …" as written, else the header's "ỦY BAN NHÂN DÂN / TỈNH …". */
function issuerOf(p: PreparedText, headerLines: readonly TextLine[], scanEnd: number, inHeader: readonly Named[], all: readonly Named[]): Figure | undefined {
  const issuer = ISSUER.exec(p.text.slice(0, scanEnd));
  if (issuer) {
    const body = issuer[1] === 'UBND' ? 'UBND' : 'Ủy ban nhân dân';
    const level = foldText(issuer[2]!) === 'tinh' ? 'tỉnh' : 'thành phố';
    const name = isUpper(issuer[3]!) ? titleCase(issuer[3]!) : issuer[3]!;
    return { kind: 'issuer', value: `${body} ${level} ${name}`, span: { start: issuer.index, end: issuer.index + issuer[0].length } };
  }
  const ub = headerLines.findIndex((l) => /^u[yỷ]? ?ban nhan dan\s*$/.test(p.folded.slice(l.start, l.end).trim()));
  const next = ub === -1 ? undefined : headerLines.slice(ub + 1, ub + 4).find((l) => p.folded.slice(l.start, l.end).trim() !== '');
  const named = next ? inHeader.find((n) => n.span.start >= next.start && n.span.end <= next.end) : undefined;
  if (!named) return undefined;
  const start = headerLines[ub]!.start;
  return { kind: 'issuer', value: `Ủy ban nhân dân tỉnh ${bestName(named.key, all)}`, span: { start: start + (p.text.slice(start).length - p.text.slice(start).trimStart().length), end: named.span.end } };
}

/** "Số: 123/KH-UBND" (blank before the slash in a draft), "ngày 15 tháng 01 năm 2024", "DỰ THẢO". */
function documentFigures(p: PreparedText, headerLines: readonly TextLine[]): Figure[] {
  const figures: Figure[] = [];
  for (const l of headerLines) {
    const raw = p.text.slice(l.start, l.end);
    const f = p.folded.slice(l.start, l.end);
    const so = /^\s*so\s*:\s*(.*?)\s*$/.exec(f);
    if (so) {
      const offset = l.start + so.index + so[0].indexOf(so[1]!, so[0].indexOf(':'));
      const value = raw.slice(offset - l.start, offset - l.start + so[1]!.length);
      const span = { start: l.start + raw.length - raw.trimStart().length, end: l.start + raw.trimEnd().length };
      if (/^\d+\s*\/\s*\S+/.test(value)) figures.push({ kind: 'document-number', value: value.replace(/\s+/g, ''), span });
      else if (/^\/\s*\S+/.test(value)) figures.push({ kind: 'document-status', value: 'draft', span });
    }
    const date = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(f);
    if (date) {
      const iso = toIsoDay(`${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`);
      if (iso) figures.push({ kind: 'document-date', value: iso, span: { start: l.start + date.index, end: l.start + date.index + date[0].length } });
    }
    const draft = /\bdu thao\b/.exec(f);
    if (draft && isUpper(raw.slice(draft.index, draft.index + 7))) figures.push({ kind: 'document-status', value: 'draft', span: { start: l.start + draft.index, end: l.start + draft.index + 7 } });
  }
  return figures;
}
