/**
 * Every query of the API against the sample articles, over real HTTP: entity, entities
 * (filters, search in both scripts, order, paging), relations, path, articles, article,
 * statements; and the round-trip counts the compiler promises.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Graph } from '../../../src/graph/driver.js';
import type { RunningApiServer } from '../../../src/api/server.js';
import { compileStats } from '../../../src/api/compiler/index.js';
import { clearData, testGraph } from '../../support/graph.js';
import { codes, gql, ingestSamples, startTestServer, type Json } from '../../support/api.js';

let graph: Graph;
let server: RunningApiServer;
const BLINKEN = 'gz:person:antony-blinken';
const IRAN = 'gz:country:IR';
let BAGHDAD: string;

beforeAll(async () => {
  graph = testGraph();
  await clearData(graph);
  await ingestSamples(graph);
  server = await startTestServer(graph);
  BAGHDAD = (await graph.read(`MATCH (e:Entity {name: 'Baghdad'}) RETURN e.id AS id`)).records[0]!.get('id');
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

/** Round trips to Neo4j while `fn` runs. */
async function roundTrips(fn: () => Promise<unknown>): Promise<number> {
  const before = graph.queryCount;
  await fn();
  return graph.queryCount - before;
}

describe('entity and entities', () => {
  test('entity(id) with names, aliases and counts', async () => {
    const r = await gql(server, `{ entity(id: "${BLINKEN}") { id name type names { language name } aliases nominal mentionCount articleCount } }`);
    expect(r.errors).toBeUndefined();
    const e = r.data!.entity;
    expect(e).toMatchObject({ id: BLINKEN, name: 'Antony Blinken', type: 'PERSON', nominal: false });
    expect(e.names).toEqual(expect.arrayContaining([{ language: 'EN', name: 'Antony Blinken' }, { language: 'AR', name: expect.stringContaining('بلينكن') }]));
    expect(e.aliases.length).toBeGreaterThan(0);
    expect(e.mentionCount).toBeGreaterThanOrEqual(e.articleCount);
    expect(e.articleCount).toBeGreaterThanOrEqual(2);
    const ar = await gql(server, `{ entity(id: "${BLINKEN}") { names(language: AR) { language name } } }`);
    expect(ar.data!.entity.names).toEqual([{ language: 'AR', name: expect.stringContaining('بلينكن') }]);
  });

  test('entity(id) that does not exist → null with NOT_FOUND', async () => {
    const r = await gql(server, `{ entity(id: "nope") { id } }`);
    expect(r.data!.entity).toBeNull();
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  test('search finds Antony Blinken in both scripts', async () => {
    for (const q of ['Blinken', 'بلينكن', 'blinken', 'أنتوني بلينكن']) {
      const r = await gql(server, `query($q: String!) { entities(search: $q, first: 5) { totalCount edges { node { id name } } } }`, { q });
      expect(r.errors).toBeUndefined();
      expect(r.data!.entities.edges.map((e: Json) => e.node.id)).toContain(BLINKEN);
      expect(r.data!.entities.edges[0].node.id).toBe(BLINKEN);
    }
  });

  test('search text is data, not Lucene syntax', async () => {
    const r = await gql(server, `{ entities(search: "Blinken) OR (*:* AND \\"x", first: 5) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    const empty = await gql(server, `{ entities(search: "  ()  ", first: 5) { totalCount } }`);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
  });

  test('filters: type, nameContains, language; orders', async () => {
    const r = await gql(server, `{ entities(filter: {type: FACILITY}, orderBy: NAME_ASC, first: 100) { totalCount edges { node { name type } } } }`);
    const names = r.data!.entities.edges.map((e: Json) => e.node.name);
    expect(r.data!.entities.edges.every((e: Json) => e.node.type === 'FACILITY')).toBe(true);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toContain('Al-Asad Air Base');
    const c = await gql(server, `{ entities(filter: {nameContains: "hezbollah"}) { edges { node { name } } } }`);
    expect(c.data!.entities.edges.map((e: Json) => e.node.name)).toEqual(expect.arrayContaining(['Hezbollah', 'Kataib Hezbollah']));
    const en = await gql(server, `{ en: entities(filter: {language: EN}) { totalCount } ar: entities(filter: {language: AR}) { totalCount } all: entities { totalCount } }`);
    expect(en.data!.en.totalCount).toBeGreaterThan(0);
    expect(en.data!.ar.totalCount).toBeGreaterThan(0);
    expect(en.data!.all.totalCount).toBeGreaterThanOrEqual(Math.max(en.data!.en.totalCount, en.data!.ar.totalCount));
    const byMentions = await gql(server, `{ entities(first: 5) { edges { node { articleCount } } } }`);
    const counts = byMentions.data!.entities.edges.map((e: Json) => e.node.articleCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    const relevance = await gql(server, `{ entities(orderBy: RELEVANCE) { totalCount } }`);
    expect(codes(relevance)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('pagination', () => {
  test('first/after walk the whole list once, in order; last page has hasNextPage false', async () => {
    const all = await gql(server, `{ entities(orderBy: NAME_ASC, first: 100) { totalCount edges { node { id } } } }`);
    const total = all.data!.entities.totalCount;
    expect(total).toBe(all.data!.entities.edges.length);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: Json = await gql(server, `query($after: String) { entities(orderBy: NAME_ASC, first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`, { after });
      const c = r.data!.entities;
      expect(c.totalCount).toBe(total);
      expect(c.pageInfo.hasPreviousPage).toBe(pages > 0);
      if (c.edges.length) {
        expect(c.pageInfo.startCursor).toBe(c.edges[0].cursor);
        expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
      }
      seen.push(...c.edges.map((e: Json) => e.node.id));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(total / 7));
    expect(seen).toEqual(all.data!.entities.edges.map((e: Json) => e.node.id));
  });

  test('an exact last page: hasNextPage false; after the last cursor: empty', async () => {
    const all = await gql(server, `{ articles(first: 100) { totalCount edges { cursor } } }`);
    const n = all.data!.articles.totalCount;
    const exact = await gql(server, `{ articles(first: ${n}) { pageInfo { hasNextPage endCursor } edges { cursor } } }`);
    expect(exact.data!.articles.pageInfo.hasNextPage).toBe(false);
    const beyond = await gql(server, `query($a: String) { articles(first: 5, after: $a) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`, { a: exact.data!.articles.pageInfo.endCursor });
    expect(beyond.data!.articles).toEqual({ pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null }, edges: [] });
    const one = await gql(server, `{ articles(first: ${n - 1}) { pageInfo { hasNextPage } } }`);
    expect(one.data!.articles.pageInfo.hasNextPage).toBe(true);
    const zero = await gql(server, `{ articles(first: 0) { totalCount pageInfo { hasNextPage } edges { cursor } } }`);
    expect(zero.data!.articles).toEqual({ totalCount: n, pageInfo: { hasNextPage: true }, edges: [] });
  });

  test('nested lists page on their own: evidence one claim at a time', async () => {
    const q = `query($after: String) { entity(id: "${BLINKEN}") { relations(direction: OUTGOING, predicate: VISITED, first: 20) { edges { node { object { id }
      evidence(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { sentence } } } } } } } }`;
    const pick = (r: Json) => r.data.entity.relations.edges.find((e: Json) => e.node.object.id === BAGHDAD).node.evidence;
    const first = pick(await gql(server, q, { after: null }));
    expect(first.totalCount).toBeGreaterThan(1);
    const sentences = [first.edges[0].node.sentence];
    let page = first;
    while (page.pageInfo.hasNextPage) {
      page = pick(await gql(server, q, { after: page.pageInfo.endCursor }));
      expect(page.edges).toHaveLength(1);
      sentences.push(page.edges[0].node.sentence);
    }
    expect(sentences).toHaveLength(first.totalCount);
    const all = pick(await gql(server, q.replace('first: 1,', 'first: 50,'), { after: null }));
    expect(all.edges.map((e: Json) => e.node.sentence)).toEqual(sentences);
  });

  test('first above 100 or negative, a cursor of another list, a made-up cursor → BAD_USER_INPUT', async () => {
    expect(codes(await gql(server, `{ entities(first: 101) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server, `{ entities(first: -1) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    const rel = await gql(server, `{ relations(first: 1) { pageInfo { endCursor } } }`);
    const other = await gql(server, `query($a: String) { entities(after: $a) { totalCount } }`, { a: rel.data!.relations.pageInfo.endCursor });
    expect(codes(other)).toEqual(['BAD_USER_INPUT']);
    expect(other.errors![0]!.message).toMatch(/another list/);
    expect(codes(await gql(server, `{ entities(after: "bm90IGEgY3Vyc29y") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('relations, evidence, neighbors, timeline', () => {
  test('Entity.relations by direction, predicate and other type, with evidence', async () => {
    const r = await gql(server, `{ entity(id: "${BLINKEN}") {
      out: relations(direction: OUTGOING, predicate: VISITED) { totalCount edges { node { predicate subject { id } object { name type } claimCount articleCount firstSeen lastSeen confidence
        evidence(first: 5) { totalCount edges { node { sentence start end confidence date rule article { id title language } } } } } } }
      inc: relations(direction: INCOMING) { edges { node { object { id } } } }
      places: relations(otherType: LOCATION) { edges { node { subject { type } object { type } } } } } }`);
    expect(r.errors).toBeUndefined();
    const visited = r.data!.entity.out.edges.map((e: Json) => e.node);
    const baghdad = visited.find((v: Json) => v.object.name === 'Baghdad');
    expect(baghdad).toMatchObject({ predicate: 'VISITED', subject: { id: BLINKEN }, object: { type: 'LOCATION' } });
    expect(baghdad.claimCount).toBe(baghdad.evidence.totalCount);
    expect(baghdad.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ev = baghdad.evidence.edges.map((e: Json) => e.node);
    expect(ev.some((e: Json) => /Blinken visited Baghdad/.test(e.sentence))).toBe(true);
    expect(new Set(ev.map((e: Json) => e.article.language))).toEqual(new Set(['EN', 'AR']));
    for (const e of ev) expect(e.end).toBeGreaterThan(e.start);
    expect(r.data!.entity.inc.edges.every((e: Json) => e.node.object.id === BLINKEN)).toBe(true);
    expect(r.data!.entity.places.edges.length).toBeGreaterThan(0);
    for (const e of r.data!.entity.places.edges) expect([e.node.subject.type, e.node.object.type]).toContain('LOCATION');
  });

  test('evidence agrees with cypher/queries/apiRelationEvidence.cypher', async () => {
    const rows = await graph.named('apiRelationEvidence', { subject: BLINKEN, predicate: 'VISITED', object: BAGHDAD });
    const api = await gql(server, `{ entity(id: "${BLINKEN}") { relations(direction: OUTGOING, predicate: VISITED, first: 100) { edges { node { object { id } evidence(first: 100) { edges { node { sentence } } } } } } } }`);
    const baghdad = api.data!.entity.relations.edges.find((e: Json) => e.node.object.id === BAGHDAD);
    expect(rows.records.length).toBeGreaterThan(1);
    expect(baghdad.node.evidence.edges.map((e: Json) => e.node.sentence)).toEqual(rows.records.map((x) => x.get('sentence')));
  });

  test('neighbors by depth (1–3) and predicates; depth 4 refused', async () => {
    const r = await gql(server, `{ entity(id: "${IRAN}") { d1: neighbors(depth: 1, first: 100) { totalCount edges { distance node { id } } } d2: neighbors(depth: 2, first: 100) { totalCount edges { distance } } backs: neighbors(predicates: [BACKS], first: 100) { edges { node { type } } } } }`);
    expect(r.errors).toBeUndefined();
    const e = r.data!.entity;
    expect(e.d1.edges.every((x: Json) => x.distance === 1)).toBe(true);
    expect(e.d2.totalCount).toBeGreaterThan(e.d1.totalCount);
    expect(e.d2.edges.map((x: Json) => x.distance)).toEqual([...e.d2.edges.map((x: Json) => x.distance)].sort());
    expect(e.backs.edges.length).toBeGreaterThan(0);
    const direct = await graph.read(`MATCH (:Entity {id: $id})-[r]-(o:Entity) RETURN count(DISTINCT o) AS n`, { id: IRAN });
    expect(e.d1.totalCount).toBe(direct.records[0]!.get('n'));
    expect(codes(await gql(server, `{ entity(id: "${IRAN}") { neighbors(depth: 4) { totalCount } } }`))).toEqual(['BAD_USER_INPUT']);
  });

  test('timeline: claims and statements, oldest first, date-filtered', async () => {
    const r = await gql(server, `{ entity(id: "${BLINKEN}") { timeline(first: 100) { totalCount edges { node { date kind predicate other { name } sentence article { id } } } } late: timeline(from: "2023-11-06") { totalCount } } }`);
    const t = r.data!.entity.timeline.edges.map((e: Json) => e.node);
    expect(t.length).toBe(r.data!.entity.timeline.totalCount);
    expect(new Set(t.map((x: Json) => x.kind))).toEqual(new Set(['CLAIM', 'STATEMENT']));
    const dates = t.map((x: Json) => x.date);
    expect(dates).toEqual([...dates].sort());
    for (const x of t) {
      if (x.kind === 'STATEMENT') expect(x).toMatchObject({ predicate: null, other: null });
      else expect(x.other.name).toBeTruthy();
    }
    expect(r.data!.entity.late.totalCount).toBe(t.filter((x: Json) => x.date >= '2023-11-06').length);
    expect(codes(await gql(server, `{ entity(id: "${BLINKEN}") { timeline(from: "2024-02-30") { totalCount } } }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test('relations(filter) across the graph', async () => {
    const r = await gql(server, `{ relations(filter: {predicate: ATTACKED, objectType: FACILITY, minConfidence: 0.5}, first: 100) { totalCount edges { node { predicate confidence object { type } } } } }`);
    expect(r.data!.relations.totalCount).toBeGreaterThan(0);
    for (const e of r.data!.relations.edges) expect(e.node).toMatchObject({ predicate: 'ATTACKED', object: { type: 'FACILITY' } });
    for (const e of r.data!.relations.edges) expect(e.node.confidence).toBeGreaterThanOrEqual(0.5);
    const cnt = await graph.read(`MATCH (:Entity)-[r:ATTACKED]->(o:Entity {type: 'FACILITY'}) WHERE r.maxConfidence >= 0.5 RETURN count(r) AS n`);
    expect(r.data!.relations.totalCount).toBe(cnt.records[0]!.get('n'));
    const dated = await gql(server, `{ all: relations { totalCount } since: relations(filter: {since: "2024-01-01"}) { totalCount edges { node { lastSeen } } } until: relations(filter: {until: "2023-12-31"}) { totalCount edges { node { firstSeen } } } }`);
    expect(dated.data!.since.totalCount + dated.data!.until.totalCount).toBeGreaterThanOrEqual(dated.data!.all.totalCount);
    expect(dated.data!.since.edges.length).toBeGreaterThan(0);
    expect(dated.data!.until.edges.length).toBeGreaterThan(0);
    for (const e of dated.data!.since.edges) expect(e.node.lastSeen >= '2024-01-01').toBe(true);
    for (const e of dated.data!.until.edges) expect(e.node.firstSeen <= '2023-12-31').toBe(true);
    const types = await gql(server, `{ relations(filter: {subjectType: COUNTRY, predicate: BACKS}, first: 100) { edges { node { subject { type } } } } }`);
    expect(types.data!.relations.edges.length).toBeGreaterThan(0);
    for (const e of types.data!.relations.edges) expect(e.node.subject.type).toBe('COUNTRY');
  });

  test('which entities BACK something that ATTACKED a FACILITY, with the evidence sentences', async () => {
    // The API's answer: BACKS relations whose object has an ATTACKED relation to a FACILITY.
    // Page sizes keep the estimated cost under the complexity limit (50 × 20 × 5 items).
    const r = await gql(server, `{ relations(filter: {predicate: BACKS}, first: 50) { totalCount edges { node {
        subject { name } object { name relations(direction: OUTGOING, predicate: ATTACKED, otherType: FACILITY, first: 20) { edges { node { object { name }
          evidence(first: 5) { edges { node { sentence article { title } } } } } } } }
        evidence(first: 5) { edges { node { sentence } } } } } } }`);
    expect(r.data!.relations.totalCount).toBeLessThanOrEqual(50);
    expect(r.errors).toBeUndefined();
    const answer = r.data!.relations.edges.flatMap((b: Json) =>
      b.node.object.relations.edges.map((a: Json) => ({
        backer: b.node.subject.name,
        group: b.node.object.name,
        facility: a.node.object.name,
        backsEvidence: b.node.evidence.edges.map((e: Json) => e.node.sentence),
        attackEvidence: a.node.evidence.edges.map((e: Json) => e.node.sentence),
      })),
    );
    // What the graph holds, straight from Cypher (cypher/queries/backersOfAttackersOnFacilities.cypher).
    const rows = (await graph.named('backersOfAttackersOnFacilities', { limit: 100 })).records.map((x) => x.toObject());
    const key = (x: Json) => `${x.backer}|${x.group}|${x.facility}`;
    expect(answer.map(key).sort()).toEqual(rows.map(key).sort());
    // On the samples: Iran backs the Islamic Resistance in Iraq, which attacked Al-Asad Air Base.
    const iri = answer.find((a: Json) => a.backer === 'Iran' && a.group === 'Islamic Resistance in Iraq' && a.facility === 'Al-Asad Air Base');
    expect(iri).toBeDefined();
    expect(iri.attackEvidence.some((s: string) => /Ain al-Asad|عين الأسد/.test(s))).toBe(true);
    expect(iri.backsEvidence.length).toBeGreaterThan(0);
    for (const a of answer) {
      expect(a.backsEvidence.length).toBeGreaterThan(0);
      expect(a.attackEvidence.length).toBeGreaterThan(0);
    }
  });
});

describe('path', () => {
  test('shortest paths with relations and evidence', async () => {
    const r = await gql(server, `{ path(from: "${IRAN}", to: "gz:facility:al-asad", maxHops: 3) { totalCount edges { node { length entities { id name } relations { predicate subject { id } object { id } evidence(first: 1) { edges { node { sentence } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const paths = r.data!.path.edges.map((e: Json) => e.node);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.entities[0].id).toBe(IRAN);
      expect(p.entities[p.entities.length - 1].id).toBe('gz:facility:al-asad');
      expect(p.relations.length).toBe(p.length);
      p.relations.forEach((rel: Json, i: number) => {
        expect([rel.subject.id, rel.object.id].sort()).toEqual([p.entities[i].id, p.entities[i + 1].id].sort());
        expect(rel.evidence.edges.length).toBe(1);
      });
    }
    expect(paths[0].length).toBe(2);
  });

  test('predicates restrict, maxHops bounds; bad arguments refused', async () => {
    const none = await gql(server, `{ path(from: "${IRAN}", to: "gz:facility:al-asad", predicates: [VISITED]) { totalCount } }`);
    expect(none.data!.path.totalCount).toBe(0);
    const short = await gql(server, `{ path(from: "${IRAN}", to: "gz:facility:al-asad", maxHops: 1) { totalCount } }`);
    expect(short.data!.path.totalCount).toBe(0);
    expect(codes(await gql(server, `{ path(from: "${IRAN}", to: "${BLINKEN}", maxHops: 5) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server, `{ path(from: "${IRAN}", to: "${IRAN}") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('articles, article, statements', () => {
  test('articles(filter) by language, source, dates and mentions', async () => {
    const all = await gql(server, `{ articles(first: 100) { totalCount edges { node { id language source published } } } }`);
    const list = all.data!.articles.edges.map((e: Json) => e.node);
    const ar = await gql(server, `{ articles(filter: {language: AR}, first: 100) { totalCount } }`);
    expect(ar.data!.articles.totalCount).toBe(list.filter((a: Json) => a.language === 'AR').length);
    const src = list.find((a: Json) => a.source)!.source;
    const bySource = await gql(server, `query($s: String) { articles(filter: {source: $s}, first: 100) { edges { node { source } } } }`, { s: src });
    for (const e of bySource.data!.articles.edges) expect(e.node.source).toBe(src);
    const dated = await gql(server, `{ articles(filter: {publishedFrom: "2024-01-01", publishedTo: "2024-02-29"}, first: 100) { edges { node { published } } } }`);
    expect(dated.data!.articles.edges.length).toBeGreaterThan(0);
    for (const e of dated.data!.articles.edges) expect(e.node.published >= '2024-01-01' && e.node.published <= '2024-02-29').toBe(true);
    const mentions = await gql(server, `{ articles(filter: {mentions: "${BLINKEN}"}) { totalCount } entity(id: "${BLINKEN}") { articleCount articles { totalCount } } }`);
    expect(mentions.data!.articles.totalCount).toBe(mentions.data!.entity.articleCount);
    expect(mentions.data!.entity.articles.totalCount).toBe(mentions.data!.entity.articleCount);
    const published = list.map((a: Json) => a.published ?? '');
    expect(published).toEqual([...published].sort().reverse());
  });

  test('article(id): sections, posts, tags, entities, relations, statements', async () => {
    const pick = await gql(server, `{ articles(filter: {language: EN}, first: 100) { edges { node { id title posts { handle } } } } }`);
    const withPost = pick.data!.articles.edges.map((e: Json) => e.node).find((a: Json) => a.posts.length > 0);
    const r = await gql(server, `query($id: ID!) { article(id: $id) { id url title source published language ingestedAt tags relatedHeadlines
      posts { id handle author date text } sections { kind text language isContent start end } partOf { id } parts { id title partOf { id } }
      entities(first: 3) { totalCount edges { count forms node { name } } }
      relations { totalCount edges { node { predicate subject { name } object { name } } } }
      statements { totalCount edges { node { text article { id } } } } } }`, { id: withPost.id });
    expect(r.errors).toBeUndefined();
    const a = r.data!.article;
    expect(a.title).toBe(withPost.title);
    expect(a.tags.length).toBeGreaterThan(0);
    expect(a.posts[0]).toMatchObject({ handle: expect.stringMatching(/^@/), text: expect.any(String) });
    const kinds = a.sections.map((s: Json) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['title', 'body', 'post', 'tags']));
    expect(a.sections.find((s: Json) => s.kind === 'title').text).toBe(a.title);
    expect(a.entities.edges[0].count).toBeGreaterThanOrEqual(a.entities.edges[1].count);
    expect(a.entities.edges[0].forms.length).toBeGreaterThan(0);
    expect(a.relations.totalCount).toBeGreaterThan(0);
    for (const s of a.statements.edges) expect(s.node.article.id).toBe(a.id);
    const missing = await gql(server, `{ article(id: "art:none") { id } }`);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });

  test('read-also parts point to their page', async () => {
    const r = await gql(server, `{ articles(first: 100) { edges { node { id partOf { id parts { id } } } } } }`);
    const parts = r.data!.articles.edges.map((e: Json) => e.node).filter((a: Json) => a.partOf);
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) expect(p.partOf.parts.map((x: Json) => x.id)).toContain(p.id);
  });

  test('statements(filter) by speaker, text, language, date', async () => {
    const all = await gql(server, `{ statements(first: 100) { totalCount edges { node { id text language date speaker { id } speakerDescription mentions { totalCount } } } } }`);
    expect(all.data!.statements.totalCount).toBeGreaterThan(0);
    const bySpeaker = await gql(server, `{ statements(filter: {speaker: "${BLINKEN}"}, first: 100) { totalCount edges { node { speaker { id } } } } entity(id: "${BLINKEN}") { statements { totalCount } } }`);
    expect(bySpeaker.data!.statements.totalCount).toBe(bySpeaker.data!.entity.statements.totalCount);
    for (const e of bySpeaker.data!.statements.edges) expect(e.node.speaker.id).toBe(BLINKEN);
    const word = await gql(server, `{ statements(filter: {contains: "UNACCEPTABLE"}, first: 100) { edges { node { text } } } }`);
    expect(word.data!.statements.edges.length).toBeGreaterThan(0);
    for (const e of word.data!.statements.edges) expect(e.node.text.toLowerCase()).toContain('unacceptable');
    const ar = await gql(server, `{ statements(filter: {language: AR, since: "2024-01-01"}, first: 100) { edges { node { language date } } } }`);
    expect(ar.data!.statements.edges.length).toBeGreaterThan(0);
    for (const e of ar.data!.statements.edges) expect(e.node).toMatchObject({ language: 'AR' });
    for (const e of ar.data!.statements.edges) expect(e.node.date >= '2024-01-01').toBe(true);
    // Anonymous speakers keep their description ("U.S. defense official").
    const anonymous = all.data!.statements.edges.map((e: Json) => e.node).filter((s: Json) => !s.speaker);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.some((s: Json) => typeof s.speakerDescription === 'string' && s.speakerDescription.length > 0)).toBe(true);
  });
});

describe('one round trip per request', () => {
  test('a 3-level nested query costs 1 round trip', async () => {
    const q = `{ entity(id: "${IRAN}") { name relations(first: 10) { edges { node { predicate object { name statements(first: 3) { edges { node { text article { title } } } } }
      evidence(first: 5) { edges { node { sentence article { title entities(first: 3) { edges { node { name } } } } } } } } } } } }`;
    let body: Json;
    expect(await roundTrips(async () => (body = await gql(server, q)))).toBe(1);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity.relations.edges.length).toBeGreaterThan(0);
  });

  test('ten aliased entity(id:) root fields cost 1 round trip', async () => {
    const ids = (await graph.read(`MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT 10`)).records.map((r) => r.get('id') as string);
    const q = `{ ${ids.map((id, i) => `e${i}: entity(id: ${JSON.stringify(id)}) { id name relations(first: 2) { totalCount } }`).join(' ')} }`;
    let body: Json;
    expect(await roundTrips(async () => (body = await gql(server, q)))).toBe(1);
    expect(ids.map((_, i) => body.data[`e${i}`].id)).toEqual(ids);
  });

  test('several different root fields, fragments, @skip/@include: still 1 round trip', async () => {
    const q = `query($skip: Boolean!, $with: Boolean!) {
      ...Roots
      a: entities(search: "Blinken") { edges { node { ...E } } }
      rel: relations(first: 2) @skip(if: $skip) { totalCount }
      arts: articles(first: 2) @include(if: $with) { edges { node { title } } }
      statements(first: 1) { totalCount } }
      fragment Roots on Query { b: entity(id: "${IRAN}") { ...E ... on Entity { type } } }
      fragment E on Entity { id name aka: aliases }`;
    let body: Json;
    expect(await roundTrips(async () => (body = await gql(server, q, { skip: true, with: false })))).toBe(1);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data).sort()).toEqual(['a', 'b', 'statements']);
    expect(body.data.b).toMatchObject({ id: IRAN, name: 'Iran', type: 'COUNTRY', aka: expect.any(Array) });
    expect(await roundTrips(async () => (body = await gql(server, q, { skip: false, with: true })))).toBe(1);
    expect(Object.keys(body.data).sort()).toEqual(['a', 'arts', 'b', 'rel', 'statements']);
  });

  test('compiled text is cached per operation shape: new values, same text', async () => {
    const q = `query($id: ID!, $n: Int) { entity(id: $id) { name relations(first: $n) { totalCount edges { node { predicate } } } } }`;
    await gql(server, q, { id: IRAN, n: 2 });
    const misses = compileStats.misses;
    const hits = compileStats.hits;
    const r = await gql(server, q, { id: BLINKEN, n: 5 });
    expect(r.data!.entity.name).toBe('Antony Blinken');
    expect(r.data!.entity.relations.edges).toHaveLength(5);
    expect(compileStats.misses).toBe(misses);
    expect(compileStats.hits).toBe(hits + 1);
    // Another shape (an extra field) compiles anew.
    await gql(server, `query($id: ID!) { entity(id: $id) { name type } }`, { id: IRAN });
    expect(compileStats.misses).toBe(misses + 1);
  });

  test('the same field twice with different arguments, under aliases', async () => {
    const r = await gql(server, `{ entity(id: "${IRAN}") { x: relations(first: 1) { edges { node { predicate } } } y: relations(first: 3) { edges { cursor } } name: id id: name } }`);
    expect(r.data!.entity.x.edges.length).toBe(1);
    expect(r.data!.entity.y.edges.length).toBe(3);
    expect(r.data!.entity.name).toBe(IRAN);
    expect(r.data!.entity.id).toBe('Iran');
  });
});
