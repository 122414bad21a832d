#!/usr/bin/env node
// `npm run examples`: thin shell over dist/examples-list.js.
import { main } from '../dist/examples-list.js';

process.exitCode = await main();
