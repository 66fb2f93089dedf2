import { deepFreeze } from '../_lib/freeze.js';
import { sizeIssues } from '../_lib/limits.js';
import { toIssues } from '../_lib/parse.js';
import { issueMessage, formatPath, NtmError, type IssueInit } from '../errors.js';
import { markKnownSet } from './known-sets.js';
import { ruleSchemas } from './schemas.js';
import type { CompoundField, Condition, CriteriaSet, Indicator, Operand } from './types.js';

type Path = readonly (string | number)[];

function operandFields(op: Operand): string[] {
  if ('field' in op) return [op.field];
  if ('percentOf' in op) return [...op.percentOf];
  return [];
}

function conditionFields(c: Condition): string[] {
  if ('compare' in c) return [...operandFields(c.compare[0]), ...operandFields(c.compare[2])];
  if ('all' in c) return c.all.flatMap(conditionFields);
  if ('any' in c) return c.any.flatMap(conditionFields);
  return [...conditionFields(c.if), ...conditionFields(c.then), ...conditionFields(c.else)];
}

function checkIndicator(ind: Indicator, path: Path, issues: IssueInit[]): void {
  const fields = ind.fields ?? [];
  const keys = new Set<string>();
  fields.forEach((f: CompoundField, n) => {
    if (keys.has(f.key)) issues.push({ path: [...path, 'fields', n, 'key'], message: `duplicate field key "${f.key}"` });
    keys.add(f.key);
  });
  fields.forEach((f, n) => {
    if (f.notGreaterThan !== undefined && !keys.has(f.notGreaterThan)) {
      issues.push({ path: [...path, 'fields', n, 'notGreaterThan'], message: `refers to undeclared field "${f.notGreaterThan}"` });
    }
  });
  if (ind.kind === 'compound' && fields.length === 0) issues.push({ path: [...path, 'fields'], message: 'a compound indicator needs its input fields' });
  if (ind.kind !== 'compound' && fields.length > 0) issues.push({ path: [...path, 'fields'], message: `only compound indicators take fields (kind is "${ind.kind}")` });
  ind.thresholds.forEach((t, n) => {
    const tp = [...path, 'thresholds', n];
    if (t.rule.kind !== ind.kind) issues.push({ path: [...tp, 'rule', 'kind'], message: `rule kind "${t.rule.kind}" does not match the indicator's kind "${ind.kind}"` });
    if (t.validUntil !== undefined && t.validUntil < t.validFrom) issues.push({ path: [...tp, 'validUntil'], message: `ends (${t.validUntil}) before it starts (${t.validFrom})` });
    if (t.rule.kind === 'compound') {
      for (const f of new Set(conditionFields(t.rule.rule))) {
        if (!keys.has(f)) issues.push({ path: [...tp, 'rule', 'rule'], message: `refers to undeclared field "${f}"` });
      }
    }
  });
}

/** Semantic checks the schema cannot express. */
function semanticIssues(set: CriteriaSet): IssueInit[] {
  const issues: IssueInit[] = [];
  if (set.period.fromYear > set.period.toYear) issues.push({ path: ['period', 'toYear'], message: `period ends (${set.period.toYear}) before it starts (${set.period.fromYear})` });
  if (set.validUntil !== undefined && set.validUntil < set.validFrom) issues.push({ path: ['validUntil'], message: `ends (${set.validUntil}) before it starts (${set.validFrom})` });
  if (set.criteria.length === 0 && (set.conditions ?? []).length === 0) issues.push({ path: ['criteria'], message: 'a set needs at least one criterion or condition' });
  const groups = new Set((set.groups ?? []).map((g) => g.code));
  if (groups.size !== (set.groups ?? []).length) issues.push({ path: ['groups'], message: 'group codes must be unique' });
  const criteria = new Set<string>();
  const indicators = new Map<string, Path>();
  set.criteria.forEach((c, n) => {
    if (criteria.has(c.code)) issues.push({ path: ['criteria', n, 'code'], message: `duplicate criterion code "${c.code}"` });
    criteria.add(c.code);
    if (c.group !== undefined && !groups.has(c.group)) issues.push({ path: ['criteria', n, 'group'], message: `unknown group "${c.group}"` });
    c.indicators.forEach((ind, m) => {
      const path = ['criteria', n, 'indicators', m];
      const first = indicators.get(ind.code);
      if (first) issues.push({ path: [...path, 'code'], message: `duplicate indicator code "${ind.code}" (first at ${formatPath(first)})` });
      else indicators.set(ind.code, path);
      checkIndicator(ind, path, issues);
    });
  });
  const conditions = new Set<string>();
  (set.conditions ?? []).forEach((ind, n) => {
    if (conditions.has(ind.code)) issues.push({ path: ['conditions', n, 'code'], message: `duplicate condition code "${ind.code}"` });
    conditions.add(ind.code);
    checkIndicator(ind, ['conditions', n], issues);
  });
  return issues;
}

