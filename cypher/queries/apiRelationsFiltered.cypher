// @name apiRelationsFiltered
// @mode read
// @param predicate
// @param subjectType
// @param objectType
// @param since
// @param until
// @param minConfidence
// @description Typed relations across the graph, filtered (null = any): predicate, subject/object entity types, seen on or after $since / on or before $until, maximum claim confidence at least $minConfidence. Strongest first.
MATCH (subject:Entity)-[relation:ATTACKED|BACKS|THREATENED|ACCUSED|VISITED|MET_WITH|AFFILIATED_WITH|LOCATED_IN|DEPLOYED_IN]->(object:Entity)
WHERE ($predicate IS NULL OR type(relation) = $predicate)
  AND ($subjectType IS NULL OR subject.type = $subjectType)
  AND ($objectType IS NULL OR object.type = $objectType)
  AND ($since IS NULL OR relation.lastSeen >= $since)
  AND ($until IS NULL OR relation.firstSeen <= $until)
  AND ($minConfidence IS NULL OR relation.maxConfidence >= $minConfidence)
RETURN subject, relation, object
ORDER BY relation.claimCount DESC, relation.maxConfidence DESC, subject.name, object.name
