// Full-text search over entity names and aliases. Two indexes because one Lucene
// analyzer cannot serve both scripts well: `arabic` normalizes hamza/alef/ya/ta-marbuta
// forms, removes diacritics and light-stems clitics; `standard-no-stop-words` keeps
// English names (and short ones like "US") intact.
CREATE FULLTEXT INDEX entity_names_ar IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameAr, e.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameEn, e.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
