/**
 * Schema migrations: cypher/schema/NNN-name.cypher, applied in order, once each,
 * recorded in the database as (:SchemaMigration {scope, name, checksum, appliedAt}).
 * Editing a migration that was already applied is an error (write a new one instead):
 * otherwise two databases could claim the same schema version and differ.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Graph } from './driver.js';

export interface MigrationFile {
  name: string; // file name, e.g. 001-constraints.cypher
  order: number;
  checksum: string;
  statements: string[];
  file: string;
}

export const defaultSchemaDir = () => join(projectRoot, 'cypher', 'schema');

const FILE_RE = /^(\d{3})-[a-z0-9][a-z0-9-]*\.cypher$/;

export function checksumOf(content: string): string {
  return createHash('sha256').update(content.replace(/\r\n/g, '\n')).digest('hex');
}

/** Statements of a migration file: separated by `;` at the end of a line; `//` comment lines ignored. */
export function splitStatements(content: string): string[] {
  const withoutComments = content
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readMigrations(dir = defaultSchemaDir()): MigrationFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const bad = files.filter((f) => !FILE_RE.test(f));
  if (bad.length) {
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `migration file names must look like 001-some-name.cypher: ${bad.join(', ')} in ${dir}`);
  }
  const migrations = files.map((f) => {
    const content = readFileSync(join(dir, f), 'utf8');
    return { name: f, order: Number(f.slice(0, 3)), checksum: checksumOf(content), statements: splitStatements(content), file: join(dir, f) };
  });
  migrations.sort((a, b) => a.order - b.order);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.order === migrations[i - 1]!.order) {
      throw new NewsgraphError(ErrorCode.BAD_CONFIG, `two migrations share number ${migrations[i]!.name.slice(0, 3)}: ${migrations[i - 1]!.name} and ${migrations[i]!.name}`);
    }
  }
  return migrations;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export interface MigrateOptions {
  dir?: string;
  /** Separates independent migration sets in one database (tests use their own scope). */
  scope?: string;
  log?: (line: string) => void;
}

export async function migrate(graph: Graph, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const scope = opts.scope ?? 'newsgraph';
  const log = opts.log ?? (() => {});
  const migrations = readMigrations(opts.dir);
  const rows = await graph.read<{ name: string; checksum: string }>(
    'MATCH (m:SchemaMigration {scope: $scope}) RETURN m.name AS name, m.checksum AS checksum',
    { scope },
  );
  const applied = new Map(rows.records.map((r) => [r.get('name'), r.get('checksum')]));
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum !== undefined && sum !== m.checksum) {
      throw new NewsgraphError(
        ErrorCode.MIGRATION_CHANGED,
        `migration ${m.name} was changed after it was applied (recorded checksum ${sum.slice(0, 12)}…, file now ${m.checksum.slice(0, 12)}…). Put schema changes in a new migration file instead of editing ${m.file}.`,
        { migration: m.name },
      );
    }
  }
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  for (const m of migrations) {
    if (applied.has(m.name)) {
      result.alreadyApplied.push(m.name);
      continue;
    }
    // Schema statements run one per auto-commit transaction: Neo4j does not allow
    // schema and data changes in one transaction. They are written IF NOT EXISTS so
    // a migration interrupted half-way can simply run again.
    for (const [i, stmt] of m.statements.entries()) {
      try {
        await graph.autoCommit(stmt);
      } catch (e) {
        throw new NewsgraphError(
          ErrorCode.MIGRATION_FAILED,
          `migration ${m.name} failed at statement ${i + 1} of ${m.statements.length}: ${(e as Error).message}`,
          { migration: m.name },
          { cause: e },
        );
      }
    }
    await graph.write('MERGE (m:SchemaMigration {scope: $scope, name: $name}) SET m.checksum = $checksum, m.appliedAt = datetime()', {
      scope,
      name: m.name,
      checksum: m.checksum,
    });
    log(`applied ${m.name}`);
    result.applied.push(m.name);
  }
  return result;
}
