/**
 * The `newsgraph` command. Each subcommand lives in ./commands/<name>.ts and
 * registers itself on the program; this file only wires them together and turns
 * known errors into one clear line on stderr (never a stack trace).
 */
import { Command } from 'commander';
import { registerDb } from './commands/db.js';
import { registerStart } from './commands/start.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerEntities } from './commands/entities.js';
import { registerServe } from './commands/serve.js';
import { reportAndExit } from './reportError.js';

const program = new Command('newsgraph')
  .description('Knowledge graph over Arabic and English news: extract, ingest into Neo4j, serve GraphQL.')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

registerDb(program);
registerExtract(program);
registerIngest(program);
registerEntities(program);
registerStart(program);
registerServe(program);

program.parseAsync(process.argv).catch(reportAndExit);
