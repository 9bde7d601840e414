// Shared bench fixtures: temporary folders and a set-up centre on a real data folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';

/** All temporary folders of one bench run live under one root, removed at the end. */
export function makeTempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'hamyar-bench-'));
}

export function freshDir(root: string, name: string): string {
  return mkdtempSync(join(root, `${name}-`));
}

/** A core on `dataDir` with the centre set up and one user per role signed in. */
export async function setUpCore(dataDir: string): Promise<{ t: TestCore; adminToken: string }> {
  const t = await makeTestCore({ dataDir });
  const tokens = await setUpCentre(t);
  return { t, adminToken: tokens.admin };
}
