// The one application window: sandboxed, isolated, no Node in the page, the preload as the
// only door, the built renderer from disk.
import { BrowserWindow } from 'electron';
import type { AppFiles } from './appFiles.ts';
import { WINDOW_TITLE } from './labels.ts';
import { SECURE_WEB_PREFERENCES } from './security.ts';

export function createMainWindow(files: AppFiles): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: files.preload,
    },
  });
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.loadFile(files.indexHtml).catch((err: unknown) => console.error('[hamyar] could not load the window:', err));
  return win;
}

export function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
