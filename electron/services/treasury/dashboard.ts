// The treasurer's dashboard: collections by Jalali month (this month, last month, the same month
// last year, the last twelve), what is overdue on open pledges, the top projects and the methods
// of the current fiscal year. Sums are taken in SQL; voided payments never count.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { addJalaliMonths, isoToJalali, jalaliToIso } from '../../../shared/domain/jalali.ts';
import { pledgeSchedule } from '../../../shared/domain/schedule.ts';
import type { TreasuryDashboard } from '../../../shared/contract/treasury.ts';
import { openPledgeRows } from '../pledges/repository.ts';
import { receivedPayment } from '../payments/received.ts';

type MonthTotal = TreasuryDashboard['thisMonth'];

/** Non-voided totals per Jalali month from the first day of (fromJy, fromJm) on. */
function monthTotals(db: Db, fromJy: number, fromJm: number): Map<string, MonthTotal> {
  const rows = stmt<[string], MonthTotal>(
    db,
    `SELECT jy, jm, SUM(amount) AS total, count(*) AS count FROM payments
     WHERE ${receivedPayment()} AND date >= ? GROUP BY jy, jm`,
  ).all(jalaliToIso(fromJy, fromJm, 1));
  return new Map(rows.map((r) => [`${r.jy}-${r.jm}`, r]));
}

function overdueFigures(db: Db, today: string): { overdueTotal: number; overduePledges: number } {
  let overdueTotal = 0;
  let overduePledges = 0;
  for (const p of openPledgeRows(db, today)) {
    const { figures } = pledgeSchedule(
      { kind: p.kind, amount: p.amount, startDate: p.start_date, months: p.months, installments: p.installments },
      p.paid,
      today,
    );
    if (figures.overdue > 0) {
      overdueTotal += figures.overdue;
      overduePledges += 1;
    }
  }
  return { overdueTotal, overduePledges };
}

export function dashboard(db: Db, today: string): TreasuryDashboard {
  const { jy, jm } = isoToJalali(today);
  const totals = monthTotals(db, jy - 1, jm);
  const month = (y: number, m: number): MonthTotal => totals.get(`${y}-${m}`) ?? { jy: y, jm: m, total: 0, count: 0 };
  const months = Array.from({ length: 12 }, (_, i) => {
    const at = addJalaliMonths(jy, jm, i - 11);
    return month(at.jy, at.jm);
  });
  const last = addJalaliMonths(jy, jm, -1);

  const topProjects = stmt<[number], { projectId: string | null; name: string | null; total: number }>(
    db,
    `SELECT pm.project_id AS projectId, pr.name AS name, SUM(pm.amount) AS total
     FROM payments pm LEFT JOIN projects pr ON pr.id = pm.project_id
     WHERE ${receivedPayment('pm')} AND pm.jy = ?
     GROUP BY pm.project_id ORDER BY total DESC, pr.name LIMIT 5`,
  ).all(jy);
  const byMethod = stmt<[number], { method: string; total: number; count: number }>(
    db,
    `SELECT method, SUM(amount) AS total, count(*) AS count FROM payments
     WHERE ${receivedPayment()} AND jy = ? GROUP BY method ORDER BY total DESC, method`,
  ).all(jy);

  return {
    today,
    thisMonth: month(jy, jm),
    lastMonth: month(last.jy, last.jm),
    sameMonthLastYear: month(jy - 1, jm),
    months,
    ...overdueFigures(db, today),
    topProjects,
    byMethod,
  };
}
