// CSV records as rows of text cells, streamed: csv-parse (loaded on first use) reads quotes, CRLF
// and line breaks inside cells; the text is decoded a chunk at a time.
import { decodeChunks, type Decoding } from './encoding.js';
import type { RawRow } from './cells.js';

type CsvParse = typeof import('csv-parse');
let csvParse: Promise<CsvParse> | undefined;
// Node's stream module, reached through the dynamic import so the rules' bundles never name it.
let nodeStream: ReturnType<typeof loadStream> | undefined;
const loadStream = () => import('node:stream');

/** A CSV file that cannot be split into records (an unclosed quote), with the line where it happened. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** The records of CSV text (a string, or bytes with their decoding), one row per record, blank lines included. */
export async function* csvRows(data: string | { bytes: Uint8Array; decoding: Decoding }, delimiter: string): AsyncGenerator<RawRow> {
  const { parse } = await (csvParse ??= import('csv-parse'));
  const { Readable } = await (nodeStream ??= loadStream());
  const chunks = typeof data === 'string' ? textChunks(data.replace(/^\uFEFF/, '')) : decodeChunks(data.bytes, data.decoding);
  const parser = parse({ delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, skip_empty_lines: false, info: true, bom: false });
  const source = Readable.from(chunks, { objectMode: false });
  // pipe() does not pass a source's error on: a file found not to be UTF-8 midway must end the records.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 0;
  let endLine = 0;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      row++;
      const line = endLine + 1;
      endLine = rec.info.lines;
      yield { row, line, cells: rec.record };
    }
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) throw new CsvSyntaxError(e.lines ?? endLine + 1, e.message ?? String(error));
    throw error;
  }
}

function* textChunks(text: string): Generator<string> {
  const size = 1 << 20;
  for (let k = 0; k < text.length; ) {
    let end = Math.min(text.length, k + size);
    // Never split a surrogate pair: half of one would be re-encoded as a replacement character.
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end++;
    yield text.slice(k, end);
    k = end;
  }
}
