// @name writeArticleStates
// @mode read
// @param ids
// @description Content hash and extractor version of the articles already stored, to tell new / unchanged / updated apart.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion
