// What importing each verified line would do to the data held now, without writing: the dry
// run behind the preview (inspect.ts) and behind the importer's choice whether the import
// needs a backup at all (import.ts). One classifier per pass over a file, fed line by line.
import type { ImportCounts } from '../../../shared/contract/exchange.ts';
import type { AidMarker, BankHousehold, FigureLine, Manifest } from '../../../shared/contract/exchangeRecords.ts';
import type { Db } from '../../store/database.ts';
import { fateAgainst, HeldVersions, markerHeld, type Fate } from './applyBank.ts';
import { figureFate, periodKey } from './applyReport.ts';

/** Markers recorded twice in one file (same ID, kind, date and value) are counted once when
 *  they are this close together (the exporter writes them side by side). */
const RECENT_MARKERS = 50_000;

export function zeroCounts(): ImportCounts {
  return { households: 0, new: 0, newer: 0, unchanged: 0, older: 0, ownSkipped: 0, markers: 0, figures: 0, duplicates: 0 };
}

export function countFate(counts: ImportCounts, fate: Fate): void {
  counts[fate] += 1;
}

function markerKey(m: AidMarker): string {
  return `${m.idHash}|${m.owner}|${m.kind}|${m.date}|${m.value}`;
}

export class LineClassifier {
  readonly counts = zeroCounts();
  readonly #db: Db;
  readonly #centreId: string;
  readonly #period: string;
  readonly #held: HeldVersions;
  #recent = new Set<string>();
  /** figures that would be written (new or newer): the counts keep only their total */
  #figureWrites = 0;

  constructor(db: Db, centreId: string, manifest: Manifest) {
    this.#db = db;
    this.#centreId = centreId;
    this.#period = manifest.period ? periodKey(manifest.period) : '';
    this.#held = new HeldVersions(db);
  }

  /** Counts a household line and returns its fate (the caller looks for duplicates of the new
   *  and newer ones). */
  household(h: BankHousehold): Fate {
    this.counts.households += 1;
    const fate = h.owner === this.#centreId ? 'ownSkipped' : fateAgainst(this.#held.get(h.owner, h.id), h.version);
    countFate(this.counts, fate);
    return fate;
  }

  marker(m: AidMarker): void {
    if (m.owner === this.#centreId) return;
    const key = markerKey(m);
    if (this.#recent.has(key) || markerHeld(this.#db, m)) return;
    if (this.#recent.size >= RECENT_MARKERS) this.#recent = new Set();
    this.#recent.add(key);
    this.counts.markers += 1;
  }

  figure(f: FigureLine): void {
    this.counts.figures += 1;
    const fate = figureFate(this.#db, this.#centreId, this.#period, f);
    countFate(this.counts, fate);
    if (fate === 'new' || fate === 'newer') this.#figureWrites += 1;
  }

  /** Whether importing the lines seen would write any copy, marker or figure. */
  get changesData(): boolean {
    return this.counts.new + this.counts.newer + this.counts.markers + this.#figureWrites > 0;
  }
}
