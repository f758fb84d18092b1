// @name writeMergeRecords
// @mode write
// @param merges
// @description Records automatic entity merges (which names met, by which rule, in which article) so they can be inspected and undone.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $merges AS m
MATCH (e:Entity {id: m.into})
MERGE (r:MergeRecord {id: m.id})
SET r.rule = m.rule, r.key = m.key, r.incomingName = m.incomingName, r.intoName = m.intoName,
    r.incomingId = m.incomingId, r.article = m.article, r.at = m.at, r.automatic = m.automatic
MERGE (r)-[:INTO]->(e)
RETURN count(r) AS written
