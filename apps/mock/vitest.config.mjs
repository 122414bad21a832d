// End-to-end tests start the built mock (bin/cx-mock.js → dist/) as a child process; `npm test` through turbo builds
// it first. Each file starts its own mock on a free port.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
