// @name apiRelationEvidence
// @mode read
// @param subject
// @param predicate
// @param object
// @description The claims (sentence, offsets, confidence, article) behind one typed relation, most confident first. The API's compiled Relation.evidence uses the same pattern (tested to agree).
MATCH (s:Entity {id: $subject})<-[:SUBJECT]-(c:Claim {predicate: $predicate})-[:OBJECT]->(o:Entity {id: $object})
MATCH (c)-[:IN]->(a:Article)
RETURN c.sentence AS sentence, c.start AS start, c.end AS end, c.confidence AS confidence, c.date AS date, a.id AS article, a.title AS title
ORDER BY c.confidence DESC, c.id
