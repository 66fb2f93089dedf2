// The layout of a plan: the header (issuer, number, date, title) and the numbered sections
// ("I. MỤC TIÊU", "II. NỘI DUNG …", "III. NGUỒN VỐN", "IV. DANH MỤC DỰ ÁN" in any order), and the year a
// heading gives the lines under it ("2. Mục tiêu cụ thể năm 2024"). Headings are found by their words
// and capitals, not only by their numbers: a .docx whose numbering is automatic loses "I." in its text.
import type { PreparedText } from './prepare.js';
import { SECTION_WORDS, type SectionKind } from './vocabulary.js';

export interface LineLayout {
  readonly section: SectionKind;
  /** The line is a heading of a top-level section. */
  readonly top: boolean;
  /** The line is a numbered or short heading inside a section. */
  readonly sub: boolean;
  /** The year the headings above give the line ("năm 2024" in "Mục tiêu cụ thể năm 2024"). */
  readonly year?: number;
}

const ROMAN = /^\s*([IVXL]{1,5})\s*[.):/-]\s*(\S.*)$/u;
const NUMBERED = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*\))\s+\S/u;
/** "năm 2024", not "năm 2021-2025". */
export const YEAR_WORD = /\bnam\s+((?:19|20)\d{2})\b(?!\s*-\s*\d)/g;

function mostlyUpper(s: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of s) {
    if (c.toLowerCase() !== c.toUpperCase()) {
      letters++;
      if (c === c.toUpperCase()) upper++;
    }
  }
  return letters >= 3 && upper / letters >= 0.9;
}

function sectionOf(folded: string): SectionKind | undefined {
  for (const s of SECTION_WORDS) if (s.words.some((w) => folded.includes(w))) return s.kind;
  return undefined;
}

/** The last point year ("năm 2024") written in a folded string. */
export function lastYear(folded: string): number | undefined {
  let year: number | undefined;
  for (const m of folded.matchAll(YEAR_WORD)) year = Number(m[1]);
  return year;
}

export function layout(p: PreparedText): LineLayout[] {
  const out: LineLayout[] = [];
  let section: SectionKind = 'header';
  let topYear: number | undefined;
  let year: number | undefined;
  for (const line of p.lines) {
    const raw = p.text.slice(line.start, line.end).trim();
    const folded = p.folded.slice(line.start, line.end).trim();
    const roman = ROMAN.exec(raw);
    const kind = sectionOf(folded);
    const top =
      raw.length > 0 &&
      raw.length < 200 &&
      ((roman !== null && mostlyUpper(roman[2]!)) || (kind !== undefined && mostlyUpper(raw) && !/\d{3}/.test(raw)));
    if (top) {
      section = kind ?? 'other';
      topYear = lastYear(folded);
      year = topYear;
      out.push({ section, top: true, sub: false, ...(year !== undefined ? { year } : {}) });
      continue;
    }
    // A numbered line, or a short line with no sentence punctuation and no figure: a heading inside the section.
    const sub =
      section !== 'header' &&
      raw.length > 0 &&
      (NUMBERED.test(raw) || (raw.length < 100 && !/[.;:,]$/.test(raw) && !/\d+\s*(?:\/\s*\d+\s*)?(?:xa|huyen|thon|ban|tieu chi|du an|trieu|ty|%)/.test(folded)));
    if (sub) year = lastYear(folded) ?? topYear;
    out.push({ section, top: false, sub, ...(year !== undefined ? { year } : {}) });
  }
  return out;
}
