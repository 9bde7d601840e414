// What an import does with each line of a bank file, and the dry run of it for the preview.
//
// A household line is a copy of another centre's household (with its members, needs and aid
// history, kept whole as the line's JSON). Its fate:
//   ownSkipped  the owner is this centre: the owner's copy is the authority, nothing changes
//   new         no copy of (owner, id) is held: it is inserted
//   newer       the held copy has an older version: it is replaced (row and IDs)
//   unchanged   the held copy has the same version: nothing changes
//   older       the held copy is newer: nothing changes
// A marker line is recorded unless the same marker is held (its whole line is the key) or it is
// this centre's own marker relayed back. The local households that may be the same family as a
// new or newer copy become duplicate pairs for review.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AidMarker, BankHousehold } from '../../../shared/contract/exchangeRecords.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import { findDuplicateCandidates } from './duplicates.ts';

export type Fate = 'ownSkipped' | 'new' | 'newer' | 'unchanged' | 'older';

/** Versions are ISO instants (`updated_at`); compared as instants with any number of fraction
 *  digits, so '…:00Z' and '…:00.000Z' are the same version. */
export function compareVersions(a: string, b: string): number {
  const ka = versionKey(a);
  const kb = versionKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function versionKey(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(v);
  if (!m) return v;
  return `${m[1]}.${(m[2] ?? '').padEnd(9, '0').slice(0, 9)}`;
}

export function heldVersion(db: Db, owner: string, id: string): string | undefined {
  return stmt<[string, string], { version: string }>(db, 'SELECT version FROM bank_households WHERE owner = ? AND id = ?').get(owner, id)?.version;
}

/** The fate of a copy of `version` when the copy held has `held` (undefined: none). */
export function fateAgainst(held: string | undefined, version: string): Fate {
  if (held === undefined) return 'new';
  const c = compareVersions(version, held);
  return c > 0 ? 'newer' : c === 0 ? 'unchanged' : 'older';
}

/** The versions held, for the apply pass: the copies of one owner at a time are read in one
 *  range scan of the primary key (far cheaper than a look-up per line: lines of a file come
 *  grouped by owner). An owner met again after another is looked up line by line. Only ids and
 *  versions are kept, of one owner. */
export class HeldVersions {
  readonly #db: Db;
  #owner: string | null = null;
  #versions = new Map<string, string>();
  readonly #scanned = new Set<string>();

  constructor(db: Db) {
    this.#db = db;
  }

  get(owner: string, id: string): string | undefined {
    if (owner === this.#owner) return this.#versions.get(id);
    if (this.#scanned.has(owner)) return heldVersion(this.#db, owner, id);
    this.#owner = owner;
    this.#scanned.add(owner);
    this.#versions = new Map();
    for (const [rowId, version] of stmt<[string], [string, string]>(this.#db, 'SELECT id, version FROM bank_households WHERE owner = ?').raw(true).iterate(owner)) {
      this.#versions.set(rowId, version);
    }
    return this.#versions.get(id);
  }

  /** A copy written by this import (the same household may come twice in a file). */
  set(owner: string, id: string, version: string): void {
    if (owner === this.#owner) this.#versions.set(id, version);
  }
}

export function headName(h: BankHousehold): string {
  return `${h.head.firstName} ${h.head.lastName}`;
}

/** Writes a new or newer copy: its row (the line itself as `record`, which carries its aid
 *  history) and its national IDs, replacing whatever the older copy had. */
export function writeCopy(db: Db, h: BankHousehold, line: string, fate: 'new' | 'newer', nowIso: string): void {
  const name = headName(h);
  if (fate === 'newer') {
    stmt(db, 'DELETE FROM bank_national_ids WHERE owner = ? AND household_id = ?').run(h.owner, h.id);
  }
  stmt(
    db,
    `INSERT INTO bank_households (owner, id, owner_name, version, archived_at, display_name, name_key, father_key, birth_year, city, record, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (owner, id) DO UPDATE SET owner_name = excluded.owner_name, version = excluded.version, archived_at = excluded.archived_at,
       display_name = excluded.display_name, name_key = excluded.name_key, father_key = excluded.father_key, birth_year = excluded.birth_year,
       city = excluded.city, record = excluded.record, received_at = excluded.received_at`,
  ).run(
    h.owner,
    h.id,
    h.ownerName,
    h.version,
    h.archivedAt,
    name,
    normalizeForSearch(name),
    h.head.fatherName ? normalizeForSearch(h.head.fatherName) : null,
    Number(h.head.birthDate.slice(0, 4)),
    h.city,
    line,
    nowIso,
  );
  // one row per distinct ID: a member may (wrongly) carry the head's ID; the head's role wins
  const insertId = stmt(db, 'INSERT OR IGNORE INTO bank_national_ids (national_id, owner, household_id, role) VALUES (?, ?, ?, ?)');
  insertId.run(h.head.nationalId, h.owner, h.id, 'head');
  for (const m of h.members) if (m.nationalId) insertId.run(m.nationalId, h.owner, h.id, 'member');
}

export interface DuplicateFound {
  householdId: string;
  reason: 'nationalId' | 'nameFatherBirthYear';
}

export function duplicatesOf(db: Db, h: BankHousehold): DuplicateFound[] {
  return findDuplicateCandidates(db, h);
}

/** Records the pairs for review. A pair already listed keeps its id and any verdict (an
 *  undecided one takes the reason found now). When a newer version of a copy arrives, its
 *  undecided pairs that no longer hold (a corrected ID, a renamed head) are dropped; a
 *  reviewer's verdicts stay whatever the new version says. */
export function recordDuplicates(db: Db, h: BankHousehold, found: readonly DuplicateFound[], nowIso: string, fate: 'new' | 'newer'): void {
  if (fate === 'newer') {
    stmt(
      db,
      `DELETE FROM duplicate_pairs WHERE bank_owner = ? AND bank_id = ? AND verdict IS NULL
         AND household_id NOT IN (SELECT value FROM json_each(?))`,
    ).run(h.owner, h.id, JSON.stringify(found.map((d) => d.householdId)));
  }
  const insert = stmt(
    db,
    `INSERT INTO duplicate_pairs (id, household_id, bank_owner, bank_id, reason, verdict, decided_by, decided_at, found_at)
     VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, ?)
     ON CONFLICT (household_id, bank_owner, bank_id) DO UPDATE SET reason = excluded.reason WHERE verdict IS NULL`,
  );
  for (const d of found) insert.run(randomUUID(), d.householdId, h.owner, h.id, d.reason, nowIso);
}

export function markerHeld(db: Db, m: AidMarker): boolean {
  return (
    stmt<[string, string, string, string, number]>(db, 'SELECT 1 FROM aid_markers WHERE id_hash = ? AND owner = ? AND kind = ? AND date = ? AND value = ?').get(
      m.idHash,
      m.owner,
      m.kind,
      m.date,
      m.value,
    ) !== undefined
  );
}

/** Records a marker; true when it was not held yet. */
export function writeMarker(db: Db, m: AidMarker): boolean {
  const r = stmt(db, 'INSERT OR IGNORE INTO aid_markers (owner, owner_name, id_hash, kind, date, value) VALUES (?, ?, ?, ?, ?, ?)').run(
    m.owner,
    m.ownerName,
    m.idHash,
    m.kind,
    m.date,
    m.value,
  );
  return r.changes > 0;
}
