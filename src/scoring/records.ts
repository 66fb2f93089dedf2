import { INPUT_LIMITS } from '../_lib/limits.js';
import { plainInput, readItems, readPlain } from '../_lib/plain.js';
import { invalidInput, issue, MAX_ISSUES, type IssueInit } from '../errors.js';
import type { EvaluationResult, LocalizedText, Outcome } from '../engine/types/index.js';
import { countIssue } from './buckets.js';

/**
 * Recognition a commune holds: NTM, advanced (nâng cao), model (kiểu mẫu), or none.
 *
 * @example
 * ```ts
 * import type { Recognition } from 'ntm-rules';
 * const r: Recognition = 'advanced';
 * ```
 */
export type Recognition = 'ntm' | 'advanced' | 'model' | 'none';

/**
 * A commune as reports list it: how many criteria it meets, optionally its
 * recognition and per-criterion flags (criterion code → met). A code missing
 * from `criteria` is unknown for the per-criterion tally.
 *
 * @example
 * ```ts
 * import { summarizeCommunes, type CommuneRecord } from 'ntm-rules';
 * const records: CommuneRecord[] = [{ name: 'Xã A', criteriaMet: 19, recognition: 'ntm', criteria: { '2': true } }];
 * summarizeCommunes(records).meetingStandard; // 1
 * ```
 */
export interface CommuneRecord {
  readonly name?: string;
  /** Number of criteria the commune meets, as reported. */
  readonly criteriaMet: number;
  readonly recognition?: Recognition;
  readonly criteria?: { readonly [code: string]: boolean };
}

/**
 * What {@link summarizeCommunes} accepts: evaluation results or plain records.
 *
 * @example
 * ```ts
 * import { evaluateCommune, summarizeCommunes, type ScoringRecord } from 'ntm-rules';
 * const records: ScoringRecord[] = [{ criteriaMet: 15 }, evaluateCommune({ region: 'BTB', year: 2024, indicators: {} })];
 * summarizeCommunes(records).count; // 2
 * ```
 */
export type ScoringRecord = EvaluationResult | CommuneRecord;

/** A record reduced to what scoring needs. */
export interface NormalizedRecord {
  readonly index: number;
  readonly name?: string;
  readonly setId?: string;
  readonly criteriaMet: number;
  /** Criteria whose outcome is not established (evaluation results only). */
  readonly criteriaUnknown: number;
  readonly recognition?: Recognition;
  /** Criterion code → outcome, for codes the record states. */
  readonly criteria: ReadonlyMap<string, Outcome>;
  readonly criterionNames: ReadonlyMap<string, LocalizedText>;
}

/** Parts of an evaluation result scoring never reads: left out of the copy (their keys stay). */
const UNREAD_RESULT_PARTS: ReadonlySet<string> = new Set(['indicators', 'conditions', 'overlays', 'provenance', 'effectiveRegionReason']);

/** Thresholds' rules inside indicator results: never read by scoring or recognition (their texts are). */
const UNREAD_RULES: ReadonlySet<string> = new Set(['rule']);

/** A plain copy of one evaluation result given by a caller (`analyzeGap`, `checkRecognition`), read once. */
export function readEvaluationResult(result: unknown, prefix: readonly (string | number)[]): unknown {
  return plainInput(result, 'evaluation result', INPUT_LIMITS.evaluationResult, { prefix, prune: UNREAD_RULES });
}

