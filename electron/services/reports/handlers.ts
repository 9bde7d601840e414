// The treasurer's reports: donor statement, overdue pledges, collections, daily cash. Each reads
// its data in one read transaction (a consistent snapshot), builds the neutral table model
// (electron/reports/<report>.ts) and renders it as PDF, XLSX or CSV (electron/reports/render.ts).
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { pledgeSchedule } from '../../../shared/domain/schedule.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { ReportFormat } from '../../../shared/contract/treasury.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';
import type { ReportModel } from '../../reports/model.ts';
import { renderReport } from '../../reports/render.ts';
import { donorStatementModel, type StatementPledge } from '../../reports/donorStatement.ts';
import { overduePledgesModel, type OverdueEntry } from '../../reports/overduePledges.ts';
import { collectionsModel, type CollectionGroups } from '../../reports/collections.ts';
import { dailyCashModel } from '../../reports/dailyCash.ts';
import * as q from './queries.ts';
import { projectReportsHandlers } from './projectReports.ts';
import { agencyReportHandlers } from '../agency/handlers.ts';
import { provinceReportHandlers } from '../exchange/bankHandlers.ts';

/** Reads in one snapshot, then renders (printing is asynchronous and outside the transaction). */
async function produce(ctx: Ctx, format: ReportFormat, build: () => ReportModel): Promise<FilePayload> {
  const model = ctx.db.transaction(build)();
  return renderReport(model, q.renderContextOf(ctx), format, (html, opts) => ctx.core.printPdf(html, opts));
}

/** A pledge's terms and paid sum to its figures on `asOf` (shared/domain/schedule.ts). */
function figuresOn(p: q.PledgeLine, asOf: string) {
  return pledgeSchedule(
    { kind: p.kind, amount: p.amount, startDate: p.startDate, months: p.months, installments: p.installments },
    p.paid,
    asOf,
    // cancelled on or before `asOf`: nothing more is owed; cancelled later: still open then
    { cancelledOn: p.cancelledAt !== null && todayIso(new Date(p.cancelledAt)) <= asOf ? todayIso(new Date(p.cancelledAt)) : null },
  );
}

export const reportsHandlers: AreaHandlers<'reports'> = {
  ...projectReportsHandlers,
  ...agencyReportHandlers,
  ...provinceReportHandlers,
  'reports.donorStatement'(ctx, input) {
    return produce(ctx, input.format, () => {
      const donor = q.donorHead(ctx.db, input.donorId);
      if (!donor) throw new AppError('NOT_FOUND', 'reports.donorNotFound');
      // Pledge figures as they stood at the end of the period (or today, for a period not over).
      const today = todayIso(ctx.clock.now());
      const asOf = input.to < today ? input.to : today;
      const pledges: StatementPledge[] = q.donorPledges(ctx.db, donor.id, asOf).map((p) => ({
        kind: p.kind,
        months: p.months,
        installments: p.installments,
        projectName: p.projectName,
        startDate: p.startDate,
        amount: p.amount,
        figures: figuresOn(p, asOf).figures,
      }));
      return donorStatementModel({
        donor,
        from: input.from,
        to: input.to,
        figuresAsOf: asOf,
        pledges,
        payments: q.donorPayments(ctx.db, donor.id, input.from, input.to),
        paymentSum: q.donorPaymentSum(ctx.db, donor.id, input.from, input.to),
      });
    });
  },

  'reports.overduePledges'(ctx, input) {
    return produce(ctx, input.format, () => {
      const asOf = input.asOf ?? todayIso(ctx.clock.now());
      const entries: OverdueEntry[] = [];
      for (const p of q.pledgesOpenOn(ctx.db, asOf)) {
        const s = figuresOn(p, asOf);
        if (s.figures.overdue <= 0) continue;
        const oldest = s.rows.find((r) => r.state === 'overdue');
        entries.push({
          donorName: p.donorName,
          mobile: p.mobile,
          kind: p.kind,
          projectName: p.projectName,
          amount: p.amount,
          overdue: s.figures.overdue,
          daysOverdue: s.figures.daysOverdue,
          oldestUnpaidDue: oldest?.dueDate ?? asOf,
        });
      }
      entries.sort((a, b) => b.daysOverdue - a.daysOverdue || b.overdue - a.overdue || a.donorName.localeCompare(b.donorName, 'fa'));
      // Overdue amounts are derived per pledge from its schedule, so their total is added here,
      // in integer rials, from the same figures the rows show.
      const total = entries.reduce((sum, e) => sum + e.overdue, 0);
      return overduePledgesModel({ asOf, entries, total });
    });
  },

  'reports.collections'(ctx, input) {
    return produce(ctx, input.format, () => {
      const { from, to } = input;
      let groups: CollectionGroups;
      if (input.groupBy === 'month') groups = { by: 'month', rows: q.collectionsByMonth(ctx.db, from, to) };
      else if (input.groupBy === 'project') groups = { by: 'project', rows: q.collectionsByProject(ctx.db, from, to) };
      else groups = { by: 'method', rows: q.collectionsByMethod(ctx.db, from, to) };
      return collectionsModel({ from, to, groups, sum: q.periodSum(ctx.db, from, to) });
    });
  },

  'reports.dailyCash'(ctx, input) {
    return produce(ctx, input.format, () =>
      dailyCashModel({
        date: input.date,
        payments: q.dayPayments(ctx.db, input.date),
        byMethod: q.dayByMethod(ctx.db, input.date),
        sum: q.daySum(ctx.db, input.date),
        voids: q.dayVoids(ctx.db, input.date),
      }),
    );
  },
};
