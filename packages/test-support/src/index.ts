export { type BrowserSite, type BrowserSiteOptions, openBrowserSite } from './browser-site.js';
export {
  type CapturedRequest,
  type CaptureServer,
  type Reply,
  startCaptureServer,
  useCaptureServer,
} from './capture-server.js';
export { chromiumPath, launchChromium } from './chromium.js';
export {
  type ProcessOptions,
  type ProcessResult,
  runProcess,
  type ServerProcess,
  type ServerProcessOptions,
  startServerProcess,
  useServerProcess,
} from './process.js';
export { freePort, listen, type RunningServer } from './server.js';
export { serveDirectory } from './static-server.js';
export { makeTempDir, type TempDir } from './temp-dir.js';
