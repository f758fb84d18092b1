/**
 * Fetches the Neo4j Community jars from Maven Central with the installed `mvn`
 * (neo4j/pom.xml + dependency:copy-dependencies), once; later runs reuse them.
 * The copy lands in a temporary folder first and is renamed into place, so an
 * interrupted fetch never leaves a half-filled lib folder that looks complete.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../config/projectRoot.js';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { NEO4J_VERSION } from './neo4jVersion.js';

const MARKER = '.newsgraph-complete';

export function jarsReady(libDir: string): boolean {
  const marker = join(libDir, MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION;
}

export interface FetchResult {
  fetched: boolean;
  jars: number;
  seconds: number;
}

export async function ensureNeo4jJars(libDir: string, log: (line: string) => void = () => {}): Promise<FetchResult> {
  const t0 = Date.now();
  if (jarsReady(libDir)) return { fetched: false, jars: countJars(libDir), seconds: 0 };

  log(`Fetching Neo4j Community ${NEO4J_VERSION} from Maven Central (first run only, ~125 MB) into ${libDir} …`);
  mkdirSync(dirname(libDir), { recursive: true });
  const tmp = `${libDir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const pom = join(projectRoot, 'neo4j', 'pom.xml');
  const args = [
    '-B',
    '-q',
    '-f',
    pom,
    `-Dneo4j.version=${NEO4J_VERSION}`,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ];
  const { code, output } = await run('mvn', args);
  if (code !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new NewsgraphError(
      ErrorCode.NEO4J_FETCH_FAILED,
      `could not fetch Neo4j ${NEO4J_VERSION} with Maven (mvn exited ${code}). Is \`mvn\` installed and can it reach Maven Central?\n${output.slice(-2000)}`,
    );
  }
  writeFileSync(join(tmp, MARKER), NEO4J_VERSION + '\n');
  // Another process may have finished the same fetch meanwhile: keep theirs.
  if (jarsReady(libDir)) {
    rmSync(tmp, { recursive: true, force: true });
  } else {
    rmSync(libDir, { recursive: true, force: true });
    renameSync(tmp, libDir);
  }
  const seconds = (Date.now() - t0) / 1000;
  const jars = countJars(libDir);
  log(`Fetched ${jars} jars in ${seconds.toFixed(1)} s.`);
  return { fetched: true, jars, seconds };
}

function countJars(dir: string): number {
  return readdirSync(dir).filter((f) => f.endsWith('.jar')).length;
}

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: 127, output: `${cmd}: ${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
