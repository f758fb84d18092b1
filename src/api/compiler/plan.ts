/**
 * Step 1 of compiling: a root field's selection set (with aliases, fragments and
 * @skip/@include already resolved against the variables) → a plan tree. The plan
 * holds the argument values (as parameters) and a `shape` string that leaves them
 * out: two requests with the same shape share one compiled Cypher text.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import neo4j from 'neo4j-driver';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { offsetAfter } from './cursor.js';
import type { FieldDef } from './fieldDef.js';
import { checkFirst } from './limits.js';
import { fieldDef } from './typeRegistry.js';

export type PlanKind = 'scalar' | 'object' | 'connection' | 'computed' | 'edges' | 'cursor' | 'node' | 'edgeField' | 'pageInfo' | 'pageInfoField' | 'totalCount';

export interface PlanNode {
  /** Response key (alias or field name): the shaped row uses it. */
  key: string;
  name: string;
  kind: PlanKind;
  /** Object type of this node (object, node) or of a connection's nodes. */
  type?: string;
  def?: FieldDef;
  children: PlanNode[];
  /** Name of this field's entry in the root parameter map. */
  param?: string;
  variant?: string;
  /** Connections: list name for cursors, page size and start. */
  list?: string;
  first?: number;
  offset?: number;
}

export interface RootPlan {
  node: PlanNode;
  params: Record<string, unknown>;
  shape: string;
}

