/**
 * Entity curation shared by the CLI (`newsgraph entities merge|split|alias`) and the API
 * mutations: check, write, then refresh the aggregates of the relationships touched.
 */
import { randomUUID } from 'node:crypto';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Graph } from './driver.js';
import { entityKeys } from './write/entityKeys.js';

type Triple = { subject: string; predicate: string; object: string };

export interface EntitySummary {
  entity: { id: string; name: string; type: string; aliases: string[] };
  articles: number;
  relations: unknown[];
  merges: unknown[];
}

async function refresh(g: Graph, triples: Triple[]): Promise<void> {
  if (triples.length) await g.named('writeRefreshRelations', { triples });
}

export async function requireEntity(g: Graph, id: string): Promise<EntitySummary> {
  const r = await g.named('entityShow', { id });
  const row = r.records[0];
  if (!row) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no entity with id ${JSON.stringify(id)} (find ids with \`newsgraph entities list --name …\`)`, { id });
  return row.toObject() as EntitySummary;
}

/** Merges `from` into `into` (same type); `from` disappears. Returns both as they were. */
export async function mergeEntities(g: Graph, into: string, from: string): Promise<{ into: EntitySummary; from: EntitySummary }> {
  if (into === from) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'cannot merge an entity into itself');
  const a = await requireEntity(g, into);
  const b = await requireEntity(g, from);
  if (a.entity.type !== b.entity.type) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `cannot merge ${b.entity.type} "${b.entity.name}" into ${a.entity.type} "${a.entity.name}": types differ`);
  }
  const r = await g.named('entityMerge', { into, from, recordId: `manual-${randomUUID()}`, at: new Date().toISOString() });
  await refresh(g, (r.records[0]?.get('triples') ?? []) as Triple[]);
  return { into: a, from: b };
}

/** Undoes an automatic merge (a MergeRecord id); returns the id of the entity split off again. */
export async function splitMerge(g: Graph, recordId: string): Promise<string> {
  const r = await g.named('entitySplit', { recordId, at: new Date().toISOString() });
  const row = r.records[0];
  if (!row) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no automatic, not yet undone merge record ${JSON.stringify(recordId)}`, { recordId });
  await refresh(g, row.get('triples') as Triple[]);
  return row.get('id') as string;
}

/** Adds an alias (and its resolution key) so future articles using it resolve to this entity. */
export async function addAlias(g: Graph, id: string, alias: string): Promise<{ entity: EntitySummary; alias: string }> {
  const clean = alias.trim();
  if (!clean) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'the alias is empty');
  if (clean.length > 200) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'the alias is longer than 200 characters');
  const e = await requireEntity(g, id);
  const key = entityKeys({ type: e.entity.type, name: clean, aliases: [] })[0]?.key ?? `${e.entity.type}|${clean.toLowerCase()}`;
  await g.named('entityAddAlias', { id, alias: clean, key });
  return { entity: e, alias: clean };
}
