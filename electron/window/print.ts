// PDF printing in the app: a hidden, sandboxed window per print loads the self-contained page
// (fonts and images inline, no network), waits for `load` and `document.fonts.ready`, and
// prints with webContents.printToPDF. The page is handed over as a temporary file rather than
// a data: URL, which Chromium caps at 2 MB (a long report with its embedded font can pass that).
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter, PrintOptions } from '../reports/printer.ts';
import { SECURE_WEB_PREFERENCES } from './security.ts';

export function createElectronPrinter(): PdfPrinter {
  return {
    async print(html: string, opts: PrintOptions): Promise<Buffer> {
      const dir = await mkdtemp(join(tmpdir(), 'hamyar-print-'));
      const file = join(dir, 'print.html');
      const win = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          ...SECURE_WEB_PREFERENCES,
        },
      });
      try {
        await writeFile(file, html, 'utf8');
        await win.loadFile(file); // resolves after the page's `load` event
        await win.webContents.executeJavaScript('document.fonts.ready.then(() => document.fonts.status)');
        return await win.webContents.printToPDF({
          pageSize: opts.pageSize,
          landscape: opts.landscape ?? false,
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
        });
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
