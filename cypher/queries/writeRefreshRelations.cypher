// @name writeRefreshRelations
// @mode write
// @param triples
// @description Recomputes the typed relationship of each (subject, predicate, object) from its claims (found by their triple key): aggregates set, or the relationship removed when no claim supports it any more.
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
OPTIONAL MATCH (c:Claim {triple: t.subject + '|' + t.predicate + '|' + t.object})
OPTIONAL MATCH (c)-[:IN]->(a:Article)
WITH s, o, t, count(DISTINCT c) AS claims, count(DISTINCT a) AS articles,
     min(c.date) AS firstSeen, max(c.date) AS lastSeen, max(c.confidence) AS maxConfidence
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
SET r.claimCount = claims, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
    r.maxConfidence = maxConfidence
// MERGE made the relationship if it was missing; one left without claims goes.
FOREACH (gone IN CASE WHEN claims = 0 THEN [r] ELSE [] END | DELETE gone)
RETURN count(*) AS refreshed
