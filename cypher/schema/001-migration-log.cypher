// The migration log itself: one record per (scope, migration file).
CREATE CONSTRAINT schema_migration_key IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE (m.scope, m.name) IS UNIQUE;
