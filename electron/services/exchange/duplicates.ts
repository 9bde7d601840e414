// Possible duplicates between a copy of another centre's household and this centre's own
// households, for the import preview and the review screen (duplicates.list/decide).
//
// The rules, in order:
//  1. 'nationalId': a national ID of the copy (head or member) is the national ID of a local
//     head or member (household_national_ids, one indexed look-up for all the copy's IDs).
//  2. only when no ID matched: 'nameFatherBirthYear' (a copy whose ID found its household is
//     not also offered that household's namesakes, who carry other IDs): the heads' names are alike, their fathers' names the same, they
//     were born in the same Jalali year and are of the same sex:
//     - names: first and last name each through compactForSearch (ي/ی, ك/ک, hamza forms, ZWNJ,
//       spaces, diacritics, digits folded), joined; alike when the two differ by at most one
//       letter (one inserted, deleted or replaced: «عبدالله»/«عبداله», «محمدی»/«محمودی»), also
//       after swapping first and last name on one side;
//     - fathers' names: equal after compactForSearch;
//     - birth year: the Jalali year of the birth date (the year people know and say; a centre
//       that knew only the year typed 1 Farvardin, which is the same Jalali year but often not
//       the same Gregorian one).
//     - sex: a typo does not change it, and it keeps «مهدی» from «مهری»;
//     When either side has no father's name, less is known, so more is asked: the names must be
//     equal (either order, no typo) and the whole birth date the same.
//     Only the best-matching local heads are reported for a copy: when some match its names
//     exactly (after normalisation, either order) the ones only a letter apart are not, and
//     among those, when some were born on the very same day the others of that year are not.
//     «محمد حسینی» is then not also offered as «احمد حسینی» with the same father and year, nor
//     as a namesake born months apart: far more often another family (the measure in
//     test/service/duplicates-quality.test.ts).
//
// Speed: the importer asks once per copy, up to 250,000 times. The local heads are indexed once
// in memory (by birth year + father's name, and by birth date) and the index is kept while
// nothing changes: migration 009 stamps a new random number whenever a head's names or birth
// date change (any connection), and one point read of that stamp per call says whether the
// index is still good. Nothing is written here, so inspect (which changes nothing) may call it.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { BankHousehold } from '../../../shared/contract/exchangeRecords.ts';
import { compactForSearch } from '../../../shared/domain/normalize.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import { isoToJalali } from '../../../shared/domain/jalali.ts';

export type DuplicateReason = 'nationalId' | 'nameFatherBirthYear';
export interface DuplicateCandidate {
  householdId: string;
  reason: DuplicateReason;
}

/** What the name rule compares, for one head (local or copy). */
export interface HeadKeys {
  /** compact first name */
  first: string;
  /** compact last name */
  last: string;
  /** compact father's name, '' when unknown */
  father: string;
  /** Jalali birth year, 0 when the date is not a date */
  year: number;
  birthDate: string;
  sex: string;
}

export function headKeys(firstName: string, lastName: string, fatherName: string | null | undefined, birthDate: string, sex: string): HeadKeys {
  let year = 0;
  try {
    year = isoToJalali(birthDate).jy;
  } catch {
    year = 0;
  }
  return { first: compactForSearch(firstName), last: compactForSearch(lastName), father: fatherName ? compactForSearch(fatherName) : '', year, birthDate, sex };
}

/** At most one letter apart: one insertion, deletion or substitution (Levenshtein ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // the first difference at i: skip it on one side (or both) and the rests must be equal
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

function sameNames(a: HeadKeys, b: HeadKeys): boolean {
  return (a.first === b.first && a.last === b.last) || (a.first === b.last && a.last === b.first);
}

/** The name rule for two heads (see the top of this file): 'exact' when the names are equal
 *  (either order), 'near' when they are a letter apart, null when the heads are not alike. */
