// @name entityMerge
// @mode write
// @param into
// @param from
// @param recordId
// @param at
// @description Merges entity $from into $into: claims, statements, mentions, keys and aliases move; $from is deleted; the merge is recorded. Returns the triples whose aggregates must be refreshed.
MATCH (into:Entity {id: $into}), (from:Entity {id: $from})
WHERE into <> from
CALL (into, from) {
  MATCH (c:Claim)-[r:SUBJECT]->(from) MERGE (c)-[:SUBJECT]->(into) DELETE r
}
CALL (into, from) {
  MATCH (c:Claim)-[r:OBJECT]->(from) MERGE (c)-[:OBJECT]->(into) DELETE r
}
CALL (into, from) {
  MATCH (from)-[r:SAID]->(s:Statement) MERGE (into)-[:SAID]->(s) DELETE r
}
CALL (into, from) {
  MATCH (s:Statement)-[r:MENTIONS]->(from) MERGE (s)-[:MENTIONS]->(into) DELETE r
}
CALL (into, from) {
  MATCH (a:Article)-[r:MENTIONS]->(from)
  MERGE (a)-[m:MENTIONS]->(into)
  SET m.count = coalesce(m.count, 0) + r.count, m.forms = coalesce(m.forms, []) + [f IN r.forms WHERE NOT f IN coalesce(m.forms, [])]
  DELETE r
}
CALL (into, from) {
  MATCH (k:EntityKey)-[r:IDENTIFIES]->(from) MERGE (k)-[:IDENTIFIES]->(into) DELETE r
}
CALL (into, from) {
  MATCH (m:MergeRecord)-[r:INTO]->(from) MERGE (m)-[:INTO]->(into) DELETE r
}
CALL (into) {
  MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity) WHERE s = into OR o = into
  SET c.triple = s.id + '|' + c.predicate + '|' + o.id
}
WITH into, from,
     COLLECT { MATCH (c:Claim)-[:SUBJECT]->(into) MATCH (c)-[:OBJECT]->(o) RETURN { subject: into.id, predicate: c.predicate, object: o.id } } +
     COLLECT { MATCH (c:Claim)-[:OBJECT]->(into) MATCH (c)-[:SUBJECT]->(s) RETURN { subject: s.id, predicate: c.predicate, object: into.id } } AS triples,
     [a IN coalesce(from.aliases, []) + [from.name] WHERE NOT a IN coalesce(into.aliases, [])] AS newAliases,
     from.name AS fromName, from.id AS fromId
SET into.aliases = coalesce(into.aliases, []) + newAliases,
    into.keys = coalesce(into.keys, []) + [k IN coalesce(from.keys, []) WHERE NOT k IN coalesce(into.keys, [])]
SET into.aliasText = reduce(s = '', x IN into.aliases | s + ' | ' + x)
MERGE (rec:MergeRecord {id: $recordId})
SET rec.rule = 'manual', rec.incomingName = fromName, rec.incomingId = fromId, rec.intoName = into.name, rec.at = $at, rec.automatic = false
MERGE (rec)-[:INTO]->(into)
DETACH DELETE from
RETURN triples
