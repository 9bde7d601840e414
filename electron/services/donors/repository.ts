// SQL for donors: rows in and out, tags, duplicate look-ups.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import type { Donor, DonorFields, DuplicateMatch } from '../../../shared/contract/donors.ts';
import { displayNameOf, searchTextOf, sortKeyOf } from './searchText.ts';

export interface DonorRow {
  id: string;
  kind: 'person' | 'organisation';
  first_name: string | null;
  last_name: string | null;
  org_name: string | null;
  display_name: string;
  national_id: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  city: string | null;
  referral: Donor['referral'];
  preferred_contact: Donor['preferredContact'];
  notes: string | null;
  archived_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  origin_centre_id: string;
}

export function toDonor(r: DonorRow, tags: string[]): Donor {
  return {
    id: r.id,
    kind: r.kind,
    firstName: r.first_name,
    lastName: r.last_name,
    orgName: r.org_name,
    displayName: r.display_name,
    nationalId: r.national_id,
    mobile: r.mobile,
    phone: r.phone,
    email: r.email,
    address: r.address,
    city: r.city,
    referral: r.referral,
    preferredContact: r.preferred_contact,
    notes: r.notes,
    tags,
    archivedAt: r.archived_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    originCentreId: r.origin_centre_id,
  };
}

export function tagsOf(db: Db, id: string): string[] {
  return stmt<[string], { tag: string }>(db, 'SELECT tag FROM donor_tags WHERE donor_id = ? ORDER BY tag_norm')
    .all(id)
    .map((r) => r.tag);
}

export function findDonorRow(db: Db, id: string): DonorRow | undefined {
  return stmt<[string], DonorRow>(db, 'SELECT * FROM donors WHERE id = ?').get(id);
}

export function loadDonor(db: Db, id: string): Donor | undefined {
  const row = findDonorRow(db, id);
  return row ? toDonor(row, tagsOf(db, id)) : undefined;
}

export function insertDonor(db: Db, id: string, d: DonorFields, meta: { nowIso: string; centreId: string; userId: string | null }): void {
  stmt(
    db,
    `INSERT INTO donors (id, kind, first_name, last_name, org_name, display_name, sort_key, national_id, mobile, phone,
       email, address, city, referral, preferred_contact, notes, search_text, archived_at, created_by, created_at,
       updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(
    id, d.kind, d.firstName, d.lastName, d.orgName, displayNameOf(d), sortKeyOf(d), d.nationalId, d.mobile, d.phone,
    d.email, d.address, d.city, d.referral, d.preferredContact, d.notes, searchTextOf(d), meta.userId, meta.nowIso,
    meta.nowIso, meta.centreId,
  );
  writeTags(db, id, d.tags);
}

export function updateDonorRow(db: Db, id: string, d: DonorFields, nowIso: string): void {
  stmt(
    db,
    `UPDATE donors SET kind = ?, first_name = ?, last_name = ?, org_name = ?, display_name = ?, sort_key = ?,
       national_id = ?, mobile = ?, phone = ?, email = ?, address = ?, city = ?, referral = ?, preferred_contact = ?,
       notes = ?, search_text = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    d.kind, d.firstName, d.lastName, d.orgName, displayNameOf(d), sortKeyOf(d), d.nationalId, d.mobile, d.phone,
    d.email, d.address, d.city, d.referral, d.preferredContact, d.notes, searchTextOf(d), nowIso, id,
  );
  stmt(db, 'DELETE FROM donor_tags WHERE donor_id = ?').run(id);
  writeTags(db, id, d.tags);
}

function writeTags(db: Db, id: string, tags: readonly string[]): void {
  const insert = stmt(db, 'INSERT OR IGNORE INTO donor_tags (donor_id, tag, tag_norm) VALUES (?, ?, ?)');
  for (const t of tags) insert.run(id, t, normalizeForSearch(t));
}

export function setArchived(db: Db, id: string, archivedAt: string | null, nowIso: string): void {
  stmt(db, 'UPDATE donors SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, nowIso, id);
}

/** Other donors holding the same national ID or mobile (archived ones included). */
export function findDuplicates(db: Db, d: Pick<DonorFields, 'nationalId' | 'mobile'>, exceptId: string | null): DuplicateMatch[] {
  const out: DuplicateMatch[] = [];
  type Hit = { id: string; display_name: string; archived_at: string | null };
  const check = (field: 'nationalId' | 'mobile', column: string, value: string | null) => {
    if (!value) return;
    const hits = stmt<[string, string], Hit>(
      db,
      `SELECT id, display_name, archived_at FROM donors WHERE ${column} = ? AND id != ? LIMIT 10`,
    ).all(value, exceptId ?? '');
    for (const h of hits) out.push({ id: h.id, displayName: h.display_name, field, archived: h.archived_at !== null });
  };
  check('nationalId', 'national_id', d.nationalId);
  check('mobile', 'mobile', d.mobile);
  return out;
}
