/** Refuses operations nested deeper than `max` (graphql-depth-limit, run once the operation is known). */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';

export function depthLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document }) {
          const errors = validate(schema, document, [depthLimit(max)]);
          if (errors.length) {
            throw new GraphQLError(`query is nested too deeply: ${errors[0]!.message} (the limit is ${max})`, {
              extensions: { code: 'BAD_USER_INPUT', limit: 'depth', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
