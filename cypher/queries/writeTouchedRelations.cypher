// @name writeTouchedRelations
// @mode read
// @param ids
// @description The (subject, predicate, object) triples supported by claims of these articles (and their read-also parts): their aggregates must be recomputed when the articles change.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (part:Article)-[:PART_OF]->(a)
WITH a, collect(part) AS parts
UNWIND [a] + parts AS art
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:IN]->(art), (c)-[:OBJECT]->(o:Entity)
RETURN DISTINCT s.id AS subject, c.predicate AS predicate, o.id AS object
