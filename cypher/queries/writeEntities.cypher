// @name writeEntities
// @mode write
// @param entities
// @description Upserts resolved entities: names and aliases are unioned, never replaced, and every resolution key is linked.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.nominal = row.nominal, e.gazetteerId = row.gazetteerId,
              e.createdAt = row.now
SET e.nameEn = coalesce(e.nameEn, row.nameEn),
    e.nameAr = coalesce(e.nameAr, row.nameAr),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.keys = reduce(acc = coalesce(e.keys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' | ' + x)
WITH e, row
UNWIND row.keys AS key
MERGE (k:EntityKey {value: key})
MERGE (k)-[:IDENTIFIES]->(e)
RETURN count(DISTINCT e) AS written
