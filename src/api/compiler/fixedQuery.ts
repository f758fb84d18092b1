/**
 * Fixed-shape queries live in cypher/queries/ (the notebooks run the same files).
 * The compiler embeds one as a CALL subquery; only its `$name` parameters are
 * rewritten to entries of the field's parameter map (`$r0.p2.name`): a static
 * rewrite of our own file, never of user input.
 */
import { namedQuery } from '../../graph/queries.js';

const cache = new Map<string, string>();

export function fixedQuery(name: string, paramRef: string): string {
  const key = `${name}\u0000${paramRef}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = namedQuery(name).text.replace(/\$([A-Za-z_]\w*)/g, (_, p: string) => `${paramRef}.${p}`);
    cache.set(key, text);
  }
  return text;
}
