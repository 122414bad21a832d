#!/usr/bin/env node
// Thin shell over dist/cli.js (built by `npm run build`). `npm start` runs the same file as entry/cx-mock.js, one
// esbuild bundle of it with the sources compiled in (scripts/build-entry.mjs), so start waits for no tsc build.
import { main } from '../dist/cli.js';

process.exitCode = await main();
