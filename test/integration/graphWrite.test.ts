/**
 * Graph writing with hand-made extractions: idempotence, updates that replace an
 * article's claims, aggregates, entity resolution across articles and languages,
 * its safeguards, and recorded merges.
 */
import type { Graph } from '../../src/graph/driver.js';
import { clearData, testGraph } from '../support/graph.js';
import { docOf, fingerprint, relationLines, writeDocs } from '../support/graphHarness.js';

describe('graph writing', () => {
  let g: Graph;
  beforeAll(() => {
    g = testGraph();
  });
  beforeEach(() => clearData(g));
  afterAll(() => g.close());

  const attack = docOf({
    url: 'https://news.example/a1',
    published: '2024-01-28',
    text: 'Kataib Hezbollah, which Iran backs, attacked Tower 22 in Jordan.',
    entities: [
      { name: 'Kataib Hezbollah', type: 'ARMED_GROUP' },
      { name: 'Iran', type: 'COUNTRY', gazetteerId: 'country:IR' },
      { name: 'Tower 22', type: 'FACILITY' },
      { name: 'Jordan', type: 'COUNTRY', gazetteerId: 'country:JO' },
    ],
    relations: [
      ['Iran', 'BACKS', 'Kataib Hezbollah'],
      ['Kataib Hezbollah', 'ATTACKED', 'Tower 22'],
      ['Tower 22', 'LOCATED_IN', 'Jordan'],
    ],
  });

  it('writes typed relationships with aggregates and claims that point at the sentence', async () => {
    const r = await writeDocs(g, [attack]);
    expect([...r.outcomes.values()]).toEqual(['new']);
    expect(await relationLines(g)).toEqual(['Iran —BACKS→ Kataib Hezbollah', 'Kataib Hezbollah —ATTACKED→ Tower 22', 'Tower 22 —LOCATED_IN→ Jordan']);
    const rel = await g.read(
      "MATCH (:Entity {name: 'Kataib Hezbollah'})-[r:ATTACKED]->(:Entity {name: 'Tower 22'}) RETURN r.claimCount AS c, r.articleCount AS a, r.firstSeen AS f, r.lastSeen AS l, r.maxConfidence AS m",
    );
    expect(rel.records[0]!.toObject()).toEqual({ c: 1, a: 1, f: '2024-01-28', l: '2024-01-28', m: 0.9 });
    const claim = await g.read(
      "MATCH (c:Claim {predicate: 'ATTACKED'})-[:IN]->(a:Article) RETURN c.sentence AS s, c.start AS start, c.end AS end, a.url AS url",
    );
    const c = claim.records[0]!.toObject();
    expect(c.url).toBe('https://news.example/a1');
    expect(attack.parsed.text.slice(c.start, c.end)).toBe(c.s);
  });

  it('re-writing an unchanged article changes nothing', async () => {
    await writeDocs(g, [attack]);
    const before = await fingerprint(g);
    const r = await writeDocs(g, [attack]);
    expect([...r.outcomes.values()]).toEqual(['unchanged']);
    expect(await fingerprint(g)).toEqual(before);
  });

  it('a changed article replaces its claims; a relationship left without claims disappears', async () => {
    await writeDocs(g, [attack]);
    const changed = docOf({
      url: 'https://news.example/a1',
      published: '2024-01-29',
      text: 'Kataib Hezbollah, which Iran backs, was blamed for the strike on Tower 22.',
      entities: [
        { name: 'Kataib Hezbollah', type: 'ARMED_GROUP' },
        { name: 'Iran', type: 'COUNTRY', gazetteerId: 'country:IR' },
        { name: 'Tower 22', type: 'FACILITY' },
      ],
      relations: [['Iran', 'BACKS', 'Kataib Hezbollah']],
    });
    const r = await writeDocs(g, [changed]);
    expect([...r.outcomes.values()]).toEqual(['updated']);
    expect(await relationLines(g)).toEqual(['Iran —BACKS→ Kataib Hezbollah']);
    const counts = await g.read('MATCH (a:Article) RETURN count(a) AS articles, COUNT { MATCH (c:Claim) RETURN c } AS claims');
    expect(counts.records[0]!.toObject()).toEqual({ articles: 1, claims: 1 });
    // Jordan is no longer mentioned anywhere: it does not linger as an orphan.
    const jordan = await g.read("MATCH (e:Entity {name: 'Jordan'}) RETURN count(e) AS c");
    expect(jordan.records[0]!.get('c')).toBe(0);
  });

  it('two articles supporting one relation give one relationship with claimCount 2 and articleCount 2', async () => {
    const second = docOf({
      url: 'https://news.example/a2',
      published: '2024-02-02',
      text: 'Officials said Kataib Hezbollah attacked Tower 22 with a drone.',
      entities: [
        { name: 'Kataib Hezbollah', type: 'ARMED_GROUP', aliases: ['كتائب حزب الله'] },
        { name: 'Tower 22', type: 'FACILITY' },
      ],
      relations: [['Kataib Hezbollah', 'ATTACKED', 'Tower 22']],
    });
    await writeDocs(g, [attack, second]);
    const r = await g.read('MATCH (s)-[r:ATTACKED]->(o) RETURN count(r) AS n, r.claimCount AS c, r.articleCount AS a, r.firstSeen AS f, r.lastSeen AS l');
    expect(r.records[0]!.toObject()).toEqual({ n: 1, c: 2, a: 2, f: '2024-01-28', l: '2024-02-02' });
    const ents = await g.read("MATCH (e:Entity {type: 'ARMED_GROUP'}) RETURN count(e) AS n, e.aliases AS aliases");
    expect(ents.records[0]!.get('n')).toBe(1);
    expect(ents.records[0]!.get('aliases')).toEqual(expect.arrayContaining(['Kataib Hezbollah', 'كتائب حزب الله']));
  });

  it('an Arabic-only name meets its English twin through an alias key across articles', async () => {
    const en = docOf({
      url: 'https://news.example/en',
      text: 'Harakat al-Nujaba vowed revenge.',
      entities: [{ name: 'Harakat al-Nujaba', type: 'ARMED_GROUP', aliases: ['حركة النجباء'] }],
    });
    const ar = docOf({
      url: 'https://news.example/ar',
      text: 'توعدت حركة النجباء بالرد.',
      entities: [{ name: 'حركة النجباء', type: 'ARMED_GROUP' }],
    });
    await writeDocs(g, [en]);
    await writeDocs(g, [ar]);
    const r = await g.read("MATCH (e:Entity {type: 'ARMED_GROUP'}) RETURN e.name AS name, COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles");
    expect(r.records.map((x) => x.toObject())).toEqual([{ name: 'Harakat al-Nujaba', articles: 2 }]);
  });

  it('the English and Arabic spellings of one person meet through the transliteration key, and the merge is recorded', async () => {
    const en = docOf({ url: 'https://news.example/p1', text: 'General Kenneth McKenzie spoke.', entities: [{ name: 'Kenneth McKenzie', type: 'PERSON' }] });
    const ar = docOf({ url: 'https://news.example/p2', text: 'قال الجنرال كينيث ماكنزي.', entities: [{ name: 'كينيث ماكنزي', type: 'PERSON' }] });
    await writeDocs(g, [en]);
    const r = await writeDocs(g, [ar]);
    expect(r.merges).toHaveLength(1);
    expect(r.merges[0]).toMatchObject({ rule: 'transliteration', incomingName: 'كينيث ماكنزي', intoName: 'Kenneth McKenzie' });
    const people = await g.read("MATCH (e:Entity {type: 'PERSON'}) RETURN e.name AS name, e.aliases AS aliases");
    expect(people.records).toHaveLength(1);
    expect(people.records[0]!.get('aliases')).toEqual(expect.arrayContaining(['Kenneth McKenzie', 'كينيث ماكنزي']));
    const rec = await g.read('MATCH (m:MergeRecord)-[:INTO]->(e:Entity) RETURN m.rule AS rule, m.key AS key, e.name AS into');
    expect(rec.records[0]!.toObject()).toMatchObject({ rule: 'transliteration', into: 'Kenneth McKenzie' });
  });

  it('does not merge different people who share a surname', async () => {
    const a = docOf({ url: 'https://news.example/s1', text: 'Pat Ryder briefed reporters.', entities: [{ name: 'Pat Ryder', type: 'PERSON', aliases: ['Ryder'] }] });
    const b = docOf({ url: 'https://news.example/s2', text: 'Winona Ryder starred.', entities: [{ name: 'Winona Ryder', type: 'PERSON', aliases: ['Ryder'] }] });
    await writeDocs(g, [a, b]);
    const r = await g.read("MATCH (e:Entity {type: 'PERSON'}) RETURN e.name AS name ORDER BY name");
    expect(r.records.map((x) => x.get('name'))).toEqual(['Pat Ryder', 'Winona Ryder']);
  });

  it('does not merge entities of different types that share a name', async () => {
    const a = docOf({ url: 'https://news.example/t1', text: 'Jordan condemned it.', entities: [{ name: 'Jordan', type: 'COUNTRY' }] });
    const b = docOf({ url: 'https://news.example/t2', text: 'Michael Jordan and Jordan.', entities: [{ name: 'Jordan', type: 'LOCATION' }] });
    await writeDocs(g, [a, b]);
    const r = await g.read("MATCH (e:Entity {name: 'Jordan'}) RETURN e.type AS t ORDER BY t");
    expect(r.records.map((x) => x.get('t'))).toEqual(['COUNTRY', 'LOCATION']);
  });

  it('statements keep their speaker, or an anonymous description, and the article', async () => {
    const d = docOf({
      url: 'https://news.example/st',
      text: 'John Kirby said the attacks must stop. A U.S. defense official said more strikes were planned.',
      entities: [{ name: 'John Kirby', type: 'PERSON' }],
      statements: [
        { speaker: 'John Kirby', text: 'the attacks must stop' },
        { speaker: null, text: 'more strikes were planned', description: 'U.S. defense official' },
      ],
    });
    await writeDocs(g, [d]);
    const named = await g.read("MATCH (:Entity {name: 'John Kirby'})-[:SAID]->(s:Statement)-[:IN]->(a:Article) RETURN s.text AS text, a.url AS url");
    expect(named.records[0]!.toObject()).toEqual({ text: 'the attacks must stop', url: 'https://news.example/st' });
    const anon = await g.read('MATCH (s:Statement) WHERE NOT (s)<-[:SAID]-() RETURN s.speakerDescription AS d');
    expect(anon.records[0]!.get('d')).toBe('U.S. defense official');
  });

  it('a batch that repeats an article writes it once', async () => {
    const r = await writeDocs(g, [attack, attack]);
    expect(r.outcomes.size).toBe(1);
    const n = await g.read('MATCH (a:Article) RETURN count(a) AS c');
    expect(n.records[0]!.get('c')).toBe(1);
  });
});
