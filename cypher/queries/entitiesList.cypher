// @name entitiesList
// @mode read
// @param type
// @param nameContains
// @param limit
// @description Entities by number of articles that mention them; optional type and name filter (null = any).
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($nameContains IS NULL OR toLower(e.name) CONTAINS toLower($nameContains)
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS toLower($nameContains)))
RETURN e.id AS id, e.name AS name, e.type AS type, COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles,
       size(coalesce(e.aliases, [])) AS aliases
ORDER BY articles DESC, name
LIMIT toInteger($limit)
