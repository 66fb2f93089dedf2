// Threshold columns in words: a region by its name and the abbreviation documents use
// (`Đồng bằng sông Hồng (ĐBSH)`), a commune group as `xã nhóm 1`.
import { REGION_NAMES, isRegion, type Region } from '../columns/regions.js';
import type { Lang } from './terms.js';

/** A region as documents name it: `Đồng bằng sông Hồng (ĐBSH)` / `Red River Delta (ĐBSH)`. */
export function regionWords(region: Region, lang: Lang): string {
  const n = REGION_NAMES[region];
  return `${n[lang]} (${n.abbreviation})`;
}

/** A commune group: `xã nhóm 2` / `commune group 2`. */
export function groupWords(group: number, lang: Lang): string {
  return lang === 'vi' ? `xã nhóm ${group}` : `commune group ${group}`;
}

/**
 * The threshold column a value applies to: `vùng Đồng bằng sông Hồng (ĐBSH)`, `xã nhóm 1`,
 * or, for a value common to every column, `chung cho các vùng` (`chung cho các nhóm xã`).
 */
export function columnWords(column: string, lang: Lang, scheme: 'region' | 'commune-group' | 'none' = 'region'): string {
  if (column === 'all') {
    if (scheme === 'none') return '';
    if (scheme === 'commune-group') return lang === 'vi' ? 'chung cho các nhóm xã' : 'all commune groups';
    return lang === 'vi' ? 'chung cho các vùng' : 'all regions';
  }
  if (isRegion(column)) return lang === 'vi' ? `vùng ${regionWords(column, lang)}` : regionWords(column, lang);
  const g = /^G([123])$/.exec(column);
  if (g) return groupWords(Number(g[1]), lang);
  return column;
}

/** A list of columns in words (`ĐBSH, ĐNB`), by the abbreviations documents use. */
export function columnsShort(columns: readonly string[] | 'all', lang: Lang, scheme: 'region' | 'commune-group' | 'none' = 'region'): string {
  if (columns === 'all') return columnWords('all', lang, scheme);
  return columns.map((c) => (isRegion(c) ? REGION_NAMES[c].abbreviation : /^G[123]$/.test(c) ? groupWords(Number(c.slice(1)), lang) : c)).join(', ');
}
