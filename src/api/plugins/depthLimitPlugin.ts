/** Refuses operations nested deeper than `max` (graphql-depth-limit, run once the operation is known). */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, type DocumentNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';

export function depthLimitPlugin(max: number): ApolloServerPlugin {
  // Depth does not depend on variables, and Apollo re-uses the parsed document of a
  // repeated query string: check each document once.
  const checked = new WeakMap<DocumentNode, string | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document }) {
          let error = checked.get(document);
          if (error === undefined) {
            error = validate(schema, document, [depthLimit(max)])[0]?.message ?? null;
            checked.set(document, error);
          }
          if (error !== null) {
            throw new GraphQLError(`query is nested too deeply: ${error} (the limit is ${max})`, {
              extensions: { code: 'BAD_USER_INPUT', limit: 'depth', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
