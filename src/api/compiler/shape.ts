/**
 * Step 3: the row Neo4j returns → the response, keyed by response keys (aliases),
 * with cursors and pageInfo made here. After this, every resolver below the root is
 * a property read (see ../resolvers/responseKeyResolver.ts).
 */
import { encodeCursor } from './cursor.js';
import type { ComputedDef } from './fieldDef.js';
import type { PlanNode } from './plan.js';

type Row = Record<string, unknown>;

export function shapeField(n: PlanNode, raw: unknown): unknown {
  switch (n.kind) {
    case 'scalar':
      return raw;
    case 'computed':
      return (n.def as ComputedDef).compute(raw, (item) => Object.fromEntries(n.children.map((c) => [c.key, item[c.name]])));
    case 'object':
      if (raw === null || raw === undefined) return null;
      return Array.isArray(raw) ? raw.map((r) => shapeObject(n.children, r as Row)) : shapeObject(n.children, raw as Row);
    case 'connection':
      return shapeConnection(n, (raw ?? {}) as Row);
    default:
      throw new Error(`shape: unexpected plan node ${n.kind}`);
  }
}

function shapeObject(children: PlanNode[], raw: Row | null): Row | null {
  if (raw === null) return null;
  const out: Row = {};
  children.forEach((c, i) => {
    out[c.key] = shapeField(c, raw[`f${i}`]);
  });
  return out;
}

function shapeConnection(n: PlanNode, raw: Row): Row {
  const items = (raw.i ?? []) as Row[];
  const first = n.first!;
  const offset = n.offset!;
  const page = items.slice(0, first);
  const cursor = (k: number) => encodeCursor(n.list!, offset + k);
  const out: Row = {};
  let edgeIndex = 0;
  for (const c of n.children) {
    if (c.kind === 'totalCount') out[c.key] = raw.t ?? 0;
    else if (c.kind === 'pageInfo') {
      const info: Row = {
        hasNextPage: items.length > first,
        hasPreviousPage: offset > 0,
        startCursor: page.length ? cursor(0) : null,
        endCursor: page.length ? cursor(page.length - 1) : null,
      };
      out[c.key] = Object.fromEntries(c.children.map((f) => [f.key, info[f.name]]));
    } else if (c.kind === 'edges') {
      const i = edgeIndex++;
      out[c.key] = page.map((item, k) => {
        const edge: Row = {};
        c.children.forEach((e, j) => {
          const v = item[`e${i}_${j}`];
          edge[e.key] = e.kind === 'cursor' ? cursor(k) : e.kind === 'node' ? shapeObject(e.children, v as Row) : v;
        });
        return edge;
      });
    }
  }
  return out;
}
