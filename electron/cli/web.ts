// `npm run web`: builds the renderer if its sources changed, then serves it with the core on
// 127.0.0.1 (port HAMYAR_PORT, default 5317; data folder HAMYAR_DATA_DIR).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer, RENDERER_DIST } from './build.ts';
import { startWebHost, type WebHost } from '../web/server.ts';
import { defaultDataDir } from '../core/paths.ts';
import { AppError } from '../../shared/errors.ts';
import { translateError } from '../../shared/i18n/translate.ts';

export async function runWebHost(): Promise<WebHost> {
  // HAMYAR_RENDERER_DIR serves a renderer built elsewhere (e.g. `vite build --outDir`), unbuilt.
  const rendererDir = process.env.HAMYAR_RENDERER_DIR ?? RENDERER_DIST;
  if (!process.env.HAMYAR_RENDERER_DIR) await buildRenderer();
  const port = process.env.HAMYAR_PORT ? Number(process.env.HAMYAR_PORT) : 5317;
  const dataDir = defaultDataDir();
  const host = await startWebHost({ dataDir, rendererDir, port });
  console.log(`Hamyar browser host: ${host.url}  (data: ${dataDir})`);
  const stop = () => {
    host.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWebHost().catch((err: unknown) => {
    // A refused database (e.g. from a newer Hamyar) is explained, in both languages.
    if (err instanceof AppError) console.error(`${translateError(err.key, err.params, 'fa')}\n${translateError(err.key, err.params, 'en')}`);
    else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
