// The browser host as one file: dist/web/host.cjs bundles electron/cli/web-host.ts and all it
// imports, so `npm run web` (and `npm start` without Electron) loads one script instead of
// having Node strip the types from ~150 TypeScript modules and load them one by one (~260 ms of a
// ~350 ms start). Built like the Electron main bundle (NODE_BUNDLE in bundle-main.ts).
// It stays in node_modules: better-sqlite3 (native), and what only printing or exporting loads,
// on first use: playwright-core and exceljs (the browser host always has node_modules).
//   node electron/cli/bundle-web.ts    bundle it now
// `loadWebHost()` is what the launchers call: the bundle, rebuilt first if any of its sources is
// newer than it; the sources themselves if it cannot be built (said on stderr) or when
// HAMYAR_WEB_SOURCES=1.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './build.ts';

export const WEB_DIST = join(ROOT, 'dist', 'web');
export const WEB_BUNDLE = join(WEB_DIST, 'host.cjs');
/** What the bundle was built from: { builtAt, inputs } (paths relative to the project). */
const STAMP = join(WEB_DIST, 'host.inputs.json');
const COMPILE_CACHE = join(WEB_DIST, 'compile-cache');
/** Loaded from node_modules at run time (see above). */
const EXTERNAL = ['better-sqlite3', 'playwright-core', 'exceljs'];
/** Inputs besides the modules esbuild read: the bundle's recipe and the dependencies' versions. */
const ALWAYS_INPUTS = ['electron/cli/bundle-web.ts', 'electron/cli/bundle-main.ts', 'package.json', 'package-lock.json'];

export type WebHostModule = typeof import('./web-host.ts');

interface Stamp {
  builtAt: number;
  inputs: string[];
}

/** True when the bundle exists and none of the files it was built from changed since (a file
 *  added to the app changes the file that imports it, so the recorded inputs are enough). */
export function webBundleIsFresh(): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (!existsSync(WEB_BUNDLE) || !Array.isArray(stamp.inputs) || typeof stamp.builtAt !== 'number') return false;
  for (const input of stamp.inputs) {
    const st = statSync(join(ROOT, input), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > stamp.builtAt) return false;
  }
  return true;
}

/** Writes `file` whole or not at all: several hosts (the end-to-end tests) may build at once. */
function writeAtomically(file: string, contents: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/** Bundles the browser host into dist/web/host.cjs (and its source map), whether stale or not. */
export async function bundleWeb(): Promise<void> {
  const [{ build, stop }, { NODE_BUNDLE, checkExternals, isBuiltin }] = await Promise.all([import('esbuild'), import('./bundle-main.ts')]);
  const builtAt = Date.now(); // before esbuild reads a file: an edit during the build makes it stale
  const result = await build({
    ...NODE_BUNDLE,
    entryPoints: [join(ROOT, 'electron', 'cli', 'web-host.ts')],
    outfile: WEB_BUNDLE,
    external: EXTERNAL,
    write: false,
  }).finally(() => stop()); // esbuild's helper process would otherwise live as long as the host
  const meta = result.metafile!;
  checkExternals('host.cjs', meta, (name) => EXTERNAL.includes(name) || isBuiltin(name));
  mkdirSync(WEB_DIST, { recursive: true });
  // the map first, the stamp last: a host that reads the new stamp finds the new bundle
  const outputs = [...result.outputFiles!].sort((a, b) => Number(a.path.endsWith('.cjs')) - Number(b.path.endsWith('.cjs')));
  for (const out of outputs) writeAtomically(out.path, out.contents);
  const inputs = [...new Set([...Object.keys(meta.inputs).filter((p) => !p.split('/').includes('node_modules')), ...ALWAYS_INPUTS])];
  writeAtomically(STAMP, JSON.stringify({ builtAt, inputs } satisfies Stamp));
}

/** Bundles the host if it is missing or older than its sources; true if it did. */
export async function ensureWebBundle(opts: { force?: boolean } = {}): Promise<boolean> {
  if (!opts.force && webBundleIsFresh()) return false;
  await bundleWeb();
  return true;
}

/** The browser host for a launcher: from the bundle (built first if stale), else the sources. */
export async function loadWebHost(): Promise<{ host: WebHostModule; from: 'bundle' | 'sources' }> {
  if (!process.env.HAMYAR_WEB_SOURCES) {
    try {
      await ensureWebBundle();
      // V8's compiled code for the bundle, kept between starts: compiling 1.2 MB of script was
      // half of loading it (~120 → ~65 ms). Written when the process exits; a changed bundle
      // is compiled afresh.
      nodeModule.enableCompileCache?.(COMPILE_CACHE);
      // stack traces of internal errors point at the sources (host.cjs.map), not the bundle
      process.setSourceMapsEnabled(true);
      return { host: createRequire(import.meta.url)(WEB_BUNDLE) as WebHostModule, from: 'bundle' };
    } catch (err) {
      console.error(`The browser host bundle could not be built or loaded (${err instanceof Error ? err.message : String(err)}); running from the sources.`);
    }
  }
  return { host: await import('./web-host.ts'), from: 'sources' };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundleWeb().then(
    () => console.log('browser host bundled: dist/web/host.cjs'),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
