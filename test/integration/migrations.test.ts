import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrations.js';
import { ErrorCode } from '../../src/errors.js';
import { testGraph } from '../support/graph.js';

// Each test uses its own scope and label names, so it never touches the project's schema.
describe('migrations against a real Neo4j', () => {
  let g: Graph;
  const tag = `T${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  const scope = `test-${tag}`;
  let dir: string;

  beforeAll(() => {
    g = testGraph();
    dir = mkdtempSync(join(tmpdir(), 'ng-mig-int-'));
    writeFileSync(join(dir, '001-first.cypher'), `CREATE INDEX ${tag}_a IF NOT EXISTS FOR (n:${tag}) ON (n.a);\n`);
    writeFileSync(join(dir, '002-second.cypher'), `CREATE INDEX ${tag}_b IF NOT EXISTS FOR (n:${tag}) ON (n.b);\n`);
  });

  afterAll(async () => {
    await g.autoCommit(`DROP INDEX ${tag}_a IF EXISTS`);
    await g.autoCommit(`DROP INDEX ${tag}_b IF EXISTS`);
    await g.write('MATCH (m:SchemaMigration {scope: $scope}) DELETE m', { scope });
    await g.close();
  });

  it('applies pending migrations in order and records name + checksum', async () => {
    const r = await migrate(g, { dir, scope });
    expect(r.applied).toEqual(['001-first.cypher', '002-second.cypher']);
    const log = await g.named('migrationLog', { scope });
    expect(log.records.map((x) => x.get('name'))).toEqual(['001-first.cypher', '002-second.cypher']);
    expect(log.records.every((x) => /^[0-9a-f]{64}$/.test(x.get('checksum')))).toBe(true);
    const idx = await g.read('SHOW INDEXES YIELD name WHERE name STARTS WITH $p RETURN name ORDER BY name', { p: tag });
    expect(idx.records.map((x) => x.get('name'))).toEqual([`${tag}_a`, `${tag}_b`]);
  });

  it('is idempotent: a second run applies nothing', async () => {
    const r = await migrate(g, { dir, scope });
    expect(r.applied).toEqual([]);
    expect(r.alreadyApplied).toEqual(['001-first.cypher', '002-second.cypher']);
  });

  it('applies only the new file when one is added', async () => {
    writeFileSync(join(dir, '003-third.cypher'), `// a comment\nCREATE INDEX ${tag}_c IF NOT EXISTS FOR (n:${tag}) ON (n.c);\n`);
    const r = await migrate(g, { dir, scope });
    expect(r.applied).toEqual(['003-third.cypher']);
    await g.autoCommit(`DROP INDEX ${tag}_c IF EXISTS`);
  });

  it('refuses to run when an applied migration was edited, naming the file', async () => {
    writeFileSync(join(dir, '002-second.cypher'), `CREATE INDEX ${tag}_b IF NOT EXISTS FOR (n:${tag}) ON (n.bb);\n`);
    await expect(migrate(g, { dir, scope })).rejects.toMatchObject({
      code: ErrorCode.MIGRATION_CHANGED,
      message: expect.stringContaining('migration 002-second.cypher was changed after it was applied'),
    });
  });

  it('reports which statement of which migration failed', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'ng-mig-bad-'));
    writeFileSync(join(bad, '001-broken.cypher'), 'CREATE INDEX FOR;\n');
    await expect(migrate(g, { dir: bad, scope: `${scope}-bad` })).rejects.toMatchObject({
      code: ErrorCode.MIGRATION_FAILED,
      message: expect.stringContaining('migration 001-broken.cypher failed at statement 1 of 1'),
    });
  });

  it("the project's schema is in place: unique ids and Arabic full-text search", async () => {
    const cons = await g.read('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties[0] AS prop, type');
    const unique = cons.records.filter((r) => r.get('type') === 'UNIQUENESS').map((r) => `${r.get('label')}.${r.get('prop')}`);
    expect(unique).toEqual(expect.arrayContaining(['Entity.id', 'Article.id', 'Claim.id', 'Statement.id']));
    const ft = await g.read("SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer");
    expect(ft.records.map((r) => r.get('analyzer'))).toContain('arabic');
  });
});
