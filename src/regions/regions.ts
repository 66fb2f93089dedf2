import type { LocalizedText } from '../_lib/text.js';

/**
 * The seven socio-economic regions whose columns the 2021-2025 commune sets use
 * (QĐ 318/QĐ-TTg; order as in the tables).
 *
 * @example
 * ```ts
 * import { REGIONS } from 'ntm-rules';
 * REGIONS.length; // 7
 * REGIONS[0]; // 'TDMNPB'
 * ```
 */
export const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;

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
 * Names of the regions.
 *
 * @example
 * ```ts
 * import { REGION_NAMES } from 'ntm-rules';
 * REGION_NAMES.TDMNPB.vi; // 'Trung du miền núi phía Bắc'
 * ```
 */
export const REGION_NAMES: Readonly<Record<Region, LocalizedText>> = Object.freeze({
  TDMNPB: Object.freeze({ vi: 'Trung du miền núi phía Bắc', en: 'Northern midlands and mountains' }),
  DBSH: Object.freeze({ vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' }),
  BTB: Object.freeze({ vi: 'Bắc Trung Bộ', en: 'North Central Coast' }),
  DHNTB: Object.freeze({ vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast' }),
  TN: Object.freeze({ vi: 'Tây Nguyên', en: 'Central Highlands' }),
  DNB: Object.freeze({ vi: 'Đông Nam Bộ', en: 'Southeast' }),
  DBSCL: Object.freeze({ vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' }),
});

/**
 * Tells whether a value is one of the seven region codes.
 *
 * @example
 * ```ts
 * import { isRegion } from 'ntm-rules';
 * isRegion('DBSCL'); // true
 * isRegion('Mekong'); // false
 * ```
 */
export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}
