// Plain-text tables for terminals. Widths count code points, so Vietnamese letters line up.

const width = (s: string): number => [...s.normalize('NFC')].length;

function pad(s: string, n: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
}

/** Renders rows under a header; columns listed in `alignRight` are right-aligned (numbers). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, c) => pad(cell, widths[c]!, alignRight.includes(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
