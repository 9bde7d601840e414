// The candidate data for one ranking, in a handful of set-based queries (no query per
// household): open needs of the kind with their households, the groups and member counts of
// those households, and their aid in the window, summed with GROUP BY.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AidKind, NeedKind } from '../../../shared/contract/aid.ts';
import type { VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { monthsBefore, PRIOR_AID_MONTHS, type MatchHousehold } from '../../../shared/domain/matching.ts';

/** The households that have an open need of the kind (not archived). */
const WITH_NEED = `SELECT n.household_id FROM needs n WHERE n.status = 'open' AND n.kind = ?`;

export function loadCandidates(
  db: Db,
  q: { needKind: NeedKind; aidKind: AidKind; today: string; recentAidMonths: number; excludeOfferId: string | null },
): MatchHousehold[] {
  const byId = new Map<string, MatchHousehold>();
  const needs = stmt<[string], { id: string; household_id: string; priority: number; recorded_on: string; equipment_kind: string | null; display_name: string; city: string; monthly_income: number | null }>(
    db,
    `SELECT n.id, n.household_id, n.priority, n.recorded_on, n.equipment_kind, h.display_name, h.city, h.monthly_income
     FROM needs n JOIN households h ON h.id = n.household_id
     WHERE n.status = 'open' AND n.kind = ? AND h.archived_at IS NULL`,
  ).all(q.needKind);
  for (const n of needs) {
    let h = byId.get(n.household_id);
    if (!h) {
      h = { householdId: n.household_id, displayName: n.display_name, city: n.city, needs: [], groups: [], memberCount: 0, monthlyIncome: n.monthly_income, aidCount: 0, aidValue: 0, lastSameKindDate: null };
      byId.set(n.household_id, h);
    }
    h.needs.push({ needId: n.id, priority: n.priority, recordedOn: n.recorded_on, equipmentKind: n.equipment_kind });
  }
  if (byId.size === 0) return [];

  const groups = stmt<[string], { household_id: string; grp: VulnerabilityGroup }>(
    db,
    `SELECT household_id, grp FROM household_groups WHERE household_id IN (${WITH_NEED}) ORDER BY household_id, grp`,
  ).all(q.needKind);
  for (const g of groups) byId.get(g.household_id)?.groups.push(g.grp);

  const members = stmt<[string], { household_id: string; n: number }>(
    db,
    `SELECT household_id, count(*) AS n FROM household_members WHERE household_id IN (${WITH_NEED}) GROUP BY household_id`,
  ).all(q.needKind);
  for (const m of members) {
    const h = byId.get(m.household_id);
    if (h) h.memberCount = m.n;
  }

  const priorFrom = monthsBefore(q.today, PRIOR_AID_MONTHS);
  const flagFrom = monthsBefore(q.today, q.recentAidMonths);
  const windowFrom = priorFrom < flagFrom ? priorFrom : flagFrom;
  const aid = stmt<[string, string, string, string, string], { household_id: string; cnt: number; val: number; last_same: string | null }>(
    db,
    `SELECT household_id,
       sum(CASE WHEN date >= ? THEN 1 ELSE 0 END) AS cnt,
       sum(CASE WHEN date >= ? THEN value ELSE 0 END) AS val,
       max(CASE WHEN kind = ? THEN date END) AS last_same
     FROM aid_records WHERE date >= ? AND household_id IN (${WITH_NEED}) GROUP BY household_id`,
  ).all(priorFrom, priorFrom, q.aidKind, windowFrom, q.needKind);
  for (const a of aid) {
    const h = byId.get(a.household_id);
    if (!h) continue;
    h.aidCount = a.cnt;
    h.aidValue = a.val;
    h.lastSameKindDate = a.last_same;
  }

  // a household that already got a unit of this offer is not suggested for it again
  if (q.excludeOfferId) {
    const given = stmt<[string], { household_id: string }>(db, 'SELECT DISTINCT household_id FROM aid_records WHERE offer_id = ?').all(q.excludeOfferId);
    for (const g of given) byId.delete(g.household_id);
  }
  return [...byId.values()];
}
