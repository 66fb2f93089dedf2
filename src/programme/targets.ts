/**
 * Programme targets (mục tiêu) of the national target programmes, as sourced data: what the
 * country aims for by a year, not what a commune must meet. They live here, beside the criteria
 * sets (src/sets/) and the funding taxonomy (src/funding/), because they belong to a programme
 * (QĐ 263/QĐ-TTg for 2021-2025; NQ 257/2025/QH15 and QĐ 417/QĐ-BNNMT for 2026-2035), not to a set.
 *
 * Every target is `secondary` (press and official summaries of the resolution; the resolution's
 * text itself was not read) and carries the words it was read in. Conflicts between sources are
 * recorded on the target, never resolved silently. Where a figure can be read two ways (the base
 * of "of which about 10% modern"), the functions below refuse to choose.
 */
import { readOptions } from '../_lib/options.js';
import { invalidInput, issue, NtmError } from '../errors.js';
import type { SummaryTarget } from '../scoring/progress.js';
import { PROGRAMME_TARGETS } from './target-data.js';
import type { ProgrammeTarget, TargetValue } from './target-types.js';

export { PROGRAMME_TARGETS, PROVINCE_COMPLETION } from './target-data.js';
export type { ProgrammeId, ProgrammeTarget, TargetConflict, TargetMeasure, TargetValue } from './target-types.js';

/**
 * The programme target with this id.
 *
 * @throws {NtmError} `unknown-reference` naming the id.
 *
 * @example
 * ```ts
 * import { getProgrammeTarget } from 'ntm-rules';
 * getProgrammeTarget('provinces-completing-2030').value; // { kind: 'count', count: 5, unit: 'provinces' }
 * ```
 */
export function getProgrammeTarget(id: string): ProgrammeTarget {
  const t = typeof id === 'string' ? PROGRAMME_TARGETS.find((x) => x.id === id) : undefined;
  if (!t) {
    const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 100)) : typeof id;
    throw new NtmError('unknown-reference', `No programme target ${shown}`, [
      issue(['id'], 'unknown-target', { vi: `không có mục tiêu ${shown} (có: ${PROGRAMME_TARGETS.map((x) => x.id).join(', ')})`, en: `no target ${shown} (known: ${PROGRAMME_TARGETS.map((x) => x.id).join(', ')})` }),
    ]);
  }
  return t;
}

/**
 * Options of {@link targetCommuneCount}.
 *
 * @example
 * ```ts
 * import type { TargetCommuneCountOptions } from 'ntm-rules';
 * const o: TargetCommuneCountOptions = { base: 'ntm-communes' };
 * ```
 */
export interface TargetCommuneCountOptions {
  /**
   * The communes the percentage is of. Required when the target's base is `unclear` (the modern
   * share); when the base is stated, it must agree.
   */
  readonly base?: 'all-communes' | 'ntm-communes';
}

/**
 * A share target turned into a number of communes.
 *
 * @example
 * ```ts
 * import { targetCommuneCount, type TargetCommuneCount } from 'ntm-rules';
 * const c: TargetCommuneCount = targetCommuneCount('ntm-communes-2030', 3321);
 * c.count; // 2159
 * ```
 */
export interface TargetCommuneCount {
  readonly target: string;
  readonly percent: string;
  readonly base: 'all-communes' | 'ntm-communes';
  /** The communes the percentage is taken of. */
  readonly of: number;
  /** percent × of / 100, exactly, as a decimal string (e.g. '2158.65'). */
  readonly exact: string;
  /** The smallest whole number of communes whose share reaches the percentage. */
  readonly count: number;
  /** True for "khoảng" (about): the count is the stated share, not widened or narrowed. */
  readonly approximate: boolean;
  readonly qualifier: ProgrammeTarget['qualifier'];
}

function decimalParts(s: string): { digits: bigint; places: number } {
  const [int, frac = ''] = s.split('.');
  return { digits: BigInt(`${int}${frac}`), places: frac.length };
}

