// Test harness: a real core on a real SQLite file in a fresh temporary folder, driven through
// the same dispatcher the Electron IPC door and the browser host use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/core.ts';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/index.ts';
import type { Role } from '../../shared/contract/channel.ts';
import { ROLES } from '../../shared/contract/channel.ts';
import type { Envelope, ErrorPayload } from '../../shared/errors.ts';
import type { Clock } from '../../electron/core/context.ts';
import type { PdfPrinter } from '../../electron/reports/printer.ts';

export const ADMIN = { username: 'admin', displayName: 'مدیر سامانه', password: 'admin-pass-1405' };
export const CENTRE = { name: 'مرکز نیکوکاری امید', province: 'زنجان', city: 'زنجان' };

export interface TestCore {
  core: Core;
  dataDir: string;
  /** Raw call: any channel name and input, as an attacker or a buggy client could send. */
  raw(channel: unknown, input: unknown, token?: string | null): Promise<Envelope<unknown>>;
  /** Typed call that expects success. */
  call<K extends ChannelName>(channel: K, input: InputOf<K>, token?: string | null): Promise<OutputOf<K>>;
  /** Typed call that expects failure; returns the error. */
  fail<K extends ChannelName>(channel: K, input: unknown, token?: string | null): Promise<ErrorPayload>;
  close(): void;
}

export async function makeTestCore(opts: { dataDir?: string; clock?: Clock; printer?: PdfPrinter } = {}): Promise<TestCore> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'hamyar-test-'));
  const core = await createCore({
    dataDir,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.printer ? { printer: opts.printer } : {}),
    onInternalError: (c, e) => console.error(c, e),
  });
  const raw = (channel: unknown, input: unknown, token: string | null = null) => core.dispatcher.invoke(channel, input, token);
  return {
    core,
    dataDir,
    raw,
    async call(channel, input, token = null) {
      const r = await raw(channel, input, token);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.result as never;
    },
    async fail(channel, input, token = null) {
      const r = await raw(channel, input, token);
      if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return r.error;
    },
    close() {
      core.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sets the centre up and signs in one user of every role; returns their tokens. */
export async function setUpCentre(t: TestCore, opts: { sampleData?: boolean } = {}): Promise<Record<Role, string>> {
  await t.call('setup.init', { centre: CENTRE, admin: ADMIN, sampleData: opts.sampleData ?? false });
  const admin = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  const tokens = { admin: admin.token } as Record<Role, string>;
  for (const role of ROLES) {
    if (role === 'admin') continue;
    await t.call('users.create', { username: `${role}1`, displayName: `کاربر ${role}`, role, password: `${role}-pass-1405` }, admin.token);
    tokens[role] = (await t.call('auth.signIn', { username: `${role}1`, password: `${role}-pass-1405` })).token;
  }
  return tokens;
}
