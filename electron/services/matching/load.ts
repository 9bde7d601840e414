// The candidate data for one ranking in ONE set-based query (no query per household): every
// open need of the kind of a household not archived, with that household's groups, member
// count and aid in the window computed by SQLite (correlated look-ups on the indexed child
// tables, aid summed with GROUP BY). Rows come back as arrays (.raw()): at 100,000 households
// building row objects cost more than the query. Aid at other centres (the province's bank)
// comes from one more set-based look-up for all the candidates (exchange/elsewhere.ts).
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AidKind, NeedKind } from '../../../shared/contract/aid.ts';
import type { VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { monthsBefore, PRIOR_AID_MONTHS, type MatchHousehold } from '../../../shared/domain/matching.ts';
import { helpedElsewhereMany } from '../exchange/elsewhere.ts';

type Row = [
  householdId: string, needId: string, priority: number, recordedOn: string, equipmentKind: string | null,
  displayName: string, city: string, monthlyIncome: number | null, groups: string | null, members: number,
  aidCount: number | null, aidValue: number | null, lastSame: string | null,
];

// @windowFrom: the earlier of the prior-aid and the flag windows
const CANDIDATES = `
  SELECT n.household_id, n.id, n.priority, n.recorded_on, n.equipment_kind, h.display_name, h.city, h.monthly_income,
    (SELECT group_concat(g.grp, ',' ORDER BY g.grp) FROM household_groups g WHERE g.household_id = n.household_id),
    (SELECT count(*) FROM household_members m WHERE m.household_id = n.household_id),
    a.cnt, a.val, a.last_same
  FROM needs n
  JOIN households h ON h.id = n.household_id
  LEFT JOIN (
    SELECT household_id,
      sum(CASE WHEN date >= @priorFrom THEN 1 ELSE 0 END) AS cnt,
      sum(CASE WHEN date >= @priorFrom THEN value ELSE 0 END) AS val,
      max(CASE WHEN kind = @aidKind THEN date END) AS last_same
    FROM aid_records
    WHERE date >= @windowFrom AND household_id IN (SELECT household_id FROM needs WHERE status = 'open' AND kind = @needKind)
    GROUP BY household_id
  ) a ON a.household_id = n.household_id
  WHERE n.status = 'open' AND n.kind = @needKind AND h.archived_at IS NULL
    -- a household that already got a unit of this offer is not suggested for it again
    AND (@excludeOfferId IS NULL OR n.household_id NOT IN (SELECT household_id FROM aid_records WHERE offer_id = @excludeOfferId))`;

export function loadCandidates(
  db: Db,
  q: { needKind: NeedKind; aidKind: AidKind; today: string; recentAidMonths: number; excludeOfferId: string | null },
): MatchHousehold[] {
  const priorFrom = monthsBefore(q.today, PRIOR_AID_MONTHS);
  const flagFrom = monthsBefore(q.today, q.recentAidMonths);
  const windowFrom = priorFrom < flagFrom ? priorFrom : flagFrom;
  const rows = stmt<unknown[], Row>(db, CANDIDATES).raw(true).all({ priorFrom, aidKind: q.aidKind, windowFrom, needKind: q.needKind, excludeOfferId: q.excludeOfferId }) as unknown as Row[];

  const byId = new Map<string, MatchHousehold>();
  for (const r of rows) {
    let h = byId.get(r[0]);
    if (!h) {
      h = {
        householdId: r[0], displayName: r[5], city: r[6], needs: [],
        groups: r[8] ? (r[8].split(',') as VulnerabilityGroup[]) : [],
        memberCount: r[9], monthlyIncome: r[7], aidCount: r[10] ?? 0, aidValue: r[11] ?? 0, lastSameKindDate: r[12],
      };
      byId.set(r[0], h);
    }
    h.needs.push({ needId: r[1], priority: r[2], recordedOn: r[3], equipmentKind: r[4] });
  }
  for (const [id, list] of helpedElsewhereMany(db, [...byId.keys()])) {
    byId.get(id)!.elsewhere = list.map(({ ownerName, kind, date, value, via }) => ({ ownerName, kind, date, value, via }));
  }
  return [...byId.values()];
}
