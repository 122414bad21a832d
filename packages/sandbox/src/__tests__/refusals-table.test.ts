// The "Bad input" table in this package's README and apps/mock's is the one the contract gives today (issue 10: the
// list of which operations answer which way cannot go stale).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFUSALS_TABLE_START, refusalsTable, withRefusalsTable } from '../refusals-table.js';
import { surface } from './contract.js';

describe('the refusals table', () => {
  for (const readme of ['../../README.md', '../../../../apps/mock/README.md'])
    it(`${readme.replace(/^(\.\.\/)+/, '')} has the current table (else: npm run readme:refusals -w @cx-contracts/sandbox)`, () => {
      const text = readFileSync(new URL(readme, import.meta.url), 'utf8');
      expect(text).toContain(REFUSALS_TABLE_START);
      expect(withRefusalsTable(text, surface)).toBe(text);
    });

  it('names every operation once, and each documented 400/4XX', () => {
    const table = refusalsTable(surface);
    for (const operation of surface.operations) expect(table.split(`\`${operation.operationId}\``)).toHaveLength(2);
    expect(table).toMatch(/`updateNexusInteraction`[^\n]*\*\*400\*\* the problem document as `application\/json`/);
    expect(table).toMatch(
      /`startCsCompositeService`[^\n]*\*\*422\*\* `CsError` \(documented `4XX`\); violations in `sl-violations` only/,
    );
  });
});
