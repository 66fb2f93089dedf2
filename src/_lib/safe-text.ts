// Text from data (names, labels, messages quoting them) printed where control characters act:
// a terminal runs escape sequences (an OSC title, a screen clear, a hyperlink, a cursor move that
// erases the line above), and bidirectional controls reorder what follows them (a right-to-left
// override in a funding label showed 114,765 as "567,411"). Such characters are made visible as
// `\uXXXX` instead: nothing is hidden, nothing acts. The notation is also a valid JSON escape, so
// JSON output stays valid and means the same.

/**
 * C0 controls but tab and line feed, DEL, C1 controls (U+0080-U+009F, among them CSI U+009B),
 * the bidirectional controls (embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069,
 * the marks U+200E, U+200F, U+061C) and the line and paragraph separators U+2028, U+2029.
 */
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/g;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** True for a character of ACTIVE, by its code. */
function isActive(c: number): boolean {
  if (c < 0x20) return c !== 0x0a && c !== 0x09;
  if (c < 0x7f) return false;
  return c <= 0x9f || c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * Replaces every control and bidirectional-control character (see ACTIVE) with its `\uXXXX`
 * notation; tabs and line feeds stay. The usual text has none: a loop over its codes finds that
 * several times faster than the regular expression does on the freshly built strings of the CLI's
 * output (a regular expression first flattens and scans a string; `ntm evaluate --json` on
 * 10,000 communes writes 0.8 GB), so the expression runs only where there is one to replace.
 */
export function visibleControls(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (isActive(text.charCodeAt(i))) return text.replace(ACTIVE, visible);
  }
  return text;
}
