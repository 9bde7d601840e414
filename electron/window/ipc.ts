// The IPC door: one channel, answered only for the app's own top-level page, with the session
// token the main process keeps for that window.
import { app, ipcMain } from 'electron';
import { INVOKE_CHANNEL } from '../glue/channel.ts';
import type { SessionDoor } from '../glue/sessionDoor.ts';
import { isAppPage, type AppFiles } from './appFiles.ts';

export function registerInvoke(door: SessionDoor, files: AppFiles): void {
  app.on('web-contents-created', (_event, contents) => {
    const id = contents.id;
    contents.once('destroyed', () => door.forget(id));
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppPage(frame.url, files)) {
      throw new Error(`${INVOKE_CHANNEL} refused: the sender is not the app's own page`);
    }
    return door.invoke(event.sender.id, channel, input);
  });
}
