/**
 * How each schema field becomes Cypher. The compiler never writes user input into
 * the text: a field's arguments travel as ONE map parameter (`p` below is the
 * Cypher reference to it, e.g. `$r0.p3`), and the text is assembled only from
 * these static fragments and variable names the compiler generates itself.
 *
 * `Vars` names the Cypher variables an object is bound to, by role: an Entity is
 * `{ n }`, a Relation `{ s, r, o }`, an Article `{ a }`, … (see each type's file).
 */
export type Vars = Record<string, string>;

/** Generates fresh variable names (`n1`, `r2`, …): subqueries see outer variables, so names must never repeat. */
export class VarNames {
  private n = 0;
  fresh(prefix: string): string {
    return `${prefix}${++this.n}`;
  }
}

/** A MATCH…/UNWIND… fragment that binds the variables of the items it yields. */
export interface Body {
  text: string;
  vars: Vars;
  /** ORDER BY expression over `vars` (lists and connections). */
  order?: string;
}

export interface ScalarDef {
  kind: 'scalar';
  expr(v: Vars, g: VarNames, p: string): string;
  /** This field takes arguments (so it gets a parameter). */
  args?: boolean;
}

export interface ObjectDef {
  kind: 'object';
  type: string;
  list: boolean;
  nullable: boolean;
  /** The object is already bound in the parent's variables (Relation.subject → the relation's `s`). */
  reuse?(v: Vars): Vars;
  /** Otherwise a subquery finds it. */
  body?(v: Vars, g: VarNames, p: string, variant: string): Body;
  args?: boolean;
  /** Turns GraphQL arguments into the parameter map (and validates them). */
  params?(args: Record<string, unknown>): Record<string, unknown>;
}

export interface ConnectionDef {
  kind: 'connection';
  /** Node type of the edges. */
  node: string;
  /** The items: a fragment binding the node's variables (plus edge-level ones), with its order. */
  body(v: Vars, g: VarNames, p: string, variant: string): Body & { order: string };
  /** Arguments that choose between static texts (direction, order, depth); part of the cache key. */
  variant?(args: Record<string, unknown>): string;
  /** Turns the remaining GraphQL arguments into the parameter map (first/after handled by the compiler). */
  params?(args: Record<string, unknown>): Record<string, unknown>;
  /** Edge fields other than cursor and node (ArticleEntityEdge.count …), over the body's vars. */
  edgeFields?: Record<string, (v: Vars) => string>;
}

export interface ComputedDef {
  kind: 'computed';
  /** What to fetch. */
  expr(v: Vars): string;
  /** What to make of it in Node (Article.sections re-parses the stored text). */
  compute(raw: unknown, select: (item: Record<string, unknown>) => Record<string, unknown>): unknown;
}

export type FieldDef = ScalarDef | ObjectDef | ConnectionDef | ComputedDef;
export type TypeDefs = Record<string, FieldDef>;

/** The predicates between entities, for variable-length patterns (from the schema's Predicate enum, not from input). */
export const PREDICATE_TYPES = 'ATTACKED|BACKS|THREATENED|ACCUSED|VISITED|MET_WITH|AFFILIATED_WITH|LOCATED_IN|DEPLOYED_IN';

/** A stored property of the variable bound to `role`. */
export const prop = (role: string, name: string): ScalarDef => ({ kind: 'scalar', expr: (v) => `${v[role]}.${name}` });

/** A scalar read from a variable the body already computed (TimelineEntry.kind …). */
export const bound = (role: string): ScalarDef => ({ kind: 'scalar', expr: (v) => `${v[role]}` });