/**
 * The number of communes a share target asks for, out of `of` communes: the smallest whole
 * number whose share is at least the percentage (65% of 3,321 is 2,158.65: 2,159 communes).
 * The percentage is taken exactly (no floating point). "Khoảng" (about) is reported as
 * `approximate`, never turned into a tolerance.
 *
 * @param of The number of communes the base names (all communes, or those meeting the standard).
 * @throws {NtmError} `invalid-input` for a target that is not a share, a count that is not a whole
 * number ≥ 0, a target whose base is unclear without `options.base` (path `options.base`), or a
 * base that contradicts the target; `unknown-reference` for an unknown id.
 *
 * @example
 * ```ts
 * import { targetCommuneCount } from 'ntm-rules';
 * targetCommuneCount('ntm-communes-2026', 120).count; // 18
 * targetCommuneCount('modern-communes-2030', 40, { base: 'ntm-communes' }).count; // 4
 * ```
 */
export function targetCommuneCount(target: ProgrammeTarget | string, of: number, options?: TargetCommuneCountOptions): TargetCommuneCount {
  const t = typeof target === 'string' ? getProgrammeTarget(target) : getProgrammeTarget(target?.id);
  const o = readOptions(options, ['base']);
  checkCountArguments(t, of, o.base);
  const v = t.value as Extract<TargetValue, { kind: 'share' }>;
  const chosen = baseOf(t, v, o.base as TargetCommuneCountOptions['base']);
  // percent × of / 100, exactly: digits × of / 10^(places + 2).
  const { digits, places } = decimalParts(v.percent);
  const numerator = digits * BigInt(of);
  const denominator = 10n ** BigInt(places + 2);
  const count = Number((numerator + denominator - 1n) / denominator);
  const whole = numerator / denominator;
  const rest = (numerator % denominator).toString().padStart(places + 2, '0').replace(/0+$/, '');
  return {
    target: t.id,
    percent: v.percent,
    base: chosen,
    of,
    exact: rest === '' ? whole.toString() : `${whole}.${rest}`,
    count,
    approximate: t.qualifier === 'about',
    qualifier: t.qualifier,
  };
}

/** The target is a share, the count a whole number ≥ 0, the base option one of the two; else an `invalid-input` NtmError. */
function checkCountArguments(t: ProgrammeTarget, of: unknown, base: unknown): void {
  const issues = [];
  if (t.value.kind !== 'share') {
    issues.push(issue(['target'], 'not-a-share', { vi: `mục tiêu "${t.id}" không phải tỷ lệ số xã`, en: `target "${t.id}" is not a share of communes` }, { target: t.id }));
  }
  if (typeof of !== 'number' || !Number.isSafeInteger(of) || of < 0) {
    issues.push(issue(['of'], 'expected-count', { vi: 'cần số xã (số nguyên không âm)', en: 'expected a number of communes (a whole number ≥ 0)' }));
  }
  if (base !== undefined && base !== 'all-communes' && base !== 'ntm-communes') {
    issues.push(issue(['options', 'base'], 'expected-one-of', { vi: "cần 'all-communes' hoặc 'ntm-communes'", en: "expected 'all-communes' or 'ntm-communes'" }, { allowed: ['all-communes', 'ntm-communes'] }));
  }
  if (issues.length > 0) throw invalidInput('target count', issues);
}

