import { describe, expect, it } from 'vitest';
import { readAt } from '../../src/engine/read-at.js';

describe('readAt', () => {
  it('reads o[k] whatever the position, beyond the unrolled ones too, own values only as o[k] does', () => {
    const o: Record<string, unknown> = { a: 1, '5': 'five', b: null };
    for (let position = 0; position < 80; position++) {
      expect(readAt(o, 'a', position)).toBe(1);
      expect(readAt(o, '5', position)).toBe('five');
      expect(readAt(o, 'b', position)).toBeNull();
      expect(readAt(o, 'missing', position)).toBeUndefined();
    }
  });
});
