/**
 * Protection: depth, complexity, alias and batch limits; page sizes; strict Date;
 * errors with stable codes and no internals (no stack traces outside development,
 * unknown errors never leak); introspection configurable.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Graph } from '../../../src/graph/driver.js';
import type { RunningApiServer } from '../../../src/api/server.js';
import { clearData, testGraph } from '../../support/graph.js';
import { codes, gql, ingestSamples, startTestServer } from '../../support/api.js';

let graph: Graph;
let server: RunningApiServer;

beforeAll(async () => {
  graph = testGraph();
  await clearData(graph);
  await ingestSamples(graph);
  server = await startTestServer(graph, { development: false, introspection: false });
});

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

/** A query nesting Entity.relations → object `levels` times. */
const nested = (levels: number, first = 1) => {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `name relations(first: ${first}) { edges { node { object { ${inner} } } } }`;
  return `{ entity(id: "gz:country:IR") { ${inner} } }`;
};

describe('limits', () => {
  test('too deep → refused before any database work', async () => {
    const before = graph.queryCount;
    const r = await gql(server, nested(6));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/nested too deeply/);
    expect(r.errors![0]!.extensions!.limit).toBe('depth');
    expect(graph.queryCount).toBe(before);
    expect((await gql(server, nested(3))).errors).toBeUndefined();
  });

  test('too complex → refused before any database work', async () => {
    const before = graph.queryCount;
    const r = await gql(server, `{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { evidence(first: 100) { edges { node { sentence } } } } } } } } } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/too complex/);
    expect(graph.queryCount).toBe(before);
  });

  test('too many aliases → refused', async () => {
    const q = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "gz:country:IR") { id }`).join(' ')} }`;
    const r = await gql(server, q);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/too many aliases/);
  });

  test('batched operations: allowed up to the limit, refused above', async () => {
    const op = { query: '{ entities(first: 1) { totalCount } }' };
    const ok = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([op, op]) });
    const okBody = (await ok.json()) as unknown[];
    expect(okBody).toHaveLength(2);
    const tooMany = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array(6).fill(op)) });
    expect(tooMany.status).toBe(400);
    const body = (await tooMany.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('first over 100 → BAD_USER_INPUT, no data', async () => {
    const r = await gql(server, `{ statements(first: 1000) { totalCount } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/between 0 and 100/);
  });
});

describe('inputs', () => {
  test('Date is strict: shape and calendar', async () => {
    for (const bad of ['2024-2-1', '2024-02-30', '2024-02-01T00:00:00Z', '01/02/2024', '']) {
      const r = await gql(server, `query($d: Date) { articles(filter: {publishedFrom: $d}) { totalCount } }`, { d: bad });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.message).toMatch(/YYYY-MM-DD/);
    }
    const lit = await gql(server, `{ articles(filter: {publishedFrom: 20240101}) { totalCount } }`);
    expect(codes(lit)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const ok = await gql(server, `query($d: Date) { articles(filter: {publishedFrom: $d}) { totalCount } }`, { d: '2024-02-29' });
    expect(ok.errors).toBeUndefined();
  });

  test('injection attempts are just values', async () => {
    const evil = `x"}) MATCH (n) DETACH DELETE n //`;
    const before = (await graph.read('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n');
    for (const q of [
      `query($v: ID!) { entity(id: $v) { id } }`,
      `query($v: String) { entities(filter: {nameContains: $v}) { totalCount } }`,
      `query($v: String) { entities(search: $v) { totalCount } }`,
      `query($v: String) { statements(filter: {contains: $v}) { totalCount } }`,
      `query($v: String) { articles(filter: {source: $v}) { totalCount } }`,
    ]) {
      const r = await gql(server, q, { v: evil });
      expect(codes(r).every((c) => c === 'NOT_FOUND')).toBe(true);
    }
    expect((await graph.read('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n')).toBe(before);
  });

  test('unknown fields and syntax errors keep Apollo codes', async () => {
    expect(codes(await gql(server, `{ entity(id: "x") { nope } }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await gql(server, `{ entity(`))).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});

describe('errors and introspection', () => {
  test('no stack traces outside development mode', async () => {
    const r = await gql(server, `{ entity(id: "nope") { id } }`);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.js/);
  });

  test('stack traces in development mode', async () => {
    const dev = await startTestServer(graph, { development: true });
    try {
      const r = await gql(dev, `{ entity(id: "nope") { id } }`);
      expect(r.errors![0]!.extensions!.stacktrace).toBeDefined();
    } finally {
      await dev.close();
    }
  });

  test('an unknown error never leaks: INTERNAL_SERVER_ERROR with a generic message', async () => {
    const r = await gql(server, `{ entity(id: "gz:country:IR") { id } }`);
    expect(r.errors).toBeUndefined();
    // Break the database call in a way nobody planned for.
    const driver = graph.driver as { session: typeof graph.driver.session };
    const original = driver.session;
    driver.session = (() => ({
      run: async () => {
        throw new Error('secret internals: password=hunter2 at /srv/app.js:12');
      },
      close: async () => {},
    })) as unknown as typeof graph.driver.session;
    try {
      const bad = await gql(server, `{ entity(id: "gz:country:IR") { id } }`);
      expect(codes(bad)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(bad.errors![0]!.message).toBe('Internal server error');
      expect(JSON.stringify(bad)).not.toMatch(/hunter2|secret|app\.js/);
    } finally {
      driver.session = original;
    }
  });

  test('introspection off when configured; on in development by default', async () => {
    const r = await gql(server, `{ __schema { queryType { name } } }`);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const dev = await startTestServer(graph, { development: true, introspection: true });
    try {
      const ok = await gql(dev, `{ __schema { queryType { name } } }`);
      expect(ok.data!.__schema.queryType.name).toBe('Query');
    } finally {
      await dev.close();
    }
  });
});
