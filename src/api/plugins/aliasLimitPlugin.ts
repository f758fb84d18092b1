/** Refuses documents with more than `max` aliased fields (alias flooding multiplies work without deeper nesting). */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

export function aliasLimitPlugin(max: number): ApolloServerPlugin {
  const counted = new WeakMap<DocumentNode, number>(); // per parsed document (Apollo re-uses them)
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          let aliases = counted.get(document);
          if (aliases === undefined) {
            let n = 0;
            visit(document, {
              Field(node) {
                if (node.alias) n++;
              },
            });
            counted.set(document, (aliases = n));
          }
          if (aliases > max) {
            throw new GraphQLError(`too many aliases: ${aliases}, the limit is ${max}`, { extensions: { code: 'BAD_USER_INPUT', limit: 'aliases', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
