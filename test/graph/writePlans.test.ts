/**
 * The write queries run with `CYPHER replan=skip`: their first plan is kept however the graph
 * grows, so that plan must not depend on the statistics. Planned on an empty graph (the worst
 * case: a fresh or just-cleared database), no operator may scan a label, all nodes or
 * relationships: every row starts from a unique-index seek and walks typed relationships.
 */
import type { Graph } from '../../src/graph/driver.js';
import { loadQueries } from '../../src/graph/queries.js';
import { clearData, testGraph } from '../support/graph.js';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (p: PlanNode): string[] => [p.operatorType.replace(/@.*$/, ''), ...p.children.flatMap(operators)];

describe('write query plans', () => {
  let g: Graph;
  beforeAll(async () => {
    g = testGraph();
    await clearData(g);
  });
  afterAll(() => g.close());

  const writes = [...loadQueries().values()].filter((q) => q.name.startsWith('write'));

  it.each(writes.map((q) => [q.name, q] as const))('%s starts from index seeks on an empty graph and skips replanning', async (_name, q) => {
    expect(q.text.startsWith('CYPHER replan=skip')).toBe(true);
    const params = Object.fromEntries(q.params.map((p) => [p, []]));
    // A fresh plan (replan=force) made with the empty graph's statistics.
    const res = await g.read(`EXPLAIN ${q.text.replace('CYPHER replan=skip', 'CYPHER replan=force')}`, params);
    const ops = operators(res.summary.plan as unknown as PlanNode);
    expect(ops.filter((o) => /Scan/.test(o))).toEqual([]);
  });
});
