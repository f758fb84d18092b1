// @name backersOfAttackersOnFacilities
// @mode read
// @param limit
// @description Who BACKS the groups that ATTACKED a FACILITY — with the sentences and articles that support each link.
MATCH (backer:Entity)-[b:BACKS]->(group:Entity)-[at:ATTACKED]->(f:Entity {type: 'FACILITY'})
RETURN backer.name AS backer, group.name AS group, f.name AS facility,
       b.claimCount AS backsClaims, at.claimCount AS attackClaims,
       COLLECT {
         MATCH (backer)<-[:SUBJECT]-(c:Claim {predicate: 'BACKS'})-[:OBJECT]->(group)
         MATCH (c)-[:IN]->(a:Article)
         RETURN { sentence: c.sentence, article: a.id, title: a.title } LIMIT 3
       } AS backsEvidence,
       COLLECT {
         MATCH (group)<-[:SUBJECT]-(c:Claim {predicate: 'ATTACKED'})-[:OBJECT]->(f)
         MATCH (c)-[:IN]->(a:Article)
         RETURN { sentence: c.sentence, article: a.id, title: a.title } LIMIT 3
       } AS attackEvidence
ORDER BY backer, group, facility
LIMIT toInteger($limit)
