import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
    // Guards against a hang, not limits on speed: on a loaded 2-core CI machine, with other packages' browser tests
    // running beside these, starting Chromium and the sandbox in a hook took over 30 s once.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
