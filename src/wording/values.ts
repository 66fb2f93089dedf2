// Values and shortfalls in words, by the indicator's kind and unit and with the data's own
// labels: `chưa đạt`, `85,5%`, `tỷ lệ trẻ 6 tuổi vào lớp 1: 97%; …`, `còn thiếu 15 điểm phần
// trăm`, `còn 2 nhà tạm, dột nát (yêu cầu: không còn)`, `3/4 trường đạt …, còn thiếu 1 trường`.
// Nothing here judges: which parts of a compound rule failed is the engine's answer
// (`result.failed`); the words only add the figures.
import { formatNumber } from '../_lib/numbers.js';
import { describeCondition } from '../engine/kinds/compound.js';
import type { AppliedThreshold, CompoundField, Condition, IndicatorKind, IndicatorResult, Operand } from '../engine/types/index.js';
import type { LocalizedText } from '../_lib/text.js';
import { unitWords, type Lang } from './terms.js';

/** What the words need to know about an indicator. */
export interface IndicatorWordsOf {
  readonly name: LocalizedText;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly fields?: readonly CompoundField[];
}

const n = (v: number, lang: Lang) => formatNumber(v, lang);

/** A field label without its unit mark: `tỷ lệ trẻ 6 tuổi vào lớp 1 (%)` → `tỷ lệ trẻ 6 tuổi vào lớp 1`. */
export function fieldLabel(f: CompoundField, lang: Lang): string {
  return f.label[lang].replace(/\s*\(%\)\s*$/, '');
}

function fieldValue(f: CompoundField | undefined, v: unknown, lang: Lang): string {
  if (typeof v === 'boolean') return lang === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (typeof v === 'number') return f?.type === 'percent' ? `${n(v, lang)}%` : n(v, lang);
  return v === undefined || v === null ? (lang === 'vi' ? 'chưa có số liệu' : 'no data') : String(v);
}

/**
 * A value as a person reads it: `đạt` / `chưa đạt` for a pass/fail indicator, `85,5%`,
 * `45 triệu đồng/người/năm`, the fields of a compound value by their labels, `chưa có số liệu`
 * for no value (and for a value declared unknown), `không áp dụng`.
 */
export function valueWords(ind: IndicatorWordsOf, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return lang === 'vi' ? 'chưa có số liệu' : 'no data';
  if (value === 'not-applicable') return lang === 'vi' ? 'không áp dụng' : 'not applicable';
  if (typeof value === 'boolean') return lang === 'vi' ? (value ? 'đạt' : 'chưa đạt') : value ? 'met' : 'not met';
  if (typeof value === 'number') {
    if (ind.unit === 'percent') return `${n(value, lang)}%`;
    const unit = unitWords(ind.unit, lang);
    return unit === '' ? n(value, lang) : `${n(value, lang)} ${unit}`;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const fields = ind.fields ?? [];
    const known = fields.map((f) => `${fieldLabel(f, lang)}: ${fieldValue(f, v[f.key], lang)}`);
    const other = Object.keys(v).filter((k) => !fields.some((f) => f.key === k)).map((k) => `"${k}": ${fieldValue(undefined, v[k], lang)}`);
    return [...known, ...other].join('; ');
  }
  return String(value);
}

/** The requirement of a threshold in words: `đạt`, `không còn`, `≥ 98%`, the compound rule's parts. */
export function requirementWords(kind: IndicatorKind, threshold: AppliedThreshold, lang: Lang): string {
  if (kind === 'boolean') return lang === 'vi' ? 'đạt' : 'met';
  if (kind === 'none-allowed') return lang === 'vi' ? 'không còn' : 'none';
  return threshold.text[lang];
}

