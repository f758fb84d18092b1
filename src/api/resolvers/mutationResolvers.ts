/**
 * Mutations: the write goes through the same code as the CLI (src/pipeline.ts,
 * src/graph/curation.ts); the returned object is then read back by compiling the
 * mutation field's own selection set (one more round trip, one read transaction).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { addAlias, mergeEntities } from '../../graph/curation.js';
import { articleIdFor, contentHashOf } from '../../graph/write/toArticleRows.js';
import { parseArticle } from '../../parse/index.js';
import type { ArticleInput } from '../../parse/types.js';
import { ingest } from '../../pipeline.js';
import { requireMutationToken } from '../auth.js';
import type { ApiContext } from '../context.js';
import type { MutationResolvers, IngestArticlePayloadResolvers } from '../generated/resolvers-types.js';

const MAX_TEXT = 2 * 1024 * 1024;

const readEntity = (ctx: ApiContext, info: GraphQLResolveInfo, id: string) => ctx.loader.load(info, 'entity', { id }) as Promise<never>;

export const mutationResolvers: MutationResolvers<ApiContext> = {
  async ingestArticle(_, { input }, ctx) {
    requireMutationToken(ctx);
    if (!input.text.trim()) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'input.text is empty');
    if (input.text.length > MAX_TEXT) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `input.text is longer than ${MAX_TEXT} characters`);
    const article: ArticleInput = {
      text: input.text,
      url: input.url ?? null,
      source: input.source ?? null,
      published: input.published ?? null,
      title: input.title ?? null,
      language: (input.language as ArticleInput['language']) ?? null,
    };
    const summary = await ctx.availability.run(() => ingest(ctx.graph, [{ label: 'api', read: async () => article }], { batchSize: 1 }));
    if (summary.failures.length) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `the article could not be ingested: ${summary.failures[0]!.reason}`);
    // The id the writer gave it: from the URL the parser settled on, else from the content.
    const parsed = parseArticle(article);
    const id = articleIdFor(parsed.url, contentHashOf(parsed.text));
    const outcome = summary.articles.new ? 'new' : summary.articles.updated ? 'updated' : 'unchanged';
    return { outcome, articleId: id } as never;
  },
  async mergeEntities(_, { into, from }, ctx, info) {
    requireMutationToken(ctx);
    await ctx.availability.run(() => mergeEntities(ctx.graph, into, from));
    return readEntity(ctx, info, into);
  },
  async addAlias(_, { id, alias }, ctx, info) {
    requireMutationToken(ctx);
    await ctx.availability.run(() => addAlias(ctx.graph, id, alias));
    return readEntity(ctx, info, id);
  },
};

export const ingestPayloadResolvers: IngestArticlePayloadResolvers<ApiContext> = {
  outcome: (src) => (src as unknown as { outcome: string }).outcome as never,
  async article(src, _, ctx, info) {
    const id = (src as unknown as { articleId: string }).articleId;
    const a = await ctx.loader.load(info, 'article', { id });
    if (!a) throw new NewsgraphError(ErrorCode.NOT_FOUND, `the article was written but cannot be read back (id ${id})`);
    return a as never;
  },
};
