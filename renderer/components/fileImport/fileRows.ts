// The rows of text in a picked import file, whatever kind it is: an Excel workbook is read by
// the main process (`files.readSheet`: exceljs stays out of the renderer's bundle), a CSV here.
// Both give row i as the spreadsheet's row i+1, for the same table reader (csvTable.ts).
import { invoke } from '../../api/client.ts';
import { readFileAsBase64 } from '../../lib/files.ts';
import { SHEET_MAX_BYTES } from '../../../shared/contract/files.ts';
import { csvRows, decodeUtf8 } from './csvText.ts';

/** The rows; or why there are none: a catalogue key (with its namespace when not the screen's),
 *  or the main process's error about the workbook. */
export type FileRows = { ok: true; rows: string[][] } | { ok: false; key: string } | { ok: false; error: unknown };

// An .xlsx is a ZIP; an old .xls (or a workbook with a password) an OLE file: both go to the
// main process, which reads the one and explains the other, whatever the file is called. A file
// named .xlsx goes there too, to be told it is not one; a text file named .xls (some programs
// write their CSV or tab-separated exports so) is read as text.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const WORKBOOK_NAME = /\.xls[xm]$/i;

function isWorkbook(name: string, bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const starts = (sig: readonly number[]) => head.length === sig.length && sig.every((b, i) => head[i] === b);
  return WORKBOOK_NAME.test(name) || starts(ZIP) || starts(OLE);
}

async function readWorkbook(file: File): Promise<FileRows> {
  // checked here too, so that a huge file is not sent across only to be refused
  if (file.size > SHEET_MAX_BYTES) return { ok: false, key: 'errors:files.tooLarge' };
  try {
    const { rows } = await invoke('files.readSheet', { base64: await readFileAsBase64(file) });
    return { ok: true, rows };
  } catch (error) {
    return { ok: false, error };
  }
}

export async function readFileRows(file: File): Promise<FileRows> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, key: 'import.readFailed' };
  }
  if (isWorkbook(file.name, bytes)) return readWorkbook(file);
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, key: 'import.notUtf8' } : { ok: true, rows: csvRows(text) };
}
