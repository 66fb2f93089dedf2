// Word documents through mammoth (a maintained .docx reader: runs, fields, tracked changes (deleted text
// left out), tables, footnotes). Its HTML keeps what the plain-text output loses (line breaks inside a
// paragraph, table cells), and is flattened here to one line per paragraph. Loaded on first use: importing
// the rules does not load it.
import { invalidInput, issue } from '../../errors.js';

/** Far above any plan document (a plan with tables is well under 1 MB). */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** mammoth's HTML as text: a line per paragraph, heading or list item; a table row per line, its cells separated by tabs. */
export function htmlToText(html: string): string {
  let out = '';
  const lists: ('ol' | 'ul')[] = [];
  let cells = 0;
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      out += decode(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') out += '\n';
    else if (tag === 'ol' || tag === 'ul') {
      if (closing) lists.pop();
      else lists.push(tag);
    } else if (tag === 'li' && !closing && lists[lists.length - 1] === 'ul') out += '- ';
    else if (tag === 'td' || tag === 'th') {
      cells += closing ? -1 : 1;
      if (closing) out = `${out.replace(/ +$/, '')}\t`;
    } else if (closing && /^(?:p|h[1-6]|li)$/.test(tag)) out += cells > 0 ? ' ' : '\n';
    else if (closing && tag === 'tr') out += '\n';
  }
  return out.replace(/\t+\n/g, '\n').replace(/[ \t]+$/gm, '');
}

type Mammoth = typeof import('mammoth');

/**
 * The text of a Word document (.docx), one line per paragraph, for {@link extractPlan}. Uses mammoth
 * (loaded on first call). Deleted text of tracked changes is left out; inserted text is kept.
 *
 * @param data The .docx file's bytes.
 * @throws NtmError `invalid-input`, at once, when `data` is not bytes, too large, or not a zip (.docx) file;
 *   the promise rejects with an NtmError `invalid-input` when mammoth cannot read the document.
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { readDocxText, extractPlan } from 'ntm-rules';
 * async function read(path: string) {
 *   const text = await readDocxText(await readFile(path));
 *   return extractPlan(text); // evidence offsets point into `text`
 * }
 * ```
 */
export function readDocxText(data: Uint8Array | ArrayBuffer): Promise<string> {
  // Arguments are checked at once (a wrong type is a programming error, thrown like everywhere in the
  // library); a file that cannot be read rejects the promise.
  return convert(checkBytes(data));
}

function checkBytes(data: unknown): Uint8Array {
  let bytes: Uint8Array | undefined;
  try {
    bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : undefined;
  } catch {
    bytes = undefined; // a Proxy whose traps throw is not bytes
  }
  if (bytes === undefined) throw invalidInput('.docx file', [issue(['data'], 'expected-bytes', { vi: 'cần nội dung tệp .docx (Uint8Array, Buffer hoặc ArrayBuffer)', en: 'expected the .docx file content (Uint8Array, Buffer or ArrayBuffer)' })]);
  if (bytes.byteLength > MAX_DOCX_BYTES) throw invalidInput('.docx file', [issue(['data'], 'too-large', { vi: `tệp lớn hơn ${MAX_DOCX_BYTES} byte`, en: `the file is larger than ${MAX_DOCX_BYTES} bytes` }, { max: MAX_DOCX_BYTES })]);
  // A .docx is a zip archive: "PK\x03\x04".
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw invalidInput('.docx file', [issue(['data'], 'not-docx', { vi: 'tệp không phải định dạng Word .docx (tệp .doc cũ cần lưu lại thành .docx)', en: 'not a Word .docx file (save an old .doc file as .docx)' })]);
  }
  return bytes;
}

async function convert(bytes: Uint8Array): Promise<string> {
  const loaded = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  const mammoth = loaded.default ?? loaded;
  const input = typeof Buffer === 'function' ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } : { arrayBuffer: bytes.slice().buffer };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: false, externalFileAccess: false });
    html = result.value;
  } catch (error) {
    throw invalidInput('.docx file', [issue(['data'], 'docx-unreadable', { vi: `không đọc được tệp .docx: ${(error as Error).message}`, en: `the .docx file cannot be read: ${(error as Error).message}` })]);
  }
  return htmlToText(html);
}
