import { describe, expect, it } from 'vitest';
import { vietnameseKey } from '../../src/_lib/text.js';

describe('vietnameseKey', () => {
  it('equates tone placements and normal forms, but not different words', () => {
    expect(vietnameseKey('Thuỷ lợi')).toBe(vietnameseKey('Thủy lợi'));
    expect(vietnameseKey('hoá')).toBe(vietnameseKey('hóa'));
    expect(vietnameseKey('Văn hóa'.normalize('NFD'))).toBe(vietnameseKey('văn  hóa'));
    expect(vietnameseKey('ma')).not.toBe(vietnameseKey('má'));
    expect(vietnameseKey('Đạt')).not.toBe(vietnameseKey('Dat'));
  });
});
