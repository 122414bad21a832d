// Builds the reference site: per surface, the bundled document (<surface>.yaml) and one self-contained Redoc page
// (<surface>.html, scripts inlined with `--inlineBundle`, toolchain-notes: without it the page loads Redoc from a CDN
// and shows "Loading..." offline), plus index.html linking them. Every page is checked to load nothing remote.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { renderIndexPage } from './index-page.mjs';
import { remoteResources } from './offline-check.mjs';
import { withSandboxServer } from './sandbox-server.mjs';
import { redocly } from '@cx-contracts/spec-bundle';
import { listOperations, readSurfaces } from './surfaces.mjs';

// Redoc's sidebar footer ("API docs by Redocly") loads its logo from this CDN at run time (it hides the image when the
// request fails). An inline SVG keeps the attribution without a network request.
const redoclyLogos = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const inlineLogo =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='52' height='14'%3E%3Ctext x='0' y='11' " +
  "font-family='sans-serif' font-size='11' fill='%23666'%3ERedocly%3C/text%3E%3C/svg%3E";

/**
 * @typedef {{name: string, title: string, version: string, description: string, page: string, spec: string,
 *   operations: import('./surfaces.mjs').OperationEntry[]}} BuiltSurface
 * @param {{outDir: string, surfaces?: {name: string, root: string}[]}} options
 * @returns {{index: string, surfaces: BuiltSurface[]}}
 */
export function buildSite({ outDir, surfaces = readSurfaces() }) {
  mkdirSync(outDir, { recursive: true });
  const built = surfaces.map((surface) => {
    const spec = path.join(outDir, `${surface.name}.yaml`);
    const page = path.join(outDir, `${surface.name}.html`);
    redocly(['bundle', surface.root, '-o', spec]);
    const document = parse(readFileSync(spec, 'utf8'));
    const title = document.info?.title ?? surface.name;
    // The page's input: the bundle plus the sandbox server (sandbox-server.mjs); removed once the page is built. Named
    // per process, so two builds into one directory (two turbo runs in one checkout) do not remove each other's input.
    const pageInput = path.join(outDir, `.${surface.name}.${process.pid}.page.json`);
    writeFileSync(pageInput, JSON.stringify(withSandboxServer(document)));
    redocly([
      'build-docs',
      pageInput,
      '--inlineBundle',
      '--title',
      `${title} (${surface.name}) · cx-contracts reference`,
      '-o',
      page,
    ]);
    rmSync(pageInput, { force: true });
    let html = readFileSync(page, 'utf8');
    for (const logo of redoclyLogos) html = html.replaceAll(logo, inlineLogo);
    writeFileSync(page, html);
    assertOffline(page, html);
    return {
      name: surface.name,
      title,
      version: document.info?.version ?? '',
      description: document.info?.description ?? '',
      page: path.basename(page),
      spec: path.basename(spec),
      operations: listOperations(document),
    };
  });
  const index = path.join(outDir, 'index.html');
  const html = renderIndexPage(built);
  writeFileSync(index, html);
  assertOffline(index, html);
  return { index, surfaces: built };
}

/** @param {string} file @param {string} html */
function assertOffline(file, html) {
  const remote = [...remoteResources(html), ...redoclyLogos.filter((logo) => html.includes(logo))];
  if (remote.length > 0) {
    throw new Error(`${file} would load remote resources, so it does not render offline:\n  ${remote.join('\n  ')}`);
  }
}
