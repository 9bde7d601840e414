// The browser host as `npm run web` and `npm start`'s fallback run it: the entry of the host's
// bundle (dist/web/host.cjs, electron/cli/bundle-web.ts), or loaded from the sources when the
// bundle cannot be built. The launchers (web.ts, start.ts) load it through loadWebHost() and
// take everything from here, so the app's code (and its error classes) comes from one copy.
import { startWebHost, type WebHost } from '../web/server.ts';
import { defaultDataDir } from '../core/paths.ts';
import { AppError } from '../../shared/errors.ts';
import { translateError } from '../../shared/i18n/translate.ts';

export { defaultDataDir };
export type { WebHost };

/** Serves the renderer in `rendererDir` with the core on 127.0.0.1:`port` (0: any free port);
 *  SIGINT and SIGTERM close it (the database last) and end the process. */
export async function serve(opts: { rendererDir: string; port: number; dataDir: string }): Promise<WebHost> {
  const host = await startWebHost({ dataDir: opts.dataDir, rendererDir: opts.rendererDir, port: opts.port, host: '127.0.0.1' });
  const stop = () => void host.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

/** Why the host could not start, for the terminal: a refused database (e.g. from a newer Hamyar)
 *  in both languages, a port in use with what to do. */
export function startFailure(err: unknown): string {
  if (err instanceof AppError) return `${translateError(err.key, err.params, 'fa')}\n${translateError(err.key, err.params, 'en')}`;
  if ((err as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE') {
    return 'The port is already in use (is Hamyar already running?); set HAMYAR_PORT to another port.';
  }
  return err instanceof Error ? err.message : String(err);
}
