/** The committed resolver types match the schema: codegen into a temp file must reproduce them byte for byte. */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/config/projectRoot.js';

describe('generated resolver types', () => {
  test('src/api/generated/resolvers-types.ts is up to date with schema/*.graphql (run `npm run codegen`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-codegen-'));
    const out = join(dir, 'resolvers-types.ts');
    execFileSync(process.execPath, [join(projectRoot, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'), '--config', 'codegen.ts'], {
      cwd: projectRoot,
      env: { ...process.env, NEWSGRAPH_CODEGEN_OUT: out },
      stdio: 'pipe',
    });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(projectRoot, 'src', 'api', 'generated', 'resolvers-types.ts'), 'utf8'));
  });
});
