// End-to-end harness: starts the real browser host (`node electron/cli/web.ts`, what
// `npm run web` runs) on a free port with a fresh data folder, and opens a page on it in the
// shared Chromium. Screenshots go to test/artifacts/ for people to look at.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Excel from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const ARTIFACTS = resolve('test/artifacts');

export interface Host {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the browser host as its own process; resolves once it printed its address. */
export async function startHost(opts: { dataDir?: string } = {}): Promise<Host> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'hamyar-e2e-'));
  const child = spawn(process.execPath, ['electron/cli/web.ts'], {
    env: { ...process.env, HAMYAR_PORT: '0', HAMYAR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${log}`)), 30_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}):\n${log}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export async function newPage(browser: Browser, url: string, opts: { lang?: 'fa' | 'en' } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fa-IR', timezoneId: 'Asia/Tehran' });
  if (opts.lang) await context.addInitScript((lang) => localStorage.setItem('hamyar.lang', lang), opts.lang);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** Signs in through the sign-in form, as a person would, and waits for the screen it lands on
 *  (the donor list, known by its "new donor" button). */
export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.getByTestId('signin-username').fill(user.username);
  await page.getByTestId('signin-password').fill(user.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('donor-new').first().waitFor({ timeout: 10_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Sets a new centre up on the host (no sample data) and returns its administrator's API token. */
export async function initCentre(
  host: Host,
  centre: { name: string; province: string; city: string },
  admin: { username: string; password: string; displayName: string },
): Promise<string> {
  const init = await api(host, 'setup.init', { centre, admin, sampleData: false });
  if (!init.ok) throw new Error(`setup.init failed: ${JSON.stringify(init.error)}`);
  return (await api(host, 'auth.signIn', { username: admin.username, password: admin.password })).result.token as string;
}

/** Latin digits written as Persian ones, as a user types them. */
export const persianDigits = (s: string): string => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/** A CSV file as Excel saves it ("CSV UTF-8"): a byte-order mark, CRLF line ends. */
export const excelCsv = (header: string, rows: readonly string[]): Buffer => Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`, 'utf8');

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx written by exceljs, as Excel would save it: a right-to-left first sheet the
 *  callback fills (cells, formats), then a second sheet the import must not read. */
export async function excelWorkbook(fill: (sheet: Excel.Worksheet) => void): Promise<Buffer> {
  const wb = new Excel.Workbook();
  fill(wb.addWorksheet('دفتر', { views: [{ rightToLeft: true }] }));
  wb.addWorksheet('یادداشت‌ها').addRow(['این برگه خوانده نمی‌شود', 123]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Picks a file (a CSV unless another type is named) in an import screen's file input and waits
 *  for the screen's preview. */
export async function pickCsv(page: Page, ids: { input: string; preview: string }, name: string, content: Buffer, mimeType = 'text/csv'): Promise<void> {
  await page.getByTestId(ids.input).setInputFiles({ name, mimeType, buffer: content });
  await expect.poll(() => page.getByTestId(ids.preview).isVisible(), { timeout: 10_000 }).toBe(true);
}

/** Calls the host's API directly (to prepare data, or to check what the UI did). */
export async function api(host: Host, channel: string, input: unknown, token?: string): Promise<{ ok: boolean; result?: any; error?: any }> {
  const res = await fetch(`${host.url}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ channel, input }),
  });
  return (await res.json()) as { ok: boolean; result?: any; error?: any };
}
