// What an import does with each line of a report file: the figure (period, owner, code) is
// recorded when none is held; a held one is replaced by a figure computed later (asOf, compared
// as versions are), never by one computed earlier ('older': an earlier report imported after a
// later one writes nothing); the same report again changes nothing (not even received_at). A centre's own figures relayed back by the province office are skipped.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { FigureLine, Manifest } from '../../../shared/contract/exchangeRecords.ts';
import { compareVersions, type Fate } from './applyBank.ts';
import { agencyPeriodKey } from './exportReport.ts';

/** The period as received_figures keys it: the exporter's and the province report's key. */
export function periodKey(period: NonNullable<Manifest['period']>): string {
  return agencyPeriodKey(period);
}

export function figureFate(db: Db, centreId: string, period: string, f: FigureLine): Fate {
  if (f.owner === centreId) return 'ownSkipped';
  const held = stmt<[string, string, string], { value: number; owner_name: string; as_of: string }>(
    db,
    'SELECT value, owner_name, as_of FROM received_figures WHERE period = ? AND owner = ? AND code = ?',
  ).get(period, f.owner, f.code);
  if (!held) return 'new';
  // figures received before versions were kept ('') are older than any
  const c = held.as_of === '' ? 1 : compareVersions(f.asOf, held.as_of);
  // a later report replaces the figure even with the same value: it holds the later asOf, so a
  // report made in between, imported afterwards, is older than it
  return c < 0 ? 'older' : c === 0 ? 'unchanged' : 'newer';
}

export function writeFigure(db: Db, period: string, f: FigureLine, nowIso: string): void {
  stmt(
    db,
    `INSERT INTO received_figures (owner, owner_name, period, code, value, as_of, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (period, owner, code) DO UPDATE SET owner_name = excluded.owner_name, value = excluded.value, as_of = excluded.as_of,
       received_at = excluded.received_at`,
  ).run(f.owner, f.ownerName, period, f.code, f.value, f.asOf, nowIso);
}
