import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQueries, namedQuery, parseQueryFile } from '../../../src/graph/queries.js';

const file = (header: string, body: string) => `${header}\n${body}\n`;

describe('named query files', () => {
  it('reads name, mode, params and description from the header and strips comments from the text', () => {
    const q = parseQueryFile(
      'x.cypher',
      file('// @name byId\n// @mode write\n// @param id the entity id\n// @description Find one.', 'MATCH (e:Entity {id: $id})\nRETURN e;'),
    );
    expect(q).toMatchObject({ name: 'byId', mode: 'write', params: ['id'], description: 'Find one.' });
    expect(q.text).toBe('MATCH (e:Entity {id: $id})\nRETURN e');
  });

  it('defaults the name to the file name and the mode to read', () => {
    const q = parseQueryFile('/q/entityCount.cypher', 'MATCH (e:Entity) RETURN count(e)');
    expect(q.name).toBe('entityCount');
    expect(q.mode).toBe('read');
  });

  it('refuses a query that uses an undeclared parameter or declares an unused one', () => {
    expect(() => parseQueryFile('a.cypher', '// @param id\nMATCH (e {id: $ident}) RETURN e')).toThrow(/uses undeclared \$ident and declares unused @param id/);
  });

  it('refuses an unknown mode', () => {
    expect(() => parseQueryFile('a.cypher', '// @mode delete\nRETURN 1')).toThrow(/@mode must be read or write, got "delete"/);
  });

  it('names the missing parameters and what was received', () => {
    const q = parseQueryFile('a.cypher', '// @param a\n// @param b\nRETURN $a + $b');
    expect(() => q.checkParams({ a: 1 })).toThrow('query "a" needs parameter(s) b; received a');
    expect(() => q.checkParams({})).toThrow('received none');
    expect(() => q.checkParams({ a: 1, b: 2 })).not.toThrow();
  });

  it('loads a folder and rejects two files with one name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-q-'));
    writeFileSync(join(dir, 'one.cypher'), 'RETURN 1');
    writeFileSync(join(dir, 'two.cypher'), '// @name one\nRETURN 2');
    expect(() => loadQueries(dir)).toThrow(/query name "one" is used by both/);
  });

  it("loads the project's own cypher/queries and finds them by name", () => {
    const all = loadQueries();
    expect(all.size).toBeGreaterThan(0);
    for (const q of all.values()) expect(q.text.length).toBeGreaterThan(0);
    expect(namedQuery('graphCounts').mode).toBe('read');
    expect(() => namedQuery('noSuchQuery')).toThrow(/no query named "noSuchQuery"/);
  });
});
