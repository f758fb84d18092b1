/** Curation of entity resolution through `newsgraph entities …`, on hand-made extractions. */
import type { Graph } from '../../src/graph/driver.js';
import { clearData, testGraph } from '../support/graph.js';
import { docOf, relationLines, writeDocs } from '../support/graphHarness.js';
import { runCli } from '../support/cli.js';

const idOf = async (g: Graph, name: string) => {
  const r = await g.read('MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id', { name });
  return r.records.map((x) => x.get('id') as string);
};

describe('newsgraph entities', () => {
  let g: Graph;
  beforeAll(() => {
    g = testGraph();
  });
  beforeEach(() => clearData(g));
  afterAll(() => g.close());

  const nujaba = docOf({
    url: 'https://news.example/n1',
    text: 'Harakat al-Nujaba attacked Victory Base.',
    entities: [
      { name: 'Harakat al-Nujaba', type: 'ARMED_GROUP' },
      { name: 'Victory Base', type: 'FACILITY' },
    ],
    relations: [['Harakat al-Nujaba', 'ATTACKED', 'Victory Base']],
  });
  const movement = docOf({
    url: 'https://news.example/n2',
    text: 'The Nujaba Movement attacked Victory Base again.',
    entities: [
      { name: 'Nujaba Movement', type: 'ARMED_GROUP' },
      { name: 'Victory Base', type: 'FACILITY' },
    ],
    relations: [['Nujaba Movement', 'ATTACKED', 'Victory Base']],
  });

  it('list and show find entities by name, with their relations', async () => {
    await writeDocs(g, [nujaba]);
    const list = runCli(['entities', 'list', '--name', 'nujaba', '--format', 'json']);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout);
    expect(rows).toEqual([expect.objectContaining({ name: 'Harakat al-Nujaba', type: 'ARMED_GROUP', articles: 1 })]);
    const show = runCli(['entities', 'show', rows[0].id]);
    expect(JSON.parse(show.stdout).relations).toEqual([expect.objectContaining({ direction: 'out', predicate: 'ATTACKED', other: 'Victory Base', claims: 1 })]);
    const missing = runCli(['entities', 'show', 'ent:nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no entity with id "ent:nope"');
    expect(runCli(['entities', 'list', '--type', 'MILITIA']).stderr).toContain('--type must be one of PERSON, COUNTRY');
  });

  it('merge moves everything into one entity, sums the aggregates and records the merge', async () => {
    await writeDocs(g, [nujaba, movement]);
    expect(await relationLines(g)).toEqual(['Harakat al-Nujaba —ATTACKED→ Victory Base', 'Nujaba Movement —ATTACKED→ Victory Base']);
    const [into] = await idOf(g, 'Harakat al-Nujaba');
    const [from] = await idOf(g, 'Nujaba Movement');
    const r = runCli(['entities', 'merge', into!, from!]);
    expect(r.code).toBe(0);
    expect(await relationLines(g)).toEqual(['Harakat al-Nujaba —ATTACKED→ Victory Base']);
    const rel = await g.read('MATCH ()-[r:ATTACKED]->() RETURN r.claimCount AS c, r.articleCount AS a');
    expect(rel.records[0]!.toObject()).toEqual({ c: 2, a: 2 });
    const e = await g.read('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases', { id: into });
    expect(e.records[0]!.get('aliases')).toEqual(expect.arrayContaining(['Harakat al-Nujaba', 'Nujaba Movement']));
    expect(runCli(['entities', 'merges']).stdout).toMatch(/manual[\s\S]*Nujaba Movement/);
    // A later article naming the merged-away entity now resolves to the survivor.
    await writeDocs(g, [docOf({ url: 'https://news.example/n3', text: 'The Nujaba Movement threatened more.', entities: [{ name: 'Nujaba Movement', type: 'ARMED_GROUP' }] })]);
    const groups = await g.read("MATCH (e:Entity {type: 'ARMED_GROUP'}) RETURN count(e) AS c");
    expect(groups.records[0]!.get('c')).toBe(1);
  });

  it('merge refuses entities of different types', async () => {
    await writeDocs(g, [nujaba]);
    const [a] = await idOf(g, 'Harakat al-Nujaba');
    const [b] = await idOf(g, 'Victory Base');
    const r = runCli(['entities', 'merge', a!, b!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot merge FACILITY "Victory Base" into ARMED_GROUP "Harakat al-Nujaba": types differ');
  });

  it('split undoes an automatic merge, and the split stays split when the article is written again', async () => {
    const en = docOf({ url: 'https://news.example/m1', text: 'Kenneth McKenzie warned Iran.', entities: [{ name: 'Kenneth McKenzie', type: 'PERSON' }] });
    const ar = docOf({ url: 'https://news.example/m2', text: 'حذر كينيث ماكنزي إيران.', entities: [{ name: 'كينيث ماكنزي', type: 'PERSON' }] });
    await writeDocs(g, [en]);
    const w = await writeDocs(g, [ar]);
    const rec = w.merges[0]!;
    expect((await g.read("MATCH (e:Entity {type: 'PERSON'}) RETURN count(e) AS c")).records[0]!.get('c')).toBe(1);
    const r = runCli(['entities', 'split', rec.id]);
    expect(r.code).toBe(0);
    const people = await g.read("MATCH (e:Entity {type: 'PERSON'}) RETURN e.name AS name, COUNT { (e)<-[:MENTIONS]-(:Article) } AS n ORDER BY name");
    expect(people.records.map((x) => x.toObject())).toEqual([
      { name: 'Kenneth McKenzie', n: 1 },
      { name: 'كينيث ماكنزي', n: 1 },
    ]);
    const changed = docOf({ url: 'https://news.example/m2', text: 'حذر كينيث ماكنزي إيران مجدداً.', entities: [{ name: 'كينيث ماكنزي', type: 'PERSON' }] });
    await writeDocs(g, [changed]);
    expect((await g.read("MATCH (e:Entity {type: 'PERSON'}) RETURN count(e) AS c")).records[0]!.get('c')).toBe(2);
    expect(runCli(['entities', 'split', rec.id]).stderr).toContain('no automatic, not yet undone merge record');
  });

  it('alias makes future articles with that name resolve to the entity', async () => {
    await writeDocs(g, [nujaba]);
    const [id] = await idOf(g, 'Harakat al-Nujaba');
    expect(runCli(['entities', 'alias', id!, 'النجباء']).code).toBe(0);
    await writeDocs(g, [docOf({ url: 'https://news.example/n4', text: 'هاجمت النجباء القاعدة.', entities: [{ name: 'النجباء', type: 'ARMED_GROUP' }] })]);
    const r = await g.read("MATCH (e:Entity {type: 'ARMED_GROUP'}) RETURN e.id AS id, COUNT { (e)<-[:MENTIONS]-(:Article) } AS n");
    expect(r.records.map((x) => x.toObject())).toEqual([{ id, n: 2 }]);
  });
});
