// @name entitySplit
// @mode write
// @param recordId
// @param at
// @description Undoes an automatic merge: in the article the record names, the claims, statements and mentions that went to the merged entity move to a separate entity again (re-created with its own id, which later resolution prefers). Returns the triples to refresh.
MATCH (rec:MergeRecord {id: $recordId})-[:INTO]->(into:Entity)
WHERE rec.automatic AND NOT coalesce(rec.undone, false)
MATCH (page:Article {id: rec.article})
MERGE (split:Entity {id: rec.incomingId})
ON CREATE SET split.name = rec.incomingName, split.type = into.type, split.nominal = into.nominal,
              split.aliases = [rec.incomingName], split.aliasText = ' | ' + rec.incomingName, split.keys = [], split.createdAt = $at
WITH rec, into, split, [page] + COLLECT { MATCH (p:Article)-[:PART_OF]->(page) RETURN p } AS arts
CALL (into, split, arts) {
  UNWIND arts AS art
  MATCH (c:Claim)-[:IN]->(art)
  MATCH (c)-[r:SUBJECT|OBJECT]->(into)
  CALL (c, r, split) {
    WITH * WHERE type(r) = 'SUBJECT' MERGE (c)-[:SUBJECT]->(split)
  }
  CALL (c, r, split) {
    WITH * WHERE type(r) = 'OBJECT' MERGE (c)-[:OBJECT]->(split)
  }
  DELETE r
}
CALL (into, split, arts) {
  UNWIND arts AS art
  MATCH (into)-[r:SAID]->(s:Statement)-[:IN]->(art)
  MERGE (split)-[:SAID]->(s)
  DELETE r
}
CALL (into, split, arts) {
  UNWIND arts AS art
  MATCH (art)-[r:MENTIONS]->(into)
  MERGE (art)-[m:MENTIONS]->(split)
  SET m.count = r.count, m.forms = r.forms
  DELETE r
}
CALL (into, split) {
  MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity) WHERE s IN [into, split] OR o IN [into, split]
  SET c.triple = s.id + '|' + c.predicate + '|' + o.id
}
SET rec.undone = true, rec.undoneAt = $at
WITH into, split,
     COLLECT { MATCH (c:Claim)-[:SUBJECT]->(split) MATCH (c)-[:OBJECT]->(o) RETURN { subject: split.id, predicate: c.predicate, object: o.id } } +
     COLLECT { MATCH (c:Claim)-[:OBJECT]->(split) MATCH (c)-[:SUBJECT]->(s) RETURN { subject: s.id, predicate: c.predicate, object: split.id } } +
     COLLECT { MATCH (into)-[r]-(o:Entity) RETURN { subject: startNode(r).id, predicate: type(r), object: endNode(r).id } } AS triples
RETURN split.id AS id, triples
