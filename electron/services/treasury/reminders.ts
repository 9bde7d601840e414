// Who to call: for every open pledge, what falls due within the next `days` days together with
// everything already overdue, one line per pledge with the donor's phone numbers. Paid sums come
// from one grouped query; the schedule decides what is due.
import type { Db } from '../../store/database.ts';
import { addDays, pledgeSchedule } from '../../../shared/domain/schedule.ts';
import type { Reminder } from '../../../shared/contract/treasury.ts';
import { openPledgeRows } from '../pledges/repository.ts';

export function reminders(db: Db, today: string, days: number): Reminder[] {
  const until = addDays(today, days);
  const out: Reminder[] = [];
  for (const p of openPledgeRows(db, until)) {
    const { rows, figures } = pledgeSchedule(
      { kind: p.kind, amount: p.amount, startDate: p.start_date, months: p.months, installments: p.installments },
      p.paid,
      today,
    );
    const owed = rows.filter((r) => r.dueDate <= until && r.paid < r.amount);
    const last = owed[owed.length - 1];
    if (!last) continue;
    out.push({
      donorId: p.donor_id,
      donorName: p.donor_name,
      mobile: p.mobile,
      phone: p.phone,
      pledgeId: p.id,
      dueDate: last.dueDate,
      oldestDueDate: owed[0]!.dueDate,
      amount: owed.reduce((s, r) => s + r.amount - r.paid, 0),
      overdue: figures.overdue > 0,
      daysOverdue: figures.daysOverdue,
    });
  }
  // the longest overdue first, then by the date falling due
  return out.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || a.donorName.localeCompare(b.donorName, 'fa') || a.pledgeId.localeCompare(b.pledgeId),
  );
}