/** A name as it reads inside a sentence: first letter in lower case, a trailing "(count)" left out. */
function inSentence(name: string): string {
  const s = name.replace(/\s*\((?:count|số lượng)\)\s*$/i, '');
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * Why a not-met indicator is not met, in units: `còn thiếu 15 điểm phần trăm`, `vượt mức tối
 * đa 2,5 điểm phần trăm`, `còn thiếu 3 triệu đồng/người/năm`, `còn 2 nhà tạm, dột nát (yêu cầu:
 * không còn)`, or what each failed part of a compound rule lacks. `undefined` for a pass/fail
 * indicator (its value, `chưa đạt`, says it all) or a result that is not `not-met`.
 */
export function shortfallWords(r: IndicatorResult, ind: IndicatorWordsOf, lang: Lang): string | undefined {
  if (r.outcome !== 'not-met') return undefined;
  const vi = lang === 'vi';
  const s = r.shortfall;
  switch (r.kind) {
    case 'none-allowed': {
      const count = typeof r.value === 'number' ? r.value : s;
      if (count === undefined) return undefined;
      return vi ? `còn ${n(count, lang)} ${inSentence(ind.name.vi)} (yêu cầu: không còn)` : `${n(count, lang)} ${inSentence(ind.name.en)} remaining (required: none)`;
    }
    case 'min-percent':
      return s === undefined ? undefined : vi ? `còn thiếu ${n(s, lang)} điểm phần trăm` : `${n(s, lang)} percentage points short`;
    case 'max-percent':
      return s === undefined ? undefined : vi ? `vượt mức tối đa ${n(s, lang)} điểm phần trăm` : `${n(s, lang)} percentage points above the maximum`;
    case 'min-value':
      return s === undefined ? undefined : vi ? `còn thiếu ${n(s, lang)} ${unitWords(r.unit, lang)}`.trimEnd() : `${n(s, lang)} ${unitWords(r.unit, lang)} short`.replace('  ', ' ');
    case 'max-value':
      return s === undefined ? undefined : vi ? `vượt mức tối đa ${n(s, lang)} ${unitWords(r.unit, lang)}`.trimEnd() : `${n(s, lang)} ${unitWords(r.unit, lang)} above the maximum`.replace('  ', ' ');
    case 'min-count':
      return s === undefined ? undefined : vi ? `còn thiếu ${n(s, lang)}` : `${n(s, lang)} short`;
    case 'compound':
      return compoundShortfall(r, ind, lang);
    default:
      return undefined;
  }
}

// --- Compound rules: the figures of each failed part ----------------------------------

type Values = Readonly<Record<string, unknown>>;
type Comparison = Extract<Condition, { compare: unknown }>;

const stripSo = (label: string) => label.replace(/^(số|number of)\s+/i, '');

/** The words two labels share at their start (`trường` of "trường đạt mức độ 1" and "trường học các cấp"). */
function commonNoun(a: string, b: string): string {
  const x = stripSo(a).split(/\s+/);
  const y = stripSo(b).split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < Math.min(x.length, y.length) && x[i]!.toLowerCase() === y[i]!.toLowerCase(); i++) out.push(x[i]!);
  return out.join(' ');
}

function comparisons(c: Condition, out: Comparison[]): Comparison[] {
  if ('compare' in c) out.push(c);
  else if ('all' in c) for (const x of c.all) comparisons(x, out);
  else if ('any' in c) for (const x of c.any) comparisons(x, out);
  else {
    comparisons(c.then, out);
    comparisons(c.else, out);
  }
  return out;
}

const fieldOf = (fields: readonly CompoundField[], key: string) => fields.find((f) => f.key === key);
const sym = (op: string) => (op === '>=' ? '≥' : op === '<=' ? '≤' : op === '==' ? '=' : op);

/** The smallest whole m with (num + m) / den ≥ k %: how many more make the share. */
function moreForShare(num: number, den: number, k: number): number {
  const need = Number.isInteger(k) ? Math.floor((k * den + 99) / 100) : Math.ceil((k * den) / 100 - 1e-9);
  return Math.max(0, need - num);
}

function shareWords(num: number, den: number, lang: Lang): string {
  const exact = (num * 100) / den;
  const rounded = Math.round(exact * 10) / 10;
  return rounded === exact ? `${n(exact, lang)}%` : `${lang === 'vi' ? 'khoảng' : 'about'} ${n(rounded, lang)}%`;
}

