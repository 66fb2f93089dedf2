// An evaluation as an office reads it: the set and its notes, the result in words (never a claim of
// recognition), then each criterion with what is not met or not known: the figures, the requirement,
// what is missing in units, and the exact source of the threshold.
import { listCriteriaSets, type CriteriaSet, type EvaluationResult, type Indicator, type IndicatorResult } from '../index.js';
import { formatDay } from '../_lib/dates.js';
import { citationWords, instrumentWords, readFromInstrument, sourceSites, sourceWords } from '../wording/citations.js';
import { columnWords, groupWords, regionWords } from '../wording/columns.js';
import { outcomeWords, provenanceWords, statusWords, type Lang } from '../wording/terms.js';
import { requirementWords, shortfallWords, valueWords } from '../wording/values.js';
import { t } from './i18n.js';

/** The set version an evaluation used, found by its id among the registered sets. */
export function setOf(r: EvaluationResult): CriteriaSet | undefined {
  return listCriteriaSets().find((s) => s.id === r.set.id);
}

/** The version in words: `phiên bản áp dụng từ 01/03/2024 đến 31/12/2025`. */
function versionWords(s: { readonly validFrom: string; readonly validUntil?: string }, lang: Lang): string {
  const from = formatDay(s.validFrom, lang);
  if (s.validUntil === undefined) return t(lang, `phiên bản áp dụng từ ${from}`, `version in force from ${from}`);
  return t(lang, `phiên bản áp dụng từ ${from} đến ${formatDay(s.validUntil, lang)}`, `version in force from ${from} to ${formatDay(s.validUntil, lang)}`);
}

/** The heading of a set: its title and version, legal basis, period and notes (the notes say what could not be read). */
export function setHeading(set: CriteriaSet | undefined, r: EvaluationResult['set'], lang: Lang): string[] {
  const lines = [`${r.title[lang]}; ${versionWords(r, lang)}`];
  if (set === undefined) return lines;
  lines.push(`${t(lang, 'Căn cứ', 'Legal basis')}: ${set.legalBasis.map((c) => citationWords(c, lang)).join('; ')}`);
  const notes = set.notes ?? [];
  if (notes.length > 0) {
    lines.push(`${t(lang, 'Lưu ý', 'Notes')}:`);
    for (const n of notes) lines.push(`  - ${n[lang]}`);
  }
  return lines;
}

function indicatorOf(set: CriteriaSet | undefined, code: string, condition: boolean): Indicator | undefined {
  if (set === undefined) return undefined;
  return condition ? set.conditions?.find((i) => i.code === code) : set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
}

/** The source of an applied threshold: an overlay by its title, the package's data by its citation. */
function thresholdSource(i: IndicatorResult, r: EvaluationResult, lang: Lang): string {
  const th = i.threshold!;
  const own = sourceWords(th.citation, lang, th.provenance);
  if (th.source === 'national') return own;
  const overlay = r.overlays.find((o) => o.id === th.source);
  return `${t(lang, 'bảng ngưỡng bổ sung', 'threshold table')} "${overlay?.title ?? th.source}": ${own}`;
}

