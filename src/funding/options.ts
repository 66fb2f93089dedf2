// The options every funding function reads the same way: the unit, negative amounts, the taxonomy version.
import { invalidInput, issue, type IssueInit } from '../errors.js';
import { isFundingTaxonomyId, type FundingTaxonomyId } from './taxonomy.js';
import { unitExponent, unitIssue, type FundingUnit } from './units.js';

/**
 * Checks `unit`, `allowNegative` and `taxonomy` read by `readOptions` (src/_lib/options.ts); throws an
 * NtmError naming `<root>.unit`, `<root>.allowNegative` or `<root>.taxonomy`.
 */
export function fundingReadOptions(
  o: Readonly<Record<string, unknown>>,
  root: readonly (string | number)[],
): { unit: FundingUnit | undefined; allowNegative: boolean; taxonomy: FundingTaxonomyId | undefined } {
  const issues: IssueInit[] = [];
  if (o.unit !== undefined && unitExponent(o.unit) === undefined) issues.push(unitIssue([...root, 'unit']));
  if (o.allowNegative !== undefined && typeof o.allowNegative !== 'boolean') {
    issues.push(issue([...root, 'allowNegative'], 'expected-boolean', { vi: 'phải là true hoặc false', en: 'must be a boolean' }));
  }
  if (o.taxonomy !== undefined && !isFundingTaxonomyId(o.taxonomy)) {
    issues.push(issue([...root, 'taxonomy'], 'expected-one-of', { vi: "phải là '2021-2025' hoặc '2026-2035'", en: "must be '2021-2025' or '2026-2035'" }, { allowed: ['2021-2025', '2026-2035'] }));
  }
  if (issues.length > 0) throw invalidInput('funding options', issues);
  return { unit: o.unit as FundingUnit | undefined, allowNegative: o.allowNegative === true, taxonomy: o.taxonomy as FundingTaxonomyId | undefined };
}

