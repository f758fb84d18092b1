/**
 * Lifecycle of the Neo4j that newsgraph runs itself (when NEO4J_URI is not set):
 * a real Neo4j Community server (org.neo4j.server.CommunityEntryPoint) started from
 * the Maven jars with a generated neo4j.conf, in the background, tracked by a pid file.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { ManagedNeo4jConfig } from '../../config/config.js';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { ensureNeo4jJars } from './fetchNeo4j.js';
import { jvmOptions, renderNeo4jConf } from './neo4jConf.js';
import { NEO4J_ADMIN_CLASS, NEO4J_MAIN_CLASS, NEO4J_VERSION } from './neo4jVersion.js';
import { readOrCreatePassword, readPassword } from './password.js';
import { assertPortFree } from './portCheck.js';

interface PidState {
  pid: number;
  boltPort: number;
  httpPort: number;
  startedAt: string;
  version: string;
}

export interface StartResult {
  uri: string;
  httpUrl: string;
  alreadyRunning: boolean;
  staleRemoved: boolean;
  fetched: boolean;
  fetchSeconds: number;
  startSeconds: number;
  pid: number;
}

export interface StatusResult {
  running: boolean;
  pid: number | null;
  uri: string;
  httpUrl: string;
  version: string;
  storeBytes: number;
  home: string;
  staleRemoved: boolean;
}

type Log = (line: string) => void;

export class ManagedNeo4j {
  constructor(private readonly cfg: ManagedNeo4jConfig) {}

  get pidFile() {
    return join(this.cfg.home, 'run', 'newsgraph-neo4j.pid');
  }
  get dataDir() {
    return join(this.cfg.home, 'data');
  }
  get logsDir() {
    return join(this.cfg.home, 'logs');
  }
  get confDir() {
    return join(this.cfg.home, 'conf');
  }

  private uriFor(state?: PidState) {
    return `bolt://127.0.0.1:${state?.boltPort ?? this.cfg.boltPort}`;
  }
  private httpFor(state?: PidState) {
    return `http://127.0.0.1:${state?.httpPort ?? this.cfg.httpPort}`;
  }

  /** The live state, or null; removes a pid file whose process is gone (after a crash or reboot). */
  private liveState(): { state: PidState | null; staleRemoved: boolean } {
    if (!existsSync(this.pidFile)) return { state: null, staleRemoved: false };
    let state: PidState | null = null;
    try {
      state = JSON.parse(readFileSync(this.pidFile, 'utf8')) as PidState;
    } catch {
      state = null;
    }
    if (state && Number.isInteger(state.pid) && isOurNeo4j(state.pid, this.cfg.home)) return { state, staleRemoved: false };
    rmSync(this.pidFile, { force: true });
    return { state: null, staleRemoved: true };
  }

  async start(log: Log = () => {}): Promise<StartResult> {
    const { state, staleRemoved } = this.liveState();
    if (staleRemoved) log(`Removed a stale pid file (${this.pidFile}): its process is gone.`);
    if (state) {
      return {
        uri: this.uriFor(state),
        httpUrl: this.httpFor(state),
        alreadyRunning: true,
        staleRemoved,
        fetched: false,
        fetchSeconds: 0,
        startSeconds: 0,
        pid: state.pid,
      };
    }

    const fetch = await ensureNeo4jJars(this.cfg.libDir, log);
    await assertPortFree(this.cfg.boltPort, 'NEWSGRAPH_BOLT_PORT');
    await assertPortFree(this.cfg.httpPort, 'NEWSGRAPH_HTTP_PORT');

    for (const d of [this.confDir, this.dataDir, this.logsDir, join(this.cfg.home, 'run'), join(this.cfg.home, 'import'), join(this.cfg.home, 'plugins')]) {
      mkdirSync(d, { recursive: true });
    }
    writeFileSync(join(this.confDir, 'neo4j.conf'), renderNeo4jConf(this.cfg));
    const password = readOrCreatePassword(this.cfg.home);
    if (!existsSync(join(this.dataDir, 'dbms', 'auth.ini'))) await this.setInitialPassword(password);

    const t1 = Date.now();
    const consoleLog = join(this.logsDir, 'console.log');
    const out = openSync(consoleLog, 'a');
    const child = spawn(
      'java',
      [...jvmOptions(this.cfg), '-cp', `${this.cfg.libDir}/*`, NEO4J_MAIN_CLASS, `--home-dir=${this.cfg.home}`, `--config-dir=${this.confDir}`],
      { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: this.cfg.home, NEO4J_CONF: this.confDir } },
    );
    closeSync(out);
    let exited: number | null = null;
    child.on('exit', (code, signal) => (exited = code ?? (signal ? 128 : 1)));
    child.on('error', () => (exited = 127));
    child.unref();
    if (!child.pid) throw new NewsgraphError(ErrorCode.NEO4J_START_FAILED, 'could not start `java`: is a Java 17+ runtime on PATH?');
    const pidState: PidState = {
      pid: child.pid,
      boltPort: this.cfg.boltPort,
      httpPort: this.cfg.httpPort,
      startedAt: new Date().toISOString(),
      version: NEO4J_VERSION,
    };
    writeFileSync(this.pidFile, JSON.stringify(pidState) + '\n');

    const uri = this.uriFor(pidState);
    const deadline = Date.now() + this.cfg.startTimeoutSec * 1000;
    for (;;) {
      if (exited !== null) {
        rmSync(this.pidFile, { force: true });
        throw new NewsgraphError(
          ErrorCode.NEO4J_START_FAILED,
          `Neo4j exited during start (code ${exited}). Last lines of ${consoleLog}:\n${tail(consoleLog)}${tail(join(this.logsDir, 'neo4j.log'))}`,
        );
      }
      if (await boltAnswers(uri, password)) break;
      if (Date.now() > deadline) {
        await this.stop();
        throw new NewsgraphError(
          ErrorCode.NEO4J_START_FAILED,
          `Neo4j did not answer on ${uri} within ${this.cfg.startTimeoutSec} s (NEWSGRAPH_NEO4J_START_TIMEOUT). See ${this.logsDir}; last lines:\n${tail(consoleLog)}${tail(join(this.logsDir, 'neo4j.log'))}`,
        );
      }
      await sleep(250);
    }
    return {
      uri,
      httpUrl: this.httpFor(pidState),
      alreadyRunning: false,
      staleRemoved,
      fetched: fetch.fetched,
      fetchSeconds: fetch.seconds,
      startSeconds: (Date.now() - t1) / 1000,
      pid: child.pid,
    };
  }

  /** Seeds data/dbms/auth.ini before the first boot, the way `neo4j-admin dbms set-initial-password` does: no window with the default password. */
  private async setInitialPassword(password: string): Promise<void> {
    const { code, output } = await runJava(
      ['-cp', `${this.cfg.libDir}/*`, NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password', password],
      { NEO4J_HOME: this.cfg.home, NEO4J_CONF: this.confDir },
    );
    if (code !== 0) {
      throw new NewsgraphError(ErrorCode.NEO4J_START_FAILED, `could not set the initial Neo4j password (exit ${code}):\n${output.replaceAll(password, '***').slice(-1500)}`);
    }
  }

  async stop(timeoutSec = 30): Promise<{ wasRunning: boolean; killed: boolean; seconds: number }> {
    const t0 = Date.now();
    const { state } = this.liveState();
    if (!state) return { wasRunning: false, killed: false, seconds: 0 };
    signal(state.pid, 'SIGTERM');
    const deadline = Date.now() + timeoutSec * 1000;
    let killed = false;
    while (isAlive(state.pid)) {
      if (Date.now() > deadline) {
        signal(state.pid, 'SIGKILL');
        killed = true;
        await sleep(200);
        break;
      }
      await sleep(100);
    }
    rmSync(this.pidFile, { force: true });
    return { wasRunning: true, killed, seconds: (Date.now() - t0) / 1000 };
  }

  async status(): Promise<StatusResult> {
    const { state, staleRemoved } = this.liveState();
    let version = NEO4J_VERSION;
    if (state) {
      const pw = readPassword(this.cfg.home);
      if (pw) version = (await serverVersion(this.uriFor(state), pw)) ?? version;
    }
    return {
      running: Boolean(state),
      pid: state?.pid ?? null,
      uri: this.uriFor(state ?? undefined),
      httpUrl: this.httpFor(state ?? undefined),
      version,
      storeBytes: dirSize(this.dataDir),
      home: this.cfg.home,
      staleRemoved,
    };
  }

  /** Wipes the store (data and logs). Keeps the jars and the password; a running instance is restarted empty. */
  async reset(log: Log = () => {}): Promise<{ restarted: boolean }> {
    const { wasRunning } = await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(this.logsDir, { recursive: true, force: true });
    if (wasRunning) {
      await this.start(log);
      return { restarted: true };
    }
    return { restarted: false };
  }
}

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function serverVersion(uri: string, password: string): Promise<string | null> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
  try {
    const res = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e');
    const rec = res.records[0];
    return rec ? `${rec.get('v')} ${rec.get('e')}` : null;
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive AND really our Neo4j for this home: a recycled pid after a reboot must not count as running. */
function isOurNeo4j(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes(NEO4J_MAIN_CLASS) && cmd.includes(`--home-dir=${home}`);
  } catch {
    return true; // no /proc (not Linux): trust the pid
  }
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(p);
    else if (entry.isFile()) total += statSync(p).size;
  }
  return total;
}

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

function runJava(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: 127, output: `java: ${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
