// Each claim carries the key of the typed relationship it supports ("subjectId|PREDICATE|objectId"),
// so recomputing a relationship's aggregates is one index seek, not a walk over a hub entity's
// thousands of claims. Backfills claims written before this migration.
CREATE INDEX claim_triple IF NOT EXISTS FOR (c:Claim) ON (c.triple);
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity) WHERE c.triple IS NULL
CALL (s, c, o) { SET c.triple = s.id + '|' + c.predicate + '|' + o.id } IN TRANSACTIONS OF 5000 ROWS;
