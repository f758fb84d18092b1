// @name apiEntitySearch
// @mode read
// @param query
// @description Entities whose name or aliases match a Lucene query, in either script: both full-text indexes (arabic analyzer and standard-no-stop-words) are asked and the best score per entity kept, so "Blinken" and "بلينكن" find the same person. The API embeds this query (its parameters renamed) in its compiled Cypher.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names_ar', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_en', $query) YIELD node, score
  RETURN node, score
}
WITH node AS entity, max(score) AS score
RETURN entity, score
ORDER BY score DESC, entity.name
