// What an import does with each line of a report file: the figure (period, owner, code) is
// recorded, or its value replaced when it differs; the same value changes nothing (not even
// received_at), so importing a report file twice changes nothing. A centre's own figures
// relayed back by the province office are skipped.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { FigureLine, Manifest } from '../../../shared/contract/exchangeRecords.ts';
import type { Fate } from './applyBank.ts';
import { agencyPeriodKey } from './exportReport.ts';

/** The period as received_figures keys it: the exporter's and the province report's key. */
export function periodKey(period: NonNullable<Manifest['period']>): string {
  return agencyPeriodKey(period);
}

export function figureFate(db: Db, centreId: string, period: string, f: FigureLine): Fate {
  if (f.owner === centreId) return 'ownSkipped';
  const held = stmt<[string, string, string], { value: number; owner_name: string }>(
    db,
    'SELECT value, owner_name FROM received_figures WHERE period = ? AND owner = ? AND code = ?',
  ).get(period, f.owner, f.code);
  if (!held) return 'new';
  return held.value === f.value && held.owner_name === f.ownerName ? 'unchanged' : 'newer';
}

export function writeFigure(db: Db, period: string, f: FigureLine, nowIso: string): void {
  stmt(
    db,
    `INSERT INTO received_figures (owner, owner_name, period, code, value, received_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (period, owner, code) DO UPDATE SET owner_name = excluded.owner_name, value = excluded.value, received_at = excluded.received_at`,
  ).run(f.owner, f.ownerName, period, f.code, f.value, nowIso);
}