/** The communes the share is of: the target's stated base, or the option where the target's is unclear (never chosen for the caller). */
function baseOf(t: ProgrammeTarget, v: Extract<TargetValue, { kind: 'share' }>, base: 'all-communes' | 'ntm-communes' | undefined): 'all-communes' | 'ntm-communes' {
  if (v.base === 'unclear') {
    if (base !== undefined) return base;
    throw invalidInput('target count', [
      issue(['options', 'base'], 'ambiguous-base', {
        vi: `cơ số của mục tiêu "${t.id}" chưa rõ: ${v.percent}% tổng số xã, hay ${v.percent}% số xã đạt chuẩn nông thôn mới; nêu options.base ('all-communes' hoặc 'ntm-communes')`,
        en: `the base of target "${t.id}" is unclear: ${v.percent}% of all communes, or ${v.percent}% of the communes meeting the NTM standard; pass options.base ('all-communes' or 'ntm-communes')`,
      }, { target: t.id }),
    ]);
  }
  if (base !== undefined && base !== v.base) {
    throw invalidInput('target count', [issue(['options', 'base'], 'base-mismatch', { vi: `mục tiêu "${t.id}" tính trên ${v.base === 'all-communes' ? 'tổng số xã' : 'số xã đạt chuẩn'}`, en: `target "${t.id}" is a share of ${v.base === 'all-communes' ? 'all communes' : 'the communes meeting the standard'}` }, { base: v.base })]);
  }
  return v.base;
}

/**
 * A programme target as the figures {@link progressTowardTarget} measures, for `communes`
 * communes: a share of communes meeting the standard becomes `meetingStandard` (as
 * {@link targetCommuneCount} counts it), "no commune under N criteria" becomes `minimum`.
 *
 * @throws {NtmError} `not-available` for a target that is no figure of a commune summary (income,
 * poverty, provinces, the modern share); `invalid-input` for a bad count.
 *
 * @example
 * ```ts
 * import { programmeSummaryTarget, progressTowardTarget, summarizeCommunes } from 'ntm-rules';
 * const target = programmeSummaryTarget('ntm-communes-2026', { communes: 4 }); // { meetingStandard: 1 }
 * const now = summarizeCommunes([{ criteriaMet: 10 }, { criteriaMet: 7 }, { criteriaMet: 9 }, { criteriaMet: 4 }], { criteriaTotal: 10 });
 * progressTowardTarget(now, target).achieved; // true
 * ```
 */
export function programmeSummaryTarget(target: ProgrammeTarget | string, options: { readonly communes: number }): SummaryTarget {
  const t = typeof target === 'string' ? getProgrammeTarget(target) : getProgrammeTarget(target?.id);
  const o = readOptions(options, ['communes']);
  const counted = t.measure === 'communes-meeting-standard';
  const communes = summaryCommunes(o.communes, counted);
  if (counted) return { meetingStandard: targetCommuneCount(t, communes as number).count };
  if (t.value.kind === 'floor-criteria') return { minimum: t.value.criteria };
  throw new NtmError('not-available', `Target "${t.id}" is not a figure of a commune summary`, [
    issue(['target'], 'not-a-summary-figure', {
      vi: `mục tiêu "${t.id}" (${t.measure}) không phải số liệu của bảng tổng hợp xã (số xã đạt chuẩn, tiêu chí tối thiểu)`,
      en: `target "${t.id}" (${t.measure}) is not a figure of a commune summary (communes meeting the standard, a floor of criteria)`,
    }, { target: t.id }),
  ]);
}

/**
 * `options.communes`, checked where it is (an option, so at `["options", "communes"]`, docs/spec.md
 * ERR-ROOTS): required when the target counts communes; a value given is checked for any target.
 */
function summaryCommunes(communes: unknown, needed: boolean): number | undefined {
  if (communes === undefined) {
    if (!needed) return undefined;
    throw invalidInput('programme summary target', [issue(['options', 'communes'], 'required', { vi: 'cần nhập số xã (communes) để tính số xã đạt chuẩn theo mục tiêu', en: 'the number of communes is required to count the communes the target asks for' })]);
  }
  if (typeof communes !== 'number' || !Number.isSafeInteger(communes) || communes < 0) {
    throw invalidInput('programme summary target', [issue(['options', 'communes'], 'expected-count', { vi: 'cần số xã (số nguyên không âm)', en: 'expected a number of communes (a whole number ≥ 0)' })]);
  }
  return communes;
}
