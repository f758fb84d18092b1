/**
 * Step 2 of compiling: a plan → Cypher text. Each root field becomes ONE expression
 * (`RETURN <expr> AS r0, <expr> AS r1, …`), nested lists become `COLLECT { … }`
 * subqueries with their own ORDER BY / SKIP / LIMIT, so a hub's thousands of edges
 * are never collected to show twenty. Objects come back as maps with positional
 * keys (`f0`, `f1`, …): response keys (aliases) are the client's words and never
 * enter the text; shape.ts renames them in Node.
 */
import type { Body, ComputedDef, ConnectionDef, ObjectDef, ScalarDef, Vars } from './fieldDef.js';
import { VarNames } from './fieldDef.js';
import type { PlanNode } from './plan.js';

const varList = (v: Vars) => [...new Set(Object.values(v))].join(', ');

export function generateRoot(node: PlanNode, root: number, g: VarNames = new VarNames()): string {
  return fieldExpr(node, {}, g, root);
}

function objectMap(children: PlanNode[], vars: Vars, g: VarNames, root: number): string {
  return `{${children.map((c, i) => `f${i}: ${fieldExpr(c, vars, g, root)}`).join(', ')}}`;
}

function fieldExpr(n: PlanNode, vars: Vars, g: VarNames, root: number): string {
  const p = n.param ? `$r${root}.${n.param}` : '';
  switch (n.kind) {
    case 'scalar':
      return (n.def as ScalarDef).expr(vars, g, p);
    case 'computed':
      return (n.def as ComputedDef).expr(vars);
    case 'object': {
      const def = n.def as ObjectDef;
      if (def.reuse) {
        const inner = def.reuse(vars);
        const map = objectMap(n.children, inner, g, root);
        return def.nullable ? `CASE WHEN ${Object.values(inner)[0]} IS NULL THEN null ELSE ${map} END` : map;
      }
      const body: Body = def.body!(vars, g, p, n.variant ?? '');
      const ordered = body.order ? ` WITH ${varList(body.vars)} ORDER BY ${body.order}` : '';
      const sub = `COLLECT { ${body.text}${ordered} RETURN ${objectMap(n.children, body.vars, g, root)} }`;
      return def.list ? sub : `head(${sub})`;
    }
    case 'connection': {
      const def = n.def as ConnectionDef;
      const body = def.body(vars, g, p, n.variant ?? '');
      const parts: string[] = [];
      const edges = n.children.filter((c) => c.kind === 'edges');
      if (edges.length || n.children.some((c) => c.kind === 'pageInfo')) {
        const edgeMap = edges.flatMap((e, i) => e.children.map((c, j) => `e${i}_${j}: ${edgeExpr(c, def, body.vars, g, root)}`));
        parts.push(
          `i: COLLECT { ${body.text} WITH ${varList(body.vars)} ORDER BY ${body.order} SKIP ${p}.offset LIMIT ${p}.limit RETURN {${edgeMap.join(', ')}} }`,
        );
      }
      if (n.children.some((c) => c.kind === 'totalCount')) parts.push(`t: COUNT { ${body.text} RETURN ${Object.values(body.vars)[0]} }`);
      return `{${parts.join(', ')}}`;
    }
    default:
      throw new Error(`generate: unexpected plan node ${n.kind}`);
  }
}

function edgeExpr(c: PlanNode, def: ConnectionDef, vars: Vars, g: VarNames, root: number): string {
  if (c.kind === 'cursor') return 'null'; // made in Node from the position
  if (c.kind === 'node') return objectMap(c.children, vars, g, root);
  const f = def.edgeFields?.[c.name];
  if (!f) throw new Error(`generate: no edge field ${c.name}`);
  return f(vars);
}
