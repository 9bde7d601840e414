// "Helped elsewhere": where else a local household was helped, from the province's bank.
// A household's national IDs (its head's and its members', household_national_ids) are looked
// up three ways:
//  - 'record': a copy of another centre's household carries one of those IDs (bank_national_ids)
//    → that copy's aid history (the `aid` array of its record, read with json_each);
//  - 'record' too: a copy a case worker marked "same household" (duplicate_pairs, verdict
//    'same') → its aid history, whatever IDs it carries (nationalId is then this household's
//    head's, as the link is the household's, not one ID's);
//  - 'marker': HMAC(province passphrase, ID) equals a marker's idHash (aid_markers). Without a
//    passphrase, or with another one than the sender's, no marker matches: that is the point.
// A copy a case worker marked "different" from this household gives nothing, even when it
// carries one of its IDs (one of the two centres has a mistyped ID). This centre's own records
// never count (they are not aid elsewhere). The same aid reached twice (through two IDs of one
// household, or as a record and as a marker of the same centre, kind, date and value) is listed
// once. Latest first.
//
// One form for one household (bank.helpedElsewhere, the household page) and one for many at once
// (matching, search results): set-based SQL with the ids as a JSON array, so thousands of
// candidates cost a few statements, and nothing at all while the bank is empty. The HMAC of a
// national ID (a few microseconds each, the largest cost when matching thousands of households
// against markers) never changes for one passphrase, so the hashes of local IDs are kept in
// memory, at most HASH_CACHE_MAX of them, and forgotten when the passphrase changes.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AidKind } from '../../../shared/contract/aid.ts';
import type { HelpedElsewhere } from '../../../shared/contract/exchange.ts';
import { markerHash, readPassphrase } from './markers.ts';

export interface ElsewhereOptions {
  /** only aid dated on or after this ISO date */
  since?: string;
}

type RecordRow = [local: string, nationalId: string, owner: string, bankId: string, ownerName: string, aidId: string, kind: string, date: string, value: number];
type MarkerRow = [hash: string, owner: string, ownerName: string, kind: string, date: string, value: number];

// Aid on copies that carry one of the households' IDs, except copies judged "different". A
// copy's aid is the `aid` array of its record (the JSON its owner sent).
const BY_ID = `
  SELECT n.household_id, n.national_id, b.owner, b.household_id, bh.owner_name,
    a.value ->> 'id', a.value ->> 'kind', a.value ->> 'date', a.value ->> 'value'
  FROM json_each(@ids) j
  JOIN household_national_ids n ON n.household_id = j.value
  JOIN bank_national_ids b ON b.national_id = n.national_id
  JOIN bank_households bh ON bh.owner = b.owner AND bh.id = b.household_id
  JOIN json_each(bh.record, '$.aid') a
  WHERE a.value ->> 'date' >= @since AND b.owner <> @centre
    AND NOT EXISTS (SELECT 1 FROM duplicate_pairs d
                    WHERE d.household_id = n.household_id AND d.bank_owner = b.owner AND d.bank_id = b.household_id AND d.verdict = 'different')`;

// Aid on copies a case worker linked as the same household (no ID matched: the household's
// own head's ID stands for the link).
const LINKED = `
  SELECT d.household_id, h.head_national_id, d.bank_owner, d.bank_id, bh.owner_name,
    a.value ->> 'id', a.value ->> 'kind', a.value ->> 'date', a.value ->> 'value'
  FROM json_each(@ids) j
  JOIN duplicate_pairs d ON d.household_id = j.value AND d.verdict = 'same'
  JOIN households h ON h.id = d.household_id
  JOIN bank_households bh ON bh.owner = d.bank_owner AND bh.id = d.bank_id
  JOIN json_each(bh.record, '$.aid') a
  WHERE a.value ->> 'date' >= @since AND d.bank_owner <> @centre`;

const IDS_OF = `
  SELECT n.household_id, n.national_id FROM json_each(?) j JOIN household_national_ids n ON n.household_id = j.value`;

const MARKERS = `
  SELECT m.id_hash, m.owner, m.owner_name, m.kind, m.date, m.value
  FROM json_each(@hashes) j JOIN aid_markers m ON m.id_hash = j.value
  WHERE m.date >= @since AND m.owner <> @centre`;

const HASH_CACHE_MAX = 250_000;
const hashCaches = new WeakMap<Db, { passphrase: string; hashes: Map<string, string> }>();

function hashOf(db: Db, passphrase: string, nationalId: string): string {
  let cache = hashCaches.get(db);
  if (!cache || cache.passphrase !== passphrase) hashCaches.set(db, (cache = { passphrase, hashes: new Map() }));
  let h = cache.hashes.get(nationalId);
  if (h === undefined) {
    h = markerHash(passphrase, nationalId);
    if (cache.hashes.size >= HASH_CACHE_MAX) cache.hashes.clear();
    cache.hashes.set(nationalId, h);
  }
  return h;
}

