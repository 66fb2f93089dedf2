// Criteria sets defined by callers (a province's village set, a ministry's table as a set):
// validated strictly (size, schema, then what a schema cannot say), normalised to NFC and frozen.
import { deepFreeze } from '../_lib/freeze.js';
import { RULE_DATA_LIMITS } from '../_lib/limits.js';
import { readPlain } from '../_lib/plain.js';
import { toIssues } from '../_lib/parse.js';
import { COLUMNS_OF_SCHEME, type ColumnScheme, type ThresholdColumn } from '../columns/column.js';
import { issue, issueMessage, formatPath, NtmError, type IssueInit } from '../errors.js';
import { trust } from './cache.js';
import { ruleSchemas } from './schemas.js';
import type { CompoundField, Condition, CriteriaSet, Indicator, Operand, Threshold } from './types/index.js';

type Path = readonly (string | number)[];

function operandFields(op: Operand): string[] {
  if ('field' in op) return [op.field];
  if ('percentOf' in op) return [...op.percentOf];
  return [];
}

/** The input fields a compound condition reads. */
export function conditionFields(c: Condition): string[] {
  if ('compare' in c) return [...operandFields(c.compare[0]), ...operandFields(c.compare[2])];
  if ('all' in c) return c.all.flatMap(conditionFields);
  if ('any' in c) return c.any.flatMap(conditionFields);
  return [...conditionFields(c.if), ...conditionFields(c.then), ...conditionFields(c.else)];
}

const overlap = <T>(a: readonly T[] | 'all' | undefined, b: readonly T[] | 'all' | undefined) =>
  a === undefined || b === undefined || a === 'all' || b === 'all' ? a === b || a === undefined || b === undefined : a.some((x) => b.includes(x));

/**
 * Problems of one value of a threshold (or an overlay's value, completed with its defaults)
 * against its indicator and the set's columns; paths relative to `path`.
 */
export function thresholdIssues(t: Pick<Threshold, 'columns' | 'validFrom' | 'validUntil' | 'rule'>, ind: Indicator, scheme: ColumnScheme, path: Path): IssueInit[] {
  const issues: IssueInit[] = [];
  if (t.rule.kind !== ind.kind) issues.push(issue([...path, 'rule', 'kind'], 'kind-mismatch', { vi: `loại quy tắc "${t.rule.kind}" không khớp loại chỉ tiêu "${ind.kind}"`, en: `rule kind "${t.rule.kind}" does not match the indicator's kind "${ind.kind}"` }, { expected: ind.kind, found: t.rule.kind }));
  if (t.validUntil !== undefined && t.validUntil < t.validFrom) issues.push(issue([...path, 'validUntil'], 'ends-before-start', { vi: `ngày kết thúc (${t.validUntil}) trước ngày bắt đầu (${t.validFrom})`, en: `ends (${t.validUntil}) before it starts (${t.validFrom})` }));
  if (t.columns !== 'all') {
    const allowed = COLUMNS_OF_SCHEME[scheme] as readonly ThresholdColumn[];
    const wrong = t.columns.filter((c) => !allowed.includes(c));
    if (wrong.length > 0) {
      issues.push(issue([...path, 'columns'], 'column-not-in-set', {
        vi: scheme === 'none' ? `bộ tiêu chí không chia ngưỡng theo cột; chỉ dùng 'all' (đang ghi ${wrong.join(', ')})` : `cột ${wrong.join(', ')} không có trong bộ tiêu chí (có: ${allowed.join(', ')})`,
        en: scheme === 'none' ? `the set has no threshold columns; use 'all' (got ${wrong.join(', ')})` : `column(s) ${wrong.join(', ')} not in the set (expected ${allowed.join(', ')})`,
      }, { columns: wrong }));
    }
  }
  if (t.rule.kind === 'compound') {
    const keys = new Set((ind.fields ?? []).map((f) => f.key));
    for (const f of new Set(conditionFields(t.rule.rule))) {
      if (!keys.has(f)) issues.push(issue([...path, 'rule', 'rule'], 'undeclared-field', { vi: `dùng trường "${f}" mà chỉ tiêu không có (có: ${[...keys].join(', ')})`, en: `refers to undeclared field "${f}" (the indicator has ${[...keys].join(', ')})` }, { field: f }));
    }
  }
  return issues;
}

/**
 * Two values that would tie (same specificity, same first day, overlapping columns,
 * years and validity): resolution could not choose between them, so they are refused.
 */
export function ambiguityIssues(values: readonly Pick<Threshold, 'columns' | 'validFrom' | 'validUntil' | 'years'>[], path: (n: number) => Path): IssueInit[] {
  const issues: IssueInit[] = [];
  for (let a = 0; a < values.length; a++) {
    for (let b = a + 1; b < values.length; b++) {
      const x = values[a]!;
      const y = values[b]!;
      if (x.validFrom !== y.validFrom || (x.columns === 'all') !== (y.columns === 'all')) continue;
      if (!overlap(x.columns, y.columns) || !overlap(x.years, y.years)) continue;
      issues.push(issue(path(b), 'ambiguous-threshold', {
        vi: `trùng với giá trị thứ ${a + 1} (cùng ngày bắt đầu ${y.validFrom}, cùng cột và năm): không xác định được giá trị nào áp dụng`,
        en: `ties with value ${a + 1} (same first day ${y.validFrom}, overlapping columns and years): which applies cannot be decided`,
      }, { with: a }));
    }
  }
  return issues;
}

