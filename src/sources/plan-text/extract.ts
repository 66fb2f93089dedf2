// extractPlan: a plan's text to plan data with evidence, in four steps.
//   prepare.ts   the text in NFC, a folded copy for matching, its lines (numbers.ts: how numbers are written)
//   layout.ts    the header and the sections; header.ts reads the header (title, province, year, document)
//   body.ts      the statements of the sections, anchor by anchor (anchors.ts, statement.ts, then the
//                *-statements.ts readers, buckets.ts, funding-lines.ts; leftovers.ts lists what none took)
//   assemble.ts  the figures to a plan (repeated-figures.ts, then the *-part.ts builders) with the evidence,
//                what was not read, and the contradictions (extraction-log.ts)
import { readOptions } from '../../_lib/options.js';
import type { CriteriaSet } from '../../engine/types/index.js';
import { invalidInput, isNtmError, issue, type IssueInit } from '../../errors.js';
import { getCriteriaSet } from '../../sets/registry.js';
import { assemble } from './assemble.js';
import { readBody } from './body.js';
import type { Span } from './figures.js';
import { readHeader } from './header.js';
import { layout } from './layout.js';
import { criterionNames } from './names.js';
import { numberConvention } from './numbers.js';
import { prepareText } from './prepare.js';
import type { ExtractPlanOptions, PlanExtraction } from './types.js';

/** Far above any plan (the Lai Châu plan is 21,000 characters): a bound on the work one call can cause. */
const MAX_TEXT_LENGTH = 2_000_000;

function readExtractOptions(options: unknown): { province?: string; year?: number; criteriaSet?: CriteriaSet } {
  const o = readOptions(options, ['province', 'year', 'criteriaSet']);
  const issues: IssueInit[] = [];
  const out: { province?: string; year?: number; criteriaSet?: CriteriaSet } = {};
  if (o.province !== undefined) {
    if (typeof o.province !== 'string' || o.province.trim() === '') issues.push(issue(['options', 'province'], 'expected-text', { vi: 'cần tên tỉnh (chuỗi không rỗng)', en: 'expected the province name (a non-empty string)' }));
    else out.province = o.province.trim().normalize('NFC');
  }
  if (o.year !== undefined) {
    if (typeof o.year !== 'number' || !Number.isInteger(o.year) || o.year < 1900 || o.year > 2100) issues.push(issue(['options', 'year'], 'expected-year', { vi: 'cần năm là số nguyên từ 1900 đến 2100', en: 'expected a whole year from 1900 to 2100' }));
    else out.year = o.year;
  }
  if (o.criteriaSet !== undefined) {
    const s = o.criteriaSet as Partial<CriteriaSet> | null;
    if (typeof s !== 'object' || s === null || !Array.isArray(s.criteria) || s.criteria.some((c) => typeof c?.code !== 'string' || typeof c?.name?.vi !== 'string')) {
      issues.push(issue(['options', 'criteriaSet'], 'expected-criteria-set', { vi: 'cần một bộ tiêu chí (như getCriteriaSet trả về)', en: 'expected a criteria set (as getCriteriaSet returns)' }));
    } else out.criteriaSet = s as CriteriaSet;
  }
  if (issues.length > 0) throw invalidInput('extractPlan options', issues);
  return out;
}

/**
 * Reads a province's annual NTM plan as written (plain text, or the text of a Word document from
 * {@link readDocxText}) into plan data, with the words each figure was read from.
 *
 * Reads the header (issuer, number, date, title: province and plan year), the targets and results
 * ("Có 77/94 xã đạt tiêu chí số 2 về Giao thông", "Duy trì 93/94 xã …", "(năm 2023 có 73/94 xã …)"),
 * criteria named by number or by name (the criteria set's names, with or without diacritics; the set is
 * the commune set in force at the end of the plan's year), communes meeting the standard (maintained,
 * newly recognised with their names and districts, total), advanced communes, villages, districts,
 * the average criteria per commune, the bucket lines, the funding tree with its unit, and the number of
 * projects. Vietnamese numbers ("4.916.475", "15,5") and units ("triệu đồng", "tỷ đồng") are read exactly.
 *
 * Nothing is guessed: a figure that cannot be placed with certainty is listed in `unread` with its
 * quote, never put in the plan; a figure stated twice with different values is a finding and is left
 * out; every part of the plan format the text says nothing about is listed in `unread`. Check the
 * result with `checkPlan`, and review it: `evidence` quotes the text for every figure.
 *
 * @param text The plan's text (UTF-8 string; NFC or NFD).
 * @param options `province` and `year` when the document does not state them; `criteriaSet` to read criteria by another set's names.
 * @throws NtmError `invalid-input` when the text is not a string or too long, for bad options, and when
 *   neither the text nor the options give the province and the plan's year (nothing is recognised as a plan).
 * @example
 * ```ts
 * import { extractPlan, checkPlan } from 'ntm-rules';
 * const { plan, evidence, unread } = extractPlan([
 *   'KẾ HOẠCH',
 *   'Thực hiện Chương trình xây dựng nông thôn mới tỉnh Lai Châu năm 2024',
 *   'I. MỤC TIÊU',
 *   '- Có 77/94 xã đạt tiêu chí số 2 về Giao thông (năm 2023 có 73/94 xã đạt tiêu chí giao thông).',
 * ].join('\n'));
 * plan.target?.criteria?.[0]; // { criterion: '2', communes: 77, outOf: 94, label: 'tiêu chí số 2 về Giao thông' }
 * evidence.find((e) => e.path.join('.') === 'baseline.criteria.0.communes')?.quote; // 'năm 2023 có 73/94 xã đạt tiêu chí giao thông'
 * unread.some((u) => u.code === 'not-stated' && u.params?.criterion === '1'); // true
 * checkPlan(plan); // findings, as for a plan typed by hand
 * ```
 */
