/** Article (bound as `{ a }`), Post (`{ x }`) and Section (computed in Node from the stored text). */
import { parseArticle } from '../../parse/index.js';
import { prop, type TypeDefs } from './fieldDef.js';

export const articleFields: TypeDefs = {
  id: prop('a', 'id'),
  url: prop('a', 'url'),
  title: prop('a', 'title'),
  source: prop('a', 'source'),
  published: prop('a', 'published'),
  language: prop('a', 'language'),
  ingestedAt: prop('a', 'ingestedAt'),
  relatedHeadlines: { kind: 'scalar', expr: (v) => `coalesce(${v.a}.relatedHeadlines, [])` },
  tags: {
    kind: 'scalar',
    expr: (v, g) => {
      const t = g.fresh('t');
      return `COLLECT { MATCH (${v.a})-[:TAGGED]->(${t}:Tag) RETURN ${t}.name ORDER BY ${t}.name }`;
    },
  },
  posts: {
    kind: 'object',
    type: 'Post',
    list: true,
    nullable: false,
    body: (v, g) => {
      const x = g.fresh('x');
      return { text: `MATCH (${x}:Post)-[:EMBEDDED_IN]->(${v.a})`, vars: { x }, order: `${x}.id` };
    },
  },
  // The page's blocks are not stored as nodes: the parser re-derives them from the
  // stored text (deterministic, a few ms), so the graph holds one copy of the text.
  sections: {
    kind: 'computed',
    expr: (v) => `${v.a}.text`,
    compute: (raw, select) => (typeof raw === 'string' ? parseArticle(raw).sections.map((s) => select({ ...s })) : []),
  },
  partOf: {
    kind: 'object',
    type: 'Article',
    list: false,
    nullable: true,
    body: (v, g) => {
      const a = g.fresh('a');
      return { text: `MATCH (${v.a})-[:PART_OF]->(${a}:Article)`, vars: { a } };
    },
  },
  parts: {
    kind: 'object',
    type: 'Article',
    list: true,
    nullable: false,
    body: (v, g) => {
      const a = g.fresh('a');
      return { text: `MATCH (${a}:Article)-[:PART_OF]->(${v.a})`, vars: { a }, order: `${a}.id` };
    },
  },
  entities: {
    kind: 'connection',
    node: 'Entity',
    body: (v, g) => {
      const m = g.fresh('m');
      const n = g.fresh('n');
      return { text: `MATCH (${v.a})-[${m}:MENTIONS]->(${n}:Entity)`, vars: { n, m }, order: `${m}.count DESC, ${n}.name, ${n}.id` };
    },
    edgeFields: { count: (v) => `${v.m}.count`, forms: (v) => `coalesce(${v.m}.forms, [])` },
  },
  relations: {
    kind: 'connection',
    node: 'Relation',
    body: (v, g) => {
      const [c, s, o, pr, r] = [g.fresh('c'), g.fresh('s'), g.fresh('o'), g.fresh('pr'), g.fresh('r')];
      return {
        text:
          `MATCH (${c}:Claim)-[:IN]->(${v.a}) MATCH (${s}:Entity)<-[:SUBJECT]-(${c})-[:OBJECT]->(${o}:Entity) ` +
          `WITH DISTINCT ${s}, ${o}, ${c}.predicate AS ${pr} MATCH (${s})-[${r}]->(${o}) WHERE type(${r}) = ${pr}`,
        vars: { s, r, o },
        order: `${r}.claimCount DESC, ${s}.name, ${o}.name, elementId(${r})`,
      };
    },
  },
  statements: {
    kind: 'connection',
    node: 'Statement',
    body: (v, g) => {
      const st = g.fresh('st');
      return { text: `MATCH (${st}:Statement)-[:IN]->(${v.a})`, vars: { st }, order: `${st}.start, ${st}.id` };
    },
  },
};

export const postFields: TypeDefs = {
  id: prop('x', 'id'),
  handle: prop('x', 'handle'),
  author: prop('x', 'author'),
  date: prop('x', 'date'),
  text: prop('x', 'text'),
};