function checkIndicator(ind: Indicator, scheme: ColumnScheme, path: Path, issues: IssueInit[]): void {
  const fields = ind.fields ?? [];
  const keys = new Set<string>();
  fields.forEach((f: CompoundField, n) => {
    if (keys.has(f.key)) issues.push(issue([...path, 'fields', n, 'key'], 'duplicate', { vi: `trùng mã trường "${f.key}"`, en: `duplicate field key "${f.key}"` }));
    keys.add(f.key);
  });
  fields.forEach((f, n) => {
    if (f.notGreaterThan !== undefined && !keys.has(f.notGreaterThan)) issues.push(issue([...path, 'fields', n, 'notGreaterThan'], 'undeclared-field', { vi: `dùng trường "${f.notGreaterThan}" chưa khai báo`, en: `refers to undeclared field "${f.notGreaterThan}"` }));
  });
  if (ind.kind === 'compound' && fields.length === 0) issues.push(issue([...path, 'fields'], 'required', { vi: 'chỉ tiêu nhiều thành phần cần danh sách trường', en: 'a compound indicator needs its input fields' }));
  if (ind.kind !== 'compound' && fields.length > 0) issues.push(issue([...path, 'fields'], 'not-allowed', { vi: `chỉ chỉ tiêu nhiều thành phần mới có trường (loại đang là "${ind.kind}")`, en: `only compound indicators take fields (kind is "${ind.kind}")` }));
  ind.thresholds.forEach((t, n) => issues.push(...thresholdIssues(t, ind, scheme, [...path, 'thresholds', n])));
  issues.push(...ambiguityIssues(ind.thresholds, (n) => [...path, 'thresholds', n]));
}

/** Semantic checks the schema cannot express. */
function semanticIssues(set: CriteriaSet): IssueInit[] {
  const issues: IssueInit[] = [];
  const dup = (path: Path, what: readonly [vi: string, en: string], code: string, first?: Path) => issues.push(issue(path, 'duplicate', { vi: `trùng mã ${what[0]} "${code}"${first ? ` (lần đầu tại ${formatPath(first)})` : ''}`, en: `duplicate ${what[1]} code "${code}"${first ? ` (first at ${formatPath(first)})` : ''}` }));
  if (set.period.fromYear > set.period.toYear) issues.push(issue(['period', 'toYear'], 'ends-before-start', { vi: 'giai đoạn kết thúc trước khi bắt đầu', en: `period ends (${set.period.toYear}) before it starts (${set.period.fromYear})` }));
  if (set.validUntil !== undefined && set.validUntil < set.validFrom) issues.push(issue(['validUntil'], 'ends-before-start', { vi: 'ngày hết hiệu lực trước ngày có hiệu lực', en: `ends (${set.validUntil}) before it starts (${set.validFrom})` }));
  if (set.criteria.length === 0 && (set.conditions ?? []).length === 0) issues.push(issue(['criteria'], 'required', { vi: 'bộ tiêu chí cần ít nhất một tiêu chí hoặc điều kiện', en: 'a set needs at least one criterion or condition' }));
  const groups = new Set((set.groups ?? []).map((g) => g.code));
  if (groups.size !== (set.groups ?? []).length) issues.push(issue(['groups'], 'duplicate', { vi: 'mã nhóm tiêu chí phải khác nhau', en: 'group codes must be unique' }));
  const criteria = new Set<string>();
  const indicators = new Map<string, Path>();
  set.criteria.forEach((c, n) => {
    if (criteria.has(c.code)) dup(['criteria', n, 'code'], ['tiêu chí', 'criterion'], c.code);
    criteria.add(c.code);
    if (c.group !== undefined && !groups.has(c.group)) issues.push(issue(['criteria', n, 'group'], 'unknown-code', { vi: `nhóm "${c.group}" không có`, en: `unknown group "${c.group}"` }));
    if (c.indicators.length === 0 && c.missingIndicators === undefined) issues.push(issue(['criteria', n, 'indicators'], 'required', { vi: 'tiêu chí không có chỉ tiêu nào cần ghi lý do (missingIndicators)', en: 'a criterion without indicators needs missingIndicators (why there are none)' }));
    if (c.indicators.length > 0 && c.missingIndicators !== undefined) issues.push(issue(['criteria', n, 'missingIndicators'], 'not-allowed', { vi: 'chỉ ghi missingIndicators khi tiêu chí không có chỉ tiêu', en: 'missingIndicators is only for a criterion without indicators' }));
    c.indicators.forEach((ind, m) => {
      const path = ['criteria', n, 'indicators', m];
      const first = indicators.get(ind.code);
      if (first) dup([...path, 'code'], ['chỉ tiêu', 'indicator'], ind.code, first);
      else indicators.set(ind.code, path);
      checkIndicator(ind, set.columns, path, issues);
    });
  });
  // QĐ 51/2025 Phụ lục II (secondary): a modern commune is chosen among communes meeting the NTM standard.
  if (set.kind === 'modern-commune' && !(set.conditions ?? []).some((c) => c.code === 'ntm-commune' && c.kind === 'boolean' && c.thresholds.length > 0)) {
    issues.push(issue(['conditions'], 'precondition-required', { vi: 'bộ tiêu chí xã nông thôn mới hiện đại phải có điều kiện "ntm-commune" (xã đã đạt chuẩn nông thôn mới), ví dụ MODERN_COMMUNE_PRECONDITION', en: 'a modern-commune set must include the condition "ntm-commune" (the commune meets the NTM standard first), e.g. MODERN_COMMUNE_PRECONDITION' }));
  }
  const conditions = new Set<string>();
  (set.conditions ?? []).forEach((ind, n) => {
    if (conditions.has(ind.code)) dup(['conditions', n, 'code'], ['điều kiện', 'condition'], ind.code);
    conditions.add(ind.code);
    checkIndicator(ind, set.columns, ['conditions', n], issues);
  });
  return issues;
}

