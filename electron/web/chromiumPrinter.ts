// PDF printing for the browser host, the tests and the benchmarks: playwright-core driving
// Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). One browser, started on the first
// print and kept warm, with one offline page reused for every document (see below).
// Never imported by the Electron bundle (the app prints with webContents.printToPDF).
import { existsSync } from 'node:fs';
// playwright-core is loaded on the first print, not when the host starts (~400 ms to import).
import type { Browser, Page } from 'playwright-core';
import type { PdfPrinter, PrintOptions } from '../reports/printer.ts';
import { AppError } from '../../shared/errors.ts';

/** Flags for headless Debian Chromium on a closed network (also used by the e2e suite). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumPrinterOptions {
  /** Defaults to CHROMIUM_PATH, then /usr/bin/chromium. */
  executablePath?: string;
}

export interface ChromiumPrinter extends PdfPrinter {
  close(): Promise<void>;
}

export function createChromiumPrinter(opts: ChromiumPrinterOptions = {}): ChromiumPrinter {
  const executablePath = opts.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser: Promise<Browser> | null = null;

  function warmBrowser(): Promise<Browser> {
    if (!browser) {
      if (!existsSync(executablePath)) {
        // Said to the user as «printing is not available here»; the log says what to install.
        console.error(`[hamyar] Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
        return Promise.reject(new AppError('INTERNAL', 'reports.printerMissing'));
      }
      const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }));
      browser = launching;
      launching.then(
        (b) =>
          b.on('disconnected', () => {
            if (browser === launching) browser = null; // crashed or closed: the next print relaunches
          }),
        () => {
          if (browser === launching) browser = null;
        },
      );
    }
    return browser;
  }

  // One offline page, kept warm and reused: a fresh context per document cost ~250 ms and
  // reloading the embedded font ~100 ms more (npm run bench: receipts.pdf_ms). Documents are
  // printed one at a time, and the page is blanked between them so nothing of one is left for
  // the next. `offline` keeps any stray URL in the HTML from reaching the network.
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  function warmPage(): Promise<Page> {
    if (!page) {
      const opening = warmBrowser()
        .then((b) => b.newContext({ offline: true, javaScriptEnabled: true }))
        .then((c) => c.newPage());
      page = opening;
      opening.catch(() => {
        if (page === opening) page = null;
      });
    }
    return page;
  }
  async function printNow(html: string, printOpts: PrintOptions): Promise<Buffer> {
    const p = await warmPage();
    try {
      await p.setContent(html, { waitUntil: 'load' });
      // Printed before the web font is ready, the PDF has no text at all (PLATFORM.md).
      await p.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.status;
      });
      return await p.pdf({
        format: printOpts.pageSize,
        landscape: printOpts.landscape ?? false,
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
      });
    } catch (err) {
      page = null; // a broken page is not reused
      await p.context().close().catch(() => undefined);
      throw err;
    } finally {
      if (page) await p.setContent('').catch(() => undefined);
    }
  }

  return {
    print(html: string, printOpts: PrintOptions): Promise<Buffer> {
      const run = queue.then(() => printNow(html, printOpts));
      queue = run.catch(() => undefined);
      return run;
    },
    async close(): Promise<void> {
      page = null; // its context goes with the browser
      const current = browser;
      browser = null;
      if (!current) return;
      try {
        await (await current).close();
      } catch {
        // it never started, or is already gone
      }
    },
  };
}