const RECOGNITIONS = new Set(['ntm', 'advanced', 'model', 'none']);
const OUTCOMES = new Set(['met', 'not-met', 'unknown']);
const PLAIN_KEYS = new Set(['name', 'criteriaMet', 'recognition', 'criteria']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An evaluation result is told apart from a plain record by its `set`, or its `status` with a `criteria` array. */
function isEvaluationLike(r: Record<string, unknown>): boolean {
  return isObject(r.set) || (r.status !== undefined && Array.isArray(r.criteria));
}

function normalizeEvaluation(
  r: Record<string, unknown>,
  i: number,
  total: number,
  issues: IssueInit[],
  prefix: readonly (string | number)[] = ['records', i],
): NormalizedRecord | undefined {
  const at = (...p: (string | number)[]): (string | number)[] => [...prefix, ...p];
  const start = issues.length;
  if (!Array.isArray(r.criteria)) issues.push(issue(at('criteria'), 'expected-array', { vi: 'cần danh sách kết quả từng tiêu chí của một lần đánh giá', en: 'expected the array of criterion results of an evaluation' }));
  if (!isObject(r.set) || typeof r.set.id !== 'string') issues.push(issue(at('set'), 'expected-object', { vi: 'cần bộ tiêu chí đã dùng để đánh giá ({ id, … })', en: 'expected the evaluated set ({ id, … })' }));
  if (r.criteriaTotal !== total) {
    issues.push(issue(at('criteriaTotal'), 'criteria-total-mismatch', { vi: `bản tổng hợp tính ${total} tiêu chí (theo cách phân nhóm, options.criteriaTotal hoặc kết quả đánh giá đầu tiên); kết quả này có ${String(r.criteriaTotal)} tiêu chí: cần tổng hợp từng bộ tiêu chí một`, en: `the summary counts ${total} criteria (its scheme, options.criteriaTotal or the first evaluation result); this result has ${String(r.criteriaTotal)}: summarise results of one criteria set at a time` }, { expected: total }));
  }
  if (issues.length > start) return undefined;
  const criteria = new Map<string, Outcome>();
  const names = new Map<string, LocalizedText>();
  (r.criteria as unknown[]).forEach((c, j) => {
    if (!isObject(c) || typeof c.code !== 'string' || !OUTCOMES.has(c.outcome as string)) {
      issues.push(issue(at('criteria', j), 'expected-object', { vi: "cần { code, outcome: 'met' | 'not-met' | 'unknown' }", en: "expected { code, outcome: 'met' | 'not-met' | 'unknown' }" }));
      return;
    }
    if (criteria.has(c.code)) issues.push(issue(at('criteria', j, 'code'), 'duplicate-criterion', { vi: `tiêu chí ${c.code} được ghi hai lần`, en: `duplicate criterion "${c.code}"` }, { code: c.code }));
    criteria.set(c.code, c.outcome as Outcome);
    if (isObject(c.name) && typeof c.name.vi === 'string' && typeof c.name.en === 'string') names.set(c.code, c.name as unknown as LocalizedText);
  });
  if (issues.length > start) return undefined;
  const met = [...criteria.values()].filter((o) => o === 'met').length;
  const unknown = [...criteria.values()].filter((o) => o === 'unknown').length;
  if (criteria.size !== total) issues.push(issue(at('criteria'), 'criteria-count', { vi: `cần kết quả của ${total} tiêu chí, đang có ${criteria.size}`, en: `expected ${total} criterion results, got ${criteria.size}` }, { expected: total, count: criteria.size }));
  if (r.criteriaMet !== met) issues.push(issue(at('criteriaMet'), 'criteria-met-mismatch', { vi: `ghi ${String(r.criteriaMet)} nhưng có ${met} tiêu chí đạt`, en: `says ${String(r.criteriaMet)} but ${met} criteria are met` }, { met }));
  if (issues.length > start) return undefined;
  return {
    index: i,
    ...(typeof r.name === 'string' ? { name: r.name } : {}),
    setId: (r.set as { id: string }).id,
    criteriaMet: met,
    criteriaUnknown: unknown,
    criteria,
    criterionNames: names,
  };
}

function normalizePlain(r: Record<string, unknown>, i: number, total: number, issues: IssueInit[]): NormalizedRecord | undefined {
  const at = (...p: (string | number)[]): (string | number)[] => ['records', i, ...p];
  const start = issues.length;
  for (const k of Object.keys(r)) if (!PLAIN_KEYS.has(k)) issues.push(issue(at(k), 'unknown-key', { vi: `không có trường "${k}" (các trường: ${[...PLAIN_KEYS].join(', ')})`, en: `unknown field "${k}"` }, { key: k }));
  const problem = countIssue(r.criteriaMet, total);
  if (problem) issues.push(issue(at('criteriaMet'), problem.code, problem.text));
  if (r.name !== undefined && typeof r.name !== 'string') issues.push(issue(at('name'), 'expected-string', { vi: 'cần tên xã (chuỗi ký tự)', en: 'expected a string' }));
  if (r.recognition !== undefined && !RECOGNITIONS.has(r.recognition as string)) {
    issues.push(issue(at('recognition'), 'expected-one-of', { vi: "cần 'ntm' (đạt chuẩn), 'advanced' (nâng cao), 'model' (kiểu mẫu) hoặc 'none' (chưa công nhận)", en: "expected 'ntm', 'advanced', 'model' or 'none'" }, { allowed: ['ntm', 'advanced', 'model', 'none'] }));
  }
  const criteria = new Map<string, Outcome>();
  if (r.criteria !== undefined) {
    if (!isObject(r.criteria)) issues.push(issue(at('criteria'), 'expected-object', { vi: 'cần ghi từng tiêu chí: { "2": true, "5": false }', en: 'expected an object mapping criterion codes to true / false' }));
    else {
      for (const [code, v] of Object.entries(r.criteria)) {
        if (typeof v !== 'boolean') issues.push(issue(at('criteria', code), 'expected-boolean', { vi: 'cần true (đạt) hoặc false (chưa đạt); tiêu chí chưa xác định thì không ghi', en: 'expected true or false (leave a criterion out when unknown)' }));
        else criteria.set(code, v ? 'met' : 'not-met');
      }
      if (criteria.size > total) issues.push(issue(at('criteria'), 'too-many', { vi: `ghi ${criteria.size} tiêu chí; cách phân nhóm chỉ tính ${total}`, en: `lists ${criteria.size} criteria; the scheme counts ${total}` }, { count: criteria.size, max: total }));
    }
  }
  if (issues.length > start) return undefined;
  const n = r.criteriaMet as number;
  const trues = [...criteria.values()].filter((o) => o === 'met').length;
  const falses = criteria.size - trues;
  if (trues > n) issues.push(issue(at('criteriaMet'), 'criteria-met-mismatch', { vi: `ghi ${n} tiêu chí đạt nhưng có ${trues} tiêu chí được ghi là đạt`, en: `says ${n} but ${trues} criteria are flagged met` }, { met: trues }));
  else if (falses > total - n) issues.push(issue(at('criteriaMet'), 'criteria-met-mismatch', { vi: `ghi ${n}/${total} tiêu chí đạt nhưng có ${falses} tiêu chí được ghi là chưa đạt`, en: `says ${n} of ${total} but ${falses} criteria are flagged not met` }, { notMet: falses }));
  if (issues.length > start) return undefined;
  return {
    index: i,
    ...(typeof r.name === 'string' ? { name: r.name.normalize('NFC') } : {}),
    criteriaMet: n,
    criteriaUnknown: 0,
    ...(r.recognition !== undefined ? { recognition: r.recognition as Recognition } : {}),
    criteria,
    criterionNames: new Map(),
  };
}

/** The criteria total of a list of records, when no scheme or option gives it. */
export interface InferredTotal {
  readonly total: number;
  /** `evaluations` when read from the evaluation results; `default` (19) when no record carries one. */
  readonly from: 'evaluations' | 'default';
}

/** Criteria total assumed for plain records when nothing says otherwise: the 19 criteria of the 2021-2025 commune set. */
export const DEFAULT_CRITERIA_TOTAL = 19;

/**
 * Validates every record (collecting all problems, paths like `records[3].criteriaMet`) and
 * normalises them; inputs are only read. With `total` undefined, the total is read from the
 * evaluation results (all must agree), else {@link DEFAULT_CRITERIA_TOTAL}.
 */
export function normalizeRecords(input: unknown, total: number | undefined): { records: NormalizedRecord[]; total: number; inferred?: InferredTotal } {
  const limits = INPUT_LIMITS.records;
  const list = readItems(input, limits.maxArrayLength, ['records']);
  if (!list.ok) {
    throw invalidInput('records', list.issues[0]?.code === 'expected-array' ? [issue(['records'], 'expected-array', { vi: 'cần danh sách kết quả đánh giá hoặc danh sách xã đã có số tiêu chí đạt', en: 'expected an array of evaluation results or commune records' })] : list.issues);
  }
  const issues: IssueInit[] = [];
  // In input order: a record's copy, or the issues of reading it (reported in that order below).
  const copies: ({ index: number; value: Record<string, unknown> } | { index: number; issues: IssueInit[] })[] = [];
  let readIssues = 0;
  // Each record is copied and read once (src/_lib/plain.ts), one at a time, within one budget of
  // values for the whole list; the indicator results inside evaluation results are not read.
  const counter = { values: 0 };
  list.items.forEach((item: unknown, i: number) => {
    if (readIssues >= MAX_ISSUES) return;
    const copy = readPlain(item, limits, { prefix: ['records', i], prune: UNREAD_RESULT_PARTS, counter });
    if (!copy.ok) {
      if (copy.issues.some((x) => x.code === 'too-large' || x.code === 'too-deep')) throw invalidInput('records', [...copies.flatMap((c) => ('issues' in c ? c.issues : [])), ...copy.issues]);
      copies.push({ index: i, issues: [...copy.issues] });
      readIssues += copy.issues.length;
      return;
    }
    const r = copy.value;
    if (!isObject(r)) {
      copies.push({ index: i, issues: [issue(['records', i], 'expected-object', { vi: 'cần một kết quả đánh giá hoặc { "criteriaMet": …, … }', en: 'expected an evaluation result or { criteriaMet, … }' })] });
      readIssues++;
      return;
    }
    copies.push({ index: i, value: r });
  });
  let inferred: InferredTotal | undefined;
  if (total === undefined) {
    // The first evaluation result's total; the others are checked against it by normalizeEvaluation.
    let first: number | undefined;
    for (const c of copies) {
      if ('value' in c && isEvaluationLike(c.value) && Number.isSafeInteger(c.value.criteriaTotal) && (c.value.criteriaTotal as number) > 0) {
        first = c.value.criteriaTotal as number;
        break;
      }
    }
    inferred = first !== undefined ? { total: first, from: 'evaluations' } : { total: DEFAULT_CRITERIA_TOTAL, from: 'default' };
    total = inferred.total;
  }
  const out: NormalizedRecord[] = [];
  for (const c of copies) {
    if (issues.length >= MAX_ISSUES) break;
    if ('issues' in c) {
      issues.push(...c.issues);
      continue;
    }
    const n = isEvaluationLike(c.value) ? normalizeEvaluation(c.value, c.index, total, issues) : normalizePlain(c.value, c.index, total, issues);
    if (n) out.push(n);
  }
  if (issues.length > 0) throw invalidInput('records', issues);
  return { records: out, total, ...(inferred ? { inferred } : {}) };
}

/** Validates one evaluation result (paths under `prefix`) against a criteria total; throws `invalid-input`. */
export function checkEvaluationResult(result: unknown, total: number, prefix: readonly (string | number)[]): NormalizedRecord {
  const issues: IssueInit[] = [];
  if (!isObject(result)) throw invalidInput('evaluation result', [issue([...prefix], 'expected-object', { vi: 'cần một kết quả đánh giá (do evaluate hoặc evaluateCommune trả về)', en: 'expected an evaluation result (from evaluate or evaluateCommune)' })]);
  const n = normalizeEvaluation(result, 0, total, issues, prefix);
  if (!n || issues.length > 0) throw invalidInput('evaluation result', issues);
  return n;
}
