// @cx-contracts/client tests: unit tests beside the code (src/**/__tests__), wire and mock tests against servers the
// tests start themselves (test/e2e), type-level tests and the README examples compiled by tsc (test/types).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
