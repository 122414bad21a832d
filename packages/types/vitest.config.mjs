// The types package's only test compiles the generated types with a typed usage file (test/types.test.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
