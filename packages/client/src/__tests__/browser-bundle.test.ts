// The main entry must run in browsers: it bundles for `platform: 'browser'` without Node built-ins, and it never
// pulls in AJV (response validation lives in the separate ./validation entry).
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));

async function bundle(file: string) {
  const result = await build({
    entryPoints: [source(file)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { metafile: result.metafile as Metafile, code: result.outputFiles[0]!.text };
}

const inputs = (metafile: Metafile) => Object.keys(metafile.inputs);
const imports = (metafile: Metafile) =>
  Object.values(metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));

describe('main entry in a browser bundle', () => {
  it('bundles with no Node built-ins and no external imports left', async () => {
    const { metafile, code } = await bundle('index.ts');
    expect(imports(metafile).filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(Object.values(metafile.inputs).flatMap((input) => input.imports.filter((entry) => entry.external))).toEqual(
      [],
    );
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('does not contain AJV, while the validation entry does', async () => {
    const main = await bundle('index.ts');
    expect(inputs(main.metafile).filter((path) => /node_modules\/ajv/.test(path))).toEqual([]);
    expect(inputs(main.metafile).some((path) => path.endsWith('validation.ts'))).toBe(false);
    // The same check catches AJV where it is expected.
    const validation = await bundle('validation.ts');
    expect(inputs(validation.metafile).some((path) => /node_modules\/ajv\//.test(path))).toBe(true);
  });

  it('bundles the validation entry for browsers too, with no Node built-ins', async () => {
    const { metafile } = await bundle('validation.ts');
    expect(imports(metafile).filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(inputs(metafile).some((path) => /busboy/.test(path))).toBe(false);
  });

  it('uses the runtime’s one encoder module, not a copy', async () => {
    const { metafile } = await bundle('index.ts');
    expect(inputs(metafile).filter((path) => /openapi-runtime\/dist\/encoders\.js$/.test(path))).toHaveLength(1);
  });
});
