/**
 * Several root plans → ONE Cypher statement (`RETURN <root0> AS r0, <root1> AS r1, …`)
 * and its parameters (`$r0`, `$r1`: one map per root). Texts are cached by the
 * plans' shapes, so a repeated operation re-uses its text (and Neo4j its plan).
 */
import { generateRoot } from './generate.js';
import { VarNames } from './fieldDef.js';
import type { RootPlan } from './plan.js';

const MAX_CACHED = 2000;
const cache = new Map<string, string>();
export const compileStats = { hits: 0, misses: 0 };

export function compileBatch(plans: readonly RootPlan[]): { text: string; params: Record<string, unknown> } {
  const key = plans.map((p) => p.shape).join('\u0000');
  let text = cache.get(key);
  if (text === undefined) {
    compileStats.misses++;
    const g = new VarNames();
    text = `RETURN ${plans.map((p, i) => `${generateRoot(p.node, i, g)} AS r${i}`).join(', ')}`;
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, text);
  } else {
    compileStats.hits++;
  }
  return { text, params: Object.fromEntries(plans.map((p, i) => [`r${i}`, p.params])) };
}