function indicatorLines(i: IndicatorResult, r: EvaluationResult, set: CriteriaSet | undefined, condition: boolean, lang: Lang): string[] {
  const ind = indicatorOf(set, i.code, condition) ?? i;
  const noun = condition ? t(lang, 'Điều kiện', 'Condition') : t(lang, 'Chỉ tiêu', 'Indicator');
  const head = `      - ${noun} ${i.code} (${i.name[lang]}): ${outcomeWords(i.outcome, lang)}`;
  const pad = '          ';
  // Pass/fail and none-allowed indicators say it in one line: `chưa đạt (yêu cầu: đạt)`, `còn 2 nhà tạm, dột nát (yêu cầu: không còn)`.
  if ((i.kind === 'boolean' || i.kind === 'none-allowed') && i.outcome === 'not-met' && i.threshold) {
    const what = i.kind === 'boolean' ? `${head} (${t(lang, 'yêu cầu', 'required')}: ${requirementWords(i.kind, i.threshold, lang)})` : `${head}, ${shortfallWords(i, ind, lang) ?? valueWords(ind, i.value, lang)}`;
    return [what, `${pad}${t(lang, 'Nguồn', 'Source')}: ${thresholdSource(i, r, lang)}`];
  }
  const lines = [head, `${pad}${t(lang, 'Số liệu', 'Data')}: ${valueWords(ind, i.value, lang)}`];
  if (i.threshold) {
    const column = i.threshold.column === 'all' ? '' : ` ${t(lang, 'đối với', 'for')} ${columnWords(i.threshold.column, lang)}`;
    lines.push(`${pad}${t(lang, 'Yêu cầu', 'Required')}${column}: ${requirementWords(i.kind, i.threshold, lang)}`);
  }
  const why = i.outcome === 'not-met' ? shortfallWords(i, ind, lang) : i.reason?.message[lang];
  if (why) lines.push(`${pad}${t(lang, 'Lý do', 'Why')}: ${why}`);
  if (i.threshold) lines.push(`${pad}${t(lang, 'Nguồn', 'Source')}: ${thresholdSource(i, r, lang)}`);
  return lines;
}

function listLines(list: readonly IndicatorResult[], r: EvaluationResult, set: CriteriaSet | undefined, condition: boolean, lang: Lang): string[] {
  const lines: string[] = [];
  const missing: string[] = [];
  const declared: string[] = [];
  for (const i of list) {
    if (i.outcome === 'met' || i.outcome === 'not-applicable') continue;
    if (i.reason?.code === 'missing-input') missing.push(i.code);
    else if (i.reason?.code === 'explicitly-unknown') declared.push(i.code);
    else lines.push(...indicatorLines(i, r, set, condition, lang));
  }
  const codes = (list: readonly string[]) => `${condition ? t(lang, 'điều kiện', list.length > 1 ? 'conditions' : 'condition') : t(lang, 'chỉ tiêu', list.length > 1 ? 'indicators' : 'indicator')} ${list.join(', ')}`;
  if (declared.length > 0) lines.push(`      - ${t(lang, 'Đã khai báo là chưa có số liệu', 'Declared as no data')}: ${codes(declared)}`);
  if (missing.length > 0) lines.push(`      - ${t(lang, 'Chưa có số liệu', 'No data')}: ${codes(missing)}`);
  return lines;
}

/** The instruments the applied thresholds come from, with their items and the sites read. */
export function sourcesLine(r: EvaluationResult, lang: Lang): string | undefined {
  const groups = new Map<string, { items: string[]; sites: Set<string>; provenance: Set<string> }>();
  for (const i of [...r.criteria.flatMap((c) => c.indicators), ...r.conditions]) {
    const th = i.threshold;
    if (th === null) continue;
    const c = th.citation;
    const overlay = th.source === 'national' ? undefined : r.overlays.find((o) => o.id === th.source);
    const key = overlay !== undefined
      ? `${t(lang, 'bảng ngưỡng bổ sung', 'threshold table')} "${overlay.title}" (${citationWords(overlay.citation, lang)})`
      : readFromInstrument(c) ?? [instrumentWords(c.instrument), c.annex].filter(Boolean).join(', ');
    const g = groups.get(key) ?? { items: [], sites: new Set<string>(), provenance: new Set<string>() };
    g.items.push(i.code);
    for (const s of sourceSites(c)) g.sites.add(s);
    g.provenance.add(provenanceWords(th.provenance, lang));
    groups.set(key, g);
  }
  if (groups.size === 0) return undefined;
  const parts = [...groups].map(([key, g]) => {
    const items = `${t(lang, 'chỉ tiêu', g.items.length > 1 ? 'indicators' : 'indicator')} ${g.items.join(', ')}`;
    const via = g.sites.size > 0 ? `, ${t(lang, 'đọc qua', 'read via')} ${[...g.sites].join(', ')}` : '';
    return `${key} (${items}; ${[...g.provenance].join(', ')}${via})`;
  });
  return `${t(lang, 'Nguồn của các ngưỡng đã áp dụng', 'Sources of the thresholds applied')}: ${parts.join('; ')}`;
}

