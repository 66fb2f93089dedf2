// The CSV delimiter: one per file, the one that makes the header line a header. Splitting on
// every candidate at once (the old reader) turned "98,5" in a semicolon file into two cells.

/** The delimiters offices' files use: comma (English settings), semicolon (Vietnamese settings), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** More cells than this in a row and it is no header (bounds the sniffing of a hostile file). */
const MAX_HEADER_CELLS = 512;

/** Splits the first lines of CSV text with one delimiter (quotes understood), for sniffing only. */
export function splitLines(text: string, delimiter: string, maxRows: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < text.length && rows.length < maxRows; k++) {
    const c = text[k]!;
    if (quoted) {
      if (c === '"') {
        if (text[k + 1] === '"') {
          cell += '"';
          k++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[k + 1] === '\n') k++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if ((cell !== '' || row.length > 0) && rows.length < maxRows) rows.push([...row, cell]);
  return rows;
}

/**
 * The delimiter whose split makes a header: `score` rates a row as a header (0 = not one). The
 * best-scoring delimiter wins; two delimiters tied on a header is `'ambiguous'`; no header with
 * any of them gives the delimiter most frequent on the first non-empty line (the reader then
 * reports the missing header).
 */
export function detectDelimiter(head: string, score: (cells: readonly string[]) => number, maxRows = 50): Delimiter | 'ambiguous' {
  let best: Delimiter | undefined;
  let bestScore = 0;
  let bestRow = '';
  let tie = false;
  for (const d of DELIMITERS) {
    let s = 0;
    let row = '';
    for (const r of splitLines(head, d, maxRows)) {
      s = r.length > MAX_HEADER_CELLS ? 0 : score(r);
      if (s > 0) {
        row = JSON.stringify(r);
        break;
      }
    }
    if (s > bestScore) {
      best = d;
      bestScore = s;
      bestRow = row;
      tie = false;
    } else if (s > 0 && s === bestScore && row !== bestRow) tie = true;
  }
  if (best !== undefined) return tie ? 'ambiguous' : best;
  const first = head.split(/\r?\n|\r/).find((l) => l.trim() !== '') ?? '';
  let most: Delimiter = ',';
  let count = 0;
  for (const d of DELIMITERS) {
    const n = first.split(d).length - 1;
    if (n > count) {
      most = d;
      count = n;
    }
  }
  return most;
}
