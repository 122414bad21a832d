// Own config so vitest does not pick up the root one (which runs the contract tests in /test).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
