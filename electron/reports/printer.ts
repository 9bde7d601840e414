// The one thing printing needs from its host: HTML in, PDF bytes out. The core receives a
// printer when it is created (Chromium through playwright-core in the browser host and the
// tests, Electron's printToPDF in the app) and hands it to handlers as `ctx.core.printPdf`.
// Plain types only: importing this file pulls in neither Electron nor playwright-core.

export type PageSize = 'A4' | 'A5';

export interface PrintOptions {
  pageSize: PageSize;
  landscape?: boolean;
}

export interface PdfPrinter {
  /** Prints a self-contained page (no network: fonts and images inline) to PDF. Implementations
   *  print only after the page's `load` event and `document.fonts.ready`. */
  print(html: string, opts: PrintOptions): Promise<Buffer>;
  /** Frees the browser or windows behind the printer; printing afterwards starts them again. */
  close?(): Promise<void>;
}
