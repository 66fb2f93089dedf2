import { describe, expect, it } from 'vitest';
import { visibleControls } from '../../src/_lib/safe-text.js';

describe('visibleControls', () => {
  it('makes terminal escapes, C1 controls and bidirectional controls visible, keeping tabs, line feeds and Vietnamese', () => {
    expect(visibleControls('\u001b]0;owned\u0007title')).toBe('\\u001B]0;owned\\u0007title');
    expect(visibleControls('a\u001b[2Kb\rc')).toBe('a\\u001B[2Kb\\u000Dc');
    expect(visibleControls('\u009b31m\u0085')).toBe('\\u009B31m\\u0085');
    expect(visibleControls('Vốn\u202E 114765\u2066x\u2069\u200F\u061C')).toBe('Vốn\\u202E 114765\\u2066x\\u2069\\u200F\\u061C');
    expect(visibleControls('Tân Uyên\tSơn Bình\n')).toBe('Tân Uyên\tSơn Bình\n');
  });

  it('keeps JSON valid and equal in value', () => {
    const value = { label: 'a\u202Eb\u009bc\u2028d' };
    const json = visibleControls(JSON.stringify(value));
    expect(json).not.toMatch(/[\u202E\u009B\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
