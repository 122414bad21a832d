// The workspace packages of the root package.json (`workspaces: ["packages/*", "apps/*"]`): each directory with a
// package.json, with its manifest. One reader for the scripts that walk them (run-tests, release).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** @param {string} repoRoot @returns {{ dir: string, manifestPath: string, manifest: any }[]} */
export function workspacePackages(repoRoot) {
  const rootManifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const packages = [];
  for (const pattern of rootManifest.workspaces) {
    const parent = path.join(repoRoot, pattern.replace(/\/\*$/, ''));
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      const manifestPath = path.join(parent, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      packages.push({
        dir: path.dirname(manifestPath),
        manifestPath,
        manifest: JSON.parse(readFileSync(manifestPath, 'utf8')),
      });
    }
  }
  return packages;
}
