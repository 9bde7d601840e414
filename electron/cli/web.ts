// `npm run web`: builds the renderer if its sources changed, then serves it with the core on
// 127.0.0.1 (port HAMYAR_PORT, default 5317; data folder HAMYAR_DATA_DIR). The host runs from
// its bundle, dist/web/host.cjs, rebuilt first if the sources changed (electron/cli/bundle-web.ts;
// HAMYAR_WEB_SOURCES=1 runs the sources instead). This file only imports the two small build
// scripts, so the start is Node, one bundle and the core.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, RENDERER_DIST } from './build.ts';
import { loadWebHost, type WebHostModule } from './bundle-web.ts';
import type { WebHost } from './web-host.ts';

let loaded: WebHostModule | null = null;

export async function runWebHost(): Promise<WebHost> {
  // HAMYAR_RENDERER_DIR serves a renderer built elsewhere (e.g. `vite build --outDir`), unbuilt.
  const rendererDir = process.env.HAMYAR_RENDERER_DIR ?? RENDERER_DIST;
  if (!process.env.HAMYAR_RENDERER_DIR) await buildRenderer();
  const { host: web } = await loadWebHost();
  loaded = web;
  const port = process.env.HAMYAR_PORT ? Number(process.env.HAMYAR_PORT) : 5317;
  const dataDir = web.defaultDataDir();
  const host = await web.serve({ dataDir, rendererDir, port });
  console.log(`Hamyar browser host: ${host.url}  (data: ${dataDir})`);
  return host;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWebHost().catch((err: unknown) => {
    // A refused database (e.g. from a newer Hamyar) is explained, in both languages.
    console.error(loaded ? loaded.startFailure(err) : err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
