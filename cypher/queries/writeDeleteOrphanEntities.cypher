// @name writeDeleteOrphanEntities
// @mode write
// @param ids
// @description Deletes entities (and their keys) that no article mentions and no claim or statement uses any more, after articles changed.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)<-[:SUBJECT|OBJECT]-(:Claim) AND NOT (e)-[:SAID]->(:Statement)
OPTIONAL MATCH (k:EntityKey)-[:IDENTIFIES]->(e)
WITH e, collect(k) AS keys
FOREACH (k IN keys | DETACH DELETE k)
DETACH DELETE e
RETURN count(*) AS deleted
