// End-to-end (`npm run test:e2e`, never cached): what a consumer outside the monorepo gets. Packs the publishable
// packages with `npm pack`, installs the tarballs into a scratch app in a temporary directory (third-party
// dependencies from the registry or npm's cache), type-checks the app with TypeScript's Bundler, NodeNext and node10
// resolution, bundles it with Vite, and runs the page in Chromium against the mock on another origin (so CORS is
// exercised). Needs the packages and the mock entry built first (`npm run test:e2e` builds them through turbo).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const PUBLISHED = ['types', 'openapi-runtime', 'client'];
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
  cpSync(path.join(import.meta.dirname, 'app'), appDir, { recursive: true });
  const dependencies = Object.fromEntries([...packed.values()].map((p) => [p.name, `file:${p.filename}`]));
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
        ignoreDeprecations: '5.0',
      };
      writeFileSync(path.join(appDir, config), JSON.stringify({ compilerOptions, include: ['src'] }));
      const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      const result = await run(process.execPath, [tsc, '-p', config], { cwd: appDir }).catch((error) => error);
      expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
    },
    120_000,
  );

  describe('bundled with Vite and run in Chromium against the mock', () => {
    let mock: ServerProcess;
    let site: RunningServer;

    beforeAll(async () => {
      const { build } = await import('vite');
      await build({ root: appDir, configFile: false, logLevel: 'error', build: { outDir: path.join(appDir, 'dist') } });
      mock = await startMock();
      site = await serveDirectory(path.join(appDir, 'dist'));
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
