import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (the one holding package.json). Found by walking up from this
 * file so it is the same whether the code runs from src/ (jest) or dist/ (CLI).
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('newsgraph: cannot find the project folder (package.json + cypher/) above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export const projectRoot = findRoot();
