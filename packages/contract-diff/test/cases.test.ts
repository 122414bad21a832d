/**
 * The classification table: every directory under test/cases holds a base and a head document that differ in
 * one way, and expected.json says which changes that must produce and who they break. The comparison is exact
 * (same kinds, same count), so a spurious extra finding fails as surely as a missed one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffDocuments } from '../src/diff.js';
import { listKinds } from '../src/change-kinds.js';

interface Expected {
  kind: string;
  clients: boolean;
  implementations: boolean;
  severity: string;
}

interface Row {
  case: string;
  why: string;
  expect: Expected[];
}

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const table: Row[] = JSON.parse(readFileSync(join(casesDir, 'expected.json'), 'utf8'));
const load = (dir: string, file: string): object => parse(readFileSync(join(casesDir, dir, file), 'utf8'));
const sortKey = (e: Expected): string => `${e.kind} ${e.clients} ${e.implementations} ${e.severity}`;

describe('classification table (test/cases/expected.json)', () => {
  it.each(table)('$case: $why', (row) => {
    const changes = diffDocuments(load(row.case, 'base.yaml'), load(row.case, 'head.yaml'));
    const got = changes.map((c) => ({
      kind: c.kind,
      clients: c.breaks.clients,
      implementations: c.breaks.implementations,
      severity: c.severity,
    }));
    expect(got.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...row.expect].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
  });

  it('has one row per case directory, and at least 24', () => {
    const dirs = readdirSync(casesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(table.map((r) => r.case).sort()).toEqual(dirs.sort());
    expect(table.length).toBeGreaterThanOrEqual(24);
  });

  it('only expects kinds the registry knows', () => {
    const known = new Set(listKinds().map((k) => k.kind));
    for (const row of table) for (const e of row.expect) expect(known, `${row.case}: ${e.kind}`).toContain(e.kind);
  });

  it('gives every change a one-line message and a JSON pointer that exists in base or head', async () => {
    const { getByPointer } = await import('../src/resolve-refs.js');
    for (const row of table) {
      const base = load(row.case, 'base.yaml');
      const head = load(row.case, 'head.yaml');
      for (const change of diffDocuments(base, head)) {
        expect(change.message, row.case).not.toMatch(/\n/);
        const found = getByPointer(head, change.location) ?? getByPointer(base, change.location);
        expect(found, `${row.case}: ${change.location}`).toBeDefined();
      }
    }
  });
});
