// SQL for households: the row with its members, groups and the national-ID index that keeps one
// ID on one household (heads and members alike, archived households included).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch, spacelessNameVariants } from '../../../shared/domain/normalize.ts';
import { persianSortKey } from '../../../shared/domain/collate.ts';
import type { Household, householdFields, householdDuplicate, VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { GROUP_BITS } from '../../store/migrations/007_household_search.ts';

export type HouseholdFields = z.output<typeof householdFields>;
export type HouseholdDuplicate = z.infer<typeof householdDuplicate>;
/** A household as stored, every field present (redact.ts decides what a caller sees). */
export type FullHousehold = Omit<Household, 'sensitiveVisible'>;

export interface HouseholdRow {
  id: string;
  head_first_name: string;
  head_last_name: string;
  head_father_name: string | null;
  head_national_id: string;
  head_birth_date: string;
  head_sex: 'female' | 'male';
  head_mobile: string | null;
  display_name: string;
  address: string | null;
  city: string;
  village: string | null;
  disability_kind: string | null;
  disability_severity: Household['disabilitySeverity'];
  monthly_income: number | null;
  housing_status: Household['housingStatus'];
  monthly_rent: number | null;
  agency: Household['agency'];
  agency_file_no: string | null;
  case_worker_id: string | null;
  case_worker_name: string | null;
  consent_to_share: number;
  consent_date: string | null;
  notes: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  origin_centre_id: string;
}

interface MemberRow {
  id: string;
  first_name: string;
  last_name: string;
  relation: Household['members'][number]['relation'];
  sex: 'female' | 'male';
  national_id: string | null;
  birth_date: string | null;
  education: Household['members'][number]['education'];
  occupation: string | null;
  health: string | null;
}

export function displayNameOf(h: HouseholdFields): string {
  return `${h.head.firstName} ${h.head.lastName}`.trim();
}

/** Names of head and members (also without spaces), IDs, file number, city: what search finds.
 *  Nothing sensitive goes in here. */
export function searchTextOf(h: HouseholdFields): string {
  const names = [displayNameOf(h), ...h.members.map((m) => `${m.firstName} ${m.lastName}`)];
  const nameFields = [h.head.firstName, h.head.lastName, ...h.members.flatMap((m) => [m.firstName, m.lastName])];
  const parts: (string | null)[] = [...names, ...spacelessNameVariants(nameFields), h.head.nationalId, ...h.members.map((m) => m.nationalId)];
  parts.push(h.agencyFileNo, h.city, h.village, h.head.mobile);
  return normalizeForSearch(parts.filter((p): p is string => !!p).join(' '));
}

export function findHouseholdRow(db: Db, id: string): HouseholdRow | undefined {
  return stmt<[string], HouseholdRow>(
    db,
    `SELECT h.*, u.display_name AS case_worker_name FROM households h LEFT JOIN users u ON u.id = h.case_worker_id WHERE h.id = ?`,
  ).get(id);
}

export function loadHousehold(db: Db, id: string): FullHousehold | undefined {
  const r = findHouseholdRow(db, id);
  if (!r) return undefined;
  const members = stmt<[string], MemberRow>(db, 'SELECT * FROM household_members WHERE household_id = ? ORDER BY position').all(id);
  const groups = stmt<[string], { grp: VulnerabilityGroup }>(db, 'SELECT grp FROM household_groups WHERE household_id = ? ORDER BY grp')
    .all(id)
    .map((g) => g.grp);
  return {
    id: r.id,
    head: {
      firstName: r.head_first_name,
      lastName: r.head_last_name,
      fatherName: r.head_father_name,
      nationalId: r.head_national_id,
      birthDate: r.head_birth_date,
      sex: r.head_sex,
      mobile: r.head_mobile,
    },
    displayName: r.display_name,
    address: r.address,
    city: r.city,
    village: r.village,
    members: members.map((m) => ({
      id: m.id,
      firstName: m.first_name,
      lastName: m.last_name,
      relation: m.relation,
      sex: m.sex,
      nationalId: m.national_id,
      birthDate: m.birth_date,
      education: m.education,
      occupation: m.occupation,
      health: m.health,
    })),
    groups,
    disabilityKind: r.disability_kind,
    disabilitySeverity: r.disability_severity,
    monthlyIncome: r.monthly_income,
    housingStatus: r.housing_status,
    monthlyRent: r.monthly_rent,
    agency: r.agency,
    agencyFileNo: r.agency_file_no,
    caseWorkerId: r.case_worker_id,
    caseWorkerName: r.case_worker_name,
    consentToShare: r.consent_to_share === 1,
    consentDate: r.consent_date,
    notes: r.notes,
    archivedAt: r.archived_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    originCentreId: r.origin_centre_id,
  };
}

const COLUMNS = `head_first_name, head_last_name, head_father_name, head_national_id, head_birth_date, head_sex, head_mobile,
  display_name, sort_key, address, city, village, disability_kind, disability_severity, monthly_income, housing_status,
  monthly_rent, agency, agency_file_no, case_worker_id, consent_to_share, consent_date, notes, search_text, groups_mask`;

/** The household's groups as migration 7's bits. Written with the row, so the group rows
 *  inserted after it leave it as it is (their trigger writes only a mask that differs), and the
 *  search indexes get the row once, not once per group. */
function groupsMaskOf(groups: readonly VulnerabilityGroup[]): number {
  return groups.reduce((mask, g) => mask | GROUP_BITS[g], 0);
}

function values(h: HouseholdFields): unknown[] {
  return [
    h.head.firstName, h.head.lastName, h.head.fatherName, h.head.nationalId, h.head.birthDate, h.head.sex, h.head.mobile,
    displayNameOf(h), persianSortKey(`${h.head.lastName} ${h.head.firstName}`), h.address, h.city, h.village,
    h.disabilityKind, h.disabilitySeverity, h.monthlyIncome, h.housingStatus, h.monthlyRent, h.agency, h.agencyFileNo,
    h.caseWorkerId, h.consentToShare ? 1 : 0, h.consentDate, h.notes, searchTextOf(h), groupsMaskOf(h.groups),
  ];
}

export function insertHousehold(db: Db, id: string, h: HouseholdFields, meta: { nowIso: string; centreId: string; userId: string | null }): void {
  stmt(
    db,
    `INSERT INTO households (id, ${COLUMNS}, archived_at, created_by, created_at, updated_at, origin_centre_id)
     VALUES (?, ${Array(25).fill('?').join(', ')}, NULL, ?, ?, ?, ?)`,
  ).run(id, ...values(h), meta.userId, meta.nowIso, meta.nowIso, meta.centreId);
  writeChildren(db, id, h, meta.nowIso, meta.centreId, new Set());
}

export function updateHouseholdRow(db: Db, id: string, h: HouseholdFields, nowIso: string, centreId: string): void {
  const sets = COLUMNS.split(',').map((c) => `${c.trim()} = ?`).join(', ');
  stmt(db, `UPDATE households SET ${sets}, updated_at = ? WHERE id = ?`).run(...values(h), nowIso, id);
  const existing = new Set(stmt<[string], { id: string }>(db, 'SELECT id FROM household_members WHERE household_id = ?').all(id).map((m) => m.id));
  stmt(db, 'DELETE FROM household_members WHERE household_id = ?').run(id);
  // only the groups taken off (writeChildren adds the new ones): a group kept is not deleted and
  // inserted again, which would rewrite groups_mask and the search indexes twice over
  stmt(db, 'DELETE FROM household_groups WHERE household_id = ? AND grp NOT IN (SELECT value FROM json_each(?))').run(id, JSON.stringify(h.groups));
  stmt(db, 'DELETE FROM household_national_ids WHERE household_id = ?').run(id);
  writeChildren(db, id, h, nowIso, centreId, existing);
}

/** Members (keeping the ids of this household's existing members), groups and the ID index. */
function writeChildren(db: Db, id: string, h: HouseholdFields, nowIso: string, centreId: string, existing: Set<string>): void {
  const member = stmt(
    db,
    `INSERT INTO household_members (id, household_id, position, first_name, last_name, relation, sex, national_id, birth_date,
       education, occupation, health, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  h.members.forEach((m, i) => {
    const memberId = m.id && existing.has(m.id) ? m.id : randomUUID();
    member.run(memberId, id, i, m.firstName, m.lastName, m.relation, m.sex, m.nationalId, m.birthDate, m.education, m.occupation, m.health, nowIso, nowIso, centreId);
  });
  const group = stmt(db, 'INSERT OR IGNORE INTO household_groups (household_id, grp) VALUES (?, ?)');
  for (const g of h.groups) group.run(id, g);
  const nid = stmt(db, 'INSERT INTO household_national_ids (national_id, household_id, role) VALUES (?, ?, ?)');
  nid.run(h.head.nationalId, id, 'head');
  for (const m of h.members) if (m.nationalId) nid.run(m.nationalId, id, 'member');
}

export function setArchived(db: Db, id: string, archivedAt: string | null, nowIso: string): void {
  stmt(db, 'UPDATE households SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, nowIso, id);
}

/** Households other than `exceptId` that already hold one of these IDs (archived ones too). */
export function findDuplicateIds(db: Db, ids: readonly string[], exceptId: string | null): HouseholdDuplicate[] {
  const q = stmt<[string, string], { household_id: string; role: 'head' | 'member'; display_name: string }>(
    db,
    `SELECT n.household_id, n.role, h.display_name FROM household_national_ids n JOIN households h ON h.id = n.household_id
     WHERE n.national_id = ? AND n.household_id != ?`,
  );
  const out: HouseholdDuplicate[] = [];
  for (const nationalId of ids) {
    const hit = q.get(nationalId, exceptId ?? '');
    if (hit) out.push({ householdId: hit.household_id, displayName: hit.display_name, as: hit.role, nationalId });
  }
  return out;
}

export function isActiveCaseWorker(db: Db, userId: string): boolean {
  return !!stmt<[string], { id: string }>(db, "SELECT id FROM users WHERE id = ? AND role = 'caseworker' AND active = 1").get(userId);
}