function centreId(db: Db): string {
  return stmt<[], { id: string }>(db, 'SELECT id FROM centre LIMIT 1').get()?.id ?? '';
}

function any(db: Db, table: 'bank_households' | 'aid_markers'): boolean {
  return stmt(db, `SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined;
}

const byDateDesc = (a: HelpedElsewhere, b: HelpedElsewhere) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.ownerName < b.ownerName ? -1 : a.ownerName > b.ownerName ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : b.value - a.value;

/** Aid elsewhere for many local households at once: a map from household id to its aid
 *  elsewhere, latest first (households without any are left out of the map). */
export function helpedElsewhereMany(db: Db, householdIds: readonly string[], opts: ElsewhereOptions = {}): Map<string, HelpedElsewhere[]> {
  const out = new Map<string, HelpedElsewhere[]>();
  if (householdIds.length === 0) return out;
  const records = any(db, 'bank_households');
  const passphrase = any(db, 'aid_markers') ? readPassphrase(db) : null;
  if (!records && !passphrase) return out;

  const ids = JSON.stringify(householdIds);
  const since = opts.since ?? '';
  const centre = centreId(db);
  /** per household: keys of what is listed already */
  const seen = new Map<string, Set<string>>();
  /** lists `item` unless `key` was seen for this household; remembers `key` and `also` */
  const add = (local: string, item: HelpedElsewhere, key: string, also?: string) => {
    let s = seen.get(local);
    if (!s) seen.set(local, (s = new Set()));
    if (s.has(key)) return;
    s.add(key);
    if (also) s.add(also);
    const list = out.get(local);
    if (list) list.push(item);
    else out.set(local, [item]);
  };

  if (records) {
    for (const sql of [BY_ID, LINKED]) {
      const rows = stmt<unknown[], RecordRow>(db, sql).raw(true).all({ ids, since, centre }) as unknown as RecordRow[];
      for (const [local, nationalId, owner, bankId, ownerName, aidId, kind, date, value] of rows) {
        // two aid records of a copy may agree in kind, date and value: keyed by their ids; a
        // marker of the same centre, kind, date and value is the same aid seen twice
        add(local, { owner, ownerName, kind: kind as AidKind, date, value, via: 'record', nationalId }, `r|${owner}|${bankId}|${aidId}`, `m|${owner}|${kind}|${date}|${value}`);
      }
    }
  }

  if (passphrase) {
    const byHash = new Map<string, { local: string; nationalId: string }[]>();
    for (const [local, nationalId] of stmt<[string], [string, string]>(db, IDS_OF).raw(true).all(ids) as unknown as [string, string][]) {
      const hash = hashOf(db, passphrase, nationalId);
      const list = byHash.get(hash);
      if (list) list.push({ local, nationalId });
      else byHash.set(hash, [{ local, nationalId }]);
    }
    if (byHash.size > 0) {
      const rows = stmt<unknown[], MarkerRow>(db, MARKERS).raw(true).all({ hashes: JSON.stringify([...byHash.keys()]), since, centre }) as unknown as MarkerRow[];
      for (const [hash, owner, ownerName, kind, date, value] of rows) {
        for (const { local, nationalId } of byHash.get(hash) ?? []) {
          add(local, { owner, ownerName, kind: kind as AidKind, date, value, via: 'marker', nationalId }, `m|${owner}|${kind}|${date}|${value}`);
        }
      }
    }
  }

  for (const list of out.values()) list.sort(byDateDesc);
  return out;
}

/** Aid elsewhere for one local household, latest first (bank.helpedElsewhere). */
export function helpedElsewhere(db: Db, householdId: string, opts: ElsewhereOptions = {}): HelpedElsewhere[] {
  return helpedElsewhereMany(db, [householdId], opts).get(householdId) ?? [];
}

/** For lists (households search results): how often and when last each household was helped
 *  elsewhere. Households never helped elsewhere are left out of the map. */
export function elsewhereSummaries(db: Db, householdIds: readonly string[]): Map<string, { count: number; lastDate: string }> {
  const out = new Map<string, { count: number; lastDate: string }>();
  for (const [id, list] of helpedElsewhereMany(db, householdIds)) out.set(id, { count: list.length, lastDate: list[0]!.date });
  return out;
}

/** A page of search results with `elsewhere` filled in (householdSummary's optional field):
 *  { count, lastDate } or null. One set-based look-up for the page. */
export function markHelpedElsewhere<T extends { id: string }>(db: Db, items: readonly T[]): (T & { elsewhere: { count: number; lastDate: string } | null })[] {
  const found = elsewhereSummaries(db, items.map((i) => i.id));
  return items.map((i) => ({ ...i, elsewhere: found.get(i.id) ?? null }));
}
