// End-to-end (`npm run test:e2e`, never cached): what a consumer outside the monorepo gets. Packs the publishable
// packages with `npm pack`, installs the tarballs into a scratch app in a temporary directory (third-party
// dependencies, msw for the sandbox's optional peer among them, from the registry or npm's cache), type-checks the app
// with TypeScript's Bundler, NodeNext and node10 resolution, runs a Node script on the packed sandbox (in process,
// msw/node, its behaviour suite), bundles two pages with Vite and runs them in Chromium: the client against the mock on
// another origin (so CORS is exercised), and the sandbox's MSW handlers in a service worker with the precompiled
// validators aliased in as the sandbox README says. Needs the packages and the mock entry built first
// (`npm run test:e2e` builds them through turbo). The sandbox's own suites prove its behaviour; this proves the tarball.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readSurfaces } from '@cx-contracts/spec-bundle';
import {
  launchChromium,
  type RunningServer,
  type ServerProcess,
  serveDirectory,
  startServerProcess,
} from '@cx-contracts/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const PUBLISHED = ['types', 'openapi-runtime', 'sandbox', 'client'];
const run = promisify(execFile);

// npm run from inside `npm test` inherits npm_config_* / npm_package_* variables of the workspace; the scratch app
// must see a plain environment, as a consumer's shell would.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

