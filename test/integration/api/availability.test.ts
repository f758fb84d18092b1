/**
 * Neo4j down and back: requests fail fast with SERVICE_UNAVAILABLE while the server
 * stays up (/healthz 200, /readyz 503), and succeed again once Neo4j is reachable,
 * without a restart. Neo4j "goes down" behind a TCP proxy the test closes and reopens.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, Socket, type Server } from 'node:net';
import { loadConfig } from '../../../src/config/config.js';
import { Graph } from '../../../src/graph/driver.js';
import { freePort } from '../../../src/graph/managed/portCheck.js';
import { clearData, testGraph } from '../../support/graph.js';
import { codes, gql, ingestSamples, startTestServer } from '../../support/api.js';

let graph: Graph;

beforeAll(async () => {
  graph = testGraph();
  await clearData(graph);
  await ingestSamples(graph);
});

afterAll(async () => {
  await graph?.close();
});

/** A TCP proxy to the test Neo4j that can be switched off (refusing and cutting connections) and on again. */
class Proxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}
  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe('Neo4j unavailable', () => {
  test('a server pointed at a dead port answers SERVICE_UNAVAILABLE and stays up', async () => {
    const dead = new Graph(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, NEO4J_PASSWORD: 'x' }));
    const server = await startTestServer(dead, { queryTimeoutMs: 2000 });
    try {
      const t0 = Date.now();
      const r = await gql(server, `{ entities(first: 1) { totalCount } }`);
      expect(codes(r)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(r.errors![0]!.message).toMatch(/Neo4j/);
      expect(Date.now() - t0).toBeLessThan(10_000);
      // Known down: the next request fails at once.
      const t1 = Date.now();
      expect(codes(await gql(server, `{ entity(id: "x") { id } }`))).toEqual(['SERVICE_UNAVAILABLE']);
      expect(Date.now() - t1).toBeLessThan(2000);
      expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
      const ready = await fetch(server.url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { reason: string }).reason).toMatch(/cannot reach Neo4j/);
    } finally {
      await server.close();
      await dead.close();
    }
  });

  test('Neo4j goes away and comes back: the same server recovers', async () => {
    const target = new URL(process.env.NEO4J_URI!.replace(/^bolt/, 'http'));
    const proxy = new Proxy(await freePort(), { host: target.hostname, port: Number(target.port) });
    await proxy.up();
    const viaProxy = new Graph(loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }));
    const server = await startTestServer(viaProxy, { queryTimeoutMs: 2000 });
    const q = `{ entity(id: "gz:country:IR") { name } }`;
    try {
      expect((await gql(server, q)).data!.entity.name).toBe('Iran');
      expect((await fetch(server.url.replace('/graphql', '/readyz'))).status).toBe(200);
      await proxy.down();
      expect(codes(await gql(server, q))).toEqual(['SERVICE_UNAVAILABLE']);
      expect(codes(await gql(server, q))).toEqual(['SERVICE_UNAVAILABLE']);
      expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
      await proxy.up();
      let back = await gql(server, q);
      for (let i = 0; i < 10 && back.errors; i++) {
        await new Promise((r) => setTimeout(r, 500));
        back = await gql(server, q);
      }
      expect(back.errors).toBeUndefined();
      expect(back.data!.entity.name).toBe('Iran');
    } finally {
      await server.close();
      await viaProxy.close();
      await proxy.down();
    }
  });
});
