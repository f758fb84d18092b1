// @name writeArticles
// @mode write
// @param articles
// @param created
// @description Writes articles with their source, tags, embedded posts and read-also parts. The articles in $created are new: CREATE makes a concurrent ingest of the same article fail this transaction on the unique constraint (the pipeline then retries article by article and finds it unchanged) instead of writing it twice. The others were cleared by writeClearArticles, so no article here has relationships left and they are CREATEd too: MERGE would scan a hub Tag's or Source's thousands of relationships for each one.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
FOREACH (id IN $created | CREATE (:Article {id: id}))
WITH *
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.source = row.source, a.published = row.published,
    a.language = row.language, a.contentHash = row.contentHash, a.extractorVersion = row.extractorVersion,
    a.ingestedAt = row.ingestedAt, a.relatedHeadlines = row.relatedHeadlines, a.text = row.text
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.source IS NOT NULL
  MERGE (s:Source {name: row.source})
  CREATE (s)-[:PUBLISHED]->(a)
}
CALL (a, row) {
  UNWIND row.tags AS tag
  MERGE (t:Tag {name: tag})
  CREATE (a)-[:TAGGED]->(t)
}
CALL (a, row) {
  UNWIND row.posts AS post
  CREATE (p:Post {id: post.id, handle: post.handle, author: post.author, date: post.date, text: post.text})
  CREATE (p)-[:EMBEDDED_IN]->(a)
}
CALL (a, row) {
  UNWIND row.parts AS part
  MERGE (sub:Article {id: part.id})
  SET sub.title = part.title, sub.language = part.language, sub.source = row.source, sub.published = row.published,
      sub.contentHash = row.contentHash, sub.extractorVersion = row.extractorVersion, sub.ingestedAt = row.ingestedAt,
      sub.url = null
  CREATE (sub)-[:PART_OF]->(a)
}
RETURN count(a) AS written
