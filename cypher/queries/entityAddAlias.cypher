// @name entityAddAlias
// @mode write
// @param id
// @param alias
// @param key
// @description Adds a curated alias (and its resolution key) to an entity, so future articles using that name resolve to it.
MATCH (e:Entity {id: $id})
SET e.aliases = CASE WHEN $alias IN coalesce(e.aliases, []) THEN e.aliases ELSE coalesce(e.aliases, []) + $alias END
SET e.keys = CASE WHEN $key IN coalesce(e.keys, []) THEN e.keys ELSE coalesce(e.keys, []) + $key END
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' | ' + x)
MERGE (k:EntityKey {value: $key})
MERGE (k)-[:IDENTIFIES]->(e)
RETURN e { .id, .name, .aliases } AS entity