/**
 * The overlays given for the set's kind but not applied (their validity lies outside the set
 * version's: a 2021-2025 provincial table in a 2026 evaluation), one line each, once per overlay
 * and reason over the results given: a person must not believe a table applied that did not.
 */
export function overlaysNotAppliedLines(results: readonly { readonly overlaysNotApplied?: EvaluationResult['overlaysNotApplied'] }[], lang: Lang): string[] {
  const lines = new Set<string>();
  for (const r of results) {
    for (const o of r.overlaysNotApplied ?? []) lines.add(`${t(lang, 'Lưu ý', 'Note')}: ${t(lang, 'bảng ngưỡng bổ sung', 'threshold table')} "${o.title}": ${o.reason[lang]}`);
  }
  return [...lines];
}

/** What a list of results has already printed: the set heading, the sources and the overlays not applied are printed once while they stay the same. */
export interface Printed {
  set?: string;
  sources?: string;
  notApplied?: string;
}

/** The subject's threshold column: its region (and the column that applies) or its commune group. */
function columnLines(r: EvaluationResult, lang: Lang): string[] {
  const lines: string[] = [];
  if (r.region) {
    const eff = r.effectiveRegion && r.effectiveRegion !== r.region
      ? `; ${r.effectiveRegionReason?.[lang] ?? t(lang, `áp dụng chỉ tiêu vùng ${regionWords(r.effectiveRegion, lang)}`, `thresholds of ${regionWords(r.effectiveRegion, lang)} apply`)}`
      : '';
    lines.push(`${t(lang, 'Vùng', 'Region')}: ${regionWords(r.region, lang)}${eff}`);
  }
  if (r.group !== undefined) {
    const g = r.group === null ? t(lang, 'chưa xác định', 'not known') : groupWords(r.group, lang);
    lines.push(`${t(lang, 'Nhóm xã', 'Commune group')}: ${g}${r.groupReasons && r.groupReasons.length > 0 ? ` (${r.groupReasons.map((x) => x[lang]).join('; ')})` : ''}`);
  }
  return lines;
}

/** Who assessed the criteria, in which record and when: "Kết quả đánh giá theo tiêu chí do UBND xã … lập ngày 15/10/2026 (Quyết định …; ghi chú)". */
function assessmentLine(a: NonNullable<EvaluationResult['assessment']>, lang: Lang): string {
  const who = a.by !== undefined && a.by !== '' ? t(lang, ` do ${a.by} lập`, ` by ${a.by}`) : '';
  const when = a.date !== undefined ? t(lang, ` ngày ${formatDay(a.date, lang)}`, ` on ${formatDay(a.date, lang)}`) : '';
  const more = [a.decision, a.note].filter((x): x is string => x !== undefined && x !== '');
  return `${t(lang, 'Kết quả đánh giá theo tiêu chí', 'Criterion-level assessment')}${who}${when}${more.length > 0 ? ` (${more.join('; ')})` : ''}`;
}

/**
 * Renders one evaluation for people. The set's heading (title, version, legal basis, notes) and
 * the sources of the thresholds are printed when they differ from those `printed` already has
 * (then recorded there): once for a list of communes of one version and one region.
 */
