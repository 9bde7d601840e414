// The walls around every renderer: a strict Content-Security-Policy on every response, no
// permissions, no requests to the network, no navigation away from the app's own page, no new
// windows (http/https links go to the system browser), no <webview>.
import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/security.ts';
import { isAppPage, isExternalWebLink, type AppFiles } from './appFiles.ts';

/** Schemes the app loads from itself; anything else (http, https, ws, ftp ...) is cancelled. */
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function secureSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  // No remote content at all, whatever a page asks for (the CSP says the same).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function hardenContents(contents: WebContents, files: AppFiles): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPage(event.url, files)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url, files)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Every Hamyar window, visible or not: isolated, sandboxed, no Node, no insecure content. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
} as const;
