// Root vitest project: the contract tests in test/ (the specs themselves) and the tests of what lives only at the root
// (.github/workflows, packaging). Packages run their own vitest.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,js}'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
