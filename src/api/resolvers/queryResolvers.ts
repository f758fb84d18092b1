/** Root query fields: each hands its selection to the operation loader (one compiled Cypher per request). */
import type { GraphQLResolveInfo } from 'graphql';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

const compiled = (_: unknown, __: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => ctx.loader.load(info) as Promise<never>;

const required = (what: string) => async (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
  const v = await ctx.loader.load(info);
  if (v === null || v === undefined) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no ${what} with id ${JSON.stringify(args.id)}`, { id: args.id });
  return v as never;
};

export const queryResolvers: QueryResolvers<ApiContext> = {
  entity: required('entity'),
  article: required('article'),
  entities: compiled,
  relations: compiled,
  path: compiled,
  articles: compiled,
  statements: compiled,
};
