// Builds what the app runs: the renderer (Vite) into dist/renderer and, for Electron, the main
// process and preload bundles; or, for the browser host, its bundle (dist/web, bundle-web.ts).
// The renderer and the host bundle are rebuilt only when their sources changed, so `npm test`,
// `npm run web` and `npm start` stay quick on a second run.
//   node electron/cli/build.ts            renderer (if stale) + Electron bundles
//   node electron/cli/build.ts renderer   renderer only (if stale)
//   node electron/cli/build.ts web        renderer + browser host bundle (if stale): what
//                                         `npm run web` runs, built once before `npm test` and
//                                         `npm run bench` start their hosts
//   node electron/cli/build.ts --force    rebuild regardless
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RENDERER_DIST = join(ROOT, 'dist', 'renderer');
const STAMP = join(RENDERER_DIST, '.build-stamp');
const INPUTS = ['renderer', 'shared', 'vite.config.ts', 'postcss.config.cjs', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function rendererIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((p) => newestMtime(join(ROOT, p)) > built);
}

export async function buildRenderer(opts: { force?: boolean } = {}): Promise<boolean> {
  if (!opts.force && !rendererIsStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'renderer'), logLevel: 'warn' });
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}

async function main(args: string[]): Promise<void> {
  const force = args.includes('--force');
  const built = await buildRenderer({ force });
  console.log(built ? 'renderer built: dist/renderer' : 'renderer up to date: dist/renderer');
  if (args.includes('renderer')) return;
  if (args.includes('web')) {
    const { ensureWebBundle } = await import('./bundle-web.ts');
    const bundled = await ensureWebBundle({ force });
    console.log(bundled ? 'browser host bundled: dist/web' : 'browser host up to date: dist/web');
    return;
  }
  const { bundleMain } = await import('./bundle-main.ts');
  await bundleMain();
  console.log('main process bundled: dist/electron');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
