// Own config so the root one is not picked up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
    // Child Node processes start slowly on a loaded machine; the timeouts bound hangs, nothing asserts a duration.
    testTimeout: 30_000,
  },
});
