import { describeRule, getCriteriaSet, isNtmError, listCriteriaSets, type CriteriaSet, type CriteriaSetKind, type Indicator, type Threshold } from '../../index.js';
import { formatDay } from '../../_lib/dates.js';
import { citationWords, sourceSites, sourceWords } from '../../wording/citations.js';
import { columnsShort } from '../../wording/columns.js';
import { KIND_NAMES, NO_THRESHOLD, periodWords, setKindWords, type Lang } from '../../wording/terms.js';
import { fieldLabel } from '../../wording/values.js';
import { printJson, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t } from '../i18n.js';

function* indicatorsOf(set: CriteriaSet): Generator<{ criterion: string; indicator: Indicator }> {
  for (const c of set.criteria) for (const i of c.indicators) yield { criterion: c.code, indicator: i };
  for (const i of set.conditions ?? []) yield { criterion: '—', indicator: i };
}

/** Counts of a set's thresholds by provenance, and indicators with none encoded. */
export function provenanceCounts(set: CriteriaSet): { confirmed: number; secondary: number; notEncoded: number; indicators: number } {
  let confirmed = 0;
  let secondary = 0;
  let notEncoded = 0;
  let indicators = 0;
  for (const { indicator } of indicatorsOf(set)) {
    indicators++;
    if (indicator.thresholds.length === 0) notEncoded++;
    for (const th of indicator.thresholds) if (th.provenance === 'confirmed') confirmed++; else secondary++;
  }
  return { confirmed, secondary, notEncoded, indicators };
}

function inForce(th: Threshold, on: string): boolean {
  return th.validFrom <= on && (th.validUntil === undefined || on <= th.validUntil);
}

const validity = (s: { validFrom: string; validUntil?: string }, lang: Lang) =>
  s.validUntil === undefined ? t(lang, `áp dụng từ ${formatDay(s.validFrom, lang)}`, `in force from ${formatDay(s.validFrom, lang)}`) : t(lang, `áp dụng từ ${formatDay(s.validFrom, lang)} đến ${formatDay(s.validUntil, lang)}`, `in force from ${formatDay(s.validFrom, lang)} to ${formatDay(s.validUntil, lang)}`);

/** The lines of one threshold in force: its columns and years, the requirement, the exact source. */
function thresholdLine(th: Threshold, indicator: Indicator, set: CriteriaSet, lang: Lang): string {
  const where = th.columns === 'all' ? '' : ` ${t(lang, set.columns === 'commune-group' ? '' : 'vùng ', set.columns === 'commune-group' ? '' : 'regions ')}${columnsShort(th.columns, lang, set.columns)}`;
  const years = th.years ? ` (${t(lang, 'năm', th.years.length > 1 ? 'years' : 'year')} ${th.years.join(', ')})` : '';
  const rule = indicator.kind === 'boolean' ? t(lang, 'đạt', 'met') : indicator.kind === 'none-allowed' ? t(lang, 'không còn', 'none') : describeRule(th.rule, indicator)[lang];
  return `${t(lang, 'Ngưỡng', 'Threshold')}${where}${years}: ${rule}. ${t(lang, 'Nguồn', 'Source')}: ${sourceWords(th.citation, lang, th.provenance)}`;
}

function indicatorBlock(indicator: Indicator, set: CriteriaSet, on: string, lang: Lang, position?: number): string[] {
  const pad = '        ';
  // A condition's code (`communes-ntm`) is a key of the input file, shown by --json; people read its number and name.
  const lines = [/^[\d.]+$/.test(indicator.code) ? `  ${indicator.code.padEnd(5)} ${indicator.name[lang]}` : `  ${position ?? 1}. ${indicator.name[lang]}`];
  const fields = indicator.fields ? ` (${indicator.fields.map((f) => fieldLabel(f, lang)).join('; ')})` : '';
  lines.push(`${pad}${t(lang, 'Loại', 'Kind')}: ${KIND_NAMES[indicator.kind][lang]}${fields}${indicator.ifAny ? t(lang, '; "nếu có": có thể khai là không áp dụng', '; "if any": may be declared not applicable') : ''}`);
  const current = indicator.thresholds.filter((th) => inForce(th, on));
  if (current.length === 0) {
    lines.push(`${pad}${t(lang, 'Ngưỡng', 'Threshold')}: ${indicator.missingThreshold?.[lang] ?? NO_THRESHOLD[lang]}. ${t(lang, 'Chỉ tiêu tại', 'Indicator in')}: ${sourceWords(indicator.citation, lang)}`);
  } else for (const th of current) lines.push(`${pad}${thresholdLine(th, indicator, set, lang)}`);
  return lines;
}

/** The legal basis of a set: each instrument and, in brackets, the sites it was read via. */
function basisWords(set: CriteriaSet, lang: Lang): string {
  return set.legalBasis.map((c) => {
    const sites = sourceSites(c);
    return `${citationWords(c, lang)}${sites.length > 0 ? ` (${t(lang, 'đọc qua', 'read via')} ${sites.join(', ')})` : ''}`;
  }).join('; ');
}

