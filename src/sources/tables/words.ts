// Office words: folding for comparison, yes/no/unknown cells, totals and district rows, region names.

/**
 * A comparison key that ignores case, diacritics and spacing: `Đạt` → `dat`, `Tổng  cộng:` →
 * `tong cong:`. Used only to recognise office words and headers, never to store a value.
 */
export function fold(text: string): string {
  // The same few words fill most cells (đạt, x, không…): remembered, within a bound.
  const known = folded.get(text);
  if (known !== undefined) return known;
  const f = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= 40) {
    if (folded.size >= 4096) folded.clear();
    folded.set(text, f);
  }
  return f;
}

const folded = new Map<string, string>();

// Folded words. "Không" is no for a yes/no indicator and 0 for a count (see cells.ts).
const YES = new Set(['dat', 'x', 'co', 'true', 'yes', 'y', 'met', '✓', '✔']);
const NO = new Set(['chua dat', 'khong dat', 'khong', 'false', 'no', 'n', 'not met']);
const UNKNOWN = new Set(['?', '-', '–', '—', 'chua xac dinh', 'chua co so lieu', 'null', 'unknown']);
const NOT_APPLICABLE = new Set(['khong ap dung', 'n/a', 'na', 'not applicable', 'kad']);

/** A yes/no word (`đạt`, `x`, `có` / `chưa đạt`, `không`…); `undefined` when the cell is not one. */
export function yesNo(folded: string): boolean | undefined {
  return YES.has(folded) ? true : NO.has(folded) ? false : undefined;
}

/** `?`, `-`, `chưa xác định`: declared unknown. */
export const isUnknownWord = (folded: string): boolean => UNKNOWN.has(folded);

/** `không áp dụng`, `n/a`: an "(nếu có)" indicator that does not apply. */
export const isNotApplicableWord = (folded: string): boolean => NOT_APPLICABLE.has(folded);

/** `không` (none): a count of 0. */
export const isNoneWord = (folded: string): boolean => folded === 'khong' || folded === 'khong co';

// "Tổng cộng", "Cộng", "Tổng số", "Toàn tỉnh", "Cộng huyện Tam Đường"… but not "Cộng Hòa" (a commune).
const TOTALS = /^(tong cong|tong so|tong|cong|total|toan tinh|toan huyen)(\s*[:.]?)(\s+(toan tinh|toan huyen|ca tinh|chung|(huyen|thi xa|thanh pho|tp\.?|quan|tinh)\s+.+))?\s*[:.]?$/;
// Phrases that only head totals ("Tổng cộng: 4 xã", "Tổng số xã", "Toàn tỉnh (94 xã)"), or a short word followed by ":" or "(".
const TOTALS_PHRASE = /^(tong cong|tong so|toan tinh|toan huyen)\b|^(tong|cong|total)\s*[:(]/;

/** A totals row's label. */
export const isTotalsLabel = (folded: string): boolean => TOTALS.test(folded) || TOTALS_PHRASE.test(folded);

// A district heading row: "Huyện Tam Đường", "Thị xã …", "Thành phố …".
const DISTRICT = /^(huyen|thi xa|thanh pho|tp\.?|quan)\s+\S/;

/** A district heading ("Huyện Tam Đường"), when the row has nothing else. */
export const isDistrictHeading = (folded: string): boolean => DISTRICT.test(folded);

