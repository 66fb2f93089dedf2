import type { LocalizedText } from '../_lib/text.js';
import { KINDS } from './kinds/index.js';
import type { Indicator, Rule } from './types.js';

/**
 * Renders a threshold rule as people read it (`≥ 98%`, `Đạt`, `100% trường đạt
 * chuẩn…`), in Vietnamese and English: the text the evaluation results carry
 * as `threshold.text`.
 *
 * @example
 * ```ts
 * import { describeRule, getCriteriaSet } from 'ntm-rules';
 * const ind = getCriteriaSet('commune').criteria[13]!.indicators[0]!; // 14.1
 * describeRule(ind.thresholds[0]!.rule, ind).vi; // 'tỷ lệ trẻ 6 tuổi vào lớp 1 ≥ 98% và …'
 * ```
 */
export function describeRule(rule: Rule, indicator: Indicator): LocalizedText {
  return KINDS[indicator.kind].describe(rule, indicator);
}
