// Bundles the Electron main process and the preload into CommonJS files for Electron:
//   dist/electron/main.cjs     everything but 'electron', 'better-sqlite3' and node: built-ins
//   dist/electron/preload.cjs  everything but 'electron' (sandboxed preloads cannot require)
//   dist/fonts/                the Vazirmatn font printed receipts and reports embed (and its licence)
// Run directly (`node electron/cli/bundle-main.ts`) or through `bundleMain()` (build.ts, start.ts).
// The browser host's bundle (electron/cli/bundle-web.ts) is built the same way: NODE_BUNDLE and
// checkExternals below.
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { builtinModules, createRequire } from 'node:module';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VAZIRMATN_FILES } from '../reports/font.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const ELECTRON_DIST = join(ROOT, 'dist', 'electron');

const BUILTINS = new Set(builtinModules);
export const isBuiltin = (name: string): boolean => name.startsWith('node:') || BUILTINS.has(name.split('/')[0] ?? name);

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

/** A Node program as one CommonJS file. CommonJS has no import.meta: it is mapped onto the
 *  bundle's own file (e.g. dist/electron/main.cjs), which is what font.ts and the CLI guards expect. */
export const NODE_BUNDLE: BuildOptions = {
  ...common,
  banner: { js: 'const __hamyar_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: {
    'import.meta.url': '__hamyar_import_meta_url',
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
  },
};

/** Everything an output pulls in at run time that is not inside it. */
function externalImports(meta: Metafile): string[] {
  return Object.values(meta.outputs).flatMap((out) => out.imports.filter((i) => i.external).map((i) => i.path));
}

/** Refuses a bundle that would load anything at run time but what `allowed` names. */
export function checkExternals(bundle: string, meta: Metafile, allowed: (name: string) => boolean): void {
  const bad = [...new Set(externalImports(meta))].filter((name) => !allowed(name));
  if (bad.length > 0) throw new Error(`${bundle} would load ${bad.join(', ')} at run time; bundle it or allow it`);
}

/** The packaged app has no node_modules: printing finds the font in dist/fonts (electron/reports/font.ts). */
function copyFont(): void {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json'));
  const fonts = join(ROOT, 'dist', 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const file of Object.values(VAZIRMATN_FILES)) copyFileSync(join(pkgDir, 'fonts', 'webfonts', file), join(fonts, file));
  copyFileSync(join(pkgDir, 'OFL.txt'), join(fonts, 'Vazirmatn-OFL.txt'));
}

export async function bundleMain(): Promise<void> {
  copyFont();
  const [main, preload] = await Promise.all([
    build({
      ...NODE_BUNDLE,
      entryPoints: [join(ROOT, 'electron', 'main.ts')],
      outfile: join(ELECTRON_DIST, 'main.cjs'),
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron', 'preload.ts')],
      outfile: join(ELECTRON_DIST, 'preload.cjs'),
      external: ['electron'],
    }),
  ]);
  checkExternals('main.cjs', main.metafile!, (name) => name === 'electron' || name === 'better-sqlite3' || isBuiltin(name));
  checkExternals('preload.cjs', preload.metafile!, (name) => name === 'electron');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundleMain().then(
    () => console.log('main process bundled: dist/electron/main.cjs, dist/electron/preload.cjs'),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
