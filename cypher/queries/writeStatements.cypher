// @name writeStatements
// @mode write
// @param statements
// @description Statements with their speaker (or an anonymous description), the article and the entities they mention. CREATE: an article's statements are cleared before it is written again.
// replan=skip: the plan is unique-index seeks and typed expands whatever the statistics say, so
// replanning it while a bulk load grows the graph only costs CPU (see src/graph/write/README.md).
CYPHER replan=skip
UNWIND $statements AS row
MATCH (a:Article {id: row.article})
CREATE (st:Statement {id: row.id})
SET st.text = row.text, st.start = row.start, st.end = row.end, st.sentence = row.sentence,
    st.language = row.language, st.speakerDescription = row.speakerDescription, st.date = row.date
CREATE (st)-[:IN]->(a)
WITH st, row
CALL (st, row) {
  WITH st, row WHERE row.speaker IS NOT NULL
  MATCH (sp:Entity {id: row.speaker})
  CREATE (sp)-[:SAID]->(st)
}
CALL (st, row) {
  UNWIND row.mentions AS mid
  MATCH (m:Entity {id: mid})
  CREATE (st)-[:MENTIONS]->(m)
}
RETURN count(st) AS written
