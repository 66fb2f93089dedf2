import {
  evaluate,
  evaluateCommune,
  evaluateDistrict,
  getCriteriaSet,
  isNtmError,
  REGION_NAMES,
  type CommuneInput,
  type DistrictInput,
  type CriteriaSet,
  type CriteriaSetKind,
  type EvaluationInput,
  type EvaluationResult,
  type NtmIssue,
} from '../../index.js';
import { communesFromCsv } from '../csv.js';
import { EXIT, UsageError } from '../errors.js';
import { formatPath, printJson, type Context } from '../context.js';
import { outcomeText, provenanceText, statusText, t, type Lang } from '../i18n.js';
import { DataError, isCsv, parseJson, readText } from '../read.js';

/** One subject read from a file, with where it came from (for error messages). */
export interface Subject {
  readonly input: unknown;
  /** Prefix naming the subject in messages: `file.json [2]` or `file.csv row 3 (line 4)`. */
  readonly where: string;
  /** For JSON lists, the index to prefix issue paths with. */
  readonly index?: number;
  /** For CSV rows, input key → column header. */
  readonly columns?: ReadonlyMap<string, string>;
}

/** An evaluated subject, or the error it raised. */
export type Outcome = { readonly subject: Subject; readonly result: EvaluationResult } | { readonly subject: Subject; readonly error: { code: string; message: string; issues: readonly NtmIssue[] } };

/** The set whose columns a CSV file is read against. */
function columnsSet(ctx: Context): CriteriaSet {
  return getCriteriaSet(kindOf(ctx), { ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), ...(ctx.province !== undefined ? { province: ctx.province } : {}) });
}

/** The set kind selected with --kind (default commune). */
export function kindOf(ctx: Context): CriteriaSetKind {
  return (ctx.kind ?? 'commune') as CriteriaSetKind;
}

/** Reads the subjects of a JSON (one object or a list) or CSV file. Issues in the file's shape are reported and counted. */
export async function readSubjects(ctx: Context, file: string): Promise<{ subjects: Subject[]; single: boolean; problems: number }> {
  const text = await readText(ctx.io, file);
  if (isCsv(file)) {
    let set: CriteriaSet;
    try {
      set = columnsSet(ctx);
    } catch (error) {
      if (isNtmError(error)) throw new UsageError(error.message);
      throw error;
    }
    const { rows, issues } = communesFromCsv(text, set);
    for (const i of issues) {
      const at = [i.row !== undefined ? `row ${i.row}` : '', i.line !== undefined ? `(line ${i.line})` : '', i.column !== undefined ? `column "${i.column}"` : ''].filter(Boolean).join(' ');
      ctx.io.stderr(`${file}${at ? ` ${at}` : ''}: ${i.message}\n`);
    }
    const subjects = rows.map((r) => ({ input: r.input, where: `${file} row ${r.row} (line ${r.line})`, columns: r.columns }));
    return { subjects, single: false, problems: issues.length };
  }
  const value = parseJson(text, file);
  if (Array.isArray(value)) return { subjects: value.map((input, index) => ({ input, where: `${file} [${index}]`, index })), single: false, problems: 0 };
  if (typeof value === 'object' && value !== null) return { subjects: [{ input: value, where: file }], single: true, problems: 0 };
  throw new DataError(`${file}: expected one subject (an object) or a list of them (an array)`);
}

function evaluateOne(ctx: Context, input: unknown): EvaluationResult {
  const options = { ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), overlays: ctx.overlays };
  const kind = kindOf(ctx);
  if (kind === 'commune') return evaluateCommune(input as CommuneInput, options);
  // A district's commune conditions are derived from its communes' statuses.
  if (kind === 'district') return evaluateDistrict(input as DistrictInput, options);
  const year = (input as { year?: unknown } | null)?.year;
  const day = ctx.asOf ?? (typeof year === 'number' && Number.isInteger(year) ? `${year}-12-31` : undefined);
  const province = ctx.province ?? (input as { province?: unknown } | null)?.province;
  const set = getCriteriaSet(kind, { ...(day !== undefined ? { asOf: day } : {}), ...(typeof province === 'string' ? { province } : {}) });
  return evaluate(set, input as EvaluationInput, options);
}

/** Evaluates each subject; library errors are caught per subject. */
export function evaluateSubjects(ctx: Context, subjects: readonly Subject[]): Outcome[] {
  return subjects.map((subject) => {
    try {
      return { subject, result: evaluateOne(ctx, subject.input) };
    } catch (error) {
      if (!isNtmError(error)) throw error;
      return { subject, error: { code: error.code, message: error.message.split('\n')[0]!, issues: error.issues } };
    }
  });
}

/** Prints the errors of failed subjects to stderr, each with its path (or CSV column); returns how many failed. */
export function reportErrors(ctx: Context, outcomes: readonly Outcome[]): number {
  let failed = 0;
  let printed = 0;
  let hidden = 0;
  // Bounded output: 20,000 bad subjects with 100 issues each would print two million lines.
  const print = (line: string) => (printed < MAX_PRINTED_ISSUES ? (printed++, ctx.io.stderr(line)) : hidden++);
  for (const o of outcomes) {
    if (!('error' in o)) continue;
    failed++;
    const { subject, error } = o;
    if (error.issues.length === 0) print(`${subject.where}: ${error.message}\n`);
    for (const issue of error.issues) {
      const path = formatPath(issue.path);
      const column = subject.columns ? columnOf(subject.columns, issue.path) : undefined;
      print(`${subject.where}${column ? ` column "${column}"` : ''} ${path}: ${issue.message}\n`);
    }
  }
  if (hidden > 0) ctx.io.stderr(`… and ${hidden} more problems\n`);
  return failed;
}

