/**
 * `newsgraph start` (what `npm start` runs): everything a fresh machine needs to
 * go from clone to a working graph — start the managed Neo4j (unless NEO4J_URI
 * points elsewhere), apply migrations, load the bundled sample articles into an
 * empty graph, and serve the GraphQL API.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { ManagedNeo4j } from '../../graph/managed/managedNeo4j.js';
import { join } from 'node:path';
import { projectRoot } from '../../config/projectRoot.js';
import { migrate } from '../../graph/migrations.js';
import { ingest } from '../../pipeline.js';
import { articleSources, expandPaths } from '../articleSources.js';
import { progressReporter } from '../progress.js';
import { startApiServer } from '../../api/server.js';
import { withGraph } from './db.js';
import { printServeBanner } from './serve.js';
import { renderSummary } from './ingest.js';

const say = (line: string): void => void process.stdout.write(line + "\n");
const note = (line: string) => process.stderr.write(line + '\n');

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start Neo4j (managed unless NEO4J_URI is set), apply migrations, load the sample articles into an empty graph, serve the GraphQL API')
    .option('--no-serve', 'stop after loading: do not serve the GraphQL API')
    .action(async (opts: { serve: boolean }) => {
      const cfg = loadConfig();
      if (cfg.neo4j.managed) {
        const r = await new ManagedNeo4j(cfg.managed).start(note);
        if (r.fetched) note(`Neo4j fetched from Maven Central in ${r.fetchSeconds.toFixed(1)} s.`);
        note(r.alreadyRunning ? `Neo4j already running at ${r.uri}` : `Neo4j started in ${r.startSeconds.toFixed(1)} s at ${r.uri}`);
      } else {
        note(`Using the Neo4j at ${cfg.neo4j.uri} (NEO4J_URI).`);
      }
      await withGraph(async (g) => {
        await g.verify();
        const m = await migrate(g, { log: (l) => note(`migration: ${l}`) });
        note(`Schema up to date (${m.applied.length} applied now, ${m.alreadyApplied.length} before).`);
        const count = await g.named<{ articles: number }>('articleCount');
        if (count.records[0]?.get('articles') === 0) {
          const sources = await articleSources(await expandPaths([join(projectRoot, 'data', 'samples')]));
          const bar = progressReporter('loading samples', sources.length);
          const summary = await ingest(g, sources, { onProgress: (p) => bar.update(p) }).finally(() => bar.stop());
          note(renderSummary(summary).trimEnd());
        } else {
          note('The graph already holds articles: samples not loaded again.');
        }
      });
      say(`Neo4j ready at ${cfg.neo4j.uri}`);
      if (!opts.serve) {
        if (cfg.neo4j.managed) say('Stop it with `npx newsgraph db stop`.');
        return;
      }
      const server = await startApiServer();
      printServeBanner(server.url);
      if (cfg.neo4j.managed) say('Ctrl-C stops the API; Neo4j keeps running until `npx newsgraph db stop`.');
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