function partWords(c: Comparison, fields: readonly CompoundField[], v: Values, lang: Lang): string | undefined {
  const vi = lang === 'vi';
  const [l, op, r] = c.compare;
  const label = (key: string) => {
    const f = fieldOf(fields, key);
    return f ? fieldLabel(f, lang) : key;
  };
  const num = (o: Operand) => ('field' in o ? v[o.field] : undefined);
  if ('field' in l && 'field' in r) {
    const a = num(l);
    const b = num(r);
    if (typeof a !== 'number' || typeof b !== 'number' || !(op === '==' || op === '>=') || a >= b) return undefined;
    const noun = commonNoun(label(l.field), label(r.field));
    return vi
      ? `${n(a, lang)}/${n(b, lang)} ${stripSo(label(l.field))}, còn thiếu ${n(b - a, lang)}${noun ? ` ${noun}` : ''}`
      : `${n(a, lang)} of ${n(b, lang)} ${stripSo(label(l.field))}, ${n(b - a, lang)} short`;
  }
  if ('percentOf' in l && 'const' in r && typeof r.const === 'number' && (op === '>=' || op === '>')) {
    const [nk, dk] = l.percentOf;
    const a = v[nk];
    const b = v[dk];
    if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return undefined;
    const more = moreForShare(a, b, r.const);
    const noun = commonNoun(label(nk), label(dk));
    const head = vi ? `${n(a, lang)}/${n(b, lang)} ${stripSo(label(nk))} (${shareWords(a, b, lang)})` : `${n(a, lang)} of ${n(b, lang)} ${stripSo(label(nk))} (${shareWords(a, b, lang)})`;
    if (more === 0) return head;
    return vi ? `${head}, còn thiếu ${n(more, lang)}${noun ? ` ${noun}` : ''}` : `${head}, ${n(more, lang)} short`;
  }
  if ('field' in l && 'const' in r) {
    const f = fieldOf(fields, l.field);
    const a = v[l.field];
    if (typeof r.const === 'boolean' && typeof a === 'boolean') {
      const text = label(l.field);
      if (vi) return /^đạt\s/i.test(text) ? `chưa ${text}` : `${text}: ${fieldValue(f, a, lang)}`;
      return `${text}: ${fieldValue(f, a, lang)}`;
    }
    if (typeof r.const === 'number' && typeof a === 'number') {
      const pct = f?.type === 'percent' ? '%' : '';
      const head = `${label(l.field)}: ${n(a, lang)}${pct} (${vi ? 'yêu cầu' : 'required'} ${sym(op)} ${n(r.const, lang)}${pct})`;
      if (pct !== '' && (op === '>=' || op === '>') && a < r.const) return `${head}, ${vi ? `còn thiếu ${n(r.const - a, lang)} điểm phần trăm` : `${n(r.const - a, lang)} percentage points short`}`;
      return head;
    }
  }
  return undefined;
}

function compoundShortfall(r: IndicatorResult, ind: IndicatorWordsOf, lang: Lang): string | undefined {
  const rule = r.threshold?.rule;
  const failed = r.failed ?? [];
  if (rule?.kind !== 'compound' || typeof r.value !== 'object' || r.value === null || failed.length === 0) return failed.map((f) => f[lang]).join('; ') || undefined;
  const fields = ind.fields ?? [];
  const texts = new Set(failed.map((f) => f.vi));
  const out: string[] = [];
  for (const c of comparisons(rule.rule, [])) {
    const text = c.label ?? { vi: describeCondition(c, fields, 'vi'), en: describeCondition(c, fields, 'en') };
    if (!texts.has(text.vi)) continue;
    texts.delete(text.vi);
    out.push(partWords(c, fields, r.value as Values, lang) ?? `${lang === 'vi' ? 'chưa đạt' : 'not met'}: ${text[lang]}`);
  }
  // A failed part the walk did not find (it cannot happen with the engine's texts) is still said.
  for (const f of failed) if (texts.has(f.vi)) out.push(`${lang === 'vi' ? 'chưa đạt' : 'not met'}: ${f[lang]}`);
  return out.join('; ');
}
