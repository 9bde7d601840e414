// A report model to the file the user asked for: PDF (A4, through the host's printer), XLSX or
// CSV, as the contract's filePayload.
import type { FilePayload } from '../../shared/validation/fields.ts';
import type { ReportFormat } from '../../shared/contract/treasury.ts';
import type { PrintOptions } from './printer.ts';
import type { RenderContext, ReportModel } from './model.ts';
import { reportHtml } from './pdfTable.ts';
import { reportXlsx, XLSX_MIME } from './xlsx.ts';
import { reportCsv, CSV_MIME } from './csv.ts';

export const PDF_MIME = 'application/pdf';

export type PrintPdf = (html: string, opts: PrintOptions) => Promise<Buffer>;

export async function renderReport(model: ReportModel, ctx: RenderContext, format: ReportFormat, printPdf: PrintPdf): Promise<FilePayload> {
  switch (format) {
    case 'pdf': {
      const pdf = await printPdf(reportHtml(model, ctx), { pageSize: 'A4', landscape: model.landscape ?? false });
      return { fileName: `${model.fileBase}.pdf`, mimeType: PDF_MIME, base64: pdf.toString('base64') };
    }
    case 'xlsx': {
      const xlsx = await reportXlsx(model, ctx);
      return { fileName: `${model.fileBase}.xlsx`, mimeType: XLSX_MIME, base64: xlsx.toString('base64') };
    }
    case 'csv':
      return { fileName: `${model.fileBase}.csv`, mimeType: CSV_MIME, base64: reportCsv(model, ctx).toString('base64') };
  }
}
