/**
 * `newsgraph db …`: run and inspect the Neo4j newsgraph manages itself, apply
 * migrations, and run ad-hoc Cypher against whichever Neo4j is configured.
 */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { Graph } from '../../graph/driver.js';
import { ManagedNeo4j } from '../../graph/managed/managedNeo4j.js';
import { migrate } from '../../graph/migrations.js';
import { toPlain } from '../../graph/toPlain.js';
import { formatBytes, renderTable } from '../output.js';

const say = (line: string): void => void process.stdout.write(line + "\n");
const note = (line: string) => process.stderr.write(line + '\n');

function managedOrExplain(what: string): ManagedNeo4j {
  const cfg = loadConfig();
  if (!cfg.neo4j.managed) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `\`db ${what}\` manages the local Neo4j, but NEO4J_URI is set (${cfg.neo4j.uri}): that Neo4j is run elsewhere. Unset NEO4J_URI to use the managed one.`,
    );
  }
  return new ManagedNeo4j(cfg.managed);
}

export async function withGraph<T>(fn: (g: Graph) => Promise<T>): Promise<T> {
  const g = new Graph();
  try {
    return await fn(g);
  } finally {
    await g.close();
  }
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('run the managed Neo4j, apply migrations, run Cypher');

  db.command('start')
    .description('start the managed Neo4j in the background (fetches it from Maven Central on first use) and wait until Bolt answers')
    .action(async () => {
      const r = await managedOrExplain('start').start(note);
      if (r.alreadyRunning) say(`Neo4j is already running (pid ${r.pid}) at ${r.uri}`);
      else say(`Neo4j started (pid ${r.pid}) in ${r.startSeconds.toFixed(1)} s at ${r.uri} (HTTP ${r.httpUrl})`);
    });

  db.command('stop')
    .description('stop the managed Neo4j (SIGTERM, wait, then kill)')
    .action(async () => {
      const r = await managedOrExplain('stop').stop();
      if (!r.wasRunning) say('Neo4j was not running.');
      else say(r.killed ? `Neo4j did not stop in time and was killed.` : `Neo4j stopped cleanly in ${r.seconds.toFixed(1)} s.`);
    });

  db.command('status')
    .description('is the managed Neo4j running; version, URI, store size')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { format: string }) => {
      const s = await managedOrExplain('status').status();
      if (opts.format === 'json') return say(JSON.stringify(s, null, 2));
      if (s.staleRemoved) note('Removed a stale pid file: the process it named is gone.');
      say(`state:   ${s.running ? `running (pid ${s.pid})` : 'stopped'}`);
      say(`version: Neo4j ${s.version}`);
      say(`uri:     ${s.uri}${s.running ? '' : ' (when started)'}`);
      say(`http:    ${s.httpUrl}`);
      say(`store:   ${formatBytes(s.storeBytes)} in ${s.home}`);
    });

  db.command('migrate')
    .description('apply pending schema migrations from cypher/schema/')
    .action(async () => {
      const r = await withGraph((g) => migrate(g, { log: say }));
      say(r.applied.length ? `Applied ${r.applied.length} migration(s).` : `Schema is up to date (${r.alreadyApplied.length} migrations applied before).`);
    });

  db.command('reset')
    .description('wipe the managed store (asks first unless --yes); jars and password are kept')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (opts: { yes?: boolean }) => {
      const m = managedOrExplain('reset');
      if (!opts.yes) {
        if (!process.stdin.isTTY) {
          throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'db reset deletes every node in the managed store; pass --yes to confirm when not at a terminal');
        }
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        const answer = await rl.question(`Delete all data in ${m.dataDir}? Type "yes" to confirm: `);
        rl.close();
        if (answer.trim().toLowerCase() !== 'yes') return say('Nothing deleted.');
      }
      const r = await m.reset(note);
      say(`Store wiped.${r.restarted ? ' Neo4j restarted empty; run `npx newsgraph db migrate` (npm start does it).' : ''}`);
    });

  db.command('cypher')
    .description('run an ad-hoc Cypher query (read-only unless --write) and print the rows')
    .argument('<query>', 'the Cypher text; use $name parameters with --param')
    .option('--write', 'allow the query to write')
    .option('--param <name=json...>', 'a query parameter, value as JSON (or a bare string)', collectParam, {})
    .option('--format <format>', 'table or json', 'table')
    .action(async (query: string, opts: { write?: boolean; param: Record<string, unknown>; format: string }) => {
      if (!['table', 'json'].includes(opts.format)) {
        throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `--format must be table or json, got ${JSON.stringify(opts.format)}`);
      }
      const res = await withGraph((g) => (opts.write ? g.write(query, opts.param) : g.read(query, opts.param))).catch((e) => {
        const code = (e as { code?: string }).code ?? '';
        if (/WriteOnReadOnlyAccess|ForbiddenDueToTransactionType|AccessMode/i.test(code + (e as Error).message)) {
          throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'this query writes; db cypher is read-only unless you pass --write');
        }
        if (code.startsWith('Neo.ClientError')) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `Neo4j rejected the query: ${(e as Error).message}`);
        throw e;
      });
      const columns = res.records[0]?.keys.map(String) ?? [];
      const rows = res.records.map((r) => Object.fromEntries(columns.map((c) => [c, toPlain(r.get(c))])));
      if (opts.format === 'json') say(JSON.stringify(rows, null, 2));
      else say(renderTable(columns, rows));
    });
}

function collectParam(value: string, acc: Record<string, unknown>): Record<string, unknown> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `--param must look like name=value, got ${JSON.stringify(value)}`);
  const raw = value.slice(eq + 1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = raw;
  }
  return { ...acc, [value.slice(0, eq)]: parsed };
}
