import { invalidInput, isNtmError, issue, type NtmIssue } from '../../errors.js';
import type { PlanFinding } from '../../plans/finding.js';
import { ensurePlan } from '../../plans/schema.js';
import type { PlanEvidence, PlanExtraction } from './types.js';

// The leaf of a finding's path names one number of a figure; its evidence is the whole figure's.
const LEAVES = new Set(['label', 'communes', 'count', 'amount', 'total', 'districts', 'outOf', 'maintained']);

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.length <= path.length && prefix.every((k, i) => String(path[i]) === String(k));

/**
 * The words of the text behind a finding of `checkPlan` on an extracted plan: the evidence of the figure
 * the finding points at (a list, a block's buckets: all its entries), of the same criterion in the other
 * year for a per-criterion finding, and of the funding lines for a finding on the total. In the order of
 * the text.
 *
 * @example
 * ```ts
 * import { extractPlan, checkPlan, findingEvidence } from 'ntm-rules';
 * const x = extractPlan([
 *   'KẾ HOẠCH', 'xây dựng nông thôn mới tỉnh Lai Châu năm 2024', 'III. NGUỒN VỐN',
 *   'Tổng nguồn vốn: 300 triệu đồng, trong đó:', '- Vốn tín dụng: 100 triệu đồng', '- Vốn huy động cộng đồng dân cư: 100 triệu đồng',
 * ].join('\n'));
 * const [total] = checkPlan(x.plan); // funding-total-mismatch: 300 against 200
 * findingEvidence(total!, x).map((e) => e.line); // [4, 5, 6]
 * ```
 */
export function findingEvidence(finding: Pick<PlanFinding, 'path'>, extraction: PlanExtraction): PlanEvidence[] {
  check(finding, extraction);
  const target = finding.path.length > 1 && LEAVES.has(String(finding.path[finding.path.length - 1])) ? finding.path.slice(0, -1) : [...finding.path];
  const related: (readonly (string | number)[])[] = [target];
  const plan = extraction.plan;
  const [block, part, index] = target;
  if ((block === 'baseline' || block === 'target') && part === 'criteria' && typeof index === 'number') {
    // A criterion's count (not all its sub-counts), the sub-count the finding names, the other year's count.
    related.length = 0;
    related.push([block, 'criteria', index, 'communes']);
    if (target[3] === 'advanced' || target[3] === 'district') related.push(target);
    const code = plan[block]?.criteria?.[index]?.criterion;
    const other = block === 'baseline' ? 'target' : 'baseline';
    const j = plan[other]?.criteria?.findIndex((c) => c.criterion === code) ?? -1;
    if (code !== undefined && j !== -1) related.push([other, 'criteria', j, 'communes']);
  }
  if (block === 'funding' && part === 'total') plan.funding?.lines.forEach((_, i) => related.push(['funding', 'lines', i, 'amount']));
  // A funding line's label speaks of that line's amount only, not of its parts.
  const exact = block === 'funding' && part === 'lines' && finding.path[finding.path.length - 1] === 'label';
  if (exact) return extraction.evidence.filter((e) => e.path.join('.') === [...target, 'amount'].join('.'));
  // A figure and everything under it; or the list a finding points into ("target.advanced.communes.3").
  return extraction.evidence.filter((e) => related.some((r) => startsWith(e.path, r) || (e.path.length >= 2 && startsWith(r, e.path))));
}

/** A finding with a path of keys, and an extraction with its plan and evidence, or an NtmError naming what is wrong. */
function check(finding: unknown, extraction: unknown): void {
  const ok = (f: () => boolean) => {
    try {
      return f();
    } catch {
      return false;
    }
  };
  const path = ok(() => typeof finding === 'object' && finding !== null && Array.isArray((finding as PlanFinding).path) && (finding as PlanFinding).path.length <= 64 && (finding as PlanFinding).path.every((k) => typeof k === 'string' || typeof k === 'number'));
  const x = extraction as PlanExtraction;
  const keys = (p: unknown) => Array.isArray(p) && p.every((k) => typeof k === 'string' || typeof k === 'number');
  const shape = ok(() => typeof x === 'object' && x !== null && Array.isArray(x.evidence) && x.evidence.every((e) => typeof e === 'object' && e !== null && keys(e.path)));
  // The plan is extractPlan's (validated, so this costs nothing) or is validated here.
  let planIssues: readonly NtmIssue[] = [];
  if (shape) {
    try {
      ensurePlan(x.plan);
    } catch (error) {
      if (!isNtmError(error)) throw error;
      planIssues = error.issues.length > 0 ? error.issues : [{ path: [], code: 'invalid', text: { vi: error.message, en: error.message }, message: error.message }];
    }
  }
  if (path && shape && planIssues.length === 0) return;
  throw invalidInput('findingEvidence arguments', [
    ...(path ? [] : [issue(['finding', 'path'], 'expected-path', { vi: 'cần một phát hiện của checkPlan (có path là mảng khóa)', en: 'expected a finding of checkPlan (with a path of keys)' })]),
    ...(shape ? [] : [issue(['extraction'], 'expected-extraction', { vi: 'cần kết quả của extractPlan', en: 'expected the result of extractPlan' })]),
    ...planIssues.map((i) => issue(['extraction', 'plan', ...i.path], i.code, i.text, i.params)),
  ]);
}
