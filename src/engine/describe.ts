import type { LocalizedText } from '../_lib/text.js';
import { toIssues } from '../_lib/parse.js';
import { invalidInput, issue } from '../errors.js';
import { KINDS } from './kinds/index.js';
import { ruleSchemas } from './schemas.js';
import type { Indicator, Rule } from './types/index.js';

/**
 * Renders a threshold rule as people read it (`≥ 98%`, `Đạt`, `100% trường đạt
 * chuẩn…`), in Vietnamese and English: the text the evaluation results carry
 * as `threshold.text`.
 *
 * @throws {NtmError} `invalid-input` when the rule is malformed or not of the indicator's kind.
 *
 * @example
 * ```ts
 * import { describeRule, getCriteriaSet } from 'ntm-rules';
 * const ind = getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria[13]!.indicators[0]!; // 14.1
 * describeRule(ind.thresholds[0]!.rule, ind).vi; // 'tỷ lệ trẻ 6 tuổi vào lớp 1 ≥ 98% và …'
 * ```
 */
export function describeRule(rule: Rule, indicator: Indicator): LocalizedText {
  const kind = (indicator as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind)) {
    throw invalidInput('indicator', [issue(['indicator', 'kind'], 'expected-one-of', { vi: `cần một trong: ${Object.keys(KINDS).join(', ')}`, en: `expected one of ${Object.keys(KINDS).join(', ')}` }, { allowed: Object.keys(KINDS) })]);
  }
  const parsed = ruleSchemas().rule.safeParse(rule);
  if (!parsed.success) throw invalidInput('rule', toIssues(parsed.error.issues, ['rule']));
  if (parsed.data.kind !== kind) throw invalidInput('rule', [issue(['rule', 'kind'], 'kind-mismatch', { vi: `chỉ tiêu thuộc loại "${kind}", không phải "${parsed.data.kind}"`, en: `the indicator is of kind "${kind}", not "${parsed.data.kind}"` })]);
  const fields = (indicator as { fields?: unknown }).fields;
  if (fields !== undefined && !Array.isArray(fields)) throw invalidInput('indicator', [issue(['indicator', 'fields'], 'expected-array', { vi: 'cần danh sách các thành phần', en: 'expected an array of fields' })]);
  return KINDS[kind as Indicator['kind']].describe(parsed.data, indicator);
}
