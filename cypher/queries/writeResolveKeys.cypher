// @name writeResolveKeys
// @mode read
// @param keys
// @param ids
// @description Which stored entities these resolution keys identify, and which of these candidate ids already exist (an entity's own id wins over a key match: that is how a split stays split).
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
