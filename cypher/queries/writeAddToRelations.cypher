// @name writeAddToRelations
// @mode write
// @param triples
// @description Adds a batch's new claims (counted per triple beforehand) to the aggregates of their typed relationships, created when missing. Only for triples no article of the batch supported before: no claim is then counted twice and the result equals a recomputation from the claims, without reading a hub's thousands of stored claims. Each increment reads and writes the relationship in one SET expression, so Cypher write-locks it before reading and concurrent ingests lose no update.
// One branch per predicate, with the relationship type written out: a MERGE with a dynamic
// type ($(t.predicate)) is planned as a scan of every relationship in the graph when the plan
// is made on a new or just-cleared database (and that plan is kept until the statistics are
// re-checked), while a static type is always a typed Expand(Into) between the two entities.
// A predicate without a branch yields no row; the batch writer checks the count and fails loudly.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $triples AS t
MATCH (s:Entity {id: t.subject}), (o:Entity {id: t.object})
CALL (s, o, t) {
  WITH * WHERE t.predicate = 'ATTACKED' MERGE (s)-[r:ATTACKED]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'BACKS' MERGE (s)-[r:BACKS]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'THREATENED' MERGE (s)-[r:THREATENED]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'ACCUSED' MERGE (s)-[r:ACCUSED]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'VISITED' MERGE (s)-[r:VISITED]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'MET_WITH' MERGE (s)-[r:MET_WITH]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'AFFILIATED_WITH' MERGE (s)-[r:AFFILIATED_WITH]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'LOCATED_IN' MERGE (s)-[r:LOCATED_IN]->(o) RETURN r
  UNION ALL
  WITH * WHERE t.predicate = 'DEPLOYED_IN' MERGE (s)-[r:DEPLOYED_IN]->(o) RETURN r
}
SET r.claimCount = coalesce(r.claimCount, 0) + t.claims, r.articleCount = coalesce(r.articleCount, 0) + t.articles,
    r.firstSeen = CASE WHEN t.firstSeen < r.firstSeen THEN t.firstSeen ELSE coalesce(r.firstSeen, t.firstSeen) END,
    r.lastSeen = CASE WHEN t.lastSeen > r.lastSeen THEN t.lastSeen ELSE coalesce(r.lastSeen, t.lastSeen) END,
    r.maxConfidence = CASE WHEN t.maxConfidence > r.maxConfidence THEN t.maxConfidence ELSE coalesce(r.maxConfidence, t.maxConfidence) END
RETURN count(r) AS written
