// @name writeMentions
// @mode write
// @param mentions
// @description Article → entity mention counts with the surface forms used (one row per pair: the batch writer aggregates them; CREATE because an article's mentions are cleared before it is written again).
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $mentions AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
CREATE (a)-[m:MENTIONS {count: row.count, forms: row.forms}]->(e)
RETURN count(m) AS written
