/** Entity and its lists. An Entity is bound as `{ n }`. */
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { MAX_NEIGHBOR_DEPTH, checkRange } from './limits.js';
import { PREDICATE_TYPES, bound, prop, type TypeDefs } from './fieldDef.js';

export const entityFields: TypeDefs = {
  id: prop('n', 'id'),
  name: prop('n', 'name'),
  type: prop('n', 'type'),
  aliases: { kind: 'scalar', expr: (v) => `coalesce(${v.n}.aliases, [])` },
  nominal: { kind: 'scalar', expr: (v) => `coalesce(${v.n}.nominal, false)` },
  mentionCount: {
    kind: 'scalar',
    expr: (v, g) => {
      const m = g.fresh('m');
      const x = g.fresh('x');
      const c = g.fresh('c');
      // An aggregate inside a correlated COLLECT is refused by Cypher ("implicit grouping"): sum in a reduce instead.
      return `reduce(${x} = 0, ${c} IN COLLECT { MATCH (${v.n})<-[${m}:MENTIONS]-(:Article) RETURN coalesce(${m}.count, 0) } | ${x} + ${c})`;
    },
  },
  articleCount: { kind: 'scalar', expr: (v) => `COUNT { (${v.n})<-[:MENTIONS]-(:Article) }` },
  names: {
    kind: 'object',
    type: 'LocalizedName',
    list: true,
    nullable: false,
    args: true,
    params: (a) => ({ language: a.language ?? null }),
    body: (v, g, p) => {
      const x = g.fresh('x');
      return {
        text: `UNWIND [['en', ${v.n}.nameEn], ['ar', ${v.n}.nameAr]] AS ${x} WITH ${x} WHERE ${x}[1] IS NOT NULL AND (${p}.language IS NULL OR ${x}[0] = ${p}.language)`,
        vars: { x },
      };
    },
  },
  articles: {
    kind: 'connection',
    node: 'Article',
    body: (v, g) => {
      const a = g.fresh('a');
      return { text: `MATCH (${v.n})<-[:MENTIONS]-(${a}:Article)`, vars: { a }, order: `coalesce(${a}.published, '') DESC, ${a}.id` };
    },
  },
  relations: {
    kind: 'connection',
    node: 'Relation',
    variant: (a) => String(a.direction ?? 'BOTH'),
    params: (a) => ({ predicate: a.predicate ?? null, otherType: a.otherType ?? null }),
    body: (v, g, p, direction) => {
      const r = g.fresh('r');
      const x = g.fresh('x');
      const where = `(${p}.predicate IS NULL OR type(${r}) = ${p}.predicate) AND (${p}.otherType IS NULL OR ${x}.type = ${p}.otherType)`;
      const order = (s: string, o: string) => `${r}.claimCount DESC, ${r}.maxConfidence DESC, ${s}.name, ${o}.name, elementId(${r})`;
      if (direction === 'OUTGOING') {
        return { text: `MATCH (${v.n})-[${r}:${PREDICATE_TYPES}]->(${x}:Entity) WHERE ${where}`, vars: { s: v.n!, r, o: x }, order: order(v.n!, x) };
      }
      if (direction === 'INCOMING') {
        return { text: `MATCH (${v.n})<-[${r}:${PREDICATE_TYPES}]-(${x}:Entity) WHERE ${where}`, vars: { s: x, r, o: v.n! }, order: order(x, v.n!) };
      }
      const s = g.fresh('s');
      const o = g.fresh('o');
      return {
        text: `MATCH (${v.n})-[${r}:${PREDICATE_TYPES}]-(${x}:Entity) WHERE ${where} WITH ${r}, startNode(${r}) AS ${s}, endNode(${r}) AS ${o}`,
        vars: { s, r, o },
        order: order(s, o),
      };
    },
  },
  statements: {
    kind: 'connection',
    node: 'Statement',
    body: (v, g) => {
      const st = g.fresh('st');
      return { text: `MATCH (${v.n})-[:SAID]->(${st}:Statement)`, vars: { st }, order: `coalesce(${st}.date, '') DESC, ${st}.id` };
    },
  },
  neighbors: {
    kind: 'connection',
    node: 'Entity',
    // The depth picks one of three static patterns (*1..1, *1..2, *1..3): a bounded
    // expansion the planner can see, instead of expanding to 3 and filtering.
    variant: (a) => String(checkRange(a.depth ?? 1, 1, MAX_NEIGHBOR_DEPTH, 'neighbors(depth)')),
    params: (a) => ({ predicates: a.predicates ?? null }),
    // No min() for the distance: Neo4j 5 refuses an aggregate inside a subquery nested in a
    // projection that also reads outer variables ("implicit grouping"). DISTINCT is fine, and
    // shortestPath gives each neighbor's distance.
    body: (v, g, p, depth) => {
      const [path, m, sp, d, rel, rel2] = [g.fresh('p'), g.fresh('n'), g.fresh('sp'), g.fresh('d'), g.fresh('x'), g.fresh('x')];
      const hops = `${PREDICATE_TYPES}*1..${Number(depth)}`;
      return {
        text:
          `MATCH ${path} = (${v.n})-[:${hops}]-(${m}:Entity) WHERE ${m} <> ${v.n} ` +
          `AND (${p}.predicates IS NULL OR all(${rel} IN relationships(${path}) WHERE type(${rel}) IN ${p}.predicates)) ` +
          `WITH DISTINCT ${v.n}, ${m} ` +
          `MATCH ${sp} = shortestPath((${v.n})-[:${hops}]-(${m})) WHERE ${p}.predicates IS NULL OR all(${rel2} IN relationships(${sp}) WHERE type(${rel2}) IN ${p}.predicates) ` +
          `WITH ${m}, length(${sp}) AS ${d}`,
        vars: { n: m, d },
        order: `${d}, ${m}.name, ${m}.id`,
      };
    },
    edgeFields: { distance: (v) => v.d! },
  },
  timeline: {
    kind: 'connection',
    node: 'TimelineEntry',
    params: (a) => {
      if (a.from && a.to && (a.from as string) > (a.to as string)) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'timeline: "from" is after "to"');
      return { from: a.from ?? null, to: a.to ?? null };
    },
    body: (v, g, p) => {
      const [c, a, x, st, a2] = [g.fresh('c'), g.fresh('a'), g.fresh('x'), g.fresh('st'), g.fresh('a')];
      const [kind, date, pred, other, sent, art, sid] = ['kind', 'date', 'pred', 'other', 'sent', 'art', 'sid'].map((k) => g.fresh(k)) as [string, string, string, string, string, string, string];
      return {
        text:
          `CALL (${v.n}) { ` +
          `MATCH (${v.n})<-[:SUBJECT|OBJECT]-(${c}:Claim)-[:IN]->(${a}:Article) MATCH (${c})-[:SUBJECT|OBJECT]->(${x}:Entity) WHERE ${x} <> ${v.n} ` +
          `RETURN 'CLAIM' AS ${kind}, ${c}.date AS ${date}, ${c}.predicate AS ${pred}, ${x} AS ${other}, ${c}.sentence AS ${sent}, ${a} AS ${art}, ${c}.id AS ${sid} ` +
          `UNION ALL ` +
          `MATCH (${v.n})-[:SAID]->(${st}:Statement)-[:IN]->(${a2}:Article) ` +
          `RETURN 'STATEMENT' AS ${kind}, ${st}.date AS ${date}, null AS ${pred}, null AS ${other}, ${st}.sentence AS ${sent}, ${a2} AS ${art}, ${st}.id AS ${sid} } ` +
          `WITH * WHERE (${p}.from IS NULL OR ${date} >= ${p}.from) AND (${p}.to IS NULL OR ${date} <= ${p}.to)`,
        vars: { kind, date, pred, other, sent, art, sid },
        order: `${date}, ${sid}`,
      };
    },
  },
};

/** TimelineEntry, bound as `{ kind, date, pred, other, sent, art }`. */
export const timelineEntryFields: TypeDefs = {
  kind: bound('kind'),
  date: bound('date'),
  predicate: bound('pred'),
  sentence: bound('sent'),
  other: { kind: 'object', type: 'Entity', list: false, nullable: true, reuse: (v) => ({ n: v.other! }) },
  article: { kind: 'object', type: 'Article', list: false, nullable: false, reuse: (v) => ({ a: v.art! }) },
};

/** LocalizedName, bound as `{ x }` = [language, name]. */
export const localizedNameFields: TypeDefs = {
  language: { kind: 'scalar', expr: (v) => `${v.x}[0]` },
  name: { kind: 'scalar', expr: (v) => `${v.x}[1]` },
};
