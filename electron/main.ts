// The Electron main process: one instance, one window, the core on the data folder, the IPC
// door. Bundled to dist/electron/main.cjs (CommonJS, so `__dirname` is that folder) by
// electron/cli/bundle-main.ts; `npm start` runs it as `electron .` (package.json "main").
import { app, dialog, session, type BrowserWindow } from 'electron';
import { resolve } from 'node:path';
import { createCore, type Core } from './core/core.ts';
import { AppError } from '../shared/errors.ts';
import { translateError } from '../shared/i18n/translate.ts';
import { createSessionDoor } from './glue/sessionDoor.ts';
import { registerInvoke } from './window/ipc.ts';
import { appFiles } from './window/appFiles.ts';
import { hardenContents, secureSession } from './window/security.ts';
import { handleDownloads } from './window/downloads.ts';
import { installMenu } from './window/menu.ts';
import { bringToFront, createMainWindow } from './window/mainWindow.ts';
import { STARTUP_FAILED_TITLE } from './window/labels.ts';
import { createElectronPrinter } from './window/print.ts';

const files = appFiles(__dirname);
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function dataDir(): string {
  const fromEnv = process.env.HAMYAR_DATA_DIR;
  return fromEnv ? resolve(fromEnv) : app.getPath('userData');
}

async function start(): Promise<void> {
  core = await createCore({ dataDir: dataDir(), printer: createElectronPrinter() });
  secureSession(session.defaultSession);
  handleDownloads(session.defaultSession);
  registerInvoke(createSessionDoor(core.dispatcher), files);
  installMenu();
  mainWindow = createMainWindow(files);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function failToStart(err: unknown): void {
  const message = err instanceof AppError ? translateError(err.key, err.params) : err instanceof Error ? err.message : String(err);
  console.error('[hamyar] could not start:', err);
  dialog.showErrorBox(STARTUP_FAILED_TITLE, message);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  // Another Hamyar is running on this data: it gets the 'second-instance' event and comes forward.
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', () => {
    if (mainWindow) bringToFront(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, files));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app.whenReady().then(start).catch(failToStart);
}
