#!/usr/bin/env node
// Thin shim so `npx newsgraph` runs the compiled CLI (built by `npm install` via the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('newsgraph: the CLI is not built yet. Run `npm run build` (or `npm install`) in the project folder.\n');
  process.exit(1);
}
await import(main.href);
