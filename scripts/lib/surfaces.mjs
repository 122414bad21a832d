// The surfaces and where their files live. The list comes from redocly.yaml (`apis:`), the one place that names them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';

// CX_REPO_ROOT points the scripts at another checkout (the tests use it on a scratch copy).
export const repoRoot = process.env.CX_REPO_ROOT ? path.resolve(process.env.CX_REPO_ROOT) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const toolsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const redoclyBin = path.join(toolsRoot, 'node_modules', '.bin', 'redocly');
export const bundleDir = path.join(repoRoot, 'build', 'specs');
export const typesDir = path.join(repoRoot, 'packages', 'types');

/** @returns {{name: string, root: string, output: string, typesOutput: string}[]} */
export function readSurfaces() {
  const config = parse(readFileSync(path.join(repoRoot, 'redocly.yaml'), 'utf8'));
  return Object.entries(config.apis).map(([name, api]) => ({
    name,
    root: path.join(repoRoot, api.root),
    output: path.join(repoRoot, api.output),
    typesOutput: path.join(repoRoot, api['x-openapi-ts'].output),
  }));
}