async function npm(args: string[], cwd: string): Promise<string> {
  try {
    return (await run('npm', args, { cwd, env: cleanEnv, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

interface Packed {
  name: string;
  filename: string;
  files: string[];
  engines?: Record<string, string>;
}

let scratch: string;
let appDir: string;
const packed = new Map<string, Packed>();

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'cx-pack-'));
  appDir = path.join(scratch, 'app');
  for (const name of PUBLISHED) {
    const dir = path.join(repoRoot, 'packages', name);
    if (!existsSync(path.join(dir, 'dist', 'index.js')))
      throw new Error(`packages/${name}/dist is missing: run npx turbo run build (npm test does it first).`);
    const [result] = JSON.parse(await npm(['pack', '--json', '--pack-destination', scratch], dir));
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    packed.set(name, {
      name: result.name,
      filename: path.join(scratch, result.filename),
      files: result.files.map((file: { path: string }) => file.path),
      engines: manifest.engines,
    });
  }
  if (!existsSync(path.join(repoRoot, 'packages', 'sandbox', 'dist', 'precompiled', 'validators.cjs')))
    throw new Error('packages/sandbox/dist/precompiled is missing: run npx turbo run build (npm test does it first).');
  cpSync(path.join(import.meta.dirname, 'app'), appDir, { recursive: true });
  // msw is the sandbox's optional peer (only `@cx-contracts/sandbox/msw` needs it): the app installs it itself, at the
  // version the repository tests with.
  const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const dependencies = {
    ...Object.fromEntries([...packed.values()].map((p) => [p.name, `file:${p.filename}`])),
    msw: root.devDependencies.msw,
  };
  writeFileSync(
    path.join(appDir, 'package.json'),
    JSON.stringify({ name: 'scratch-consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], appDir);
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it.each(PUBLISHED)('%s holds JS, d.ts and its manifest, and no sources, tests or build info', (name) => {
    const { files } = packed.get(name)!;
    expect(files).toContain('package.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    const unwanted = files.filter(
      (file) =>
        file.startsWith('src/') ||
        file.startsWith('test/') ||
        /__tests__|\.test\.|\.tsbuildinfo$|(^|\/)tsconfig|vitest\.config/.test(file) ||
        (file.endsWith('.ts') && !file.endsWith('.d.ts')),
    );
    expect(unwanted).toEqual([]);
  });

  it.each(PUBLISHED)('%s holds every file its exports, main, types and typesVersions name', (name) => {
    const { files } = packed.get(name)!;
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8'));
    const targets = [
      manifest.main,
      manifest.types,
      ...Object.values(manifest.typesVersions?.['*'] ?? {}).flat(),
      ...Object.values(manifest.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target as Record<string, string>),
      ),
    ].map((target: string) => target.replace(/^\.\//, ''));
    const missing = targets.filter((target) => !target.includes('*') && !files.includes(target));
    expect(missing).toEqual([]);
  });

  it('ships the sandbox with its precompiled validators and the bundler stand-ins that load them', () => {
    const { files } = packed.get('sandbox')!;
    for (const file of ['validators.cjs', 'ajv.mjs', 'ajv-formats.mjs'])
      expect(files).toContain(`dist/precompiled/${file}`);
  });

  it('ships the bundled JSON documents with @cx-contracts/types', () => {
    const { files } = packed.get('types')!;
    for (const surface of ['all', ...readSurfaces().map(({ name }) => name)])
      expect(files).toContain(`openapi/${surface}.json`);
  });

  it("states the repository's supported Node range in every published package", () => {
    const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    for (const name of PUBLISHED)
      expect({ name, engines: packed.get(name)!.engines }).toEqual({ name, engines: root.engines });
  });
});

describe('a scratch app installing the tarballs', () => {
  it.each([
    ['Bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
    ['NodeNext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['node10', { module: 'ESNext', moduleResolution: 'node10' }],
  ])(
    'type-checks with moduleResolution %s',
    async (label, options) => {
      const config = `tsconfig.${label}.json`;
      const compilerOptions = {
        ...options,
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
        skipLibCheck: false,
        // The pages import the contract as JSON the way the sandbox README shows; node10 projects need the synthetic
        // default for that (Bundler and NodeNext allow it already).
        resolveJsonModule: true,
        allowSyntheticDefaultImports: true,
        ignoreDeprecations: '5.0',
      };
      writeFileSync(path.join(appDir, config), JSON.stringify({ compilerOptions, include: ['src'] }));
      const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      const result = await run(process.execPath, [tsc, '-p', config], { cwd: appDir }).catch((error) => error);
      expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
    },
    120_000,
  );

  it('imports msw only from @cx-contracts/sandbox/msw, so the root and /testing entries need no msw', () => {
    const dist = path.join(appDir, 'node_modules', '@cx-contracts', 'sandbox', 'dist');
    const importers = (readdirSync(dist, { recursive: true }) as string[])
      .filter((file) => /\.(c|m)?js$/.test(file))
      .filter((file) =>
        /from ['"]msw(\/|['"])|require\(['"]msw(\/|['"])/.test(readFileSync(path.join(dist, file), 'utf8')),
      );
    expect(importers).toEqual(['msw.js']);
  });

  it('runs the packed sandbox in Node: create → read in process and through msw/node, and its behaviour suite', async () => {
    const { stdout } = await run(process.execPath, ['node/sandbox.mjs'], { cwd: appDir, env: cleanEnv });
    const seen = JSON.parse(stdout.trim().split('\n').at(-1)!);
    const createThenRead = {
      created: { status: 200, operation: 'createNexusInteraction' },
      read: {
        status: 200,
        operation: 'getNexusInteraction',
        data: expect.objectContaining({
          externalId: 'PACKED-NODE-1',
          userData: expect.objectContaining({ Topic: 'refund' }),
        }),
      },
    };
    expect(seen).toEqual({
      inProcess: createThenRead,
      throughMsw: createThenRead,
      mswRequests: 2,
      flowsPassed: expect.arrayContaining([expect.any(String)]),
    });
    expect(seen.flowsPassed).toHaveLength(6);
  }, 120_000);

  describe('bundled with Vite and run in Chromium', () => {
    let mock: ServerProcess;
    let site: RunningServer;
    const outDir = () => path.join(appDir, 'dist');
    /** Paths the static server was asked for. */
    const hits: string[] = [];

    beforeAll(async () => {
      // The worker script of the installed msw, as a frontend project writes it (`npx msw init public/`).
      const mswCli = path.join(appDir, 'node_modules', 'msw', 'cli', 'index.js');
      await run(process.execPath, [mswCli, 'init', 'public', '--no-save'], { cwd: appDir, env: cleanEnv });
      const { build } = await import('vite');
      await build({
        root: appDir,
        configFile: false,
        logLevel: 'error',
        // packages/sandbox/README.md, "Precompiled validators": the aliases it gives a Vite app, verbatim (anchored:
        // a plain 'ajv-formats' key would also catch the validators' require('ajv-formats/dist/formats')).
        resolve: {
          alias: [
            { find: /^ajv\/dist\/2020\.js$/, replacement: '@cx-contracts/sandbox/precompiled/ajv' },
            { find: /^ajv-formats$/, replacement: '@cx-contracts/sandbox/precompiled/ajv-formats' },
          ],
        },
        build: {
          outDir: outDir(),
          rolldownOptions: {
            input: { main: path.join(appDir, 'index.html'), msw: path.join(appDir, 'msw.html') },
          },
        },
      });
      mock = await startMock();
      site = await serveDirectory(outDir(), hits);
    }, 180_000);

    afterAll(async () => {
      await mock?.stop();
      await site?.close();
    });

    it('calls two surfaces through the packed client from another origin and reads their answers', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const pageUrl = `${site.url}/?mock=${encodeURIComponent(mock.url)}`;
        await page.goto(pageUrl);
        const result = await page.waitForFunction(() => document.querySelector('#result')?.textContent || undefined, {
          timeout: 30_000,
        });
        const answers = JSON.parse((await result.jsonValue()) as string);
        expect(answers).toEqual({
          v3: { status: 200, operation: 'createNexusInteraction' },
          v3WithoutKey: { status: 401, operation: 'createNexusInteraction' },
          contextService: {
            status: 200,
            operation: 'listCsActiveCustomerServices',
            serviceIds: expect.arrayContaining([expect.any(Number)]),
          },
        });
      } finally {
        await browser.close();
      }
    }, 60_000);

    it("answers a page's calls from the packed sandbox's MSW handlers in a service worker, validators precompiled", async () => {
      const assets = path.join(outDir(), 'assets');
      const pageBundle = readdirSync(assets).find((file) => /^msw-.*\.js$/.test(file));
      // The stand-in's message is in the bundle only when the alias replaced AJV with the precompiled validators.
      expect(readFileSync(path.join(assets, pageBundle!), 'utf8')).toContain('No precompiled validator for');
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${site.url}/msw.html`);
        const result = await page.waitForFunction(() => document.querySelector('#result')?.textContent || undefined, {
          timeout: 30_000,
        });
        expect(JSON.parse((await result.jsonValue()) as string)).toEqual({
          created: 200,
          read: { status: 200, externalId: 'PACKED-PAGE-1' },
          refused: { status: 400, violations: expect.stringContaining('userData') },
          handled: 3,
        });
        // The worker answered: no call reached the static server.
        expect(hits).toContain('/mockServiceWorker.js');
        expect(hits.filter((pathname) => pathname.startsWith('/nexus/'))).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});

/**
 * The mock as `npm start` runs it (the prebuilt entry apps/mock/entry/cx-mock.js, so this test also covers that
 * build) on 127.0.0.1 and a free port.
 */
function startMock(): Promise<ServerProcess> {
  const document = path.join(repoRoot, 'build', 'specs', 'all.yaml');
  const bin = path.join(repoRoot, 'apps', 'mock', 'entry', 'cx-mock.js');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build:entry -w @cx-contracts/mock.`);
  return startServerProcess(bin, ['--spec', document, '--host', '127.0.0.1', '--port', '0'], { cwd: repoRoot });
}
