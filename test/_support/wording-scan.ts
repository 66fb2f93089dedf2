// Checks of what a person reads: Vietnamese output must carry no English word, internal id, path or
// decimal point; English output no Vietnamese words other than names and quotes from the data.
import { listCriteriaSets } from '../../src/index.js';

/**
 * English words that have no place in Vietnamese output (ASCII-only, so none is also a Vietnamese
 * word: "in", "an", "to" are left out on purpose).
 */
export const ENGLISH_WORDS = [
  'true', 'false', 'null', 'undefined', 'unknown', 'total', 'totals', 'overlay', 'overlays', 'region', 'regions',
  'discrepancy', 'discrepancies', 'met', 'not met', 'expected', 'missing', 'error', 'errors', 'warning', 'warnings',
  'invalid', 'row', 'rows', 'column', 'columns', 'cell', 'sheet', 'line', 'lines', 'file', 'value', 'values',
  'threshold', 'thresholds', 'source', 'sources', 'amount', 'share', 'unit', 'units', 'group', 'groups', 'component',
  'components', 'indicator', 'indicators', 'criterion', 'criteria', 'reconciliation', 'declared', 'computed',
  'difference', 'unallocated', 'stated', 'target', 'targets', 'boolean', 'compound', 'percent', 'kind', 'status',
  'the', 'and', 'with', 'of', 'see', 'please', 'internal', 'bug', 'notice', 'read', 'order', 'layout', 'secondary',
  'confirmed', 'provenance', 'citation', 'commune group', 'not', 'none', 'level', 'schools', 'assessment', 'draft', 'issued',
  'figure', 'quote', 'evidence', 'unread', 'summary', 'average', 'bucket', 'buckets', 'baseline', 'label',
];

/** Every criterion and indicator code of every set: `17.10` is a code, not a decimal number. */
const CODES: ReadonlySet<string> = new Set(
  listCriteriaSets().flatMap((s) =>
    s.criteria.flatMap((c) => [c.code, ...c.indicators.map((i) => i.code)])),
);

/** The legal names of criteria and indicators, quoted as the annexes write them ("giai đoạn 2021-2025" included). */
const LEGAL_NAMES: readonly string[] = [...new Set(
  listCriteriaSets().flatMap((s) => s.criteria.flatMap((c) => [c.name.vi, ...c.indicators.map((i) => i.name.vi)])),
)].filter((n) => /\d{4}-\d{4}/.test(n));

/** What is syntax the user types or a quote of their document, not words of ours: option names and values, file names, «quotes». */
function withoutSyntax(text: string, file: string): string {
  return text
    .replace(/«[^»]*»/g, '«»')
    .replace(/dd\/mm\/yyyy|yyyy-mm-dd/gi, '¤')
    .replace(/[\p{L}\p{N}_./-]*[\p{L}\p{N}_-]\.(?:json|csv|tsv|txt|xlsx|docx|html|md)\b/giu, file)
    .replace(/--[a-z][a-z-]*(?:[ =][a-z0-9][a-z0-9|/.,-]*(?=[\s\]]|$))?/g, '--')
    .replace(/\bntm [a-z][a-z-]*/g, 'ntm')
    // Command names in a list of commands, and the JSON literals a file must hold, said with their meaning.
    .replace(/\b(?:overlay-template|check-plan|extract-plan)\b/g, '¤')
    .replace(/\btrue \(đạt\)|\bfalse \(chưa đạt\)/g, '¤');
}

