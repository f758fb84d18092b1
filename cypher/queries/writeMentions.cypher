// @name writeMentions
// @mode write
// @param mentions
// @description Article → entity mention counts with the surface forms used (one row per pair: the batch writer aggregates them; CREATE because an article's mentions are cleared before it is written again).
UNWIND $mentions AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
CREATE (a)-[m:MENTIONS {count: row.count, forms: row.forms}]->(e)
RETURN count(m) AS written