export function headsAlike(a: HeadKeys, b: HeadKeys): 'exact' | 'near' | null {
  if (a.year === 0 || a.year !== b.year || a.sex !== b.sex) return null;
  if (a.father === '' || b.father === '') return a.birthDate === b.birthDate && sameNames(a, b) ? 'exact' : null;
  if (a.father !== b.father) return null;
  if (sameNames(a, b)) return 'exact';
  const bName = b.first + b.last;
  return withinOneEdit(a.first + a.last, bName) || withinOneEdit(a.last + a.first, bName) ? 'near' : null;
}

// ---- the in-memory index of local heads ------------------------------------------------------

interface LocalHead extends HeadKeys {
  id: string;
}

/** The local heads by the keys a copy can be looked up with. A name one letter apart keeps
 *  either the first or the last name whole (the edit is in one of them), so heads with a
 *  father's name are indexed three times under their Jalali year and father: by first name, by
 *  last name and by the two joined (the same letters split otherwise between first and last).
 *  A copy asks six keys: its first and its last name in both lists (both orders), and its names
 *  joined both ways; each list holds a handful of heads, whatever the size of the centre. */
interface LocalIndex {
  stamp: number | bigint;
  byFirst: Map<string, LocalHead[]>;
  byLast: Map<string, LocalHead[]>;
  byFull: Map<string, LocalHead[]>;
  /** birth date → every head (a copy without a father's name) */
  byDate: Map<string, LocalHead[]>;
  /** birth date → heads without a father's name */
  byDateNoFather: Map<string, LocalHead[]>;
  count: number;
  lastUsed: number;
}

const indexes = new WeakMap<Db, LocalIndex>();
/** An index nobody asked for in this long is let go (a province office's can be large). */
const IDLE_MS = 60_000;

function currentStamp(db: Db): number | bigint {
  const row = stmt<[], { stamp: number | bigint }>(db, 'SELECT stamp FROM household_keys_stamp WHERE id = 1').safeIntegers(true).get();
  return row?.stamp ?? -1;
}

function push<K>(map: Map<K, LocalHead[]>, key: K, h: LocalHead): void {
  const list = map.get(key);
  if (list) list.push(h);
  else map.set(key, [h]);
}

const blockKey = (year: number, father: string, name: string) => `${year}|${father}|${name}`;

function buildIndex(db: Db, stamp: number | bigint): LocalIndex {
  const rows = stmt<[], [string, string, string, string | null, string, string]>(
    db,
    'SELECT id, head_first_name, head_last_name, head_father_name, head_birth_date, head_sex FROM households',
  ).raw(true).all() as unknown as [string, string, string, string | null, string, string][];
  const index: LocalIndex = {
    stamp, byFirst: new Map(), byLast: new Map(), byFull: new Map(), byDate: new Map(), byDateNoFather: new Map(), count: rows.length, lastUsed: Date.now(),
  };
  // names repeat a great deal: normalise each spelling once
  const seen = new Map<string, string>();
  const compact = (s: string) => {
    let k = seen.get(s);
    if (k === undefined) seen.set(s, (k = compactForSearch(s)));
    return k;
  };
  const years = new Map<string, number>();
  for (const [id, first, last, father, birthDate, sex] of rows) {
    let year = years.get(birthDate);
    if (year === undefined) {
      try {
        year = isoToJalali(birthDate).jy;
      } catch {
        year = 0;
      }
      years.set(birthDate, year);
    }
    const h: LocalHead = { id, first: compact(first), last: compact(last), father: father ? compact(father) : '', year, birthDate, sex };
    if (year !== 0 && h.father !== '') {
      push(index.byFirst, blockKey(year, h.father, h.first), h);
      push(index.byLast, blockKey(year, h.father, h.last), h);
      push(index.byFull, blockKey(year, h.father, h.first + h.last), h);
    }
    push(index.byDate, birthDate, h);
    if (h.father === '') push(index.byDateNoFather, birthDate, h);
  }
  return index;
}

