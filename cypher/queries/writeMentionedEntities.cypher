// @name writeMentionedEntities
// @mode read
// @param ids
// @description Entities mentioned by these articles or their read-also parts (candidates for orphan clean-up after an update).
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:PART_OF*0..1]-(:Article)-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
