// @name entityRelationsWithEvidence
// @mode read
// @param name
// @param predicate
// @param limit
// @description An entity found by name or alias (any script), its outgoing relationships of one predicate (null = all), each with the sentences and articles that support it. Example: Antony Blinken, VISITED → Baghdad.
MATCH (s:Entity)
WHERE toLower(s.name) = toLower($name) OR $name IN s.aliases
MATCH (s)-[r]->(o:Entity)
WHERE $predicate IS NULL OR type(r) = $predicate
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, o.type AS objectType,
       r.claimCount AS claims, r.articleCount AS articles,
       COLLECT {
         MATCH (s)<-[:SUBJECT]-(c:Claim {predicate: type(r)})-[:OBJECT]->(o)
         MATCH (c)-[:IN]->(a:Article)
         RETURN { sentence: c.sentence, start: c.start, end: c.end, confidence: c.confidence,
                  article: a.id, title: a.title, url: a.url, published: a.published }
         ORDER BY c.confidence DESC LIMIT 5
       } AS evidence
ORDER BY claims DESC, object
LIMIT toInteger($limit)
