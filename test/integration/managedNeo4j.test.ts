/**
 * The managed Neo4j's lifecycle through the CLI, as a user runs it: a second,
 * throwaway instance in its own folder on its own ports (the suite's shared test
 * database is not touched).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/graph/managed/portCheck.js';
import { managedEnv, runCli } from '../support/cli.js';

describe('newsgraph db start | status | cypher | stop | reset', () => {
  let home: string;
  let bolt: number;
  let http: number;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'ng-managed-'));
    bolt = await freePort();
    http = await freePort();
    env = managedEnv(home, bolt, http);
  });

  afterAll(() => {
    runCli(['db', 'stop'], { env });
    rmSync(home, { recursive: true, force: true });
  });

  it('status says stopped before the first start', () => {
    const r = runCli(['db', 'status'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('state:   stopped');
    expect(r.stdout).toContain(`bolt://127.0.0.1:${bolt}`);
  });

  it('a port taken by another program gives an error naming the port and the variable', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((res) => blocker.listen(bolt, '127.0.0.1', () => res()));
    try {
      const r = runCli(['db', 'start'], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`port ${bolt} on 127.0.0.1 is already in use by another program: set NEWSGRAPH_BOLT_PORT to a free port`);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(join(home, 'run', 'newsgraph-neo4j.pid'))).toBe(false);
    } finally {
      await new Promise((res) => blocker.close(res));
    }
  });

  it('a stale pid file (its process is gone) is detected and removed', () => {
    const dead = spawnSync('true').pid;
    mkdirSync(join(home, 'run'), { recursive: true });
    writeFileSync(join(home, 'run', 'newsgraph-neo4j.pid'), JSON.stringify({ pid: dead, boltPort: bolt, httpPort: http }));
    const r = runCli(['db', 'status'], { env });
    expect(r.stdout).toContain('state:   stopped');
    expect(r.stderr).toContain('stale pid file');
    expect(existsSync(join(home, 'run', 'newsgraph-neo4j.pid'))).toBe(false);
  });

  it('starts, waits until Bolt answers and prints the URI', () => {
    const r = runCli(['db', 'start'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Neo4j started \\(pid \\d+\\) in [\\d.]+ s at bolt://127\\.0\\.0\\.1:${bolt}`));
  });

  it('keeps the generated password in a file only the user can read, and listens on loopback only', () => {
    const mode = statSync(join(home, 'password')).mode & 0o777;
    expect(mode).toBe(0o600);
    const conf = readFileSync(join(home, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${bolt}`);
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.usage_report.enabled=false');
  });

  it('a second start is a no-op', () => {
    const r = runCli(['db', 'start'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Neo4j is already running`);
  });

  it('status reports running, the version, the URI and the store size', () => {
    const r = runCli(['db', 'status', '--format', 'json'], { env });
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ running: true, uri: `bolt://127.0.0.1:${bolt}`, home });
    expect(s.version).toMatch(/^5\.26\.\d+ community$/);
    expect(s.storeBytes).toBeGreaterThan(0);
  });

  it('db cypher runs a query with parameters and prints a table or JSON', () => {
    const t = runCli(['db', 'cypher', 'RETURN $n + 1 AS answer', '--param', 'n=41'], { env });
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/answer[\s\S]*42/);
    const j = runCli(['db', 'cypher', "RETURN 'بغداد' AS city, [1,2] AS xs", '--format', 'json'], { env });
    expect(JSON.parse(j.stdout)).toEqual([{ city: 'بغداد', xs: [1, 2] }]);
  });

  it('db cypher is read-only unless --write', () => {
    const ro = runCli(['db', 'cypher', "CREATE (:Probe {v: 1})"], { env });
    expect(ro.code).toBe(1);
    expect(ro.stderr).toContain('read-only unless you pass --write');
    const rw = runCli(['db', 'cypher', 'CREATE (p:Probe {v: 1}) RETURN p.v AS v', '--write', '--format', 'json'], { env });
    expect(JSON.parse(rw.stdout)).toEqual([{ v: 1 }]);
    const bad = runCli(['db', 'cypher', 'MATCH (n RETURN n'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Neo4j rejected the query');
  });

  it('reset refuses without --yes when not at a terminal, and wipes with --yes', () => {
    const refused = runCli(['db', 'reset'], { env, input: '' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('pass --yes');
    const r = runCli(['db', 'reset', '--yes'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Store wiped');
    const after = runCli(['db', 'cypher', 'MATCH (p:Probe) RETURN count(p) AS c', '--format', 'json'], { env });
    expect(JSON.parse(after.stdout)).toEqual([{ c: 0 }]);
  });

  it('stops cleanly and reports it; stopping again says it was not running', () => {
    const r = runCli(['db', 'stop'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Neo4j stopped cleanly in [\d.]+ s\./);
    expect(runCli(['db', 'status'], { env }).stdout).toContain('state:   stopped');
    expect(runCli(['db', 'stop'], { env }).stdout).toContain('Neo4j was not running.');
  });

  it('db commands that manage the local Neo4j refuse when NEO4J_URI points elsewhere', () => {
    const r = runCli(['db', 'stop'], { env: { ...env, NEO4J_URI: 'bolt://example.invalid:7687', NEO4J_PASSWORD: 'x' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NEO4J_URI is set');
  });
});
