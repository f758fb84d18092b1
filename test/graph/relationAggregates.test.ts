/**
 * The typed relationships' aggregates are kept two ways: new claims are added to them
 * (writeAddToRelations), relationships an updated article supported are recomputed from
 * their claims (writeRefreshRelations). Whatever the mix of batches, the stored aggregates
 * must equal a recomputation from the claims.
 */
import type { Graph } from '../../src/graph/driver.js';
import { addedAggregates } from '../../src/graph/write/writeBatch.js';
import { clearData, testGraph } from '../support/graph.js';
import { docOf, writeDocs, type DocSpec } from '../support/graphHarness.js';

const ENTITIES: DocSpec['entities'] = [
  { name: 'Kataib Hezbollah', type: 'ARMED_GROUP' },
  { name: 'Iran', type: 'COUNTRY', gazetteerId: 'country:IR' },
  { name: 'Tower 22', type: 'FACILITY' },
  { name: 'Jordan', type: 'COUNTRY', gazetteerId: 'country:JO' },
];

const article = (n: number, published: string, relations: NonNullable<DocSpec['relations']>) =>
  docOf({ url: `https://news.example/agg-${n}`, published, text: `Kataib Hezbollah, which Iran backs, attacked Tower 22 in Jordan. Report ${n}.`, entities: ENTITIES, relations });

/** Every typed relationship whose aggregates differ from its claims, and every triple with claims but no relationship. */
async function mismatches(g: Graph): Promise<unknown[]> {
  const r = await g.read(`
    MATCH (s:Entity)-[r]->(o:Entity)
    OPTIONAL MATCH (c:Claim {triple: s.id + '|' + type(r) + '|' + o.id})-[:IN]->(a:Article)
    WITH s, r, o, count(DISTINCT c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first, max(c.date) AS last, max(c.confidence) AS conf
    WHERE claims <> r.claimCount OR articles <> r.articleCount OR first <> r.firstSeen OR last <> r.lastSeen OR conf <> r.maxConfidence
    RETURN s.name + ' ' + type(r) + ' ' + o.name AS rel, [r.claimCount, claims, r.articleCount, articles, r.firstSeen, first, r.lastSeen, last] AS got
    UNION ALL
    MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
    WHERE NOT EXISTS { MATCH (s)-[r]->(o) WHERE type(r) = c.predicate }
    RETURN DISTINCT s.name + ' ' + c.predicate + ' ' + o.name AS rel, ['missing'] AS got`);
  return r.records.map((x) => x.toObject());
}

describe('typed relationship aggregates', () => {
  let g: Graph;
  beforeAll(() => {
    g = testGraph();
  });
  beforeEach(() => clearData(g));
  afterAll(() => g.close());

  it('adding new articles batch by batch equals a recomputation from the claims', async () => {
    await writeDocs(g, [article(1, '2024-01-28', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22'], ['Iran', 'BACKS', 'Kataib Hezbollah']])]);
    await writeDocs(g, [
      article(2, '2024-01-20', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22']]),
      article(3, '2024-02-02', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22'], ['Tower 22', 'LOCATED_IN', 'Jordan']]),
    ]);
    expect(await mismatches(g)).toEqual([]);
    const rel = await g.read("MATCH (:Entity {name: 'Kataib Hezbollah'})-[r:ATTACKED]->() RETURN r.claimCount AS c, r.articleCount AS a, r.firstSeen AS f, r.lastSeen AS l");
    expect(rel.records[0]!.toObject()).toEqual({ c: 3, a: 3, f: '2024-01-20', l: '2024-02-02' });
  });

  it('a batch mixing an updated article with new ones keeps every aggregate exact', async () => {
    await writeDocs(g, [article(1, '2024-01-28', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22'], ['Iran', 'BACKS', 'Kataib Hezbollah']]), article(2, '2024-01-29', [['Iran', 'BACKS', 'Kataib Hezbollah']])]);
    // Article 1 changes (drops ATTACKED, gains LOCATED_IN) in the same batch as a new article that attacks.
    const changed = docOf({
      url: 'https://news.example/agg-1',
      published: '2024-01-30',
      text: 'Tower 22 in Jordan was struck; Iran backs Kataib Hezbollah. Corrected.',
      entities: ENTITIES,
      relations: [['Tower 22', 'LOCATED_IN', 'Jordan'], ['Iran', 'BACKS', 'Kataib Hezbollah']],
    });
    const r = await writeDocs(g, [changed, article(4, '2024-02-05', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22'], ['Tower 22', 'LOCATED_IN', 'Jordan']])]);
    expect([...r.outcomes.values()].sort()).toEqual(['new', 'updated']);
    expect(await mismatches(g)).toEqual([]);
    const attacked = await g.read("MATCH ()-[r:ATTACKED]->() RETURN r.claimCount AS c, r.firstSeen AS f");
    expect(attacked.records.map((x) => x.toObject())).toEqual([{ c: 1, f: '2024-02-05' }]);
  });

  it('re-writing the same batch changes no aggregate', async () => {
    const docs = [article(1, '2024-01-28', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22']]), article(2, '2024-01-29', [['Kataib Hezbollah', 'ATTACKED', 'Tower 22']])];
    await writeDocs(g, docs);
    await writeDocs(g, docs);
    expect(await mismatches(g)).toEqual([]);
    const rel = await g.read('MATCH ()-[r:ATTACKED]->() RETURN r.claimCount AS c');
    expect(rel.records[0]!.get('c')).toBe(2);
  });
});

describe('addedAggregates', () => {
  const claim = (subject: string, article: string, date: string | null, confidence: number) => ({ subject, predicate: 'BACKS', object: 'o', article, date, confidence });

  it('counts claims and distinct articles, takes min/max dates ignoring nulls, and skips recomputed triples', () => {
    const out = addedAggregates(
      [claim('a', 'art1', '2024-02-01', 0.5), claim('a', 'art1', null, 0.9), claim('a', 'art2', '2024-01-01', 0.7), claim('b', 'art1', '2024-03-01', 0.6)],
      new Set([`b\u0000BACKS\u0000o`]),
    );
    expect(out).toEqual([{ subject: 'a', predicate: 'BACKS', object: 'o', claims: 3, articles: 2, firstSeen: '2024-01-01', lastSeen: '2024-02-01', maxConfidence: 0.9 }]);
  });
});
