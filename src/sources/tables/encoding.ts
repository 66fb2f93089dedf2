// What a file's bytes are: a workbook, an old .xls, or text in UTF-8 / UTF-16. Text in another
// encoding (Windows-1258, TCVN3/ABC, VNI) is refused with how to save it as CSV UTF-8: decoding it
// as UTF-8 would put replacement characters in names, and guessing the encoding could misread them.
import type { LocalizedText } from '../../_lib/text.js';
import { SAVE_AS_CSV_UTF8 } from './issues.js';

/** What the first bytes say. */
export function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'text';
}

/** A text encoding the reader decodes. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How to decode: the encoding and how many bytes of byte-order mark to skip. */
export interface Decoding {
  readonly encoding: TextEncoding;
  readonly skip: number;
}

/** The encoding from a byte-order mark, or from the zero bytes of BOM-less UTF-16 ("Unicode Text" from Excel). */
export function detectEncoding(bytes: Uint8Array): Decoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // Text in UTF-16 without a mark: ASCII letters leave a zero byte in every other position.
  const n = Math.min(bytes.length, 512) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let k = 0; k < n; k += 2) {
    if (bytes[k] === 0) evenZeros++;
    if (bytes[k + 1] === 0) oddZeros++;
  }
  if (n >= 4 && oddZeros > n / 4 && evenZeros === 0) return { encoding: 'utf-16le', skip: 0 };
  if (n >= 4 && evenZeros > n / 4 && oddZeros === 0) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/** Text that is not valid in its encoding, with the line of the first bad byte. */
export class NotTextError extends Error {
  constructor(readonly line: number, readonly text: LocalizedText) {
    super(text.en);
  }
}

const CHUNK = 1 << 20;

/** Decodes the bytes in chunks (so a 100 MB file is never one string); throws NotTextError on invalid UTF-8. */
export function* decodeChunks(bytes: Uint8Array, d: Decoding): Generator<string> {
  const decoder = new TextDecoder(d.encoding, { fatal: true, ignoreBOM: true });
  let at = d.skip;
  while (at < bytes.length) {
    const end = Math.min(bytes.length, at + CHUNK);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    } catch {
      throw notUtf8(bytes, at, d);
    }
    at = end;
    if (text !== '') yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch {
    throw notUtf8(bytes, Math.max(d.skip, bytes.length - 4), d);
  }
}

function notUtf8(bytes: Uint8Array, from: number, d: Decoding): NotTextError {
  const bad = d.encoding === 'utf-8' ? firstInvalidUtf8(bytes, from) : from;
  let line = 1;
  for (let k = d.skip; k < bad; k++) if (bytes[k] === 0x0a) line++;
  const name = d.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
  return new NotTextError(line, {
    vi: `tệp không phải văn bản ${name} (có thể là mã Windows-1258, TCVN3/ABC hoặc VNI): ${SAVE_AS_CSV_UTF8.vi}; chữ gõ bằng phông TCVN3 (.VnTime) cần chuyển mã sang Unicode trước (ví dụ bằng Unikey)`,
    en: `the file is not ${name} text (perhaps Windows-1258, TCVN3/ABC or VNI): ${SAVE_AS_CSV_UTF8.en}; text typed in a TCVN3 font (.VnTime) must be converted to Unicode first (e.g. with Unikey)`,
  });
}

/** Offset of the first byte that breaks UTF-8 at or after `from` (backs up to a character start). */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let k = from;
  while (k > 0 && (bytes[k]! & 0xc0) === 0x80) k--;
  while (k < bytes.length) {
    const b = bytes[k]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return k;
    for (let j = 1; j <= need; j++) if (k + j >= bytes.length || (bytes[k + j]! & 0xc0) !== 0x80) return k;
    k += need + 1;
  }
  return k;
}
