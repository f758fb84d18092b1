/**
 * Branded ids: a bare string cannot be passed where an EntityId is expected, so an
 * article id never ends up as a relation end by accident.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Id of an entity inside one extraction (`e1`, `e2`, …) or a graph entity id (`gz:…`, `ent:…`). */
export type EntityId = Brand<string, 'EntityId'>;
/** Stable id of an article in the graph (derived from its URL or content). */
export type ArticleId = Brand<string, 'ArticleId'>;

export const entityId = (s: string): EntityId => s as EntityId;
export const articleId = (s: string): ArticleId => s as ArticleId;
