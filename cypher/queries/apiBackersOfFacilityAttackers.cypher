// @name apiBackersOfFacilityAttackers
// @mode read
// @description Which entities BACK something that ATTACKED a FACILITY, with the evidence sentences of both links (the API answers the same question through relations/evidence; tests compare).
MATCH (backer:Entity)-[b:BACKS]->(group:Entity)-[at:ATTACKED]->(facility:Entity {type: 'FACILITY'})
RETURN backer.name AS backer, group.name AS group, facility.name AS facility,
  COLLECT { MATCH (backer)<-[:SUBJECT]-(c:Claim {predicate: 'BACKS'})-[:OBJECT]->(group) RETURN c.sentence } AS backsEvidence,
  COLLECT { MATCH (group)<-[:SUBJECT]-(c:Claim {predicate: 'ATTACKED'})-[:OBJECT]->(facility) RETURN c.sentence } AS attackedEvidence
ORDER BY backer, group, facility
