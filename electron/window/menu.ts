// A small application menu: none at all on Windows and Linux in a packaged app; the standard
// app/edit/window menus on macOS (its copy and paste shortcuts need them); reload and
// developer tools while developing.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export function installMenu(): void {
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' }, { role: 'editMenu' });
  if (!app.isPackaged) template.push({ role: 'viewMenu' });
  if (mac) template.push({ role: 'windowMenu' });
  Menu.setApplicationMenu(template.length > 0 ? Menu.buildFromTemplate(template) : null);
}
