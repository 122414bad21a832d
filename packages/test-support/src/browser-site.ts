// A scratch directory served as a page's origin on 127.0.0.1 (port 0) and a headless Chromium to open it: what the
// docs' reference-page test and the sandbox's MSW page test both set up.
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.js';
import type { RunningServer } from './server.js';
import { serveDirectory } from './static-server.js';
import { makeTempDir } from './temp-dir.js';

export interface BrowserSite {
  /** The served directory. */
  dir: string;
  server: RunningServer;
  browser: Browser;
  /** Closes the browser and the server and removes the directory. */
  close(): Promise<void>;
}

export interface BrowserSiteOptions {
  /** Gets every path the server was asked for. */
  seen?: string[];
  /** Chromium flags beyond launchChromium's own. */
  chromiumArgs?: string[];
}

/** A temp dir `<prefix>XXXXXX` that `fill` writes, served, and a Chromium; a failed step undoes the ones before. */
export async function openBrowserSite(
  prefix: string,
  fill: (dir: string) => unknown,
  options: BrowserSiteOptions = {},
): Promise<BrowserSite> {
  const dir = makeTempDir(prefix);
  let server: RunningServer | undefined;
  try {
    await fill(dir.path);
    server = await serveDirectory(dir.path, options.seen);
    const browser = await launchChromium(options.chromiumArgs);
    const opened = server;
    return {
      dir: dir.path,
      server: opened,
      browser,
      async close() {
        await browser.close();
        await opened.close();
        dir.remove();
      },
    };
  } catch (error) {
    await server?.close();
    dir.remove();
    throw error;
  }
}
