// Each rule test lints fixture specs through the real `redocly lint` CLI (a child process, ~0.3 s per run).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.js', 'test/**/*.test.js'],
    testTimeout: 60_000,
  },
});
