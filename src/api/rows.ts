/**
 * What resolvers hand to graphql-js (codegen maps the schema's object types to these).
 * Compiled objects arrive already shaped like the response, keyed by response key
 * (alias or field name) — see compiler/shape.ts — so they are opaque rows here.
 */
export type ResponseRow = Record<string, unknown>;

/** IngestArticlePayload before its `article` is read back through the compiler. */
export interface IngestArticlePayloadRow {
  outcome: 'new' | 'updated' | 'unchanged';
  articleId: string;
}
