import type { ImportRowError } from './useImport';

/** A cell as CSV writes it: quoted when needed, and defused when a spreadsheet would run it as a formula (OWASP). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The dry run's errors as a CSV file to correct the sheet by: one line per error with the row, the
 * column and the message, UTF-8 with a BOM so Excel in a Chinese locale reads it as UTF-8.
 */
export function errorReportCsv(errors: readonly ImportRowError[], headers: readonly [string, string, string]): Blob {
  const lines = [headers.map(csvCell).join(','), ...errors.map((e) => [e.row, e.column, e.message].map(csvCell).join(','))];
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
