// Own config so vitest does not pick up the root one (which runs the contract tests in /test).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The client is imported from source: it depends on the sandbox (its e2e tests), so declaring it here would
    // make a cycle, and its dist may not be built when the sandbox's tests run.
    alias: { '@cx-contracts/client': fileURLToPath(new URL('../client/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
