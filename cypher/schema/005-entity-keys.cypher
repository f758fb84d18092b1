// Entity resolution keys as their own nodes: (:EntityKey {value})-[:IDENTIFIES]->(:Entity).
// A key lookup is then one unique-index seek, whatever the number of entities.
CREATE CONSTRAINT entity_key_value IF NOT EXISTS FOR (k:EntityKey) REQUIRE k.value IS UNIQUE;
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);
CREATE INDEX statement_language IF NOT EXISTS FOR (s:Statement) ON (s.language);
