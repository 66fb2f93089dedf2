// Lists of proper names in the text as written (not folded): communes, communes with their districts,
// villages counted by district. A list of communes or villages is read whole or not at all (one item that
// is not a name, "xã thứ nhất", and there is no list); names after a count are read as far as they are names.
import type { PlanCommune } from '../../plans/types.js';
import { readCount, type NumberConvention } from './numbers.js';

const NAME_RE = /^\p{Lu}[\p{Ll}\p{M}'’]*(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]*){0,4}$/u;
const DISTRICT_PREFIX = /^(?:huyện|thị xã|thành phố|TP\.?)\s+/iu;

const cleanName = (s: string) => s.trim().replace(/^(?:các\s+)?(?:xã|thị trấn)\s+/iu, '').trim();

/** The proper names at the start of [start, end) of `text`: "San Thàng, Bản Bo, Phúc Khoa, Pha Mu và …". */
export function leadingNames(text: string, start: number, end: number): { names: string[]; end: number } {
  const out: string[] = [];
  let last = start;
  const s = text.slice(start, end);
  const re = /\s*(?:,|\svà\s|:)?\s*([^,;:()]+?)(?=\s*(?:,|\svà\s|;|$))/gu;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(s)) !== null && m.index === pos && m[0].length > 0) {
    const name = cleanName(m[1]!);
    if (!NAME_RE.test(name)) break;
    out.push(name);
    last = start + m.index + m[0].length;
    pos = m.index + m[0].length;
  }
  return { names: out, end: last };
}

/** Communes with their districts, as a whole list: "Sơn Bình huyện Tam Đường; Khoen On, Tà Mung huyện Than Uyên". */
export function communeList(text: string, start: number, end: number): PlanCommune[] | undefined {
  const out: PlanCommune[] = [];
  for (const group of text.slice(start, end).split(';')) {
    const g = group.trim();
    if (g === '') continue;
    let names = g;
    let district: string | undefined;
    const after = /^(.*?)[\s,]*(?:huyện|thị xã|thành phố|TP\.?)\s+([^,:()]+)$/u.exec(g);
    const before = /^(?:huyện|thị xã|thành phố|TP\.?)\s+([^,:()]+?)\s*[:(]\s*(.*?)\)?$/u.exec(g);
    if (before && NAME_RE.test(before[1]!.trim())) {
      district = before[1]!.trim();
      names = before[2]!;
    } else if (after && NAME_RE.test(after[2]!.trim()) && after[1]!.trim() !== '') {
      district = after[2]!.trim();
      names = after[1]!;
    }
    for (const part of names.split(/\s*,\s*|\s+và\s+/u)) {
      const one = /^(.+?)\s*\(\s*(?:huyện\s+|thị xã\s+|thành phố\s+)?([^()]+?)\s*\)$/u.exec(part.trim());
      const name = cleanName(one ? one[1]! : part);
      const d = one ? one[2]!.trim() : district;
      if (!NAME_RE.test(name) || (d !== undefined && !NAME_RE.test(d))) return undefined;
      out.push(d !== undefined ? { name, district: d } : { name });
    }
  }
  return out.length > 0 ? out : undefined;
}

/** "Tam Đường 20 bản, Than Uyên 20 bản, Mường Tè 5 bản", each count with the offset of its token. */
export function villageList(text: string, start: number, end: number, convention: NumberConvention): { district: string; count: number; tokenStart: number }[] | undefined {
  const out: { district: string; count: number; tokenStart: number }[] = [];
  const s = text.slice(start, end);
  const re = /([^,;:]+?)\s*:?\s*(\d+(?:[.,]\d+)*)\s*(?:thôn,?\s*bản|thôn|bản|ấp|làng)?\s*(?:[,;]|$)/gu;
  let pos = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (s.slice(pos, m.index).trim() !== '') return undefined;
    const district = m[1]!.trim().replace(DISTRICT_PREFIX, '');
    const count = readCount(m[2]!, convention);
    if (!NAME_RE.test(district) || count === undefined) return undefined;
    out.push({ district, count, tokenStart: start + m.index + m[0].indexOf(m[2]!, m[1]!.length) });
    pos = m.index + m[0].length;
  }
  return out.length > 0 && s.slice(pos).trim() === '' ? out : undefined;
}
