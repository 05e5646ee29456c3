// Output formats for the CLI: aligned tables for people, JSON and CSV for programs.

export type Format = 'table' | 'json' | 'csv';

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Renders rows (objects with the same keys) in a format. */
export function render(rows: Array<Record<string, unknown>>, columns: string[], format: Format): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') {
    return `${[columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n')}\n`;
  }
  if (rows.length === 0) return '(nothing found)\n';
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = r[c];
      return typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v ?? '');
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

/**
 * Renders result rows and the inputs that could not be read: a table and then a list; JSON as
 * { pairs, notRead }; CSV with one "not read,<document>,<reason>" row per unread input after the rows.
 */
export function renderWithUnread(
  rows: Array<Record<string, unknown>>,
  columns: string[],
  format: Format,
  notRead: ReadonlyArray<{ document: string; reason: string }>,
): string {
  if (format === 'json') return `${JSON.stringify({ pairs: rows, notRead }, null, 2)}\n`;
  const main = render(rows, columns, format);
  if (notRead.length === 0) return main;
  if (format === 'csv')
    return `${main + notRead.map((d) => ['not read', csvCell(d.document), csvCell(d.reason)].join(',')).join('\n')}\n`;
  return `${main}\nnot read (${notRead.length}), not in the ranking:\n${notRead.map((d) => `  ${d.document}: ${d.reason}`).join('\n')}\n`;
}