export function renderResult(r: EvaluationResult, lang: Lang, printed: Printed = {}): string {
  const withSet = printed.set !== r.set.id;
  printed.set = r.set.id;
  const set = setOf(r);
  const lines: string[] = [];
  if (withSet) lines.push(...setHeading(set, r.set, lang), '');
  lines.push(r.name ?? t(lang, '(không có tên)', '(no name)'));
  lines.push(t(lang, `Năm đánh giá: ${r.year}; áp dụng quy định có hiệu lực ngày ${formatDay(r.asOf, lang)}`, `Assessment year: ${r.year}; rules in force on ${formatDay(r.asOf, lang)}`));
  lines.push(...columnLines(r, lang));
  const counts = t(lang,
    `đạt ${r.criteriaMet}/${r.criteriaTotal} tiêu chí; chưa đạt ${r.criteriaNotMet}; chưa xác định ${r.criteriaUnknown}`,
    `${r.criteriaMet} of ${r.criteriaTotal} criteria met; ${r.criteriaNotMet} not met; ${r.criteriaUnknown} not determined`);
  lines.push(`${t(lang, 'Kết quả', 'Result')}: ${statusWords(r.status, r.criteriaTotal, lang)} — ${counts}`);
  if (r.status === 'meets-standard') lines.push(t(lang, 'Đây là kết quả tính từ số liệu đã nhập; việc công nhận đạt chuẩn do cấp có thẩm quyền quyết định.', 'This is computed from the data given; recognition is decided by the competent authority.'));
  const notApplied = overlaysNotAppliedLines([r], lang);
  if (notApplied.length > 0 && notApplied.join('\n') !== printed.notApplied) lines.push(...notApplied);
  printed.notApplied = notApplied.join('\n');
  if (r.assessment) lines.push(assessmentLine(r.assessment, lang));
  lines.push('');
  for (const c of r.criteria) {
    const basis = c.basis === 'assessment' ? t(lang, ' (theo kết quả đánh giá theo tiêu chí)', ' (as assessed)') : '';
    lines.push(`  ${c.code.padStart(2)}. ${c.name[lang]}: ${outcomeWords(c.outcome, lang)}${basis}`);
    if (c.reason && c.basis === 'indicators' && c.outcome === 'unknown') lines.push(`      - ${c.reason.message[lang]}`);
    lines.push(...listLines(c.indicators, r, set, false, lang));
  }
  if (r.conditions.length > 0) {
    lines.push(`  ${t(lang, 'Điều kiện', 'Conditions')}:`);
    lines.push(...listLines(r.conditions, r, set, true, lang));
  }
  lines.push('');
  const p = r.provenance;
  const applied = p.confirmed + p.secondary;
  // A set without indicators in the library (2026-2030) has no thresholds to count: its results come from the assessments.
  if (set !== undefined && set.criteria.every((c) => c.indicators.length === 0) && (set.conditions ?? []).length === 0) {
    lines.push(t(lang,
      'Bộ tiêu chí chưa có danh mục chỉ tiêu và ngưỡng trong thư viện: kết quả trên lấy từ kết quả đánh giá theo tiêu chí đã nhập; tiêu chí chưa nhập là "chưa xác định".',
      'The set has no indicators or thresholds in the library: the results above come from the criterion-level assessments given; a criterion not given is "not determined".'));
    return lines.join('\n') + '\n';
  }
  lines.push(t(lang,
    `Ngưỡng đã áp dụng: ${applied} (${p.confirmed} từ văn bản gốc, ${p.secondary} từ nguồn thứ cấp${p.fromOverlay > 0 ? `, trong đó ${p.fromOverlay} từ bảng ngưỡng bổ sung` : ''}); ${p.notEncoded} chỉ tiêu chưa có ngưỡng trong thư viện.`,
    `Thresholds applied: ${applied} (${p.confirmed} from the legal text, ${p.secondary} from secondary sources${p.fromOverlay > 0 ? `, ${p.fromOverlay} of them from threshold tables` : ''}); ${p.notEncoded} indicators without a threshold in the library.`));
  const sources = sourcesLine(r, lang);
  if (sources !== undefined) lines.push(sources === printed.sources ? t(lang, 'Nguồn của các ngưỡng đã áp dụng: như trên.', 'Sources of the thresholds applied: as above.') : sources);
  printed.sources = sources;
  return lines.join('\n') + '\n';
}
