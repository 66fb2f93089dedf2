import { describeRule, getCriteriaSet, INSTRUMENTS, isNtmError, listCriteriaSets, type Citation, type CriteriaSet, type CriteriaSetKind, type Indicator, type Threshold } from '../../index.js';
import { printJson, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { provenanceText, t, type Lang } from '../i18n.js';
import { renderTable } from '../table.js';

const short = (c: Citation): string => {
  const parts = [(INSTRUMENTS as Readonly<Record<string, { short: string } | undefined>>)[c.instrument]?.short ?? c.instrument];
  if (c.annex) parts.push(c.annex);
  if (c.article) parts.push(c.article);
  if (c.item) parts.push(c.item);
  return parts.join(', ');
};

function* indicatorsOf(set: CriteriaSet): Generator<{ criterion: string; indicator: Indicator }> {
  for (const c of set.criteria) for (const i of c.indicators) yield { criterion: c.code, indicator: i };
  for (const i of set.conditions ?? []) yield { criterion: '—', indicator: i };
}

/** Rows for criteria whose indicators are not encoded, keyed by the code of the criterion before which they print. */
function emptyCriteria(set: CriteriaSet, lang: Lang): string[][] {
  return set.criteria.filter((c) => c.indicators.length === 0).map((c) => [c.code, '—', c.name[lang], '', c.missingIndicators?.[lang] ?? '', provenanceText('not-encoded', lang), short(c.citation)]);
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

const day = (iso: string | undefined, lang: Lang) => (iso === undefined ? '…' : lang === 'vi' ? iso.split('-').reverse().join('/') : iso);

function inForce(th: Threshold, on: string): boolean {
  return th.validFrom <= on && (th.validUntil === undefined || on <= th.validUntil);
}

function renderSet(set: CriteriaSet, lang: Lang, on: string): string {
  const head = [
    `${set.title[lang]} [${set.id}]`,
    `${t(lang, 'Hiệu lực', 'In force')}: ${day(set.validFrom, lang)} – ${day(set.validUntil, lang)}; ${t(lang, 'năm đánh giá', 'assessment years')} ${set.period.fromYear}-${set.period.toYear}${set.province ? `; ${t(lang, 'tỉnh', 'province')} ${set.province}` : ''}`,
    `${t(lang, 'Căn cứ', 'Legal basis')}: ${set.legalBasis.map(short).join('; ')}`,
    `${t(lang, 'Ngưỡng áp dụng ngày', 'Thresholds in force on')} ${day(on, lang)}`,
    '',
  ].join('\n');
  const rows: string[][] = [];
  for (const { criterion, indicator } of indicatorsOf(set)) {
    const current = indicator.thresholds.filter((th) => inForce(th, on));
    const name = indicator.name[lang];
    const label = name.length > 60 ? `${name.slice(0, 59)}…` : name;
    if (current.length === 0) {
      rows.push([criterion, indicator.code, label, indicator.kind, '—', provenanceText('not-encoded', lang), short(indicator.citation)]);
      continue;
    }
    current.forEach((th, n) => {
      const regions = th.columns === 'all' ? '' : `${th.columns.join(', ')}: `;
      const years = th.years ? ` (${th.years.join(', ')})` : '';
      const text = describeRule(th.rule, indicator)[lang];
      rows.push([n === 0 ? criterion : '', n === 0 ? indicator.code : '', n === 0 ? label : '', n === 0 ? indicator.kind : '', `${regions}${text.length > 70 ? `${text.slice(0, 69)}…` : text}${years}`, provenanceText(th.provenance, lang), short(th.citation)]);
    });
  }
  // A set whose indicator lists were not reached (2026-2030) lists its criteria instead.
  if (rows.length === 0 || set.criteria.every((c) => c.indicators.length === 0)) rows.unshift(...emptyCriteria(set, lang));
  const header = lang === 'vi'
    ? ['Tiêu chí', 'Chỉ tiêu', 'Tên', 'Loại', 'Ngưỡng', 'Nguồn gốc', 'Trích dẫn']
    : ['Criterion', 'Indicator', 'Name', 'Kind', 'Threshold', 'Provenance', 'Citation'];
  const c = provenanceCounts(set);
  const foot = t(lang,
    `${c.indicators} chỉ tiêu; ngưỡng: ${c.confirmed} văn bản gốc, ${c.secondary} nguồn thứ cấp; ${c.notEncoded} chỉ tiêu chưa mã hóa ngưỡng (đánh giá là "chưa xác định").`,
    `${c.indicators} indicators; thresholds: ${c.confirmed} confirmed, ${c.secondary} secondary; ${c.notEncoded} indicators without an encoded threshold (evaluate to "unknown").`);
  return `${head}${renderTable(header, rows)}${foot}\n`;
}

function renderList(sets: readonly CriteriaSet[], lang: Lang): string {
  const header = lang === 'vi'
    ? ['Mã phiên bản', 'Loại', 'Hiệu lực từ', 'đến', 'Tiêu chí', 'Chỉ tiêu + điều kiện', 'Văn bản gốc', 'Thứ cấp', 'Chưa mã hóa']
    : ['Version id', 'Kind', 'From', 'Until', 'Criteria', 'Indicators + conditions', 'Confirmed', 'Secondary', 'Not encoded'];
  const rows = sets.map((s) => {
    const c = provenanceCounts(s);
    return [s.id, s.kind + (s.province ? ` (${s.province})` : ''), day(s.validFrom, lang), day(s.validUntil, lang), String(s.criteria.length), String(c.indicators), String(c.confirmed), String(c.secondary), String(c.notEncoded)];
  });
  return renderTable(header, rows, [4, 5, 6, 7, 8]);
}

/** `ntm sets [kind]`: lists the encoded sets, or prints one as a table with provenance. */
export function setsCommand(ctx: Context, args: readonly string[]): number {
  if (args.length > 1) throw new UsageError(`sets: at most one kind (got ${args.join(' ')})`);
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
    if (isNtmError(error)) throw new UsageError(`sets: ${error.message}`);
    throw error;
  }
  if (ctx.json) printJson(ctx, set);
  else ctx.io.stdout(renderSet(set, ctx.lang, ctx.asOf ?? set.validUntil ?? set.validFrom));
  return EXIT.ok;
}
