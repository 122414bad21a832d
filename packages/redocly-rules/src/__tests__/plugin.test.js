import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import cxPlugin, { rules } from '../plugin.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const repoRoot = path.resolve(packageDir, '..', '..');
const ruleFiles = readdirSync(path.join(packageDir, 'src', 'rules')).filter((name) => name.endsWith('.js'));
const ids = Object.keys(rules);

describe('cx plugin', () => {
  it('has id cx and registers its rules for OpenAPI 3', () => {
    const plugin = cxPlugin();
    expect(plugin.id).toBe('cx');
    expect(Object.keys(plugin.rules.oas3)).toEqual(ids);
  });

  it('registers every rule file, and only those, under the file name', () => {
    expect([...ids].sort()).toEqual(ruleFiles.map((name) => name.replace(/\.js$/, '')).sort());
  });

  it.each(ids)('%s: kebab-case id with its doc and its test', (id) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const doc = path.join(packageDir, 'docs', `${id}.md`);
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text.startsWith(`# cx/${id}\n`)).toBe(true);
    for (const section of ['**What.**', '**Why.**', '**Bad**', '**Good**', '**Fix.**']) expect(text).toContain(section);
    expect(text).toMatch(/contract-decisions rule \d+/);
    expect(existsSync(path.join(packageDir, 'src', 'rules', '__tests__', `${id}.test.js`))).toBe(true);
  });

  it('is loaded by the repository redocly.yaml with every rule at error', () => {
    const config = parse(readFileSync(path.join(repoRoot, 'redocly.yaml'), 'utf8'));
    expect(config.plugins.map((plugin) => path.resolve(repoRoot, plugin))).toContain(
      path.join(packageDir, 'src', 'plugin.js'),
    );
    for (const id of ids) expect(config.rules[`cx/${id}`], `cx/${id}`).toBe('error');
  });

  it('lists every rule in the README table', () => {
    const readme = readFileSync(path.join(packageDir, 'README.md'), 'utf8');
    for (const id of ids) expect(readme).toContain(`[\`cx/${id}\`](docs/${id}.md)`);
  });
});