/** NFC-normalises every Vietnamese text of a freshly parsed (unshared, unfrozen) definition. */
function normaliseNames(set: CriteriaSet): void {
  const fix = (t: { readonly vi: string } | undefined) => {
    if (t) (t as { vi: string }).vi = t.vi.normalize('NFC');
  };
  fix(set.title);
  if (set.province !== undefined) (set as { province: string }).province = set.province.normalize('NFC');
  for (const n of set.notes ?? []) fix(n);
  for (const g of set.groups ?? []) fix(g.name);
  const fixIndicator = (i: Indicator) => {
    fix(i.name);
    fix(i.missingThreshold);
    for (const f of i.fields ?? []) fix(f.label);
  };
  for (const c of set.criteria) {
    fix(c.name);
    c.indicators.forEach(fixIndicator);
  }
  (set.conditions ?? []).forEach(fixIndicator);
}

/** Problems of a criteria-set definition (schema, then semantic checks); empty when valid. */
/**
 * Validates a criteria-set definition (size, schema, semantic checks); returns
 * the validated copy (zod's: fresh arrays and objects with only the known keys),
 * or the issues.
 */
export function parseCriteriaSet(definition: unknown): { set: CriteriaSet; issues?: undefined } | { set?: undefined; issues: IssueInit[] } {
  const tooBig = sizeIssues(definition);
  if (tooBig.length > 0) return { issues: tooBig };
  const parsed = ruleSchemas().criteriaSet.safeParse(definition);
  if (!parsed.success) return { issues: toIssues(parsed.error.issues) };
  const issues = semanticIssues(parsed.data as CriteriaSet);
  return issues.length > 0 ? { issues } : { set: parsed.data as CriteriaSet };
}

/**
 * Defines a criteria set in the library's data format (the format of the
 * national sets), so a province, ministry or test can evaluate its own set,
 * such as a village (thôn, bản) set, with {@link evaluate}.
 *
 * The definition is validated strictly: unknown keys are rejected; criterion
 * and indicator codes must be unique; each threshold's rule kind must match its
 * indicator's kind; compound rules may only use declared fields; dates and the
 * period must be in order. Vietnamese names are NFC-normalised. The result is a
 * deeply frozen copy; the input is not changed.
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
 *   validFrom: '2022-01-01', regional: false,
 *   criteria: [{
 *     code: '1', name: { vi: 'Nhà văn hóa', en: 'Cultural house' }, nameStatus: 'confirmed', citation: { instrument: 'QĐ …/QĐ-UBND' },
 *     indicators: [{
 *       code: '1', name: { vi: 'Thôn có nhà văn hóa', en: 'Village has a cultural house' }, nameStatus: 'confirmed',
 *       kind: 'boolean', unit: 'boolean', citation: { instrument: 'QĐ …/QĐ-UBND' },
 *       thresholds: [{ regions: 'all', validFrom: '2022-01-01', rule: { kind: 'boolean' }, citation: { instrument: 'QĐ …/QĐ-UBND' }, provenance: 'confirmed' }],
 *     }],
 *   }],
 * });
 * evaluate(set, { year: 2024, indicators: { '1': true } }).status; // 'meets-standard'
 * ```
 */
export function defineCriteriaSet(definition: CriteriaSet): CriteriaSet {
  const { set, issues } = parseCriteriaSet(definition);
  if (issues) throw invalidDefinition(issues);
  normaliseNames(set);
  const frozen = deepFreeze(set) as CriteriaSet;
  markKnownSet(frozen);
  return frozen;
}

function invalidDefinition(issues: readonly IssueInit[]): NtmError {
  const lines = issues.slice(0, 10).map((i) => `  at ${formatPath(i.path)}: ${issueMessage(i)}`);
  if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
  return new NtmError('invalid-definition', `Invalid criteria-set definition:\n${lines.join('\n')}`, issues);
}
