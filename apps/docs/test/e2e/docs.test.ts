// The reference pages as a reader sees them: built from specs/ into a scratch directory (never stale output), served
// from 127.0.0.1, opened in headless Chromium with every other network request refused, and checked to show every
// operation of their surface. Keeps a screenshot of the v2 page in out/screenshots/ (the build artifact CI uploads).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachOperation } from '@cx-contracts/openapi-runtime';
import { type BrowserSite, openBrowserSite } from '@cx-contracts/test-support';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../src/build-site.mjs';
import { readSurfaces } from '../../src/surfaces.mjs';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const screenshot = path.join(packageDir, 'out', 'screenshots', 'v2.png');
const surfaces = readSurfaces().map((surface: { name: string }) => surface.name);

type Operation = { operationId: string; summary: string; tag: string; path: string };

/** Operations of a bundled document, read here rather than through the build code under test. */
function operationsOf(file: string): Operation[] {
  return [...eachOperation(parse(readFileSync(file, 'utf8')))].map(({ pathTemplate, operation }) => ({
    operationId: operation.operationId as string,
    summary: operation.summary as string,
    tag: (operation.tags as string[] | undefined)?.[0] ?? '',
    path: pathTemplate,
  }));
}

let site: BrowserSite;

// A failed setup is rethrown by every test (a throwing beforeAll would only mark them skipped).
let setupError: unknown;

beforeAll(async () => {
  try {
    await setUp();
  } catch (error) {
    setupError = error;
  }
});

async function setUp() {
  site = await openBrowserSite('cx-docs-', (outDir) => buildSite({ outDir }), {
    chromiumArgs: ['--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

afterAll(() => site?.close());

/** Matches an element whose whole text is `text` (a tag label, not the API title that contains it). */
const exactText = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Waits until `locator` is visible; fails naming what was expected (playwright-core has no `expect`). */
async function visible(locator: Locator, what: string): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error(`not visible: ${what}`);
  });
  return locator;
}

/** A page whose every request off 127.0.0.1 is refused and recorded: rendering must not need the network. */
async function openOffline(file: string): Promise<{ page: Page; refused: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === site.server.url || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    refused.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/${file}`, { waitUntil: 'load' });
  return { page, refused };
}

describe('reference pages', () => {
  it.each(surfaces)('%s page shows every operation of the surface, offline', async (surface) => {
    if (setupError) throw setupError;
    const operations = operationsOf(path.join(site.dir, `${surface}.yaml`));
    expect(operations.length).toBeGreaterThan(0);
    const { page, refused } = await openOffline(`${surface}.html`);
    try {
      const title = parse(readFileSync(path.join(site.dir, `${surface}.yaml`), 'utf8')).info.title;
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(title);
      for (const operation of operations) {
        const slug = operation.operationId.toLowerCase(); // Redoc's route: #/<tag>/<operationid>
        const menuItem = page
          .locator(`[data-component-name="Menu/MenuItem"].menu-item-type-operation a[href$="/${slug}"]`)
          .first();
        if (!(await menuItem.isVisible())) {
          // Tag groups start collapsed: open the operation's group in the sidebar.
          const label = page.locator('[data-component-name="Menu/MenuItem"] [data-testid="menu-item-label"]');
          await label
            .filter({ hasText: exactText(operation.tag) })
            .first()
            .click();
        }
        await visible(menuItem, `${surface}: sidebar entry of ${operation.operationId}`);
        await expect.poll(() => menuItem.textContent(), { timeout: 10_000 }).toContain(operation.summary);
        await menuItem.click();
        const heading = page.locator(`[data-section-id$="/${slug}"] h2`).first();
        await visible(heading, `${surface}: section of ${operation.operationId}`);
        // Redoc fills a lazily rendered section after mounting it: wait for the text, then compare it exactly.
        await expect
          .poll(async () => ((await heading.textContent()) ?? '').trim(), { timeout: 10_000 })
          .toBe(operation.summary);
      }
      // The last operation's endpoint panel lists the servers: the spec's own, then the sandbox (sandbox-server.mjs).
      const lastPath = operations.at(-1)!.path;
      await expect
        .poll(() => page.locator('body').textContent(), { timeout: 10_000 })
        .toContain(`http://127.0.0.1:4010${lastPath}`);
      expect(refused, 'requests the page made off 127.0.0.1').toEqual([]);
      if (surface === 'v2') {
        mkdirSync(path.dirname(screenshot), { recursive: true });
        await page.screenshot({ path: screenshot }); // the last operation's section, as a reader lands on it
        expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
      }
    } finally {
      await page.context().close();
    }
  });

  it('index page links every surface with its title and operation count, offline', async () => {
    if (setupError) throw setupError;
    const { page, refused } = await openOffline('index.html');
    try {
      for (const surface of surfaces) {
        const document = parse(readFileSync(path.join(site.dir, `${surface}.yaml`), 'utf8'));
        const count = operationsOf(path.join(site.dir, `${surface}.yaml`)).length;
        const card = page.locator(`[data-surface="${surface}"]`);
        const link = await visible(card.locator('h2 a'), `index card of ${surface}`);
        expect(await link.textContent()).toBe(document.info.title);
        expect(await link.getAttribute('href')).toBe(`${surface}.html`);
        expect(await card.locator('.count').textContent()).toBe(`${count} ${count === 1 ? 'operation' : 'operations'}`);
      }
      // The v3 description names `ext_{externalId}`: the card keeps the underscore (code spans stay verbatim).
      expect(await page.locator('[data-surface="v3"] p').first().textContent()).toContain('ext_{externalId}');
      await page.locator('[data-surface="v3"] h2 a').click();
      await expect
        .poll(() => page.locator('h1').first().textContent())
        .toContain(parse(readFileSync(path.join(site.dir, 'v3.yaml'), 'utf8')).info.title);
      expect(refused).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
