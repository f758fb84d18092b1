// @name entityMerges
// @mode read
// @param limit
// @description Recorded entity merges, newest first: which names met, by which rule, in which article.
MATCH (m:MergeRecord)-[:INTO]->(e:Entity)
RETURN m.id AS id, m.rule AS rule, m.incomingName AS incoming, e.name AS into, e.id AS intoId, m.article AS article,
       m.automatic AS automatic, coalesce(m.undone, false) AS undone, m.at AS at
ORDER BY m.at DESC
LIMIT toInteger($limit)
