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

/**
 * Returns the string in NFC (the library's storage form for Vietnamese). Strings made
 * only of characters below U+0300 and of Latin Extended Additional (U+1E00-U+1EFF, the
 * precomposed Vietnamese letters with tone marks) are already in NFC: none of them
 * decomposes to something that recomposes differently, and no combining mark follows
 * them. Those, the usual names, are returned without calling into ICU (about 0.2 µs).
 */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return text.normalize('NFC');
  }
  return text;
}