/** What a set holds, in words: `19 tiêu chí, 57 chỉ tiêu`, `4 điều kiện`, `10 tiêu chí, chưa có danh mục chỉ tiêu`. */
function contentWords(s: CriteriaSet, lang: Lang): string {
  const indicators = s.criteria.reduce((n, c) => n + c.indicators.length, 0);
  const conditions = (s.conditions ?? []).length;
  const parts: string[] = [];
  if (s.criteria.length > 0) parts.push(t(lang, `${s.criteria.length} tiêu chí`, `${s.criteria.length} criteria`));
  if (indicators > 0) parts.push(t(lang, `${indicators} chỉ tiêu`, `${indicators} indicators`));
  else if (s.criteria.length > 0) parts.push(t(lang, 'chưa có danh mục chỉ tiêu trong thư viện', 'no indicators in the library'));
  if (conditions > 0) parts.push(t(lang, `${conditions} điều kiện`, `${conditions} conditions`));
  const n = provenanceCounts(s);
  if (n.indicators === 0) return parts.join(', ');
  return `${parts.join(', ')}; ${t(lang, `ngưỡng: ${n.confirmed} từ văn bản gốc, ${n.secondary} từ nguồn thứ cấp; ${n.notEncoded} chưa có ngưỡng trong thư viện`, `thresholds: ${n.confirmed} from the legal text, ${n.secondary} secondary; ${n.notEncoded} without a threshold in the library`)}`;
}

/** The heading of a set: title, version, period, basis, notes. */
function setHead(set: CriteriaSet, lang: Lang): string[] {
  const lines = [
    set.title[lang],
    `${t(lang, 'Phiên bản', 'Version')}: ${validity(set, lang)}; ${t(lang, 'năm đánh giá', 'assessment years')} ${periodWords(set.period.fromYear, set.period.toYear)}${set.province ? `; ${t(lang, 'tỉnh', 'province')} ${set.province}` : ''}`,
    `${t(lang, 'Căn cứ', 'Legal basis')}: ${basisWords(set, lang)}`,
  ];
  if ((set.notes ?? []).length > 0) {
    lines.push(`${t(lang, 'Lưu ý', 'Notes')}:`);
    for (const n of set.notes ?? []) lines.push(`  - ${n[lang]}`);
  }
  return lines;
}

function renderSet(set: CriteriaSet, lang: Lang, on: string): string {
  const lines = [...setHead(set, lang), `${t(lang, 'Ngưỡng có hiệu lực ngày', 'Thresholds in force on')} ${formatDay(on, lang)}`, ''];
  for (const c of set.criteria) {
    lines.push(`${t(lang, 'Tiêu chí', 'Criterion')} ${c.code}. ${c.name[lang]}`);
    if (c.indicators.length === 0) lines.push(`  ${c.missingIndicators?.[lang] ?? t(lang, 'chưa có danh mục chỉ tiêu trong thư viện', 'no indicators in the library')}`);
    for (const i of c.indicators) lines.push(...indicatorBlock(i, set, on, lang));
  }
  if ((set.conditions ?? []).length > 0) {
    lines.push(t(lang, 'Điều kiện', 'Conditions'));
    (set.conditions ?? []).forEach((i, k) => lines.push(...indicatorBlock(i, set, on, lang, k + 1)));
  }
  lines.push('', `${t(lang, 'Tổng hợp', 'In all')}: ${contentWords(set, lang)}.${provenanceCounts(set).notEncoded > 0 ? t(lang, ' Chỉ tiêu chưa có ngưỡng được đánh giá là "chưa xác định".', ' Indicators without a threshold evaluate as "not determined".') : ''}`);
  return lines.join('\n') + '\n';
}

function renderList(sets: readonly CriteriaSet[], lang: Lang): string {
  const lines: string[] = [];
  let kind: string | undefined;
  for (const s of sets) {
    if (s.kind !== kind) {
      kind = s.kind;
      if (lines.length > 0) lines.push('');
      lines.push(`${setKindWords(s.kind, lang)} (${t(lang, 'mã', 'code')}: ${s.kind})`);
    }
    const basis = s.legalBasis.map((c) => citationWords(c, lang)).join('; ');
    lines.push(`  - ${s.title[lang]}${s.province ? ` (${s.province})` : ''}, ${validity(s, lang)} (${t(lang, 'căn cứ', 'basis')}: ${basis}): ${contentWords(s, lang)}`);
  }
  lines.push('', t(lang, 'Xem chi tiết một bộ tiêu chí: ntm sets <mã> [--as-of dd/mm/yyyy]', 'Details of one set: ntm sets <code> [--as-of YYYY-MM-DD]'));
  return lines.join('\n') + '\n';
}

/** `ntm sets [kind]`: lists the encoded sets, or prints one with its thresholds, provenance and sources. */
export function setsCommand(ctx: Context, args: readonly string[]): number {
  if (args.length > 1) throw new UsageError({ vi: `sets: nhiều nhất một mã loại bộ tiêu chí (đang có: ${args.join(' ')})`, en: `sets: at most one kind (got ${args.join(' ')})` });
  const kind = args[0] as CriteriaSetKind | undefined;
  if (kind === undefined) {
    const sets = listCriteriaSets();
    if (ctx.json) printJson(ctx, sets.map((s) => ({ id: s.id, kind: s.kind, validFrom: s.validFrom, validUntil: s.validUntil ?? null, province: s.province ?? null, ...provenanceCounts(s) })));
    else ctx.io.stdout(renderList(sets, ctx.lang));
    return EXIT.ok;
  }
  let set: CriteriaSet;
  try {
    set = getCriteriaSet(kind, { ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), ...(ctx.province !== undefined ? { province: ctx.province } : {}) });
  } catch (error) {
    if (isNtmError(error)) {
      const text = (lang: Lang) => error.issues.map((i) => i.text[lang]).join('; ') || error.message;
      throw new UsageError({ vi: `sets: ${text('vi')}`, en: `sets: ${text('en')}` });
    }
    throw error;
  }
  if (ctx.json) printJson(ctx, set);
  else ctx.io.stdout(renderSet(set, ctx.lang, ctx.asOf ?? set.validUntil ?? set.validFrom));
  return EXIT.ok;
}
