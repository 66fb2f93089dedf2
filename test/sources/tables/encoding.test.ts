import { describe, expect, it } from 'vitest';
import { decodeChunks, detectEncoding, NotTextError, sniff } from '../../../src/sources/tables/encoding.js';

const utf16le = (text: string, bom = true) => {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
};

describe('encodings', () => {
  it('recognises workbooks and old .xls by their first bytes', () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('ole');
    expect(sniff(new TextEncoder().encode('tên xã,2.1'))).toBe('text');
  });

  it('finds UTF-8 and UTF-16 from their byte-order marks, and UTF-16 without one', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', skip: 3 });
    expect(detectEncoding(utf16le('tên xã\t2.1\n'))).toEqual({ encoding: 'utf-16le', skip: 2 });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', skip: 2 });
    expect(detectEncoding(utf16le('name\t2.1\nXa A\t90\n', false))).toEqual({ encoding: 'utf-16le', skip: 0 });
    expect(detectEncoding(new TextEncoder().encode('tên xã'))).toEqual({ encoding: 'utf-8', skip: 0 });
  });

  it('decodes in chunks without splitting a character', () => {
    const text = 'Xã Sơn Bình;'.repeat(200_000);
    const bytes = new TextEncoder().encode(text);
    expect([...decodeChunks(bytes, { encoding: 'utf-8', skip: 0 })].join('')).toBe(text);
  });

  it('refuses text that is not UTF-8 (Windows-1258, TCVN3), naming the line and how to save as CSV UTF-8', () => {
    // "Lai Châu" in Windows-1258: â is 0xE2, alone, invalid in UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode('tên\nXã A\n'), 0x4c, 0x61, 0x69, 0x20, 0x43, 0x68, 0xe2, 0x75, 0x0a]);
    let error: unknown;
    try {
      [...decodeChunks(bytes, { encoding: 'utf-8', skip: 0 })];
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotTextError);
    expect((error as NotTextError).line).toBe(3);
    expect((error as NotTextError).text.vi).toContain('CSV UTF-8');
    expect((error as NotTextError).text.vi).toContain('Windows-1258, TCVN3');
  });
});

describe('encodings: more', () => {
  it('UTF-16 big-endian without a mark, and invalid UTF-16', () => {
    const be = new Uint8Array(Buffer.from('name\t2.1\n', 'utf16le').swap16());
    expect(detectEncoding(be)).toEqual({ encoding: 'utf-16be', skip: 0 });
    expect(() => [...decodeChunks(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), { encoding: 'utf-16le', skip: 2 })]).toThrow(NotTextError);
  });

  it('a file cut inside a character is not UTF-8', () => {
    expect(() => [...decodeChunks(new Uint8Array([0x41, 0xe1, 0xba]), { encoding: 'utf-8', skip: 0 })]).toThrow(NotTextError);
  });
});
