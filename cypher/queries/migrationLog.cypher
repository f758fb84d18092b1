// @name migrationLog
// @mode read
// @param scope
// @description Applied schema migrations of one scope ('newsgraph' for the project's own), oldest first.
MATCH (m:SchemaMigration {scope: $scope})
RETURN m.name AS name, m.checksum AS checksum, toString(m.appliedAt) AS appliedAt
ORDER BY m.name
