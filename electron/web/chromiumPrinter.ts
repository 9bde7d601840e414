// PDF printing for the browser host, the tests and the benchmarks: playwright-core driving
// Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). One browser, started on the first
// print and kept warm; every print gets its own offline page, which is closed afterwards.
// Never imported by the Electron bundle (the app prints with webContents.printToPDF).
import { existsSync } from 'node:fs';
// playwright-core is loaded on the first print, not when the host starts (~400 ms to import).
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

  // A fresh context per print: nothing (storage, cache) is shared between documents, and
  // `offline` keeps any stray URL in the HTML from reaching the network. Opening one costs
  // ~250 ms, so the next document's context and page are prepared while this one prints.
  type Blank = { context: BrowserContext; page: Page };
  let spare: Promise<Blank> | null = null;
  async function openBlank(): Promise<Blank> {
    const context = await (await warmBrowser()).newContext({ offline: true, javaScriptEnabled: true });
    return { context, page: await context.newPage() };
  }
  async function takeBlank(): Promise<Blank> {
    const ready = spare;
    spare = null;
    const blank = ready ? await ready.catch(() => openBlank()) : await openBlank();
    spare = openBlank();
    spare.catch(() => (spare = null)); // a crashed browser: the next print opens its own
    return blank;
  }

  return {
    async print(html: string, printOpts: PrintOptions): Promise<Buffer> {
      const { context, page } = await takeBlank();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        // Printed before the web font is ready, the PDF has no text at all (PLATFORM.md).
        await page.evaluate(async () => {
          await document.fonts.ready;
          return document.fonts.status;
        });
        return await page.pdf({
          format: printOpts.pageSize,
          landscape: printOpts.landscape ?? false,
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
        });
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      spare = null; // its context goes with the browser
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
