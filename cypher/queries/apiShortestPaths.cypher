// @name apiShortestPaths
// @mode read
// @param from
// @param to
// @param maxHops
// @param predicates
// @description All shortest chains of typed relations (directions ignored, at most 4 and at most $maxHops long, only $predicates when given) between two entities.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[:ATTACKED|BACKS|THREATENED|ACCUSED|VISITED|MET_WITH|AFFILIATED_WITH|LOCATED_IN|DEPLOYED_IN*1..4]-(b))
WHERE length(path) <= $maxHops
  AND ($predicates IS NULL OR all(rel IN relationships(path) WHERE type(rel) IN $predicates))
RETURN path
ORDER BY length(path)
