// The only door between the page and the main process: `window.hamyar.invoke(channel, input)`
// resolves to the core's envelope. No token: the main process keeps the session per window.
// Sandboxed preloads cannot load modules at run time, so this is bundled to one CommonJS file
// (dist/electron/preload.cjs) that requires nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './glue/channel.ts';

contextBridge.exposeInMainWorld('hamyar', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
});
