import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksumOf, readMigrations, splitStatements } from '../../../src/graph/migrations.js';

const dirWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-mig-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

describe('migration files', () => {
  it('splits statements on ; at line ends and drops comment lines', () => {
    const s = splitStatements("// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// between\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n");
    expect(s).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)']);
  });

  it('keeps a ; inside a line (e.g. in a string) as part of the statement', () => {
    expect(splitStatements("RETURN 'a;b' AS x;\n")).toEqual(["RETURN 'a;b' AS x"]);
  });

  it('orders by number, not by file listing', () => {
    const dir = dirWith({ '010-late.cypher': 'RETURN 10;', '002-early.cypher': 'RETURN 2;', '001-first.cypher': 'RETURN 1;' });
    expect(readMigrations(dir).map((m) => m.name)).toEqual(['001-first.cypher', '002-early.cypher', '010-late.cypher']);
  });

  it('rejects badly named files and duplicate numbers', () => {
    expect(() => readMigrations(dirWith({ 'add-index.cypher': 'RETURN 1;' }))).toThrow(/must look like 001-some-name.cypher: add-index.cypher/);
    expect(() => readMigrations(dirWith({ '001-a.cypher': 'RETURN 1;', '001-b.cypher': 'RETURN 2;' }))).toThrow(/two migrations share number 001/);
  });

  it('checksums ignore CRLF vs LF but not content', () => {
    expect(checksumOf('RETURN 1;\r\n')).toBe(checksumOf('RETURN 1;\n'));
    expect(checksumOf('RETURN 1;\n')).not.toBe(checksumOf('RETURN 2;\n'));
  });

  it("the project's own migrations are well formed and numbered from 001", () => {
    const ms = readMigrations();
    expect(ms[0]!.name.startsWith('001-')).toBe(true);
    for (const m of ms) expect(m.statements.length).toBeGreaterThan(0);
  });
});
