// @name entityShow
// @mode read
// @param id
// @description One entity with its aliases, keys, relationships (both directions, with aggregates) and the merges recorded into it.
MATCH (e:Entity {id: $id})
RETURN e { .id, .name, .type, .nameEn, .nameAr, .aliases, .keys, .gazetteerId, .nominal } AS entity,
  COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles,
  COLLECT { MATCH (e)-[r]->(o:Entity) RETURN { direction: 'out', predicate: type(r), other: o.name, otherId: o.id, claims: r.claimCount, articles: r.articleCount } } +
  COLLECT { MATCH (e)<-[r]-(o:Entity) RETURN { direction: 'in', predicate: type(r), other: o.name, otherId: o.id, claims: r.claimCount, articles: r.articleCount } } AS relations,
  COLLECT { MATCH (m:MergeRecord)-[:INTO]->(e) RETURN m { .id, .rule, .key, .incomingName, .incomingId, .article, .at, .automatic, .undone } } AS merges
