// The *report* scope of an exchange file: the agency report's figures for a Jalali period as
// parts/figures.ndjson lines (no personal data). A province office adds every centre's figures it
// received for the same period (received_figures), so the agency gets the whole province.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { FigureLine } from '../../../shared/contract/exchangeRecords.ts';
import { AGENCY_FIGURES, type AgencyPeriod, type AgencyUnit } from '../../../shared/domain/agencyReport.ts';
import { computeAgencyFigures } from '../agency/figures.ts';
import type { Centre } from './exportBank.ts';
import type { PartWriter } from './zipWriter.ts';

/** The period as received_figures.period stores it: `1404` (year), `1404-Q3` (quarter),
 *  `1404-07` (month, two digits). */
export function agencyPeriodKey(p: AgencyPeriod): string {
  if (p.kind === 'year') return String(p.jy);
  if (p.kind === 'quarter') return `${p.jy}-Q${p.quarter}`;
  return `${p.jy}-${String(p.jm).padStart(2, '0')}`;
}

const UNITS = new Map<string, AgencyUnit>(AGENCY_FIGURES.map((f) => [f.code, f.unit]));

export interface ReportCounts {
  /** this centre's figures */
  figures: number;
  /** figures of other centres relayed (province office) */
  receivedFigures: number;
}

export function writeReportPart(
  db: Db,
  /** asOf: when the figures are computed (the file's createdAt) */
  opts: { centre: Centre; period: AgencyPeriod; provinceOffice: boolean; asOf: string },
  part: PartWriter,
): ReportCounts {
  const { centre } = opts;
  const counts: ReportCounts = { figures: 0, receivedFigures: 0 };
  for (const f of computeAgencyFigures(db, opts.period).figures) {
    const line: FigureLine = { owner: centre.id, ownerName: centre.name, code: f.code, unit: f.unit, value: f.value, asOf: opts.asOf };
    part.write(JSON.stringify(line));
    counts.figures++;
  }
  if (opts.provinceOffice) {
    for (const r of stmt<[string, string], { owner: string; owner_name: string; code: string; value: number; as_of: string; received_at: string }>(
      db,
      'SELECT owner, owner_name, code, value, as_of, received_at FROM received_figures WHERE period = ? AND owner != ? ORDER BY owner, code',
    ).iterate(agencyPeriodKey(opts.period), centre.id)) {
      // a code this version does not know (a newer centre's figure) has no unit here: left out
      const unit = UNITS.get(r.code);
      if (!unit) continue;
      // relayed as the owner computed it (a figure received before versions were kept: when it came)
      const line: FigureLine = { owner: r.owner, ownerName: r.owner_name, code: r.code, unit, value: r.value, asOf: r.as_of || r.received_at };
      part.write(JSON.stringify(line));
      counts.receivedFigures++;
    }
  }
  return counts;
}
