/**
 * The managed instance's password: random, made on first start, kept in a file only
 * the user can read (0600). Clients of the managed instance read it from there.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, NewsgraphError } from '../../errors.js';

export const passwordFile = (home: string) => join(home, 'password');

export function readPassword(home: string): string | null {
  const f = passwordFile(home);
  if (!existsSync(f)) return null;
  return readFileSync(f, 'utf8').trim() || null;
}

export function readOrCreatePassword(home: string): string {
  const existing = readPassword(home);
  if (existing) return existing;
  mkdirSync(home, { recursive: true });
  const pw = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile(home), pw + '\n', { mode: 0o600 });
  chmodSync(passwordFile(home), 0o600);
  return pw;
}

export function requirePassword(home: string): string {
  const pw = readPassword(home);
  if (!pw) {
    throw new NewsgraphError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `the managed Neo4j has no password file at ${passwordFile(home)}: start it once with \`npx newsgraph db start\`, or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD for another Neo4j`,
    );
  }
  return pw;
}
