// Buckets of communes by criteria met, in words drawn from their bounds: a computed count never
// says "đạt chuẩn" (recognition is a decision, not a count), it says `Đạt đủ 19/19 tiêu chí`.
import type { Bucket } from '../scoring/schemes.js';
import type { Lang } from './terms.js';

/** `Đạt đủ 19/19 tiêu chí`, `Đạt từ 15 đến 18 tiêu chí`, `Dưới 5 tiêu chí`, `Đạt 8 tiêu chí`. */
export function bucketWords(b: Pick<Bucket, 'min' | 'max'>, total: number, lang: Lang): string {
  const vi = lang === 'vi';
  if (b.min === total && b.max === total) return vi ? `Đạt đủ ${total}/${total} tiêu chí` : `All ${total} criteria`;
  if (b.min === 0) return vi ? `Dưới ${b.max + 1} tiêu chí` : `Under ${b.max + 1} criteria`;
  if (b.min === b.max) return vi ? `Đạt ${b.min} tiêu chí` : `${b.min} criteria`;
  return vi ? `Đạt từ ${b.min} đến ${b.max} tiêu chí` : `${b.min} to ${b.max} criteria`;
}
