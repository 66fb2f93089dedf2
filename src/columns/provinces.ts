import { vietnameseKey } from '../_lib/text.js';
import type { Region } from './regions.js';

// The commonly used grouping of the 63 provinces before 01/07/2025. QĐ 318 has no
// province list and no source for the NTM grouping was found: this is a provisional
// default (unverified), to be overridden by the region on the commune record.
const TABLE: Readonly<Record<Region, readonly string[]>> = {
  TDMNPB: ['Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Yên Bái', 'Thái Nguyên', 'Lạng Sơn', 'Bắc Giang', 'Phú Thọ', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Hòa Bình'],
  DBSH: ['Hà Nội', 'Vĩnh Phúc', 'Bắc Ninh', 'Quảng Ninh', 'Hải Dương', 'Hải Phòng', 'Hưng Yên', 'Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình'],
  BTB: ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế'],
  DHNTB: ['Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận'],
  TN: ['Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng'],
  DNB: ['Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa-Vũng Tàu', 'TP Hồ Chí Minh'],
  DBSCL: ['Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Cần Thơ', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau'],
};

let index: Map<string, Region> | undefined;

/**
 * The default region of a pre-2025 province, with the status of that default.
 *
 * @example
 * ```ts
 * import { defaultRegionOfProvince, type ProvinceRegion } from 'ntm-rules';
 * const pr: ProvinceRegion | undefined = defaultRegionOfProvince('Lai Châu');
 * pr?.region; // 'TDMNPB' (status 'unverified')
 * ```
 */
export interface ProvinceRegion {
  readonly province: string;
  readonly region: Region;
  /** Always 'unverified': no source for the NTM grouping was found. */
  readonly status: 'unverified';
  readonly note: string;
}

/**
 * The commonly used region of one of the 63 provinces that existed before
 * 01/07/2025, as a provisional default: the grouping is unverified and Quảng Ninh's
 * placement is uncertain. Names match after NFC and tone-placement normalisation.
 * Returns `undefined` for names it does not know (including post-2025 provinces).
 *
 * @example
 * ```ts
 * import { defaultRegionOfProvince } from 'ntm-rules';
 * defaultRegionOfProvince('Lai Châu')?.region; // 'TDMNPB'
 * defaultRegionOfProvince('Thanh Hoá')?.region; // 'BTB' (old tone placement)
 * ```
 */
export function defaultRegionOfProvince(province: string): ProvinceRegion | undefined {
  // No province name is this long: answer at once rather than normalise a huge string.
  if (typeof province !== 'string' || province.length > 200) return undefined;
  if (!index) {
    index = new Map();
    for (const [region, names] of Object.entries(TABLE) as [Region, readonly string[]][]) {
      for (const n of names) index.set(vietnameseKey(n), region);
    }
  }
  const key = vietnameseKey(province.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, ''));
  const region = index.get(key) ?? index.get(vietnameseKey(province));
  if (!region) return undefined;
  const name = TABLE[region].find((n) => vietnameseKey(n) === key || vietnameseKey(n) === vietnameseKey(province))!;
  return Object.freeze({
    province: name,
    region,
    status: 'unverified',
    note: 'Commonly used grouping of the pre-2025 provinces; no source for the NTM grouping was found. Put the region on the commune record.',
  });
}
