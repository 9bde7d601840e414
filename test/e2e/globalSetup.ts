// One Chromium for the whole end-to-end suite (Debian's /usr/bin/chromium driven by
// playwright-core, no browser download); each test file connects to it.
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS } from '../../electron/web/chromiumPrinter.ts';


declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
  }
}

let server: BrowserServer | undefined;

export default async function setup(project: TestProject) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is not built: run `node electron/cli/build.ts renderer` (npm test does it first)');
  }
  server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  project.provide('wsEndpoint', server.wsEndpoint());
  return async () => {
    await server?.close();
  };
}
