/**
 * Refuses operations whose estimated cost exceeds `max` (graphql-query-complexity).
 * A list field costs its page size (`first`, default 20) times what each item costs,
 * so a query asking 100 × 100 × 100 nested items is refused before it reaches Neo4j.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
// The package's ESM build deep-imports graphql's .mjs files while Node resolves our
// `graphql` import to its CommonJS build: two graphql realms, and every check fails
// ("Cannot use GraphQLObjectType from another module or realm", slicknode/graphql-query-complexity#100).
// Its CommonJS build shares our graphql instance.
import complexityCjs from 'graphql-query-complexity/cjs';

const { getComplexity, simpleEstimator } = complexityCjs as typeof import('graphql-query-complexity');

const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : 20;
    return 1 + Math.max(first, 1) * Math.max(childComplexity, 1);
  }
  return undefined;
};

export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  // The cost depends on the document and the variables (`first: $n`); remember it per
  // parsed document (Apollo re-uses them) and variables.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const estimators = [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let byVars = costs.get(document);
          if (!byVars) costs.set(document, (byVars = new Map()));
          let complexity = byVars.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({ schema, query: document, variables: request.variables ?? {}, ...(operationName ? { operationName } : {}), estimators });
            if (byVars.size < 100) byVars.set(key, complexity);
          }
          if (complexity > max) {
            throw new GraphQLError(`query is too complex: estimated cost ${complexity}, the limit is ${max} (ask for fewer items per page or fewer nested lists)`, {
              extensions: { code: 'BAD_USER_INPUT', limit: 'complexity', complexity, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
