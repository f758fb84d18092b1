// @name writeClaims
// @mode write
// @param claims
// @param extractor
// @param extractorVersion
// @description One Claim per extracted relation, linked to its subject, object and the article that states it. CREATE, not MERGE: the batch writer clears an article's claims before writing it again.
UNWIND $claims AS row
MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), (o:Entity {id: row.object})
CREATE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.triple = s.id + '|' + row.predicate + '|' + o.id, c.confidence = row.confidence,
    c.sentence = row.sentence, c.start = row.start, c.end = row.end, c.date = row.date, c.rule = row.rule,
    c.extractor = $extractor, c.extractorVersion = $extractorVersion
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:IN]->(a)
RETURN count(c) AS written
