/**
 * Per request: the root fields of an operation (and mutation payloads) are planned
 * one by one as graphql-js reaches them, then batched by a DataLoader into ONE
 * compiled Cypher in ONE read transaction (see readQuery.ts). graphql-js resolves a query's root
 * fields in the same tick, so ten aliased `entity(id:)` fields cost one round trip.
 */
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Graph } from '../graph/driver.js';
import type { Availability } from './availability.js';
import { readQuery } from './readQuery.js';
import { compileBatch, planRoot, shapeField, type RootPlan } from './compiler/index.js';

export interface OperationLoader {
  /** The value of a root field (`Query.<name>`, or a payload planned as one), shaped like the response. */
  load(info: GraphQLResolveInfo, field?: string, args?: Record<string, unknown>): Promise<unknown>;
}

export function createOperationLoader(graph: Graph, availability: Availability, timeoutMs: number): OperationLoader {
  const loader = new DataLoader<RootPlan, unknown>(
    async (plans) => {
      const { text, params } = compileBatch(plans);
      const rows = await availability.run(() => readQuery(graph, text, params, timeoutMs));
      const row = rows.records[0];
      return plans.map((p, i) => shapeField(p.node, row?.get(`r${i}`)));
    },
    { cache: false, maxBatchSize: 50 },
  );
  return {
    load(info, field, args) {
      const plan = planRoot({ schema: info.schema, fragments: info.fragments, variables: info.variableValues }, field ?? info.fieldName, info.fieldNodes, args);
      return loader.load(plan);
    },
  };
}
