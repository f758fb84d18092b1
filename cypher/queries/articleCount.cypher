// @name articleCount
// @mode read
// @description Number of stored pages (read-also parts not counted): `npm start` loads the samples when it is 0.
MATCH (a:Article) WHERE NOT (a)-[:PART_OF]->()
RETURN count(a) AS articles
