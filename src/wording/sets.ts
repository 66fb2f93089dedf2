// A criteria set as a person names it: its title and the day its version applies from, never its id.
import { formatDay } from '../_lib/dates.js';
import type { Lang } from './terms.js';

/** What naming a set needs (a CriteriaSet, or the `set` of a result). */
export interface SetNamed {
  readonly title: { readonly vi: string; readonly en: string };
  readonly validFrom: string;
}

/**
 * `Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025 (phiên bản áp dụng từ 01/03/2024)`:
 * the id (`commune/qd318-qd211-2024`) stays in --json.
 */
export function setWords(set: SetNamed, lang: Lang): string {
  const from = formatDay(set.validFrom, lang);
  return lang === 'vi' ? `${set.title.vi} (phiên bản áp dụng từ ${from})` : `${set.title.en} (version in force from ${from})`;
}
