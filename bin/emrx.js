#!/usr/bin/env node
// The emrx CLI. Runs the compiled TypeScript in dist/ (built by `npm ci` via `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('emrx: not built yet; run `npm run build` (npm ci does it too)\n');
  process.exit(1);
}
// V8 flags first, before any other module's code runs (see src/v8-flags.ts).
await import(new URL('../dist/src/v8-flags.js', import.meta.url).href);
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
