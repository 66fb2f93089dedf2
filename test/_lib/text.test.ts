import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nfc, vietnameseKey } from '../../src/_lib/text.js';

describe('vietnameseKey', () => {
  it('equates tone placements and normal forms, but not different words', () => {
    expect(vietnameseKey('Thuỷ lợi')).toBe(vietnameseKey('Thủy lợi'));
    expect(vietnameseKey('hoá')).toBe(vietnameseKey('hóa'));
    expect(vietnameseKey('Văn hóa'.normalize('NFD'))).toBe(vietnameseKey('văn  hóa'));
    expect(vietnameseKey('ma')).not.toBe(vietnameseKey('má'));
    expect(vietnameseKey('Đạt')).not.toBe(vietnameseKey('Dat'));
  });
});

describe('nfc', () => {
  it('equals String.prototype.normalize("NFC") on any text, and returns the same string when it is already NFC by its fast check', () => {
    // Characters from the fast path's ranges, combining marks, and anything else.
    const fast = fc.oneof(fc.integer({ min: 0x20, max: 0x2ff }), fc.integer({ min: 0x1e00, max: 0x1eff })).map((c) => String.fromCharCode(c));
    const any = fc.oneof(fast, fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)), fc.string({ unit: 'grapheme', maxLength: 2 }));
    fc.assert(fc.property(fc.array(fast, { maxLength: 30 }).map((a) => a.join('')), (s) => {
      expect(nfc(s)).toBe(s.normalize('NFC'));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(any, { maxLength: 30 }).map((a) => a.join('')), (s) => {
      expect(nfc(s)).toBe(s.normalize('NFC'));
    }), { numRuns: 3000 });
    expect(nfc('Sơn Bình'.normalize('NFD'))).toBe('Sơn Bình');
    expect(nfc('Ấp Định')).toBe('Ấp Định');
  });

  it('holds for every single character of the fast ranges, and for a letter followed by each combining mark', () => {
    for (let c = 0; c < 0x300; c++) expect(nfc(String.fromCharCode(c))).toBe(String.fromCharCode(c).normalize('NFC'));
    for (let c = 0x1e00; c <= 0x1eff; c++) expect(nfc(String.fromCharCode(c))).toBe(String.fromCharCode(c).normalize('NFC'));
    for (let m = 0x300; m <= 0x36f; m++) expect(nfc('a' + String.fromCharCode(m))).toBe(('a' + String.fromCharCode(m)).normalize('NFC'));
  });
});
