// @name writeClaims
// @mode write
// @param claims
// @param extractor
// @param extractorVersion
// @description One Claim per extracted relation, linked to its subject, object and the article that states it. CREATE, not MERGE: the batch writer clears an article's claims before writing it again.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $claims AS row
MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), (o:Entity {id: row.object})
CREATE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.triple = s.id + '|' + row.predicate + '|' + o.id, c.confidence = row.confidence,
    c.sentence = row.sentence, c.start = row.start, c.end = row.end, c.date = row.date, c.rule = row.rule,
    c.extractor = $extractor, c.extractorVersion = $extractorVersion
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:IN]->(a)
RETURN count(c) AS written
