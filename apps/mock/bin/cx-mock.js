#!/usr/bin/env node
// Thin shell over dist/cli.js (built by `npm run build`; `npm start` at the root builds it first).
import { main } from '../dist/cli.js';

process.exitCode = await main();
