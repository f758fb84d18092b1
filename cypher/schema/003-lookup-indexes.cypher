// Lookup indexes for the API's filters and entity resolution.
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_gazetteer IF NOT EXISTS FOR (e:Entity) ON (e.gazetteerId);
CREATE INDEX entity_keys IF NOT EXISTS FOR (e:Entity) ON (e.keys);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);
