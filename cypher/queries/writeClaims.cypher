// @name writeClaims
// @mode write
// @param claims
// @param extractor
// @param extractorVersion
// @description One Claim per extracted relation, linked to its subject, object and the article that states it.
UNWIND $claims AS row
MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.confidence = row.confidence, c.sentence = row.sentence,
    c.start = row.start, c.end = row.end, c.date = row.date, c.rule = row.rule,
    c.extractor = $extractor, c.extractorVersion = $extractorVersion
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:IN]->(a)
RETURN count(c) AS written
