// @name writeResolveKeys
// @mode read
// @param keys
// @param ids
// @description Which stored entities these resolution keys identify, and which of these candidate ids already exist (an entity's own id wins over a key match: that is how a split stays split).
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
CALL {
  UNWIND $keys AS k
  MATCH (:EntityKey {value: k})-[:IDENTIFIES]->(e:Entity)
  RETURN k AS key, e.id AS id, e.name AS name
  UNION ALL
  UNWIND $ids AS candidate
  MATCH (e:Entity {id: candidate})
  RETURN 'id:' + candidate AS key, e.id AS id, e.name AS name
}
RETURN key, id, name