export function extractPlan(text: string, options?: ExtractPlanOptions): PlanExtraction {
  if (typeof text !== 'string') {
    throw invalidInput('plan text', [issue(['text'], 'expected-text', { vi: 'cần văn bản kế hoạch (chuỗi ký tự)', en: 'expected the plan text (a string)' })]);
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw invalidInput('plan text', [issue(['text'], 'too-long', { vi: `văn bản dài quá ${MAX_TEXT_LENGTH} ký tự`, en: `the text is longer than ${MAX_TEXT_LENGTH} characters` }, { max: MAX_TEXT_LENGTH })]);
  }
  const o = readExtractOptions(options);
  const p = prepareText(text);
  const lines = layout(p);
  const header = readHeader(p, lines);
  const conflicts = [...header.conflicts];
  const yearFigure = header.figures.find((f) => f.kind === 'year');
  const provinceFigure = header.figures.find((f) => f.kind === 'province');
  const year = header.year ?? o.year;
  const province = header.province ?? o.province;
  if (year === undefined || province === undefined) {
    const issues: IssueInit[] = [];
    if (year === undefined) issues.push(issue(['year'], 'year-not-found', { vi: 'không tìm thấy năm của kế hoạch (tên kế hoạch "… năm 2024"); nếu đúng là kế hoạch, truyền tùy chọn year', en: 'no plan year found (a title "… năm 2024"); if this is a plan, pass the year option' }));
    if (province === undefined) issues.push(issue(['province'], 'province-not-found', { vi: 'không tìm thấy tên tỉnh ("tỉnh Lai Châu"); nếu đúng là kế hoạch, truyền tùy chọn province', en: 'no province found ("tỉnh Lai Châu"); if this is a plan, pass the province option' }));
    throw invalidInput('plan text (not recognised as an NTM plan)', issues);
  }
  const span = (f: { span: Span } | undefined): Span | undefined => f?.span;
  if (header.year !== undefined && o.year !== undefined && header.year !== o.year) conflicts.push({ what: 'year', spans: [span(yearFigure)!], values: [header.year, o.year] });
  if (header.province !== undefined && o.province !== undefined && header.province.toLocaleLowerCase('vi') !== o.province.toLocaleLowerCase('vi')) {
    conflicts.push({ what: 'province', spans: [span(provinceFigure)!], values: [header.province, o.province] });
  }
  let set = o.criteriaSet;
  let noSet = false;
  if (!set) {
    try {
      set = getCriteriaSet('commune', { asOf: `${year}-12-31` });
    } catch (error) {
      if (!isNtmError(error)) throw error;
      noSet = true;
    }
  }
  const body = readBody({ p, lines, convention: numberConvention(p.folded), names: criterionNames(set), planYear: year });
  const extraction = assemble({
    p,
    province,
    year,
    ...(provinceFigure ? { provinceSpan: provinceFigure.span } : {}),
    ...(yearFigure ? { yearSpan: yearFigure.span } : {}),
    figures: [...header.figures.filter((f) => f.kind !== 'province' && f.kind !== 'year'), ...body.figures],
    unplaced: body.unplaced,
    headerConflicts: conflicts,
    set,
  });
  if (!noSet) return extraction;
  return Object.freeze({
    ...extraction,
    unread: Object.freeze([
      Object.freeze({ code: 'no-criteria-set', path: ['target', 'criteria'], message: { vi: `không có bộ tiêu chí xã áp dụng cho năm ${year}: không đọc được số xã đạt từng tiêu chí`, en: `no commune criteria set governs ${year}: the per-criterion counts cannot be read` } }),
      ...extraction.unread,
    ]),
  });
}
