/** `newsgraph entities …`: inspect and curate entity resolution. */
import type { Command } from 'commander';
import { ENTITY_TYPES } from '../../extract/types.js';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { addAlias, mergeEntities, requireEntity, splitMerge } from '../../graph/curation.js';
import { renderTable } from '../output.js';
import { withGraph } from './db.js';

const say = (line: string): void => void process.stdout.write(line + '\n');


export function registerEntities(program: Command): void {
  const ent = program.command('entities').description('inspect and curate entities: list, show, merge, split, alias, merges');

  ent
    .command('list')
    .description('entities by number of articles that mention them')
    .option('--type <type>', `one of ${ENTITY_TYPES.join(', ')}`)
    .option('--name <text>', 'name or alias contains')
    .option('--limit <n>', 'rows', '25')
    .option('--format <format>', 'table or json', 'table')
    .action(async (o: { type?: string; name?: string; limit: string; format: string }) => {
      if (o.type && !(ENTITY_TYPES as readonly string[]).includes(o.type)) {
        throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `--type must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(o.type)}`);
      }
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `--limit must be a positive integer, got ${JSON.stringify(o.limit)}`);
      const r = await withGraph((g) => g.named('entitiesList', { type: o.type ?? null, nameContains: o.name ?? null, limit }));
      const rows = r.records.map((x) => x.toObject());
      say(o.format === 'json' ? JSON.stringify(rows, null, 2) : renderTable(['id', 'name', 'type', 'articles', 'aliases'], rows));
    });

  ent
    .command('show')
    .description('one entity: aliases, keys, relations, recorded merges')
    .argument('<id>')
    .action(async (id: string) => {
      const e = await withGraph((g) => requireEntity(g, id));
      say(JSON.stringify(e, null, 2));
    });

  ent
    .command('merges')
    .description('recorded merges (automatic and manual), newest first')
    .option('--limit <n>', 'rows', '50')
    .action(async (o: { limit: string }) => {
      const r = await withGraph((g) => g.named('entityMerges', { limit: Math.max(1, Number(o.limit) || 50) }));
      say(renderTable(['id', 'rule', 'incoming', 'into', 'article', 'automatic', 'undone'], r.records.map((x) => x.toObject())));
    });

  ent
    .command('merge')
    .description('merge entity FROM into entity INTO (FROM disappears; everything it had moves)')
    .argument('<into>')
    .argument('<from>')
    .action(async (into: string, from: string) => {
      await withGraph(async (g) => {
        const { into: a, from: b } = await mergeEntities(g, into, from);
        say(`Merged "${b.entity.name}" (${from}) into "${a.entity.name}" (${into}).`);
      });
    });

  ent
    .command('split')
    .description('undo an automatic merge (ids from `entities merges`)')
    .argument('<mergeRecordId>')
    .action(async (recordId: string) => {
      await withGraph(async (g) => {
        const id = await splitMerge(g, recordId);
        say(`Split: the merged name is entity ${id} again.`);
      });
    });

  ent
    .command('alias')
    .description('add an alias to an entity; future articles using it resolve to this entity')
    .argument('<id>')
    .argument('<alias>')
    .action(async (id: string, alias: string) => {
      await withGraph(async (g) => {
        const { entity: e, alias: clean } = await addAlias(g, id, alias);
        say(`Added alias "${clean}" to "${e.entity.name}" (${id}).`);
      });
    });
}
