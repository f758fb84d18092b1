/**
 * The Neo4j the project runs itself. 5.26 is the LTS line and the last one that
 * runs on Java 17, which is what this machine kind ships.
 */
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const NEO4J_ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
