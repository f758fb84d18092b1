/**
 * The typed-relationship queries spell out one MERGE branch per predicate (a dynamic type
 * is planned as a scan on a fresh database; see their comments). A predicate the extractor
 * can produce but a query does not list would fail every batch that contains it.
 */
import { PREDICATES } from '../../src/extract/types.js';
import { namedQuery } from '../../src/graph/queries.js';

describe('relationship queries cover every predicate', () => {
  it.each(['writeAddToRelations', 'writeRefreshRelations'])('%s has one MERGE branch per extractor predicate', (name) => {
    const text = namedQuery(name).text;
    const branches = [...text.matchAll(/t\.predicate = '([A-Z_]+)' MERGE \(s\)-\[r:([A-Z_]+)\]->\(o\)/g)];
    for (const [, tested, merged] of branches) expect(merged).toBe(tested);
    expect(branches.map((b) => b[1]).sort()).toEqual([...PREDICATES].sort());
  });
});
