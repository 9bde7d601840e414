// The supervising agency's report: its figures for the screen (agency.figures) and the report
// as a file (reports.agency: PDF with the manager's signature lines, or the fixed XLSX/CSV layout
// of docs/agency-report.md). Both read the figures in one snapshot through computeAgencyFigures,
// so the paper, the spreadsheet and the screen show the same numbers.
import type { AreaHandlers } from '../../core/context.ts';
import { agencyReportFile } from '../../reports/agencyReport.ts';
import { renderContextOf } from '../reports/queries.ts';
import { computeAgencyFigures } from './figures.ts';

export const agencyHandlers: AreaHandlers<'agency'> = {
  'agency.figures'(ctx, input) {
    return ctx.db.transaction(() => computeAgencyFigures(ctx.db, input.period))();
  },
};

/** Spread into reportsHandlers (electron/services/reports/handlers.ts): the channel is a report. */
export const agencyReportHandlers: Pick<AreaHandlers<'reports'>, 'reports.agency'> = {
  async 'reports.agency'(ctx, input) {
    // Figures and the centre's heading in one snapshot; printing runs after, outside it.
    const { figures, render } = ctx.db.transaction(() => ({ figures: computeAgencyFigures(ctx.db, input.period), render: renderContextOf(ctx) }))();
    return agencyReportFile({ period: input.period, ...figures }, render, input.format, (html, opts) => ctx.core.printPdf(html, opts));
  },
};
