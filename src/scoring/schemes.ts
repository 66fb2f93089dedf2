import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import type { Citation } from '../legal/citation.js';

/**
 * One bucket of a scheme: communes meeting `min`…`max` criteria (inclusive).
 *
 * @example
 * ```ts
 * import { classifyCriteriaCount, type Bucket } from 'ntm-rules';
 * const b: Bucket = classifyCriteriaCount(16);
 * b.id; // '15-18'
 * ```
 */
export interface Bucket {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly label: LocalizedText;
  /**
   * How the bucket is known: `stated` (a source prints it) or `completes-partition`
   * (added only so the buckets cover 0…criteriaTotal; no source prints it). Absent: stated.
   */
  readonly basis?: 'stated' | 'completes-partition';
}

/**
 * A way of grouping communes by the number of criteria they meet; its buckets partition 0…criteriaTotal.
 *
 * @example
 * ```ts
 * import { NATIONAL_COMMUNE_SCHEME, type BucketScheme } from 'ntm-rules';
 * const scheme: BucketScheme = NATIONAL_COMMUNE_SCHEME;
 * scheme.criteriaTotal; // 19
 * ```
 */
export interface BucketScheme {
  readonly id: string;
  readonly title: LocalizedText;
  /** Number of criteria of the set the counts refer to (19 for the commune set). */
  readonly criteriaTotal: number;
  /** Buckets from the highest to the lowest, as reports print them. */
  readonly buckets: readonly Bucket[];
  readonly citation?: Citation;
}

/**
 * The national scheme for the 19-criteria commune set: 19 (đạt chuẩn), 15-18,
 * 10-14, 5-9, 0-4, as national and provincial reports print it (secondary;
 * the Lai Châu 2024 plan uses the same labels).
 *
 * @example
 * ```ts
 * import { NATIONAL_COMMUNE_SCHEME } from 'ntm-rules';
 * NATIONAL_COMMUNE_SCHEME.buckets.map((b) => b.id); // ['19', '15-18', '10-14', '5-9', '0-4']
 * ```
 */
export const NATIONAL_COMMUNE_SCHEME: BucketScheme = deepFreeze({
  id: 'national-19',
  title: { vi: 'Phân nhóm xã theo số tiêu chí đạt (toàn quốc)', en: 'Communes by criteria met (national)' },
  criteriaTotal: 19,
  buckets: [
    { id: '19', min: 19, max: 19, label: { vi: 'Đạt chuẩn (19 tiêu chí)', en: 'Meets the standard (19 criteria)' } },
    { id: '15-18', min: 15, max: 18, label: { vi: 'Đạt từ 15-18 tiêu chí', en: '15-18 criteria' } },
    { id: '10-14', min: 10, max: 14, label: { vi: 'Đạt từ 10-14 tiêu chí', en: '10-14 criteria' } },
    { id: '5-9', min: 5, max: 9, label: { vi: 'Đạt từ 5-9 tiêu chí', en: '5-9 criteria' } },
    { id: '0-4', min: 0, max: 4, label: { vi: 'Dưới 5 tiêu chí', en: 'Under 5 criteria' } },
  ],
  citation: { instrument: 'QD-318-2022', source: 'national and provincial progress reports (nongthonmoithuathienhue.vn; en.vietnamplus.vn); Lai Châu 2024 plan (bucket labels)', note: 'Reporting convention, not a legal threshold.' },
});

/**
 * The Thừa Thiên Huế variant reported for 12/2018 (19-criteria commune set of
 * 2016-2020): the lower buckets are "8-9 tiêu chí" and "dưới 8 tiêu chí"
 * (secondary; legal notes §8.2). The 19, 15-18 and 8-9 / under-8 buckets are
 * printed by the province's NTM site (19/19; 15-18 in its 2018 reports; 8-9 and
 * "dưới 8" in the 12/2018 results page). The 10-14 bucket is marked
 * `completes-partition`: the notes record the same site using "10-14" but not
 * on the 12/2018 page, so it is shown as the bucket needed to cover 10…14.
 *
 * @example
 * ```ts
 * import { classifyCriteriaCount, THUA_THIEN_HUE_2018_SCHEME } from 'ntm-rules';
 * classifyCriteriaCount(7, THUA_THIEN_HUE_2018_SCHEME).id; // '0-7'
 * classifyCriteriaCount(8, THUA_THIEN_HUE_2018_SCHEME).id; // '8-9'
 * ```
 */
export const THUA_THIEN_HUE_2018_SCHEME: BucketScheme = deepFreeze({
  id: 'thua-thien-hue-2018',
  title: { vi: 'Phân nhóm xã theo số tiêu chí đạt (Thừa Thiên Huế, 12/2018)', en: 'Communes by criteria met (Thừa Thiên Huế, 12/2018)' },
  criteriaTotal: 19,
  buckets: [
    { id: '19', min: 19, max: 19, label: { vi: 'Đạt chuẩn (19/19 tiêu chí)', en: 'Meets the standard (19/19 criteria)' }, basis: 'stated' },
    { id: '15-18', min: 15, max: 18, label: { vi: 'Đạt từ 15-18 tiêu chí', en: '15-18 criteria' }, basis: 'stated' },
    { id: '10-14', min: 10, max: 14, label: { vi: 'Đạt từ 10-14 tiêu chí', en: '10-14 criteria' }, basis: 'completes-partition' },
    { id: '8-9', min: 8, max: 9, label: { vi: 'Đạt từ 8-9 tiêu chí', en: '8-9 criteria' }, basis: 'stated' },
    { id: '0-7', min: 0, max: 7, label: { vi: 'Dưới 8 tiêu chí', en: 'Under 8 criteria' }, basis: 'stated' },
  ],
  citation: {
    instrument: 'Thừa Thiên Huế NTM progress report 12/2018',
    source: 'https://nongthonmoithuathienhue.vn/tien-do-thuc-hien-ntm/ket-qua-thuc-hien-xay-dung-nong-thon-moi-12-2018/ (via legal notes §8.2; page not re-read)',
    note: 'Reporting convention of one province and period (secondary), not a legal threshold. The 10-14 bucket completes the partition.',
  },
});
