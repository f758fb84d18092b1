/**
 * Mutations over HTTP: refused without a configured token (with how to enable them),
 * refused with a wrong or missing token, and ingestArticle / mergeEntities / addAlias
 * doing what the CLI does.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Graph } from '../../../src/graph/driver.js';
import type { RunningApiServer } from '../../../src/api/server.js';
import { clearData, testGraph } from '../../support/graph.js';
import { codes, gql, ingestSamples, startTestServer, type Json } from '../../support/api.js';

const TOKEN = 'test-token-0123456789';
let graph: Graph;
let open: RunningApiServer;
let locked: RunningApiServer;

beforeAll(async () => {
  graph = testGraph();
  await clearData(graph);
  await ingestSamples(graph);
  open = await startTestServer(graph, { token: TOKEN });
  locked = await startTestServer(graph, { token: null });
});

afterAll(async () => {
  await open?.close();
  await locked?.close();
  await graph?.close();
});

const ALIAS = `mutation($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias) { id aliases } }`;

describe('auth', () => {
  test('no token configured: refused, saying how to enable mutations; nothing written', async () => {
    const r = await gql(locked, ALIAS, { id: 'gz:country:IR', alias: 'Persia' }, { token: TOKEN });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.errors![0]!.message).toMatch(/NEWSGRAPH_API_TOKEN/);
    expect(r.data).toBeNull();
    const e = await gql(open, `{ entity(id: "gz:country:IR") { aliases } }`);
    expect(e.data!.entity.aliases).not.toContain('Persia');
  });

  test('wrong or missing token: UNAUTHENTICATED', async () => {
    expect(codes(await gql(open, ALIAS, { id: 'gz:country:IR', alias: 'Persia' }, { token: 'wrong' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(open, ALIAS, { id: 'gz:country:IR', alias: 'Persia' }))).toEqual(['UNAUTHENTICATED']);
  });

  test('queries need no token', async () => {
    const r = await gql(locked, `{ entities(first: 1) { totalCount } }`);
    expect(r.errors).toBeUndefined();
  });
});

describe('mutations', () => {
  test('ingestArticle runs the pipeline and returns the article with what was extracted', async () => {
    const text = [
      'Iran-backed militia attacks U.S. base in Syria',
      '',
      'DAMASCUS, March 3, 2024 — An Iran-backed militia attacked the Al-Tanf Garrison on Sunday, the Pentagon said.',
      '',
      'Pentagon spokesman Pat Ryder said the attack caused no casualties.',
    ].join('\n');
    const q = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id title url source published language
      entities(first: 50) { totalCount edges { node { name type } } } relations { totalCount edges { node { predicate subject { name } object { name } } } }
      statements { totalCount edges { node { text } } } sections { kind } } } }`;
    const input = { text, url: 'https://example.test/api-ingest-1', source: 'API Test Wire', published: '2024-03-03' };
    const r = await gql(open, q, { input }, { token: TOKEN });
    expect(r.errors).toBeUndefined();
    const p = r.data!.ingestArticle;
    expect(p.outcome).toBe('NEW');
    expect(p.article).toMatchObject({ url: input.url, source: 'API Test Wire', published: '2024-03-03', language: 'EN' });
    expect(p.article.entities.edges.map((e: Json) => e.node.name)).toEqual(expect.arrayContaining(['Pentagon']));
    expect(p.article.sections.map((s: Json) => s.kind)).toContain('body');
    const again = await gql(open, q, { input }, { token: TOKEN });
    expect(again.data!.ingestArticle.outcome).toBe('UNCHANGED');
    expect(again.data!.ingestArticle.article.id).toBe(p.article.id);
    const changed = await gql(open, q, { input: { ...input, text: text + '\n\nThe militia threatened more attacks.' } }, { token: TOKEN });
    expect(changed.data!.ingestArticle.outcome).toBe('UPDATED');
    expect(changed.data!.ingestArticle.article.id).toBe(p.article.id);
    const listed = await gql(open, `{ articles(filter: {source: "API Test Wire"}) { totalCount } }`);
    expect(listed.data!.articles.totalCount).toBe(1);
  });

  test('ingestArticle input is validated', async () => {
    const q = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome } }`;
    expect(codes(await gql(open, q, { input: { text: '   ' } }, { token: TOKEN }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(open, q, { input: { text: 'x', published: '2024-13-01' } }, { token: TOKEN }))).toEqual(['BAD_USER_INPUT']);
  });

  test('addAlias: the alias is stored and found by search', async () => {
    const r = await gql(open, ALIAS, { id: 'gz:country:IR', alias: 'Islamic Republic Xanadu' }, { token: TOKEN });
    expect(r.errors).toBeUndefined();
    expect(r.data!.addAlias).toMatchObject({ id: 'gz:country:IR', aliases: expect.arrayContaining(['Islamic Republic Xanadu']) });
    const s = await gql(open, `{ entities(search: "Xanadu") { edges { node { id } } } }`);
    expect(s.data!.entities.edges.map((e: Json) => e.node.id)).toContain('gz:country:IR');
    expect(codes(await gql(open, ALIAS, { id: 'nope', alias: 'x' }, { token: TOKEN }))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(open, ALIAS, { id: 'gz:country:IR', alias: '  ' }, { token: TOKEN }))).toEqual(['BAD_USER_INPUT']);
  });

  test('mergeEntities: everything moves to `into`, `from` disappears', async () => {
    const ents = await gql(open, `{ entities(filter: {type: ARMED_GROUP}, first: 100) { edges { node { id name articleCount relations { totalCount } } } } }`);
    const groups = ents.data!.entities.edges.map((e: Json) => e.node);
    const into = groups.find((g: Json) => g.name === 'Kataib Hezbollah')!;
    const from = groups.find((g: Json) => g.name === 'Harakat al-Nujaba')!;
    const M = `mutation($into: ID!, $from: ID!) { mergeEntities(into: $into, from: $from) { id name aliases articleCount relations(first: 100) { edges { node { predicate subject { id } object { id } } } } } }`;
    const r = await gql(open, M, { into: into.id, from: from.id }, { token: TOKEN });
    expect(r.errors).toBeUndefined();
    const merged = r.data!.mergeEntities;
    expect(merged.id).toBe(into.id);
    expect(merged.aliases).toContain('Harakat al-Nujaba');
    expect(merged.articleCount).toBeGreaterThanOrEqual(into.articleCount);
    for (const e of merged.relations.edges) expect([e.node.subject.id, e.node.object.id]).toContain(into.id);
    const gone = await gql(open, `query($id: ID!) { entity(id: $id) { id } }`, { id: from.id });
    expect(codes(gone)).toEqual(['NOT_FOUND']);
    // Types must match; an entity cannot be merged into itself.
    const country = (await gql(open, `{ entities(filter: {type: COUNTRY}, first: 1) { edges { node { id } } } }`)).data!.entities.edges[0].node.id;
    expect(codes(await gql(open, M, { into: into.id, from: country }, { token: TOKEN }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(open, M, { into: into.id, from: into.id }, { token: TOKEN }))).toEqual(['BAD_USER_INPUT']);
  });
});
