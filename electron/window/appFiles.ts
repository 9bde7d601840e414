// Where the window's files are, and which URLs count as the app itself. No Electron import, so
// it can be tested under plain Node. The main bundle runs from dist/electron/main.cjs (in a
// packaged app: resources/app.asar/dist/electron/main.cjs); the renderer is built beside it.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface AppFiles {
  /** dist/renderer/index.html */
  readonly indexHtml: string;
  /** its file:// URL */
  readonly indexUrl: string;
  /** dist/electron/preload.cjs */
  readonly preload: string;
}

/** `bundleDir` is the folder of main.cjs (dist/electron). */
export function appFiles(bundleDir: string): AppFiles {
  const indexHtml = resolve(bundleDir, '..', 'renderer', 'index.html');
  return { indexHtml, indexUrl: pathToFileURL(indexHtml).href, preload: join(bundleDir, 'preload.cjs') };
}

/** True for the app's own page (any #route or ?query on it), false for anything else. */
export function isAppPage(url: string, files: AppFiles, platform: NodeJS.Platform = process.platform): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:') return false;
  parsed.hash = '';
  parsed.search = '';
  let path: string;
  try {
    path = resolve(fileURLToPath(parsed));
  } catch {
    return false;
  }
  const own = resolve(files.indexHtml);
  return platform === 'win32' ? path.toLowerCase() === own.toLowerCase() : path === own;
}

/** Links the system browser may open: http and https only. */
export function isExternalWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
