// A picked CSV's text and rows. Only UTF-8 is read (with or without the BOM Excel's "CSV UTF-8"
// writes): a file in another encoding is refused with a reason the user can act on (fileRows.ts),
// never guessed at, since a wrong guess would import garbled names.
import Papa from 'papaparse';

/** Bytes → text: UTF-8 only (with or without BOM); anything else is refused, not guessed. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/**
 * The CSV's records as rows of cells, blank lines kept, so that row i is the spreadsheet's row
 * i+1 (as `files.readSheet` gives an Excel sheet). The delimiter (comma, or semicolon as Excel
 * writes in some locales ...) is guessed on the first lines without the blank ones, as Papa
 * guesses best.
 */
export function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const { delimiter } = Papa.parse<string[]>(body, { preview: 10, skipEmptyLines: 'greedy' }).meta;
  return Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
}
