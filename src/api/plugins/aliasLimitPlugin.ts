/** Refuses documents with more than `max` aliased fields (alias flooding multiplies work without deeper nesting). */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';

export function aliasLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          let aliases = 0;
          visit(document, {
            Field(node) {
              if (node.alias) aliases++;
            },
          });
          if (aliases > max) {
            throw new GraphQLError(`too many aliases: ${aliases}, the limit is ${max}`, { extensions: { code: 'BAD_USER_INPUT', limit: 'aliases', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
