// @cx-contracts/contract-diff tests: unit tests beside the code (src/**/__tests__), the classification table
// (test/cases.test.ts over test/cases/*) and the CLI end to end (test/cli.test.ts, which builds git repositories
// in a temporary directory and runs the repository's Redocly CLI). Own config so the root one is not picked up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