export interface PlanInput {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Plans a root field (`Query.<field>`); `args` overrides the AST's arguments (mutation payloads reuse Query.entity/article). */
export function planRoot(input: PlanInput, field: string, fieldNodes: readonly FieldNode[], args?: Record<string, unknown>): RootPlan {
  const params: Record<string, unknown> = {};
  let counter = 0;
  const query = input.schema.getQueryType()!;

  const paramFor = (values: Record<string, unknown>): string => {
    const name = `p${counter++}`;
    params[name] = values;
    return name;
  };

  const argsOf = (parent: GraphQLObjectType, name: string, node: FieldNode) => {
    const f = parent.getFields()[name]!;
    return getArgumentValues(f, node, input.variables) as Record<string, unknown>;
  };

  const planObjectChildren = (type: GraphQLObjectType, nodes: readonly FieldNode[]): PlanNode[] => {
    const out: PlanNode[] = [];
    for (const [key, group] of collectFields(input, nodes)) {
      const name = group[0]!.name.value;
      if (name.startsWith('__')) continue; // graphql-js answers __typename itself
      out.push(planField(type, name, key, group, undefined));
    }
    return out;
  };

  const planField = (parent: GraphQLObjectType, name: string, key: string, nodes: readonly FieldNode[], override?: Record<string, unknown>): PlanNode => {
    const def = fieldDef(parent.name, name);
    if (!def) throw new NewsgraphError(ErrorCode.INTERNAL, `no compiler definition for ${parent.name}.${name}`);
    const gqlType = getNamedType(parent.getFields()[name]!.type);
    const args = override ?? argsOf(parent, name, nodes[0]!);
    const where = `${parent.name}.${name}`;
    try {
      switch (def.kind) {
        case 'scalar':
          return { key, name, kind: 'scalar', def, children: [], ...(def.args ? { param: paramFor(args) } : {}) };
        case 'computed':
          // Plain values made in Node: only the response keys are needed.
          return {
            key,
            name,
            kind: 'computed',
            def,
            children: [...collectFields(input, nodes)].filter(([, g]) => !g[0]!.name.value.startsWith('__')).map(([k, g]) => ({ key: k, name: g[0]!.name.value, kind: 'scalar' as const, children: [] })),
          };
        case 'object': {
          const type = gqlType as GraphQLObjectType;
          const node: PlanNode = { key, name, kind: 'object', type: type.name, def, children: [] };
          if (def.params || def.args) node.param = paramFor(def.params ? def.params(args) : args);
          node.children = planObjectChildren(type, nodes);
          return node;
        }
        case 'connection': {
          const conn = gqlType as GraphQLObjectType;
          const edgeType = getNamedType(conn.getFields().edges!.type) as GraphQLObjectType;
          const nodeType = getNamedType(edgeType.getFields().node!.type) as GraphQLObjectType;
          const first = checkFirst(args.first, where);
          const offset = offsetAfter(where, args.after as string | null | undefined);
          const variant = def.variant?.(args);
          const values = { ...(def.params ? def.params(args) : {}), offset: neo4j.int(offset), limit: neo4j.int(first + 1) };
          const node: PlanNode = { key, name, kind: 'connection', type: nodeType.name, def, children: [], param: paramFor(values), list: where, first, offset, ...(variant !== undefined ? { variant } : {}) };
          for (const [ckey, group] of collectFields(input, nodes)) {
            const cname = group[0]!.name.value;
            if (cname === 'totalCount') node.children.push({ key: ckey, name: cname, kind: 'totalCount', children: [] });
            else if (cname === 'pageInfo') {
              const pi: PlanNode = { key: ckey, name: cname, kind: 'pageInfo', children: [] };
              for (const [pkey, pgroup] of collectFields(input, group)) {
                const pname = pgroup[0]!.name.value;
                if (!pname.startsWith('__')) pi.children.push({ key: pkey, name: pname, kind: 'pageInfoField', children: [] });
              }
              node.children.push(pi);
            } else if (cname === 'edges') {
              const edges: PlanNode = { key: ckey, name: cname, kind: 'edges', children: [] };
              for (const [ekey, egroup] of collectFields(input, group)) {
                const ename = egroup[0]!.name.value;
                if (ename.startsWith('__')) continue;
                if (ename === 'cursor') edges.children.push({ key: ekey, name: ename, kind: 'cursor', children: [] });
                else if (ename === 'node') edges.children.push({ key: ekey, name: ename, kind: 'node', type: nodeType.name, children: planObjectChildren(nodeType, egroup) });
                else edges.children.push({ key: ekey, name: ename, kind: 'edgeField', children: [] });
              }
              node.children.push(edges);
            }
          }
          return node;
        }
      }
    } catch (e) {
      if (e instanceof NewsgraphError && e.code === ErrorCode.BAD_USER_INPUT && !e.details.field) {
        throw new NewsgraphError(e.code, e.message.startsWith(where) ? e.message : `${where}: ${e.message}`, { ...e.details, field: where }, { cause: e });
      }
      throw e;
    }
  };

  const node = planField(query, field, fieldNodes[0]!.alias?.value ?? field, fieldNodes, args);
  return { node, params, shape: shapeOf(node) };
}

/** The cache key of a plan: everything that changes the Cypher text, nothing that is a value. */
export function shapeOf(n: PlanNode): string {
  const inner = n.children.length ? `{${n.children.map(shapeOf).join(',')}}` : '';
  return `${n.kind === 'scalar' || n.kind === 'object' || n.kind === 'connection' || n.kind === 'computed' ? n.name : n.kind}${n.variant !== undefined ? `(${n.variant})` : ''}${n.param ? '$' : ''}${inner}`;
}

/** Response key → field nodes, in order, with fragments inlined and @skip/@include applied (GraphQL's CollectFields). */
function collectFields(input: PlanInput, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const include = (node: { directives?: readonly unknown[] }) => {
    const n = node as Parameters<typeof getDirectiveValues>[1];
    if (getDirectiveValues(GraphQLSkipDirective, n, input.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, n, input.variables)?.if === false) return false;
    return true;
  };
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (!include(sel)) continue;
      if (sel.kind === 'Field') {
        const key = sel.alias?.value ?? sel.name.value;
        out.set(key, [...(out.get(key) ?? []), sel]);
      } else if (sel.kind === 'InlineFragment') {
        walk(sel.selectionSet);
      } else {
        const name = sel.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        walk(input.fragments[name]?.selectionSet);
      }
    }
  };
  for (const n of nodes) walk(n.selectionSet);
  return out;
}

