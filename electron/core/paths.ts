// Where Hamyar keeps its data when no folder is given: the same place Electron's
// app.getPath('userData') uses for an app named "Hamyar", so the browser host and the window
// share one database on a machine.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.HAMYAR_DATA_DIR) return env.HAMYAR_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Hamyar');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Hamyar');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Hamyar');
}