/** The problems of a Vietnamese output: English words, set ids, paths, decimal points, raw values. */
export function vietnameseProblems(output: string): string[] {
  const problems: string[] = [];
  const lines = output.split('\n');
  lines.forEach((raw, k) => {
    const line = withoutSyntax(raw, '¤');
    const at = (what: string) => problems.push(`dòng ${k + 1}: ${what}: ${raw.trim().slice(0, 200)}`);
    for (const word of ENGLISH_WORDS) {
      if (new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(' ', '[ -]')}(?![\\p{L}\\p{N}])`, 'iu').test(line)) at(`English "${word}"`);
    }
    for (const m of line.matchAll(/(?<![\p{L}\p{N}/.-])[a-z]+\/[a-z0-9-]+(?![\p{L}\p{N}])/gu)) at(`set id "${m[0]}"`);
    if (/[A-Za-z_]\[/.test(line)) at('path with [');
    // Funding source ids (`central.investment`) and identifiers of code (`defineBucketScheme`, `options.scheme`).
    for (const m of line.matchAll(/(?<![\p{L}\p{N}.])(?:central|local|integrated|credit|community|enterprise|other|options)\.[a-z][a-z.-]*/gu)) at(`code "${m[0]}"`);
    // A key quoted as the file must hold it ("atMinimumStandard") and the code column of a template row are the file's own syntax.
    for (const m of line.replace(/"[^"]*"/g, '""').replace(/^(?:\d+(?:\.\d+)*\.|[a-z]+\.)?[a-z][A-Za-z0-9]*,/, '').matchAll(/(?<![\p{L}\p{N}])[a-z]+[A-Z][A-Za-z]*/gu)) at(`identifier "${m[0]}"`);
    if (/\bNaN\b|\bInfinity\b|\[object /.test(line)) at('raw value');
    // Numbers: Vietnamese groups thousands with "." and writes decimals after ","; a code such as 17.10 is no number.
    for (const m of line.replace(/"[^"]*"/g, '""').matchAll(/(?<![\p{L}\p{N}.,])\d+(?:\.\d+)+(?![\p{N}])(\s*%)?/gu)) {
      const token = m[0].replace(/\s*%$/, '');
      if (/^\d{1,3}(?:\.\d{3})+$/.test(token) && !m[1]) continue;
      if (CODES.has(token) && !m[1]) continue;
      if (/^\d+\.\d+\.\d+\.\d+$/.test(token)) continue; // an IP address naming where a source was read
      at(`decimal point "${m[0]}"`);
    }
    if (/\d{1,3}(?:,\d{3}){2,}(?!\d)/.test(line.replace(/"[^"]*"/g, '""'))) at('English thousands separator');
    // Periods as official texts write them, "2021 - 2025" (quotes from the data aside).
    const ours = LEGAL_NAMES.reduce((l, n) => l.split(n).join('¤'), line.replace(/"[^"]*"/g, '""').replace(/«[^»]*»/g, ''));
    if (/(?<![\p{N}/-])(?:19|20)\d\d-(?:19|20)\d\d(?![\p{N}-])/u.test(ours)) at('period written "2021-2025"');
  });
  return problems;
}

/** Vietnamese letters (and đ), which English output shows only in names and quotes from the data. */
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯư\u0300-\u0323\u1EA0-\u1EF9]/u;

/**
 * The problems of an English output: words with Vietnamese letters that are neither in `allowed`
 * (names and labels from the input files, instruments' abbreviations) nor inside quotes.
 */
export function englishProblems(output: string, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  output.split('\n').forEach((raw, k) => {
    const line = withoutSyntax(raw, '¤').replace(/"[^"\n]*"/g, '""').replace(/“[^”]*”/g, '');
    for (const m of line.matchAll(/[\p{L}\p{M}]+/gu)) {
      // A word cut short by an ellipsis is a quote shortened to fit a column.
      const cut = line[m.index + m[0].length] === '…';
      if (VIETNAMESE.test(m[0]) && !cut && !allowed.has(m[0].normalize('NFC'))) problems.push(`line ${k + 1}: "${m[0]}": ${raw.trim().slice(0, 200)}`);
    }
  });
  return problems;
}

/** The words of texts (input files, names), as `englishProblems` allows them. */
export function wordsOf(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((t) => [...t.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0])));
}
