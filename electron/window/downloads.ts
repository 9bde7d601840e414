// Exported files (backups, reports) leave the renderer as a Blob behind an <a download>; in
// Electron that becomes a download, saved where the user chooses in a save dialog.
import { app, type Session } from 'electron';
import { extname, join } from 'node:path';
import { ALL_FILES, SAVE_DIALOG_TITLE } from './labels.ts';

export function handleDownloads(ses: Session): void {
  ses.on('will-download', (_event, item) => {
    const url = item.getURL();
    // Only files the app made itself; nothing is fetched from anywhere else.
    if (!url.startsWith('blob:') && !url.startsWith('data:')) {
      item.cancel();
      return;
    }
    const name = item.getFilename();
    const ext = extname(name).slice(1);
    item.setSaveDialogOptions({
      title: SAVE_DIALOG_TITLE,
      defaultPath: join(app.getPath('documents'), name),
      filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }, { name: ALL_FILES, extensions: ['*'] }] : [],
    });
  });
}
