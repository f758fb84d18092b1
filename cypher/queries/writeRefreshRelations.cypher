// @name writeRefreshRelations
// @mode write
// @param triples
// @description Recomputes the typed relationship of each (subject, predicate, object) from its claims (found by their triple key): aggregates set, or the relationship removed when no claim supports it any more.
UNWIND $triples AS t
MATCH (s:Entity {id: t.subject}), (o:Entity {id: t.object})
OPTIONAL MATCH (c:Claim {triple: t.subject + '|' + t.predicate + '|' + t.object})
OPTIONAL MATCH (c)-[:IN]->(a:Article)
WITH s, o, t, count(DISTINCT c) AS claims, count(DISTINCT a) AS articles,
     min(c.date) AS firstSeen, max(c.date) AS lastSeen, max(c.confidence) AS maxConfidence
CALL (s, o, t, claims, articles, firstSeen, lastSeen, maxConfidence) {
  WITH * WHERE claims > 0
  MERGE (s)-[r:$(t.predicate)]->(o)
  SET r.claimCount = claims, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
      r.maxConfidence = maxConfidence
}
CALL (s, o, t, claims) {
  WITH * WHERE claims = 0
  OPTIONAL MATCH (s)-[r:$(t.predicate)]->(o)
  DELETE r
}
RETURN count(*) AS refreshed
