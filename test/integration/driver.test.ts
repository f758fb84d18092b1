import { loadConfig } from '../../src/config/config.js';
import { Graph } from '../../src/graph/driver.js';
import { ErrorCode } from '../../src/errors.js';
import { freePort } from '../../src/graph/managed/portCheck.js';
import { testGraph } from '../support/graph.js';

describe('connection layer', () => {
  it('reads through executeRead and refuses writes in a read transaction', async () => {
    const g = testGraph();
    try {
      const r = await g.read('RETURN 1 + $x AS y', { x: 41 });
      expect(r.records[0]!.get('y')).toBe(42);
      await expect(g.read('CREATE (n:ReadOnlyProbe) RETURN n')).rejects.toThrow(/write|read/i);
      const left = await g.read('MATCH (n:ReadOnlyProbe) RETURN count(n) AS c');
      expect(left.records[0]!.get('c')).toBe(0);
    } finally {
      await g.close();
    }
  });

  it('counts the queries it sends (tests count round trips with it)', async () => {
    const g = testGraph();
    try {
      const before = g.queryCount;
      await g.read('RETURN 1');
      await g.named('graphCounts');
      expect(g.queryCount - before).toBe(2);
    } finally {
      await g.close();
    }
  });

  it('says where it tried and how to start the managed Neo4j when nothing answers', async () => {
    const port = await freePort();
    const g = new Graph(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' }));
    try {
      await expect(g.read('RETURN 1')).rejects.toMatchObject({
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: expect.stringContaining(`cannot reach Neo4j at bolt://127.0.0.1:${port}`),
      });
    } finally {
      await g.close();
    }
  });

  it('for the managed instance, the error names `db start`', async () => {
    const port = await freePort();
    const cfg = loadConfig({ NEWSGRAPH_BOLT_PORT: String(port) });
    const g = new Graph({ ...cfg, neo4j: { ...cfg.neo4j, password: 'unused' } });
    try {
      await expect(g.verify()).rejects.toThrow(/npx newsgraph db start/);
    } finally {
      await g.close();
    }
  });
});
