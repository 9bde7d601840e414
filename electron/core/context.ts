// What every handler receives. Handlers never reach for globals: the database, the clock, the
// caller's session and the audit writer all come through here, so tests can run them on a
// temporary SQLite file with a frozen clock.
import type { Db } from '../store/database.ts';
import type { Role } from '../../shared/contract/channel.ts';
import type { AuditAction, AuditEntity } from '../../shared/contract/audit.ts';
import type { ChannelName, ParsedInputOf, OutputOf } from '../../shared/contract/index.ts';
import type { z } from 'zod';
import type { Contract } from '../../shared/contract/index.ts';
import type { PrintOptions } from '../reports/printer.ts';

export interface Session {
  token: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  locale: 'fa' | 'en';
  expiresAt: number;
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface AuditInput {
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Operations on the core itself that a few areas need (sign-in, backup and restore). */
export interface CoreServices {
  readonly dataDir: string;
  readonly dbFile: string;
  sessions: import('./sessions.ts').SessionStore;
  /** Swap the open database for the file at `path` (already validated), migrating it; on
   *  failure the `fallback` copy of the previous data is put back and the error rethrown. */
  replaceDatabase(path: string, fallback: string): Promise<number>;
  takeBackup(reason: string): Promise<string>;
  /** The database open now (a restore replaces it). */
  currentDb(): Db;
  /** Re-read this install's centre id (after setup or restore). */
  refreshCentre(): void;
  /** HTML to PDF through the host's printer; AppError('INTERNAL', 'reports.printerMissing')
   *  when the core was created without one. */
  printPdf(html: string, opts: PrintOptions): Promise<Buffer>;
}

export interface Ctx {
  readonly db: Db;
  readonly session: Session | null;
  readonly clock: Clock;
  readonly core: CoreServices;
  /** ISO timestamp of "now", one value per call so a transaction's rows agree. */
  readonly nowIso: string;
  /** The id of this install's centre ('' before setup). */
  readonly centreId: string;
  audit(entry: AuditInput): void;
}

/** A channel's handler: validated input in, a value the output schema accepts out. */
export type Handler<K extends ChannelName> = (
  ctx: Ctx,
  input: ParsedInputOf<K>,
) => z.input<Contract[K]['output']> | OutputOf<K> | Promise<z.input<Contract[K]['output']> | OutputOf<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

/** The handlers of one area, e.g. AreaHandlers<'donors'> must cover every 'donors.*' channel. */
export type AreaHandlers<P extends string> = {
  [K in ChannelName as K extends `${P}.${string}` ? K : never]: Handler<K>;
};

export function requireSession(ctx: Ctx): Session {
  if (!ctx.session) throw new Error('handler reached without a session: the dispatcher must check access');
  return ctx.session;
}
