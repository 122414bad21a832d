#!/usr/bin/env node
// Thin shell over the library (style guide habit 9): all behaviour lives in src/cli.ts.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
