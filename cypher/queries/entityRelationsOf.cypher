// @name entityRelationsOf
// @mode read
// @param id
// @description Every (subject, predicate, object) typed relationship touching an entity (to refresh aggregates after curation).
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
RETURN DISTINCT startNode(r).id AS subject, type(r) AS predicate, endNode(r).id AS object
