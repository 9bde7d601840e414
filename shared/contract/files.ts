import { z } from 'zod';
import { channel, type Role } from './channel.ts';
import { fileUpload } from '../validation/fields.ts';
import { IMPORT_ROLES } from './donors.ts';
import { MONEY_ROLES } from './pledges.ts';

// Files read for a screen without being stored: an Excel workbook picked on an import screen is
// turned into rows of text here, in the main process, so exceljs stays out of the renderer.

/** A workbook larger than this is refused: exceljs holds the whole of it, inflated, in memory
 *  while the main process waits (measured: 200,000 rows, 6.6 MB, took 6.4 s and 0.8 GB). 5 MB is
 *  about 150,000 payments, years of a centre's notebook (a year is a few hundred kilobytes);
 *  a larger file goes as CSV, which the screen reads in the renderer. */
export const SHEET_MAX_BYTES = 5 * 1024 * 1024;

/** Whoever may import donors or payments may have a workbook read for it. */
export const SHEET_ROLES: readonly Role[] = [...new Set<Role>([...IMPORT_ROLES, ...MONEY_ROLES])];

export const filesContract = {
  /** The first worksheet of an .xlsx as the text its cells show: row i of `rows` is the
   *  spreadsheet's row i+1 (an empty row is []), each row up to its last cell with a value, an
   *  empty cell ''. Numbers as plain digits, date cells as Jalali 'YYYY/MM/DD' (Latin digits),
   *  formulas as their saved result (electron/services/files/cellText.ts). Not an .xlsx:
   *  BAD_FILE with a message naming .xlsx and .csv. */
  'files.readSheet': channel({
    input: z.object({ base64: fileUpload(SHEET_MAX_BYTES, 'v.sheet.tooLarge') }).strict(),
    output: z.object({ rows: z.array(z.array(z.string())) }),
    access: SHEET_ROLES,
  }),
};
