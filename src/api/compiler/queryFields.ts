/** Root Query fields. Search, relation filters and paths embed their cypher/queries/ files. */
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { fixedQuery } from './fixedQuery.js';
import { MAX_PATH_HOPS, checkRange } from './limits.js';
import { luceneQuery } from './luceneQuery.js';
import type { TypeDefs, Vars } from './fieldDef.js';

const ENTITY_ORDERS: Record<string, (n: string, score: string | null) => string> = {
  MENTIONS_DESC: (n) => `COUNT { (${n})<-[:MENTIONS]-(:Article) } DESC, ${n}.name, ${n}.id`,
  NAME_ASC: (n) => `${n}.name, ${n}.id`,
  RELEVANCE: (n, score) => `${score} DESC, ${n}.name, ${n}.id`,
};

export const queryFields: TypeDefs = {
  entity: {
    kind: 'object',
    type: 'Entity',
    list: false,
    nullable: true,
    args: true,
    params: (a) => ({ id: a.id }),
    body: (_v, g, p) => {
      const n = g.fresh('n');
      return { text: `MATCH (${n}:Entity {id: ${p}.id})`, vars: { n } };
    },
  },
  article: {
    kind: 'object',
    type: 'Article',
    list: false,
    nullable: true,
    args: true,
    params: (a) => ({ id: a.id }),
    body: (_v, g, p) => {
      const a = g.fresh('a');
      return { text: `MATCH (${a}:Article {id: ${p}.id})`, vars: { a } };
    },
  },
  entities: {
    kind: 'connection',
    node: 'Entity',
    variant: (a) => {
      const search = a.search !== null && a.search !== undefined;
      const order = (a.orderBy as string | null) ?? (search ? 'RELEVANCE' : 'MENTIONS_DESC');
      if (order === 'RELEVANCE' && !search) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'orderBy RELEVANCE needs "search"');
      return `${search ? 'search' : 'all'}:${order}`;
    },
    params: (a) => ({
      query: a.search !== null && a.search !== undefined ? luceneQuery(a.search as string) : null,
      filter: a.filter ?? {},
    }),
    body: (_v, g, p, variant) => {
      const [mode, order] = variant.split(':') as [string, string];
      const n = g.fresh('n');
      const al = g.fresh('al');
      const f = `${p}.filter`;
      const where =
        `(${f}.type IS NULL OR ${n}.type = ${f}.type) ` +
        `AND (${f}.nameContains IS NULL OR toLower(${n}.name) CONTAINS toLower(${f}.nameContains) OR any(${al} IN coalesce(${n}.aliases, []) WHERE toLower(${al}) CONTAINS toLower(${f}.nameContains))) ` +
        `AND (${f}.language IS NULL OR EXISTS { (${n})<-[:MENTIONS]-(:Article {language: ${f}.language}) })`;
      if (mode === 'search') {
        const score = g.fresh('score');
        return {
          text: `CALL () { ${fixedQuery('apiEntitySearch', p)} } WITH entity AS ${n}, score AS ${score} WHERE ${where}`,
          vars: { n, score },
          order: ENTITY_ORDERS[order]!(n, score),
        };
      }
      return { text: `MATCH (${n}:Entity) WHERE ${where}`, vars: { n } as Vars, order: ENTITY_ORDERS[order]!(n, null) };
    },
  },
  relations: {
    kind: 'connection',
    node: 'Relation',
    params: (a) => {
      const f = (a.filter ?? {}) as Record<string, unknown>;
      return {
        predicate: f.predicate ?? null,
        subjectType: f.subjectType ?? null,
        objectType: f.objectType ?? null,
        since: f.since ?? null,
        until: f.until ?? null,
        minConfidence: f.minConfidence ?? null,
      };
    },
    body: (_v, g, p) => {
      const [s, r, o] = [g.fresh('s'), g.fresh('r'), g.fresh('o')];
      return {
        text: `CALL () { ${fixedQuery('apiRelationsFiltered', p)} } WITH subject AS ${s}, relation AS ${r}, object AS ${o}`,
        vars: { s, r, o },
        order: `${r}.claimCount DESC, ${r}.maxConfidence DESC, ${s}.name, ${o}.name, elementId(${r})`,
      };
    },
  },
  path: {
    kind: 'connection',
    node: 'Path',
    params: (a) => {
      if (a.from === a.to) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'path: "from" and "to" are the same entity');
      return { from: a.from, to: a.to, maxHops: checkRange(a.maxHops ?? MAX_PATH_HOPS, 1, MAX_PATH_HOPS, 'path(maxHops)'), predicates: a.predicates ?? null };
    },
    body: (_v, g, p) => {
      const path = g.fresh('p');
      return {
        text: `CALL () { ${fixedQuery('apiShortestPaths', p)} } WITH path AS ${path}`,
        vars: { p: path },
        order: `length(${path}), [x IN nodes(${path}) | x.name]`,
      };
    },
  },
  articles: {
    kind: 'connection',
    node: 'Article',
    params: (a) => {
      const f = (a.filter ?? {}) as Record<string, unknown>;
      return { source: f.source ?? null, language: f.language ?? null, from: f.publishedFrom ?? null, to: f.publishedTo ?? null, mentions: f.mentions ?? null };
    },
    body: (_v, g, p) => {
      const a = g.fresh('a');
      return {
        text:
          `MATCH (${a}:Article) WHERE (${p}.source IS NULL OR ${a}.source = ${p}.source) AND (${p}.language IS NULL OR ${a}.language = ${p}.language) ` +
          `AND (${p}.from IS NULL OR ${a}.published >= ${p}.from) AND (${p}.to IS NULL OR ${a}.published <= ${p}.to) ` +
          `AND (${p}.mentions IS NULL OR EXISTS { (${a})-[:MENTIONS]->(:Entity {id: ${p}.mentions}) })`,
        vars: { a },
        order: `coalesce(${a}.published, '') DESC, ${a}.id`,
      };
    },
  },
  statements: {
    kind: 'connection',
    node: 'Statement',
    params: (a) => {
      const f = (a.filter ?? {}) as Record<string, unknown>;
      return { speaker: f.speaker ?? null, contains: f.contains ?? null, language: f.language ?? null, since: f.since ?? null };
    },
    body: (_v, g, p) => {
      const st = g.fresh('st');
      return {
        text:
          `MATCH (${st}:Statement) WHERE (${p}.speaker IS NULL OR EXISTS { (:Entity {id: ${p}.speaker})-[:SAID]->(${st}) }) ` +
          `AND (${p}.contains IS NULL OR toLower(${st}.text) CONTAINS toLower(${p}.contains)) ` +
          `AND (${p}.language IS NULL OR ${st}.language = ${p}.language) AND (${p}.since IS NULL OR ${st}.date >= ${p}.since)`,
        vars: { st },
        order: `coalesce(${st}.date, '') DESC, ${st}.id`,
      };
    },
  },
};
