// @name writeClearArticles
// @mode write
// @param ids
// @description Removes what these articles contributed (claims, statements, posts, mentions, tags, read-also parts) before they are written again. Entities stay; aggregates are refreshed afterwards.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (part:Article)-[:PART_OF]->(a)
WITH a, collect(part) AS parts
CALL (a, parts) {
  UNWIND [a] + parts AS art
  OPTIONAL MATCH (c:Claim)-[:IN]->(art)
  DETACH DELETE c
}
CALL (a, parts) {
  UNWIND [a] + parts AS art
  OPTIONAL MATCH (s:Statement)-[:IN]->(art)
  DETACH DELETE s
}
CALL (a) {
  OPTIONAL MATCH (p:Post)-[:EMBEDDED_IN]->(a)
  DETACH DELETE p
}
CALL (a, parts) {
  UNWIND [a] + parts AS art
  OPTIONAL MATCH (art)-[r:MENTIONS|TAGGED]->()
  DELETE r
}
CALL (a) {
  OPTIONAL MATCH (:Source)-[r:PUBLISHED]->(a)
  DELETE r
}
FOREACH (p IN parts | DETACH DELETE p)
RETURN count(a) AS cleared
