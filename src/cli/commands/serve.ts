/** `newsgraph serve`: the GraphQL API against the configured Neo4j (PORT/HOST or flags; 127.0.0.1:4000 by default). */
import type { Command } from 'commander';
import { startApiServer } from '../../api/server.js';
import { ErrorCode, NewsgraphError } from '../../errors.js';

const say = (line: string): void => void process.stdout.write(line + '\n');

export const EXAMPLE_QUERIES = [
  `{ entities(search: "Blinken", first: 3) { totalCount edges { node { id name type names { language name } } } } }`,
  `{ relations(filter: { predicate: BACKS }, first: 5) { edges { node { subject { name } object { name } claimCount evidence(first: 1) { edges { node { sentence article { title } } } } } } } }`,
];

/** Prints where the API listens and two queries to try (`newsgraph start` prints the same). */
export function printServeBanner(url: string): void {
  say(`GraphQL API at ${url}  (health: ${url.replace(/\/graphql$/, '/healthz')}, readiness: ${url.replace(/\/graphql$/, '/readyz')})`);
  say('Try:');
  for (const q of EXAMPLE_QUERIES) say(`  curl -s ${url} -H 'content-type: application/json' -d '${JSON.stringify({ query: q })}'`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (PORT/HOST from the environment or flags; 127.0.0.1:4000 by default)')
    .option('--port <port>', 'port to listen on (default: PORT or 4000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (o: { port?: string; host?: string }) => {
      const port = o.port === undefined ? undefined : Number(o.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `--port must be a port number 0-65535, got ${JSON.stringify(o.port)}`);
      }
      const server = await startApiServer({ ...(port !== undefined ? { port } : {}), ...(o.host ? { host: o.host } : {}) }).catch((e: unknown) => {
        const code = (e as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new NewsgraphError(ErrorCode.PORT_IN_USE, `port ${port ?? process.env.PORT ?? 4000} is in use: choose another with --port or PORT`);
        throw e;
      });
      printServeBanner(server.url);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