/** At most this many problems are printed by one command. */
export const MAX_PRINTED_ISSUES = 1_000;

function columnOf(columns: ReadonlyMap<string, string>, path: readonly (string | number)[]): string | undefined {
  const [a, b] = path;
  return (b !== undefined ? columns.get(`${String(a)}.${String(b)}`) : undefined) ?? columns.get(String(a));
}

function formatValue(v: unknown): string {
  return v === undefined ? '—' : JSON.stringify(v);
}

/** Renders one evaluation for people. */
export function renderResult(r: EvaluationResult, lang: Lang): string {
  const lines: string[] = [];
  const day = r.asOf.split('-').reverse().join('/');
  lines.push(`${r.name ?? t(lang, '(không tên)', '(unnamed)')} — ${r.set.title[lang]} [${r.set.id}]`);
  lines.push(t(lang, `Năm đánh giá ${r.year}, áp dụng quy định ngày ${day}`, `Assessment year ${r.year}, rules in force on ${r.asOf}`));
  if (r.region) {
    const eff = r.effectiveRegion && r.effectiveRegion !== r.region ? ` → ${r.effectiveRegion} (${r.effectiveRegionReason?.[lang] ?? ''})` : '';
    lines.push(`${t(lang, 'Vùng', 'Region')}: ${r.region} ${REGION_NAMES[r.region][lang]}${eff}`);
  }
  lines.push(
    `${t(lang, 'Kết quả', 'Result')}: ${statusText(r.status, lang)} — ${t(lang, 'đạt', 'met')} ${r.criteriaMet}/${r.criteriaTotal}, ` +
      `${t(lang, 'chưa đạt', 'not met')} ${r.criteriaNotMet}, ${t(lang, 'chưa xác định', 'unknown')} ${r.criteriaUnknown}`,
  );
  const indicatorLines = (inds: EvaluationResult['conditions']) => {
    const missing: string[] = [];
    for (const i of inds) {
      if (i.outcome === 'met' || i.outcome === 'not-applicable') continue;
      if (i.reason?.code === 'missing-input') {
        missing.push(i.code);
        continue;
      }
      const th = i.threshold ? `${i.threshold.text[lang]} [${provenanceText(i.threshold.provenance, lang)}${i.threshold.source !== 'national' ? `, ${i.threshold.source}` : ''}]` : '—';
      const why = i.reason ? i.reason.message[lang] : i.failed ? i.failed.map((f) => f[lang]).join('; ') : i.shortfall !== undefined ? `${t(lang, 'còn thiếu', 'short by')} ${i.shortfall}` : '';
      lines.push(`      ${i.code.padEnd(6)} ${outcomeText(i.outcome, lang)}: ${t(lang, 'giá trị', 'value')} ${formatValue(i.value)}; ${t(lang, 'ngưỡng', 'threshold')} ${th}${why ? `; ${why}` : ''}`);
    }
    if (missing.length > 0) lines.push(`      ${t(lang, 'chưa có số liệu', 'no input')}: ${missing.join(', ')}`);
  };
  for (const c of r.criteria) {
    lines.push(`  ${c.code.padStart(2)}  ${c.name[lang]}: ${outcomeText(c.outcome, lang)}`);
    indicatorLines(c.indicators);
  }
  if (r.conditions.length > 0) {
    lines.push(`  ${t(lang, 'Điều kiện', 'Conditions')}:`);
    indicatorLines(r.conditions);
  }
  const p = r.provenance;
  lines.push(
    `${t(lang, 'Ngưỡng đã áp dụng', 'Thresholds applied')}: ${p.confirmed} ${provenanceText('confirmed', lang)}, ${p.secondary} ${provenanceText('secondary', lang)}, ` +
      `${p.notEncoded} ${provenanceText('not-encoded', lang)}${p.fromOverlay > 0 ? `, ${p.fromOverlay} ${t(lang, 'từ bảng ngưỡng bổ sung', 'from overlays')} (${r.overlays.map((o) => o.id).join(', ')})` : ''}`,
  );
  return lines.join('\n') + '\n';
}

/** `ntm evaluate <file>`: evaluates one subject or a list (JSON or CSV). */
export async function evaluateCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const file = args[0];
  if (file === undefined) throw new UsageError('evaluate: missing <file> (a JSON commune, a JSON list, or a CSV file)');
  if (args.length > 1) throw new UsageError(`evaluate: one file at a time (got ${args.length})`);
  const { subjects, single, problems } = await readSubjects(ctx, file);
  const outcomes = evaluateSubjects(ctx, subjects);
  const failed = reportErrors(ctx, outcomes);
  if (ctx.json) {
    const out = outcomes.map((o) => ('result' in o ? o.result : { error: o.error }));
    if (single) {
      if (out[0] && 'result' in outcomes[0]!) printJson(ctx, out[0]);
    } else printJson(ctx, out);
  } else {
    ctx.io.stdout(outcomes.filter((o): o is Extract<Outcome, { result: EvaluationResult }> => 'result' in o).map((o) => renderResult(o.result, ctx.lang)).join('\n'));
  }
  return failed + problems > 0 ? EXIT.findings : EXIT.ok;
}
