// A PDF printer wrapped to time what it spends printing (the Chromium part of a PDF) and how
// much HTML it was given: the report benches split a PDF's time into printing and the rest.
import type { PdfPrinter } from '../../electron/reports/printer.ts';
import { since } from './stats.ts';

export function timedPrinter(inner: PdfPrinter): PdfPrinter & { spent: number[]; htmlBytes: number[] } {
  const spent: number[] = [];
  const htmlBytes: number[] = [];
  return {
    spent,
    htmlBytes,
    async print(html, opts) {
      const t0 = performance.now();
      try {
        return await inner.print(html, opts);
      } finally {
        spent.push(since(t0));
        htmlBytes.push(Buffer.byteLength(html));
      }
    },
  };
}
