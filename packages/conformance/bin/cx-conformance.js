#!/usr/bin/env node
// Thin shell over the library (style guide habit 9): all logic lives in dist/cli/main.js.
import { runProcess } from '../dist/cli/main.js';

runProcess().catch((error) => {
  process.stderr.write(`cx-conformance: internal error: ${error?.message ?? error}\n`);
  process.exitCode = 2;
});
