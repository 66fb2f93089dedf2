// Calendar days as ISO strings: the one parser of days. Only date-fns's self-contained
// isExists is imported: parseISO and lightFormat cost several milliseconds of cold import.
import { isExists } from 'date-fns/isExists';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Normalises a calendar date given as an ISO string (`YYYY-MM-DD`) or a `Date`
 * (its local calendar day) to `YYYY-MM-DD`; returns `undefined` when invalid
 * (including days that do not exist, such as 2024-02-30, and years outside
 * 0100-9999, which would not compare correctly as strings). ISO day strings
 * then compare correctly as strings.
 */
export function toIsoDay(value: unknown): string | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return undefined;
    const y = value.getFullYear();
    if (y < 100 || y > 9999) return undefined;
    return `${pad(y, 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`;
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  // Years before 100 are refused: a two-digit year is a typo here, and Date maps it to 19xx.
  if (y < 100 || !isExists(y, month - 1, d)) return undefined;
  return value;
}

/** 31 December of `year` as an ISO day (`2024` → `2024-12-31`): the default assessment day; `year` is a whole number. */
export function endOfYear(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** An ISO day (`YYYY-MM-DD`, already checked) as the number YYYYMMDD, read without allocating. */
export function isoDayNumber(day: string): number {
  let n = 0;
  for (let k = 0; k < 10; k++) if (k !== 4 && k !== 7) n = n * 10 + (day.charCodeAt(k) - 48);
  return n;
}

/** True when `day` lies in [from, until] (ISO days, `until` open when absent). */
export function inWindow(day: string, from: string, until: string | undefined): boolean {
  return day >= from && (until === undefined || day <= until);
}

/** Formats an ISO day as Vietnamese documents write it: dd/mm/yyyy. */
export function viDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `${d}/${m}/${y}`;
}

/** A day as people of the language read it: Vietnamese `31/12/2024`, English `2024-12-31` (ISO, unambiguous). */
export function formatDay(isoDay: string, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? viDate(isoDay) : isoDay;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A day typed by a person: ISO `2024-02-29` or the Vietnamese `29/02/2024` (also `29-02-2024`,
 * `29.02.2024`, one-digit day and month). Returns the ISO day, or `undefined` when the text is
 * not a day that exists. Day first, always: `03/04/2024` is 3 April, as Vietnamese documents write it.
 */
export function parseDay(text: string): string | undefined {
  const s = text.trim();
  const m = DMY.exec(s);
  if (m === null) return toIsoDay(s);
  return toIsoDay(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}
