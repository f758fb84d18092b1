/**
 * `newsgraph ingest` end to end, as a user runs it, on the project's own samples:
 * idempotence, a failing file that does not stop the run, JSONL and stdin, --dry-run,
 * an update in place, a run killed part-way, and two ingests at once.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { Graph } from '../../src/graph/driver.js';
import { clearData, testGraph } from '../support/graph.js';
import { fingerprint, relationLines } from '../support/graphHarness.js';
import { runCli } from '../support/cli.js';

const samples = join(projectRoot, 'data', 'samples');
const fixtures = join(projectRoot, 'test', 'fixtures');

async function snapshot(g: Graph) {
  const ents = await g.read('MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases ORDER BY id');
  return { counts: await fingerprint(g), relations: await relationLines(g), entities: ents.records.map((r) => r.toObject()) };
}

describe('newsgraph ingest', () => {
  let g: Graph;
  beforeAll(() => {
    g = testGraph();
  });
  beforeEach(() => clearData(g));
  afterAll(() => g.close());

  it('ingesting the samples twice leaves every node and relationship count unchanged the second time', async () => {
    const first = runCli(['ingest', samples]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles: +8 new, 0 updated, 0 unchanged, 0 failed/);
    const a = await snapshot(g);
    expect(a.counts['node:Article']).toBeGreaterThanOrEqual(8);
    expect(a.counts['node:Entity']).toBeGreaterThan(20);
    const second = runCli(['ingest', samples]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/articles: +0 new, 0 updated, 8 unchanged, 0 failed/);
    expect(await snapshot(g)).toEqual(a);
  });

  it('a bad file is reported with its reason, the others still land, and the exit code is non-zero', async () => {
    const r = runCli(['ingest', join(fixtures, 'bad', 'binary.txt'), join(fixtures, 'bad', 'empty.txt'), join(samples, '01-tower-22-drone-attack-en.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 new, 0 updated, 0 unchanged, 2 failed/);
    expect(r.stdout).toContain('binary.txt: looks binary (contains NUL bytes)');
    expect(r.stdout).toContain('empty.txt: the input is empty');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const n = await g.read('MATCH (a:Article) WHERE a.url IS NULL AND NOT (a)-[:PART_OF]->() RETURN count(a) AS c');
    expect(n.records[0]!.get('c')).toBe(1);
  });

  it('reads JSONL (one article per line) and stdin', async () => {
    const jl = runCli(['ingest', join(fixtures, 'batch.jsonl'), '--json']);
    expect(jl.code).toBe(0);
    expect(JSON.parse(jl.stdout).articles).toEqual({ new: 2, updated: 0, unchanged: 0, failed: 0 });
    const stdin = runCli(['ingest', '-'], { input: 'Iran-backed militias attacked a U.S. base in Syria on Monday, officials said.' });
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toMatch(/1 new/);
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    const r = runCli(['ingest', '--dry-run', samples]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run (nothing written)');
    expect(r.stdout).toMatch(/8 new/);
    expect((await fingerprint(g))['node:Article']).toBeUndefined();
  });

  it('a changed page (same URL, new text) is updated in place, not duplicated', async () => {
    const orig = join(fixtures, 'updated', '03-blinken-baghdad-visit-en.original.json');
    const upd = join(fixtures, 'updated', '03-blinken-baghdad-visit-en.updated.json');
    expect(runCli(['ingest', orig]).code).toBe(0);
    const r = runCli(['ingest', upd]);
    expect(r.stdout).toMatch(/0 new, 1 updated/);
    const arts = await g.read('MATCH (a:Article) WHERE a.url IS NOT NULL RETURN count(a) AS n, collect(a.title) AS titles');
    expect(arts.records[0]!.get('n')).toBe(1);
    // Re-ingesting the original gives back exactly the original graph.
    runCli(['ingest', orig]);
    const back = await snapshot(g);
    await clearData(g);
    runCli(['ingest', orig]);
    expect(back).toEqual(await snapshot(g));
  });

  it('killing the ingest part-way and running it again gives the same graph as one clean run', async () => {
    const args = ['ingest', '--batch-size', '1', samples, join(fixtures, 'batch.jsonl')];
    expect(runCli(args).code).toBe(0);
    const clean = await snapshot(g);
    await clearData(g);

    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'newsgraph.js'), ...args], { env: process.env, stdio: 'ignore' });
    const exited = new Promise((res) => child.on('exit', res));
    // Kill it as soon as some (not all) articles are in.
    for (let i = 0; i < 400; i++) {
      const n = (await g.read('MATCH (a:Article) WHERE NOT (a)-[:PART_OF]->() RETURN count(a) AS c')).records[0]!.get('c') as number;
      if (n >= 2) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = (await g.read('MATCH (a:Article) WHERE NOT (a)-[:PART_OF]->() RETURN count(a) AS c')).records[0]!.get('c') as number;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(10);

    expect(runCli(args).code).toBe(0);
    expect(await snapshot(g)).toEqual(clean);
  });

  it('two ingests at once over overlapping entities both succeed, with no duplicates', async () => {
    const run = (files: string[]) =>
      new Promise<number>((res) => {
        const c = spawn(process.execPath, [join(projectRoot, 'bin', 'newsgraph.js'), 'ingest', '--batch-size', '2', ...files], { env: process.env, stdio: 'ignore' });
        c.on('exit', (code) => res(code ?? -1));
      });
    const en = ['01-tower-22-drone-attack-en.txt', '02-us-retaliatory-strikes-iraq-syria-en.txt', '03-blinken-baghdad-visit-en.txt'].map((f) => join(samples, f));
    const mixed = ['03-blinken-baghdad-visit-en.txt', '05-blinken-baghdad-sudani-ar.txt', '06-iraq-condemns-baghdad-strike-ar.txt'].map((f) => join(samples, f));
    const codes = await Promise.all([run(en), run(mixed)]);
    expect(codes).toEqual([0, 0]);
    const dupIds = await g.read('MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS c');
    expect(dupIds.records[0]!.get('c')).toBe(0);
    const dupGaz = await g.read('MATCH (e:Entity) WHERE e.gazetteerId IS NOT NULL WITH e.gazetteerId AS gz, count(*) AS n WHERE n > 1 RETURN count(gz) AS c');
    expect(dupGaz.records[0]!.get('c')).toBe(0);
    const dupRel = await g.read('MATCH (s)-[r]->(o) WHERE s:Entity AND o:Entity WITH s, o, type(r) AS t, count(*) AS n WHERE n > 1 RETURN count(*) AS c');
    expect(dupRel.records[0]!.get('c')).toBe(0);
    const arts = await g.read('MATCH (a:Article) WHERE a.url IS NULL AND NOT (a)-[:PART_OF]->() RETURN count(a) AS c');
    expect(arts.records[0]!.get('c')).toBe(5);
  });

  it('refuses a missing path and a bad --batch-size with a clear message', () => {
    const missing = runCli(['ingest', '/no/such/folder']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/no/such/folder: no such file or folder');
    const bad = runCli(['ingest', '--batch-size', '0', samples]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--batch-size must be an integer from 1 to 5000, got "0"');
  });
});
