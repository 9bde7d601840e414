// Finds Electron's binary without loading the electron package: requiring the electron package would
// start a download (and throw offline). The package writes path.txt beside its package.json
// once the binary is unpacked into dist/; `electron`'s own install.js (its `install-electron`
// bin) fetches it when missing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const INSTALL_TIMEOUT_MS = 60_000;
const SAY_DOWNLOADING_AFTER_MS = 3_000;

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable's name inside Electron's dist folder, as the package's install.js names it. */
function platformPath(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** The binary's path if it is on disk, else null. Honours ELECTRON_OVERRIDE_DIST_PATH (a folder
 *  holding an unpacked Electron) like the package does. */
export function findElectronBinary(): string | null {
  const dir = electronPackageDir();
  if (!dir) return null;
  let relative = '';
  try {
    relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    // not installed yet
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || platformPath());
    return existsSync(binary) ? binary : null;
  }
  if (!relative) return null;
  const binary = join(dir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Runs the package's install.js (downloads the binary) for at most 60 s, quietly unless it
 *  takes a while. Offline it fails in well under a second. Resolves whether it succeeded. */
export function tryInstallElectron(): Promise<boolean> {
  const dir = electronPackageDir();
  const script = dir ? join(dir, 'install.js') : null;
  if (!script || !existsSync(script)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: 'ignore', timeout: INSTALL_TIMEOUT_MS });
    const note = setTimeout(() => console.log('Downloading Electron (first start only, up to 60 s)…'), SAY_DOWNLOADING_AFTER_MS);
    const done = (ok: boolean) => {
      clearTimeout(note);
      resolve(ok);
    };
    child.once('error', () => done(false));
    child.once('exit', (code) => done(code === 0));
  });
}
