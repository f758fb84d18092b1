/** Relation (bound as `{ s, r, o }`: subject, relationship, object) and Evidence (`{ c, a }`: claim, article). */
import { prop, type TypeDefs } from './fieldDef.js';

export const relationFields: TypeDefs = {
  predicate: { kind: 'scalar', expr: (v) => `type(${v.r})` },
  subject: { kind: 'object', type: 'Entity', list: false, nullable: false, reuse: (v) => ({ n: v.s! }) },
  object: { kind: 'object', type: 'Entity', list: false, nullable: false, reuse: (v) => ({ n: v.o! }) },
  claimCount: prop('r', 'claimCount'),
  articleCount: prop('r', 'articleCount'),
  firstSeen: prop('r', 'firstSeen'),
  lastSeen: prop('r', 'lastSeen'),
  confidence: { kind: 'scalar', expr: (v) => `coalesce(${v.r}.maxConfidence, 0.0)` },
  // Same pattern as cypher/queries/apiRelationEvidence.cypher (a test checks they agree).
  evidence: {
    kind: 'connection',
    node: 'Evidence',
    body: (v, g) => {
      const c = g.fresh('c');
      const a = g.fresh('a');
      return {
        text: `MATCH (${v.s})<-[:SUBJECT]-(${c}:Claim)-[:OBJECT]->(${v.o}) WHERE ${c}.predicate = type(${v.r}) MATCH (${c})-[:IN]->(${a}:Article)`,
        vars: { c, a },
        order: `${c}.confidence DESC, ${c}.id`,
      };
    },
  },
};

export const evidenceFields: TypeDefs = {
  sentence: prop('c', 'sentence'),
  start: prop('c', 'start'),
  end: prop('c', 'end'),
  confidence: prop('c', 'confidence'),
  date: prop('c', 'date'),
  rule: prop('c', 'rule'),
  article: { kind: 'object', type: 'Article', list: false, nullable: false, reuse: (v) => ({ a: v.a! }) },
};
