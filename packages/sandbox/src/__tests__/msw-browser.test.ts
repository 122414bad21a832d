// The sandbox's MSW handlers in Debian's Chromium (issue 14): esbuild bundles browser/page.ts (msw/browser, the
// handlers, @cx-contracts/client, the bundled contract), `msw init` writes the worker script into a temp dir, a static
// server on 127.0.0.1 (port 0) serves both, and the page drives create → get → update → stop for Nexus v3 and GMS Open
// Media v2 through the service worker. The screenshot is kept at test-results/msw-browser.png (CI uploads it).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserSite, openBrowserSite } from '@cx-contracts/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..', '..');
const screenshot = path.join(packageDir, 'test-results', 'msw-browser.png');

let site: BrowserSite;
/** Paths the static server was asked for. */
const hits: string[] = [];

/** The page's directory: the worker script, the bundle and index.html, served as the page's origin. */
async function writePage(dir: string): Promise<void> {
  // The worker script comes from the installed msw, as a frontend project gets it (`npx msw init <dir> --no-save`).
  const mswCli = path.join(path.dirname(createRequire(import.meta.url).resolve('msw/package.json')), 'cli', 'index.js');
  execFileSync(process.execPath, [mswCli, 'init', dir, '--no-save'], { stdio: 'pipe' });
  await build({
    entryPoints: [path.join(here, 'browser', 'page.ts')],
    outfile: path.join(dir, 'page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    alias: { '@cx-contracts/client': path.resolve(packageDir, '..', 'client', 'src', 'index.ts') },
    // As the README tells a page to: the precompiled validators instead of AJV's compiler (npm run build wrote them).
    plugins: [
      {
        name: 'precompiled-ajv',
        setup(builder) {
          const precompiled = path.join(packageDir, 'dist', 'precompiled');
          builder.onResolve({ filter: /^ajv\/dist\/2020(\.js)?$/ }, () => ({
            path: path.join(precompiled, 'ajv.mjs'),
          }));
          builder.onResolve({ filter: /^ajv-formats$/ }, () => ({ path: path.join(precompiled, 'ajv-formats.mjs') }));
        },
      },
    ],
    logLevel: 'silent',
  });
  copyFileSync(path.join(here, 'browser', 'index.html'), path.join(dir, 'index.html'));
}

beforeAll(async () => {
  site = await openBrowserSite('cx-sandbox-msw-', writePage, { seen: hits });
}, 60_000);

afterAll(async () => {
  await site?.close();
});

interface Result {
  error?: string;
  rows: { surface: string; step: string; status: number; body: string }[];
  requests: string[];
  problem: {
    status: number;
    type: string;
    body: { violations: { rule: string; field?: string; schemaPointer: string }[] };
  };
}

it('a page registers the worker and drives the client through two surfaces against the sandbox', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${site.server.url}/`);
  await page.waitForFunction(() => 'sandboxResult' in globalThis, undefined, { timeout: 30_000 });
  const result = (await page.evaluate(
    () => (globalThis as unknown as { sandboxResult: unknown }).sandboxResult,
  )) as Result;
  mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  expect(result.error).toBeUndefined();
  expect(result.rows.map(({ surface, step, status }) => `${surface} ${step} ${status}`)).toEqual([
    'v3 Nexus create 200',
    'v3 Nexus get 200',
    'v3 Nexus update 200',
    'v3 Nexus get after update 200',
    'v3 Nexus stop 200',
    'v3 Nexus get after stop 404',
    'v2 GMS Open Media create 200',
    'v2 GMS Open Media get 200',
    'v2 GMS Open Media update 200',
    'v2 GMS Open Media get after update 200',
    'v2 GMS Open Media stop 200',
    'v2 GMS Open Media get after stop 200',
  ]);
  const body = (step: string) =>
    JSON.parse(result.rows.find((row) => row.step === step && row.surface.startsWith('v2'))!.body);
  expect(body('get after update').interactionProperties.interactionUserData).toContainEqual({
    key: 'OrderNumber',
    type: 'str',
    value: 'XYZ',
  });
  expect(body('get after stop')).toMatchObject({ statusCode: 2, errors: [{ code: 248 }] });
  const nexusAfterUpdate = JSON.parse(result.rows[3]!.body);
  expect(nexusAfterUpdate.data.userData).toMatchObject({ Topic: 'exchange' });
  expect(result.problem).toMatchObject({ status: 422, type: 'application/problem+json' });
  expect(result.problem.body.violations.map((item) => `${item.rule} ${item.field} ${item.schemaPointer}`)).toEqual([
    'required change #/components/schemas/OpenMediaUpdateRequest/anyOf/0/required',
    'required delete #/components/schemas/OpenMediaUpdateRequest/anyOf/1/required',
    'anyOf undefined #/components/schemas/OpenMediaUpdateRequest/anyOf',
  ]);
  // The sandbox in the page answered all thirteen, and none of them reached the static server.
  expect(result.requests).toHaveLength(13);
  expect(hits).toContain('/mockServiceWorker.js');
  expect(hits.filter((pathname) => /^\/(nexus|genesys)\//.test(pathname))).toEqual([]);
  expect(existsSync(screenshot)).toBe(true);
  await page.close();
}, 60_000);
