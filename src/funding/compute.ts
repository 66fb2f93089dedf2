/**
 * The engine behind aggregateFunding and reconcileFunding: validates and sums
 * lines per node, then rolls the tree up once (roll-up.ts).
 *
 * Hot path, per line: a few type checks, one Map lookup for the source, one
 * regex, and an addition of a double holding an exact integer (amounts of at most
 * 15 digits) or of a BigInt. No Decimal and no zod per line: amounts are kept as
 * integers scaled by a power of ten, one accumulator per (scale, node), and
 * turned into decimals once per node at the end (line-reader.ts reads the lines).
 */
import { invalidInput, issue, MAX_ISSUES, NtmError } from '../errors.js';
import { G, N, rollUp } from './roll-up.js';
import {
  FUNDING_SOURCE_IDS,
  FUNDING_TAXONOMIES,
  inTaxonomy,
  notInTaxonomyText,
  type FundingTaxonomyId,
} from './taxonomy.js';
import type { FundingComputation } from './types.js';
import { LineReader, UNREADABLE, type Report } from './line-reader.js';
import { DEFAULT_FUNDING_UNIT, type FundingUnit } from './units.js';

export { fundingReadOptions } from './options.js';
export type { FundingComputation, FundingGroupComputation, FundingLine, FundingReadOptions } from './types.js';

/**
 * Most lines one call reads (`aggregateFunding`, `reconcileFunding`): checked before the first
 * line is read, so an array claiming 2^32 − 1 items is refused at once. A province's table has
 * hundreds of lines; a national data set of project lines, hundreds of thousands.
 */
export const MAX_FUNDING_LINES = 1_000_000;


/**
 * Validates every line (collecting up to 100 issues, each with its path under
 * `linesPath`) and computes the per-node sums and the roll-up.
 *
 * The lines are not copied first (see src/_lib/plain.ts) because this is the hot path of
 * million-line aggregations: each line is read here once, defensively. Each field is read
 * once, inside a guard that turns a throwing getter or Proxy trap into an issue at its path;
 * the array's length is checked before the first line is read; holes are reported; reading
 * stops at 100 issues.
 */
export function computeFunding(
  lines: unknown,
  targetUnit: FundingUnit | undefined,
  allowNegative: boolean,
  linesPath: readonly (string | number)[],
  taxonomyOption?: FundingTaxonomyId,
): FundingComputation {
  const n = lineCount(lines, linesPath);
  const r = new LineReader(lines as readonly unknown[], n, targetUnit, allowNegative, linesPath, taxonomyOption);
  for (let i = 0; i < n && r.issues.length < MAX_ISSUES; i++) r.line(i);
  if (r.issues.length > 0) throw invalidInput('funding lines', r.issues);
  // The version: the option, else the lines' years, else 2021-2025 (see FUNDING_TAXONOMIES).
  const taxonomy: FundingTaxonomyId = taxonomyOption ?? r.yearVersion ?? '2021-2025';
  checkVersion(taxonomy, r.hasOwn, r.componentLine, n, r.lineSource, r.lineGroup, linesPath, r.report);
  if (r.issues.length > 0) throw invalidInput('funding lines', r.issues);
  return rollUp(r.buckets, r.hasOwn, r.unit ?? DEFAULT_FUNDING_UNIT, n, taxonomy, r.componentLine !== -1);
}

/** The number of lines, checked before the first line is read. */
function lineCount(lines: unknown, linesPath: readonly (string | number)[]): number {
  let n: number;
  try {
    if (!Array.isArray(lines)) {
      throw invalidInput('funding lines', [issue([...linesPath], 'expected-array', { vi: 'cần một mảng các dòng nguồn vốn', en: 'must be an array of lines' })]);
    }
    n = lines.length;
  } catch (error) {
    if (error instanceof NtmError) throw error;
    throw invalidInput('funding lines', [issue([...linesPath], 'unreadable', UNREADABLE)]);
  }
  if (!Number.isInteger(n) || n < 0 || n > MAX_FUNDING_LINES) {
    throw invalidInput('funding lines', [
      issue([...linesPath], 'too-large', { vi: `quá nhiều dòng: ${String(n)} (tối đa ${MAX_FUNDING_LINES})`, en: `too many lines: ${String(n)} (at most ${MAX_FUNDING_LINES})` }, { count: typeof n === 'number' ? n : String(n), max: MAX_FUNDING_LINES }),
    ]);
  }
  return n;
}

/** Lines naming a node the version does not have, or a component it does not have: one issue per line (up to the cap). */
function checkVersion(
  taxonomy: FundingTaxonomyId,
  hasOwn: readonly boolean[],
  componentLine: number,
  n: number,
  lineSource: Uint8Array,
  lineGroup: Uint8Array,
  linesPath: readonly (string | number)[],
  report: Report,
): void {
  let excluded = false;
  for (let k = 0; k < N && !excluded; k++) if (!inTaxonomy(taxonomy, k)) for (let g = 0; g < G; g++) if (hasOwn[g * N + k]) excluded = true;
  const noComponents = componentLine !== -1 && FUNDING_TAXONOMIES[taxonomy].components.length === 0;
  if (!excluded && !noComponents) return;
  for (let i = 0; i < n; i++) {
    const k = lineSource[i]!;
    if (!inTaxonomy(taxonomy, k)) {
      const id = FUNDING_SOURCE_IDS[k]!;
      report([...linesPath, i, 'source'], 'not-in-taxonomy', notInTaxonomyText(id, taxonomy), { source: id, taxonomy });
    }
    if (noComponents && lineGroup[i] !== 0) {
      report([...linesPath, i, 'component'], 'no-components', {
        vi: `danh mục nguồn vốn ${taxonomy} không có hợp phần (chỉ Chương trình 2026 - 2035 có); nêu năm của dòng vốn hoặc options.taxonomy`,
        en: `the ${taxonomy} taxonomy has no components (only the 2026-2035 programme has); give the line's year or options.taxonomy`,
      }, { taxonomy });
    }
  }
}
