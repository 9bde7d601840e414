// The "download a sample" file: an empty CSV holding only the column names the import knows,
// so a centre can fill it in rather than guess at names.
import type { FilePayload } from '../../../shared/validation/fields.ts';

/** An empty CSV with the given column names, UTF-8 with a BOM (so Excel reads Persian). */
export function templatePayload(headers: readonly string[], fileName: string): FilePayload {
  const line = headers.map((h) => (/[",\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(',');
  const bytes = new TextEncoder().encode(`\uFEFF${line}\r\n`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { fileName, mimeType: 'text/csv;charset=utf-8', base64: btoa(binary) };
}
