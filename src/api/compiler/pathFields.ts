/** Path, bound as `{ p }` (a Cypher path). */
import type { TypeDefs } from './fieldDef.js';

export const pathFields: TypeDefs = {
  length: { kind: 'scalar', expr: (v) => `length(${v.p})` },
  // UNWIND keeps the path's order; no ORDER BY on purpose.
  entities: {
    kind: 'object',
    type: 'Entity',
    list: true,
    nullable: false,
    body: (v, g) => {
      const n = g.fresh('n');
      return { text: `UNWIND nodes(${v.p}) AS ${n}`, vars: { n } };
    },
  },
  relations: {
    kind: 'object',
    type: 'Relation',
    list: true,
    nullable: false,
    body: (v, g) => {
      const [r, s, o] = [g.fresh('r'), g.fresh('s'), g.fresh('o')];
      return { text: `UNWIND relationships(${v.p}) AS ${r} WITH ${r}, startNode(${r}) AS ${s}, endNode(${r}) AS ${o}`, vars: { s, r, o } };
    },
  },
};
