// @name writeMentions
// @mode write
// @param mentions
// @description Article → entity mention counts with the surface forms used.
UNWIND $mentions AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.forms = row.forms
RETURN count(m) AS written
