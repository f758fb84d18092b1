/**
 * The default field resolver for compiled data: shape.ts already keyed every
 * object by response key (alias or field name), so a field is a property read.
 * Objects made outside the compiler (mutation payloads) have explicit resolvers.
 */
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';

export const responseKeyResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, ctx, info) => {
  if (source !== null && typeof source === 'object' && Object.prototype.hasOwnProperty.call(source, info.path.key)) {
    return (source as Record<string | number, unknown>)[info.path.key];
  }
  return defaultFieldResolver(source, args, ctx, info);
};
