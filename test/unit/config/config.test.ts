import { loadConfig } from '../../../src/config/config.js';
import { ErrorCode, NewsgraphError } from '../../../src/errors.js';

describe('loadConfig', () => {
  it('defaults to the managed Neo4j on loopback with the standard ports', () => {
    const c = loadConfig({});
    expect(c.neo4j).toMatchObject({ managed: true, uri: 'bolt://127.0.0.1:7687', user: 'neo4j', database: 'neo4j', password: null });
    expect(c.managed.boltPort).toBe(7687);
    expect(c.managed.httpPort).toBe(7474);
    expect(c.managed.home.endsWith('.neo4j')).toBe(true);
    expect(c.api).toMatchObject({ host: '127.0.0.1', port: 4000, token: null });
  });

  it('uses NEWSGRAPH_BOLT_PORT for the managed URI', () => {
    const c = loadConfig({ NEWSGRAPH_BOLT_PORT: '17687', NEWSGRAPH_HOME: '/tmp/x' });
    expect(c.neo4j.uri).toBe('bolt://127.0.0.1:17687');
    expect(c.managed.home).toBe('/tmp/x');
  });

  it('points at an external Neo4j when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'news' });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'news', managed: false });
  });

  it.each([
    [{ NEWSGRAPH_BOLT_PORT: 'abc' }, 'NEWSGRAPH_BOLT_PORT must be a port number'],
    [{ NEWSGRAPH_HTTP_PORT: '70000' }, 'NEWSGRAPH_HTTP_PORT must be a port number'],
    [{ NEWSGRAPH_NEO4J_HEAP: 'lots' }, 'NEWSGRAPH_NEO4J_HEAP must be like 512m or 2g'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI must start with bolt://'],
    [{ NEO4J_URI: 'bolt://db:7687' }, 'NEO4J_PASSWORD is not'],
  ])('rejects %j with a message naming the variable', (env, message) => {
    let err: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NewsgraphError);
    expect((err as NewsgraphError).code).toBe(ErrorCode.BAD_CONFIG);
    expect((err as Error).message).toContain(message);
  });
});

describe('API configuration', () => {
  it('defaults: development mode with introspection and the documented limits', () => {
    expect(loadConfig({}).api).toMatchObject({ development: true, introspection: true, queryTimeoutMs: 10_000, maxDepth: 16, maxComplexity: 50_000, maxAliases: 30, maxBatch: 5 });
  });

  it('production turns introspection off unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).api).toMatchObject({ development: false, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'true' }).api.introspection).toBe(true);
  });

  it.each([
    [{ NEWSGRAPH_INTROSPECTION: 'maybe' }, 'NEWSGRAPH_INTROSPECTION must be true or false, got "maybe"'],
    [{ NEWSGRAPH_API_MAX_DEPTH: '0' }, 'NEWSGRAPH_API_MAX_DEPTH must be a positive integer, got "0"'],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
