/** The resolver map: roots, mutations, scalars and enum internal values. Everything else is a property read. */
import { DateScalar } from '../scalars/dateScalar.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { ingestPayloadResolvers, mutationResolvers } from './mutationResolvers.js';
import { queryResolvers } from './queryResolvers.js';

export const resolvers: Resolvers<ApiContext> = {
  Date: DateScalar,
  // The graph stores languages and outcomes in lower case; the schema's enums are upper case.
  Language: { AR: 'ar', EN: 'en' },
  IngestOutcome: { NEW: 'new', UPDATED: 'updated', UNCHANGED: 'unchanged' },
  Query: queryResolvers,
  Mutation: mutationResolvers,
  IngestArticlePayload: ingestPayloadResolvers,
};