/**
 * Validates a criteria-set definition (size, schema, semantic checks); returns
 * the validated copy (zod's: fresh arrays and objects with only the known keys),
 * or the issues. Never throws: a value whose reading throws is an issue.
 */
export function parseCriteriaSet(definition: unknown): { set: CriteriaSet; issues?: undefined } | { set?: undefined; issues: IssueInit[] } {
  const plain = readPlain(definition, RULE_DATA_LIMITS, { normalize: true });
  if (!plain.ok) return { issues: plain.issues };
  const parsed = ruleSchemas().criteriaSet.safeParse(plain.value);
  if (!parsed.success) return { issues: toIssues(parsed.error.issues) };
  const set = parsed.data as unknown as CriteriaSet;
  const issues = semanticIssues(set);
  return issues.length > 0 ? { issues } : { set };
}

/** Freezes a validated (and NFC-normalised) copy and records it as trusted. */
export function normalisedSet(set: CriteriaSet): CriteriaSet {
  const frozen = deepFreeze(set) as CriteriaSet;
  trust(frozen);
  return frozen;
}

/**
 * Defines a criteria set in the library's data format (the format of the
 * national sets), so a province, ministry or test can evaluate its own set,
 * such as a village (thôn, bản) set, with {@link evaluate}.
 *
 * The definition is validated strictly: unknown keys are rejected; criterion
 * and indicator codes must be unique; each threshold's rule kind must match its
 * indicator's kind, its columns the set's `columns`, and two values may not tie;
 * compound rules may only use declared fields; dates must exist and be in order.
 * Every text (codes and keys too) is NFC-normalised. The result is a deeply
 * frozen copy; the input is not changed.
 *
 * @throws {NtmError} `invalid-definition`, with one issue per problem and its path (e.g. `criteria[0].indicators[1].thresholds[0].rule.kind`).
 *
 * @example
 * ```ts
 * import { defineCriteriaSet, evaluate } from 'ntm-rules';
 * const set = defineCriteriaSet({
 *   id: 'village/example', kind: 'village', province: 'Tỉnh A',
 *   title: { vi: 'Bộ tiêu chí thôn (ví dụ)', en: 'Village criteria (example)' },
 *   legalBasis: [{ instrument: 'QĐ …/QĐ-UBND' }], period: { fromYear: 2022, toYear: 2025 },
 *   validFrom: '2022-01-01', columns: 'none',
 *   criteria: [{
 *     code: '1', name: { vi: 'Nhà văn hóa', en: 'Cultural house' }, nameStatus: 'confirmed', citation: { instrument: 'QĐ …/QĐ-UBND' },
 *     indicators: [{
 *       code: '1', name: { vi: 'Thôn có nhà văn hóa', en: 'Village has a cultural house' }, nameStatus: 'confirmed',
 *       kind: 'boolean', unit: 'boolean', citation: { instrument: 'QĐ …/QĐ-UBND' },
 *       thresholds: [{ columns: 'all', validFrom: '2022-01-01', rule: { kind: 'boolean' }, citation: { instrument: 'QĐ …/QĐ-UBND' }, provenance: 'confirmed' }],
 *     }],
 *   }],
 * });
 * evaluate(set, { year: 2024, indicators: { '1': true } }).status; // 'meets-standard'
 * ```
 */
export function defineCriteriaSet(definition: CriteriaSet): CriteriaSet {
  const { set, issues } = parseCriteriaSet(definition);
  if (issues) throw invalidDefinition(issues);
  return normalisedSet(set);
}

function invalidDefinition(issues: readonly IssueInit[]): NtmError {
  const lines = issues.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${issueMessage(i)}`);
  if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
  return new NtmError('invalid-definition', `Invalid criteria-set definition:\n${lines.join('\n')}`, issues.slice(0, 100));
}
