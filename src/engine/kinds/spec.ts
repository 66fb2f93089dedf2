import { formatNumber } from '../../_lib/numbers.js';
import type { LocalizedText } from '../../_lib/text.js';
import type { Indicator, Rule } from '../types/index.js';
import type { CompiledRule } from './compiled.js';
import type { ValueType } from './values.js';

/** What the engine needs to know about an indicator kind; each kind's file exports one. */
export interface KindSpec {
  /** What the kind accepts as input. */
  readonly input: ValueType;
  /** Compiles a rule of this kind for `judge`. */
  readonly compile: (rule: Rule, indicator: Indicator) => CompiledRule;
  /** Renders a rule of this kind as people read it. */
  readonly describe: (rule: Rule, indicator: Indicator) => LocalizedText;
}

/** A number as thresholds are written: at most 12 significant digits, Vietnamese or English marks (`formatNumber`). */
export function thresholdNumber(n: number, lang: 'vi' | 'en'): string {
  return formatNumber(Number(n.toPrecision(12)), lang);
}

/** The unit after a value in a threshold's text. */
export function unitText(unit: string, lang: 'vi' | 'en'): string {
  if (unit === 'million-vnd/person/year') return lang === 'vi' ? ' triệu đồng/người/năm' : ' million VND/person/year';
  if (unit === 'm2/person') return ' m²/' + (lang === 'vi' ? 'người' : 'person');
  if (unit === 'count' || unit === 'percent' || unit === 'boolean') return '';
  return ` ${unit}`;
}
