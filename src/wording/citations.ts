// Where a value comes from, in words: the instrument it was read from (a citation whose source
// names another instrument, such as QĐ 1491/QĐ-BGDĐT for the thresholds of indicators 5 and 14.1
// of QĐ 318, shows that one first), its place (annex, article, item) and the sites it was read via.
import { INSTRUMENTS } from '../legal/instruments.js';
import type { Citation, Provenance } from '../legal/citation.js';
import { provenanceWords, type Lang } from './terms.js';

const BY_ID = INSTRUMENTS as Readonly<Record<string, { readonly short: string } | undefined>>;
const SHORTS: readonly { readonly id: string; readonly short: string }[] = Object.values(INSTRUMENTS).map((i) => ({ id: i.id, short: i.short }));

/** The short name of an instrument id (`QĐ 318/QĐ-TTg`); a free name (a province's decision) as written. */
export function instrumentWords(instrument: string): string {
  return BY_ID[instrument]?.short ?? instrument;
}

/**
 * The instrument a citation's value was read from when its `source` opens with another
 * instrument's short name ("QĐ 1491/QĐ-BGDĐT (06/06/2022) as summarised at …"); `undefined`
 * when the source is the cited instrument itself, a site or a document.
 */
export function readFromInstrument(c: Citation): string | undefined {
  const source = c.source?.trimStart();
  if (source === undefined) return undefined;
  const hit = SHORTS.find((i) => source.startsWith(i.short));
  return hit !== undefined && hit.id !== c.instrument ? hit.short : undefined;
}

// Hosts of web sources: a domain with a known top-level name (so a file name such as
// "tieu-chi.jpg" is not taken for one), or an IP address with its port.
const HOST = /(?:https?:\/\/)?\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info)|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?)(?![a-z0-9-])/gi;

/** The sites a citation's source names, in order, each once (`chatluongvacuocsong.vn`, `lawnet.vn`). */
export function sourceSites(c: Citation): string[] {
  const out: string[] = [];
  for (const m of (c.source ?? '').matchAll(HOST)) {
    const host = m[1]!.toLowerCase();
    if (!out.includes(host)) out.push(host);
  }
  return out;
}

/** The place inside the instrument: `Phụ lục I, mục 14.1` / `Phụ lục I, item 14.1`. */
function placeWords(c: Citation, lang: Lang): string {
  const parts: string[] = [];
  if (c.annex) parts.push(c.annex);
  if (c.article) parts.push(c.article);
  // An item as the text numbers it (`14.1`, `II`); a condition's own name (`smart-village`) is no place in the text.
  if (c.item && /^[0-9IVX]+(?:\.[0-9]+)*$/.test(c.item)) parts.push(lang === 'vi' ? `mục ${c.item}` : `item ${c.item}`);
  return parts.join(', ');
}

/**
 * A citation as one line: `QĐ 318/QĐ-TTg, Phụ lục I, mục 1.1`, or, when the value was read from
 * another instrument, `QĐ 1491/QĐ-BGDĐT (đối với QĐ 318/QĐ-TTg, Phụ lục I, mục 5)`.
 */
export function citationWords(c: Citation, lang: Lang): string {
  const own = [instrumentWords(c.instrument), placeWords(c, lang)].filter((s) => s !== '').join(', ');
  const other = readFromInstrument(c);
  if (other === undefined) return own;
  return `${other} (${lang === 'vi' ? 'đối với' : 'for'} ${own})`;
}

/**
 * A citation with how it is known and the sites it was read via:
 * `QĐ 1491/QĐ-BGDĐT (đối với …); nguồn thứ cấp, đọc qua chatluongvacuocsong.vn, lawnet.vn`.
 */
export function sourceWords(c: Citation, lang: Lang, provenance?: Provenance): string {
  const sites = sourceSites(c);
  const via = sites.length > 0 ? `${lang === 'vi' ? 'đọc qua' : 'read via'} ${sites.join(', ')}` : '';
  const how = [provenance !== undefined ? provenanceWords(provenance, lang) : '', via].filter((s) => s !== '').join(', ');
  return how === '' ? citationWords(c, lang) : `${citationWords(c, lang)}; ${how}`;
}
