// What a picked file is, by its bytes, before exceljs is given it: an .xlsx is a ZIP; an old
// .xls (and any password-protected workbook) is an OLE compound file that exceljs cannot read,
// and deserves its own message. The ZIP's directory is listed first so that a small file that
// inflates to gigabytes is refused before anything is inflated.
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Everything inside the workbook together, as its directory states. A workbook of plain rows
 *  inflates to roughly ten times its size (5 MB, the largest taken, to ~50 MB); exceljs then
 *  needs several times more again. Far above that, the file is not a notebook. */
export const SHEET_MAX_INFLATED = 100 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Refuses what is not a ZIP (BAD_FILE), or a ZIP whose entries inflate to more than the limit. */
export async function checkWorkbookContainer(bytes: Buffer): Promise<void> {
  if (startsWith(bytes, OLE)) throw new AppError('BAD_FILE', 'files.oldExcel');
  if (!startsWith(bytes, ZIP)) throw new AppError('BAD_FILE', 'files.notSheet');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: true });
  } catch {
    throw new AppError('BAD_FILE', 'files.notSheet');
  }
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > SHEET_MAX_INFLATED) throw new AppError('BAD_FILE', 'files.tooLargeInside');
    }
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('BAD_FILE', 'files.notSheet');
  } finally {
    zip.close();
  }
}
