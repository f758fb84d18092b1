// @name writeArticles
// @mode write
// @param articles
// @description Upserts articles with their source, tags, embedded posts and read-also parts.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.source = row.source, a.published = row.published,
    a.language = row.language, a.contentHash = row.contentHash, a.extractorVersion = row.extractorVersion,
    a.ingestedAt = row.ingestedAt, a.relatedHeadlines = row.relatedHeadlines, a.text = row.text
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.source IS NOT NULL
  MERGE (s:Source {name: row.source})
  MERGE (s)-[:PUBLISHED]->(a)
}
CALL (a, row) {
  UNWIND row.tags AS tag
  MERGE (t:Tag {name: tag})
  MERGE (a)-[:TAGGED]->(t)
}
CALL (a, row) {
  UNWIND row.posts AS post
  MERGE (p:Post {id: post.id})
  SET p.handle = post.handle, p.author = post.author, p.date = post.date, p.text = post.text
  MERGE (p)-[:EMBEDDED_IN]->(a)
}
CALL (a, row) {
  UNWIND row.parts AS part
  MERGE (sub:Article {id: part.id})
  SET sub.title = part.title, sub.language = part.language, sub.source = row.source, sub.published = row.published,
      sub.contentHash = row.contentHash, sub.extractorVersion = row.extractorVersion, sub.ingestedAt = row.ingestedAt,
      sub.url = null
  MERGE (sub)-[:PART_OF]->(a)
}
RETURN count(a) AS written
