// `npm start`: builds the renderer (if its sources changed) and the Electron bundles, then opens
// the Electron window. Where Electron's binary is missing and cannot be fetched (offline build
// machines), says so in one sentence and serves the same app on the browser host instead (from
// its bundle, dist/web/host.cjs, built here if stale: electron/cli/bundle-web.ts).
//   HAMYAR_DATA_DIR   data folder (default: the app's user-data folder)
//   HAMYAR_PORT       browser host port (default 5317)
//   HAMYAR_NO_ELECTRON=1   go straight to the browser host
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, RENDERER_DIST, ROOT } from './build.ts';
import { bundleMain } from './bundle-main.ts';
import { loadWebHost, type WebHostModule } from './bundle-web.ts';
import { findElectronBinary, tryInstallElectron } from './electron-binary.ts';

/** The browser host, once loaded (its bundle, or the sources: electron/cli/bundle-web.ts). */
let web: WebHostModule | null = null;

/** Electron's binary, or why the window cannot open on this machine. */
async function electronOrReason(): Promise<{ binary: string } | { reason: string; reasonFa: string }> {
  if (process.env.HAMYAR_NO_ELECTRON) {
    return { reason: 'HAMYAR_NO_ELECTRON is set', reasonFa: 'HAMYAR_NO_ELECTRON تنظیم شده است' };
  }
  const binary = findElectronBinary() ?? ((await tryInstallElectron()) ? findElectronBinary() : null);
  if (!binary) {
    return {
      reason: "Electron's binary is not installed on this machine and could not be downloaded (offline?)",
      reasonFa: 'برنامهٔ Electron روی این رایانه نصب نیست و بارگیری هم نشد',
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'this session has no display to open a window on', reasonFa: 'این نشست صفحه‌نمایشی برای باز کردن پنجره ندارد' };
  }
  return { binary };
}

function runElectron(binary: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
  // `electron <project folder>`: name, version and main (dist/electron/main.cjs) come from
  // package.json, so the user-data folder is the packaged app's (…/Hamyar).
  const child = spawn(binary, [ROOT], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.once('error', (err) => {
    console.error(`Electron could not be started: ${err.message}`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser(reason: string, reasonFa: string): Promise<void> {
  const port = process.env.HAMYAR_PORT ? Number(process.env.HAMYAR_PORT) : 5317;
  web = (await loadWebHost()).host;
  const host = await web.serve({ dataDir: web.defaultDataDir(), rendererDir: RENDERER_DIST, port });
  console.log(`${reason}, so Hamyar is served by the browser host instead: open ${host.url}`);
  console.log(`${reasonFa}؛ همیار در مرورگر باز می‌شود: نشانی ${host.url} را باز کنید.`);
}

export async function start(): Promise<void> {
  await buildRenderer();
  await bundleMain();
  const found = await electronOrReason();
  if ('binary' in found) runElectron(found.binary);
  else await serveInBrowser(found.reason, found.reasonFa);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  start().catch((err: unknown) => {
    // a refused database in both languages, a port in use with what to do (web-host.ts)
    console.error(web ? web.startFailure(err) : err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
