/**
 * One structured log line per operation: name, type, duration, database queries, error codes.
 * `dbQueries` is the delta of the process-wide Graph.queryCount: exact when requests do not
 * overlap (the round-trip tests rely on that), an upper bound under concurrency.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { ApiContext } from '../context.js';

export function loggingPlugin(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const t0 = performance.now();
      const q0 = contextValue.graph.queryCount;
      return {
        async willSendResponse({ operationName, operation, errors }) {
          log.info(
            {
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              ms: Math.round((performance.now() - t0) * 10) / 10,
              dbQueries: contextValue.graph.queryCount - q0,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}
