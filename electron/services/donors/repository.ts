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

/** Inserts the donor and returns it exactly as loadDonor would read it back (same mapping,
 *  same tag order), so a bulk caller can audit it without a second read. */
export function insertDonor(db: Db, id: string, d: DonorFields, meta: { nowIso: string; centreId: string; userId: string | null }): Donor {
  const row: DonorRow = {
    id,
    kind: d.kind,
    first_name: d.firstName,
    last_name: d.lastName,
    org_name: d.orgName,
    display_name: displayNameOf(d),
    national_id: d.nationalId,
    mobile: d.mobile,
    phone: d.phone,
    email: d.email,
    address: d.address,
    city: d.city,
    referral: d.referral,
    preferred_contact: d.preferredContact,
    notes: d.notes,
    archived_at: null,
    created_by: meta.userId,
    created_at: meta.nowIso,
    updated_at: meta.nowIso,
    origin_centre_id: meta.centreId,
  };
  stmt(
    db,
    `INSERT INTO donors (id, kind, first_name, last_name, org_name, display_name, sort_key, national_id, mobile, phone,
       email, address, city, referral, preferred_contact, notes, search_text, archived_at, created_by, created_at,
       updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(
    id, row.kind, row.first_name, row.last_name, row.org_name, row.display_name, sortKeyOf(d), row.national_id, row.mobile,
    row.phone, row.email, row.address, row.city, row.referral, row.preferred_contact, row.notes, searchTextOf(d),
    row.created_by, row.created_at, row.updated_at, row.origin_centre_id,
  );
  return toDonor(row, writeTags(db, id, d.tags));
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

/** Writes the tags (the first of those normalising alike wins, as INSERT OR IGNORE keeps it) and
 *  returns the stored ones in tagsOf's order: tag_norm, compared as SQLite compares text
 *  (UTF-8 bytes; JS string order differs only beyond the Basic Multilingual Plane). */
function writeTags(db: Db, id: string, tags: readonly string[]): string[] {
  const insert = stmt(db, 'INSERT OR IGNORE INTO donor_tags (donor_id, tag, tag_norm) VALUES (?, ?, ?)');
  const kept = new Map<string, string>();
  for (const t of tags) {
    const norm = normalizeForSearch(t);
    if (insert.run(id, t, norm).changes > 0) kept.set(norm, t);
  }
  return [...kept.entries()].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map(([, t]) => t);
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

/** What the duplicate rules say of a donor's fields: nothing, or why it may not be saved and
 *  every donor it collides with. A shared national ID is never acceptable; a shared mobile is
 *  acceptable when `acceptMobile` accepts every donor sharing it. One rule for the form and the
 *  import. */
export function duplicateVerdict(
  db: Db,
  d: DonorFields,
  exceptId: string | null,
  acceptMobile: (match: DuplicateMatch) => boolean,
): { reason: 'nationalId' | 'mobile'; first: DuplicateMatch; matches: DuplicateMatch[] } | null {
  const matches = findDuplicates(db, d, exceptId);
  if (matches.length === 0) return null;
  const byId = matches.find((m) => m.field === 'nationalId');
  if (byId) return { reason: 'nationalId', first: byId, matches };
  const unaccepted = matches.find((m) => m.field === 'mobile' && !acceptMobile(m));
  if (unaccepted) return { reason: 'mobile', first: unaccepted, matches };
  return null;
}
