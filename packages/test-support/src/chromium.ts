// Debian's Chromium driven by playwright-core (toolchain notes, "Browsers": browsers cannot be downloaded here).
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium, or a clear error naming the missing executable and the fix. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's chromium (scripts/ensure-chromium.sh) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
}
