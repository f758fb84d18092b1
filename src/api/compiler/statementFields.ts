/** Statement, bound as `{ st }`. */
import { prop, type TypeDefs } from './fieldDef.js';

export const statementFields: TypeDefs = {
  id: prop('st', 'id'),
  text: prop('st', 'text'),
  sentence: prop('st', 'sentence'),
  start: prop('st', 'start'),
  end: prop('st', 'end'),
  language: prop('st', 'language'),
  date: prop('st', 'date'),
  speakerDescription: prop('st', 'speakerDescription'),
  speaker: {
    kind: 'object',
    type: 'Entity',
    list: false,
    nullable: true,
    body: (v, g) => {
      const n = g.fresh('n');
      return { text: `MATCH (${n}:Entity)-[:SAID]->(${v.st})`, vars: { n } };
    },
  },
  article: {
    kind: 'object',
    type: 'Article',
    list: false,
    nullable: false,
    body: (v, g) => {
      const a = g.fresh('a');
      return { text: `MATCH (${v.st})-[:IN]->(${a}:Article)`, vars: { a } };
    },
  },
  mentions: {
    kind: 'connection',
    node: 'Entity',
    body: (v, g) => {
      const n = g.fresh('n');
      return { text: `MATCH (${v.st})-[:MENTIONS]->(${n}:Entity)`, vars: { n }, order: `${n}.name, ${n}.id` };
    },
  },
};
