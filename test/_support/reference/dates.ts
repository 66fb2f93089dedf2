// Snapshot of the engine as it was before the performance work (commit 4100d89), kept
// as the oracle of the differential tests in test/properties: the optimised engine
// must return deep-equal results and throw the same errors.
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Normalises a calendar date given as an ISO string (`YYYY-MM-DD`) or a `Date`
 * (its local calendar day) to `YYYY-MM-DD`; returns `undefined` when invalid.
 * ISO day strings then compare correctly as strings.
 */
export function toIsoDay(value: unknown): string | undefined {
  if (value instanceof Date) return isValid(value) ? lightFormat(value, 'yyyy-MM-dd') : undefined;
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  const d = parseISO(value);
  // parseISO accepts 2024-02-30 as invalid; the round trip also rejects overflowed days.
  return isValid(d) && lightFormat(d, 'yyyy-MM-dd') === value ? value : undefined;
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