function scheduleRelease(db: Db, index: LocalIndex): void {
  const timer = setTimeout(function check() {
    if (indexes.get(db) !== index) return;
    if (Date.now() - index.lastUsed >= IDLE_MS) indexes.delete(db);
    else setTimeout(check, IDLE_MS).unref();
  }, IDLE_MS);
  timer.unref();
}

function localIndex(db: Db): LocalIndex {
  const stamp = currentStamp(db);
  let index = indexes.get(db);
  if (!index || index.stamp !== stamp) {
    index = buildIndex(db, stamp);
    indexes.set(db, index);
    scheduleRelease(db, index);
  }
  index.lastUsed = Date.now();
  return index;
}

// ---- the look-up ----------------------------------------------------------------------------

const BY_NATIONAL_ID = 'SELECT household_id FROM household_national_ids WHERE national_id = ?';

/** The local households that may be the same family as `copy`, each with the first reason that
 *  holds ('nationalId' before 'nameFatherBirthYear'). Reads only; call it inside the import's
 *  transaction so that every copy is compared with the same local households. */
export function findDuplicateCandidates(db: Db, copy: BankHousehold): DuplicateCandidate[] {
  const out: DuplicateCandidate[] = [];
  // one point look-up per ID (the national ID is the table's key): cheaper than one IN (…)
  // statement per copy, whose text and plan change with the number of members
  const byId = stmt<[string], string>(db, BY_NATIONAL_ID).pluck(true);
  const checked: string[] = [];
  const lookUp = (raw: string | null) => {
    if (!raw) return;
    const id = toLatinDigits(raw);
    if (checked.includes(id)) return;
    checked.push(id);
    const householdId = byId.get(id);
    if (householdId !== undefined && !out.some((o) => o.householdId === householdId)) out.push({ householdId, reason: 'nationalId' });
  };
  lookUp(copy.head.nationalId);
  for (const m of copy.members) lookUp(m.nationalId);
  if (out.length > 0) return out;
  const index = localIndex(db);
  if (index.count === 0) return out;
  const found = new Set<string>();
  const keys = headKeys(copy.head.firstName, copy.head.lastName, copy.head.fatherName, copy.head.birthDate, copy.head.sex);
  if (keys.year === 0) return out;
  // tiers: 0 names equal and born the same day, 1 names equal, 2 a letter apart and the same
  // day, 3 a letter apart; only the best tier present is reported
  let best = 4;
  let hits: string[] = [];
  const consider = (candidates: LocalHead[] | undefined) => {
    if (!candidates) return;
    for (const h of candidates) {
      if (found.has(h.id)) continue;
      const alike = headsAlike(keys, h);
      if (alike === null) continue;
      const tier = (alike === 'exact' ? 0 : 2) + (h.birthDate === keys.birthDate ? 0 : 1);
      if (tier > best) continue;
      if (tier < best) (best = tier), (hits = []);
      found.add(h.id);
      hits.push(h.id);
    }
  };
  if (keys.father !== '') {
    const { year, father, first, last } = keys;
    consider(index.byFirst.get(blockKey(year, father, first)));
    consider(index.byLast.get(blockKey(year, father, last)));
    consider(index.byLast.get(blockKey(year, father, first))); // swapped
    consider(index.byFirst.get(blockKey(year, father, last))); // swapped
    consider(index.byFull.get(blockKey(year, father, first + last)));
    consider(index.byFull.get(blockKey(year, father, last + first)));
    // a local head without a father's name: same names and the same birth date
    consider(index.byDateNoFather.get(keys.birthDate));
  } else {
    // no father's name on the copy: same names and the same birth date
    consider(index.byDate.get(keys.birthDate));
  }
  for (const id of hits) out.push({ householdId: id, reason: 'nameFatherBirthYear' });
  return out;
}

/** Forgets the cached index (tests; a restore opens a new connection and needs nothing). */
export function forgetDuplicateIndex(db: Db): void {
  indexes.delete(db);
}
