/**
 * Text in Vietnamese and English. Vietnamese is stored in NFC with diacritics.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'ntm-rules';
 * const name: LocalizedText = { vi: 'Giao thông', en: 'Transport' };
 * ```
 */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

// Tone marks: grave, acute, tilde, hook above, dot below. Other marks (circumflex,
// breve, horn) belong to the letter and stay where they are.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A comparison key for Vietnamese names: NFC, lower case, whitespace folded, and
 * each syllable's tone mark moved to the end of the syllable, so that `Thuỷ` and
 * `Thủy`, `hoá` and `hóa`, or NFD and NFC input compare equal.
 */
export function vietnameseKey(text: string): string {
  const words = text.normalize('NFD').toLowerCase().trim().split(/\s+/);
  return words
    .map((w) => {
      const tones = w.match(TONE_MARKS);
      const base = w.replace(TONE_MARKS, '');
      return (tones ? base + tones.sort().join('') : base).normalize('NFC');
    })
    .join(' ');
}

/** Returns the string in NFC (the library's storage form for Vietnamese). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
