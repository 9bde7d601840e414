// The bundled Persian font (Vazirmatn, SIL OFL), embedded in every printed page as data URLs so
// printing never touches the network or the file system from inside Chromium.
//
// Two static weights, not the variable font: Chromium's PDF writer embeds a variable font as
// Type 3 glyph programs (one font object per instance: a receipt came out at 170 kB), while
// static fonts go in as subset CID TrueType with hinting (the same receipt: about 10x smaller).
//
// Found beside the Electron bundle first (dist/fonts/, copied there by
// electron/cli/bundle-main.ts; the packaged app has no node_modules), then in
// node_modules/vazirmatn (tests, the browser host).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The weights printed pages use, and their files in vazirmatn/fonts/webfonts (and dist/fonts). */
export const VAZIRMATN_FILES = { 400: 'Vazirmatn-Regular.woff2', 700: 'Vazirmatn-Bold.woff2' } as const;
export type FontWeight = keyof typeof VAZIRMATN_FILES;

/** Folders that may hold the font files, in order of preference. */
export function fontFolders(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled: `here` is dist/electron (main.cjs), so ../fonts is dist/fonts.
  const folders = [join(here, '..', 'fonts')];
  try {
    const pkg = createRequire(import.meta.url).resolve('vazirmatn/package.json');
    folders.push(join(dirname(pkg), 'fonts', 'webfonts'));
  } catch {
    // not installed (packaged app): dist/fonts must have it
  }
  return folders;
}

/** The first existing copy of one weight's file. */
export function vazirmatnPath(weight: FontWeight): string {
  const name = VAZIRMATN_FILES[weight];
  const folders = fontFolders();
  const found = folders.map((f) => join(f, name)).find((p) => existsSync(p));
  if (!found) throw new Error(`the font ${name} is missing; looked in: ${folders.join(', ')}`);
  return found;
}

const cache = new Map<FontWeight, string>();

/** `data:font/woff2;base64,...`, each file read once per process. */
export function vazirmatnDataUrl(weight: FontWeight): string {
  let url = cache.get(weight);
  if (!url) {
    url = `data:font/woff2;base64,${readFileSync(vazirmatnPath(weight)).toString('base64')}`;
    cache.set(weight, url);
  }
  return url;
}

/** @font-face rules for every weight. */
export function vazirmatnFontFaces(): string {
  return (Object.keys(VAZIRMATN_FILES) as unknown as FontWeight[])
    .map(
      (w) => `@font-face {
  font-family: 'Vazirmatn';
  src: url('${vazirmatnDataUrl(Number(w) as FontWeight)}') format('woff2');
  font-weight: ${w};
  font-style: normal;
  font-display: block;
}`,
    )
    .join('\n');
}
