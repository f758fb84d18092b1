/** The SDL: every schema/*.graphql file, in name order. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';

export const schemaDir = () => join(projectRoot, 'schema');

export function loadTypeDefs(dir = schemaDir()): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => `# ${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}
