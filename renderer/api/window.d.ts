// The only door to the main process: the preload (Electron) or the HTTP bridge (browser host)
// puts this object on window.
import type { Envelope } from '../../shared/errors.ts';

declare global {
  interface Window {
    hamyar?: { invoke(channel: string, input: unknown): Promise<Envelope<unknown>> };
  }
}
export {};
