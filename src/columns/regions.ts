import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';

/**
 * The seven socio-economic regions whose columns the 2021-2025 commune sets use
 * (QĐ 318/QĐ-TTg; order as in the tables). Frozen.
 *
 * @example
 * ```ts
 * import { REGIONS } from 'ntm-rules';
 * REGIONS.length; // 7
 * REGIONS[0]; // 'TDMNPB'
 * ```
 */
export const REGIONS = Object.freeze(['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const);

/**
 * A region code.
 *
 * @example
 * ```ts
 * import { REGION_NAMES, type Region } from 'ntm-rules';
 * const r: Region = 'DBSCL';
 * REGION_NAMES[r].vi; // 'Đồng bằng sông Cửu Long'
 * ```
 */
export type Region = (typeof REGIONS)[number];

/**
 * Names of the regions, with the abbreviation Vietnamese documents use (`ĐBSH`).
 *
 * @example
 * ```ts
 * import { REGION_NAMES } from 'ntm-rules';
 * REGION_NAMES.TDMNPB.vi; // 'Trung du miền núi phía Bắc'
 * REGION_NAMES.DBSH.abbreviation; // 'ĐBSH'
 * ```
 */
export const REGION_NAMES: Readonly<Record<Region, LocalizedText & { readonly abbreviation: string }>> = deepFreeze({
  TDMNPB: { vi: 'Trung du miền núi phía Bắc', en: 'Northern midlands and mountains', abbreviation: 'TDMNPB' },
  DBSH: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta', abbreviation: 'ĐBSH' },
  BTB: { vi: 'Bắc Trung Bộ', en: 'North Central Coast', abbreviation: 'BTB' },
  DHNTB: { vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast', abbreviation: 'DHNTB' },
  TN: { vi: 'Tây Nguyên', en: 'Central Highlands', abbreviation: 'TN' },
  DNB: { vi: 'Đông Nam Bộ', en: 'Southeast', abbreviation: 'ĐNB' },
  DBSCL: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta', abbreviation: 'ĐBSCL' },
});

/**
 * Tells whether a value is one of the seven region codes (exactly as written: `'DBSCL'`).
 *
 * @example
 * ```ts
 * import { isRegion } from 'ntm-rules';
 * isRegion('DBSCL'); // true
 * isRegion('Mekong'); // false
 * ```
 */
export function isRegion(value: unknown): value is Region {
  switch (value) {
    case 'TDMNPB': case 'DBSH': case 'BTB': case 'DHNTB': case 'TN': case 'DNB': case 'DBSCL':
      return true;
    default:
      return false;
  }
}

/** Folds case, diacritics, đ and separators, so `Đồng bằng sông Hồng`, `dong bang song hong` and `ĐBSH` compare as people mean them. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

let byName: Map<string, Region> | undefined;

function names(): Map<string, Region> {
  if (byName === undefined) {
    byName = new Map();
    for (const r of REGIONS) {
      const n = REGION_NAMES[r];
      for (const form of [r, n.abbreviation, n.vi, n.en, `vùng ${n.vi}`]) byName.set(fold(form), r);
    }
    // "Duyên hải Nam Trung Bộ" is also written without "Duyên hải"; "Trung du và miền núi phía Bắc" with "và".
    byName.set(fold('Nam Trung Bộ'), 'DHNTB');
    byName.set(fold('Trung du và miền núi phía Bắc'), 'TDMNPB');
    byName.set(fold('Trung du và miền núi Bắc Bộ'), 'TDMNPB');
    byName.set(fold('Trung du miền núi Bắc Bộ'), 'TDMNPB');
    byName.set(fold('Miền núi phía Bắc'), 'TDMNPB');
  }
  return byName;
}

/**
 * Reads a region as people write it: the code (`DBSH`), the Vietnamese abbreviation
 * (`ĐBSH`, `ĐBSCL`, `ĐNB`) or the full name (`Đồng bằng sông Hồng`, `Mekong Delta`),
 * ignoring case, diacritics and spacing. `undefined` when the text names no region.
 *
 * @example
 * ```ts
 * import { parseRegion } from 'ntm-rules';
 * parseRegion('ĐBSCL'); // 'DBSCL'
 * parseRegion('đồng bằng sông hồng'); // 'DBSH'
 * parseRegion('Hà Nội'); // undefined (a province, not a region)
 * ```
 */
export function parseRegion(text: unknown): Region | undefined {
  if (isRegion(text)) return text;
  if (typeof text !== 'string' || text.length > 100) return undefined;
  const folded = fold(text);
  return names().get(folded) ?? (folded.startsWith('vung') ? names().get(folded.slice(4)) : undefined);
}
