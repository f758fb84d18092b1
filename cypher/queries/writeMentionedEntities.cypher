// @name writeMentionedEntities
// @mode read
// @param ids
// @description Entities mentioned by these articles or their read-also parts (candidates for orphan clean-up after an update).
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:PART_OF*0..1]-(:Article)-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
